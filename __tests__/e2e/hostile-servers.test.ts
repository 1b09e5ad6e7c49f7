// Servers that misbehave on purpose or by accident: an oversized or malformed reply, an upload
// URL that is not https, a redirect to another host. Each is refused with a clear message and
// nothing is uploaded. And over a good run, each token is proven to go only where it belongs.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { defaultBehaviour } from '../../emulator/content/types.js'
import type { ActionRun } from '../../emulator/runner.js'
import type { Fault, RecordedRequest } from '../../emulator/server.js'
import { faultAt, REMOTE_STEPS } from '../support/fault-matrix.js'
import { errorLines, requestsSince, runAgainst, startTestEmulator } from '../support/e2e.js'

// src/http/transport.ts refuses replies over 4 MiB by default.
const REPLY_LIMIT = 4 * 1024 * 1024

let emulator: Emulator

beforeAll(async () => {
  emulator = await startTestEmulator()
})
afterAll(async () => {
  await emulator?.stop()
})
afterEach(() => {
  emulator.host.clearFaults()
  Object.assign(emulator.content!.behaviour, defaultBehaviour())
})

/** A reply from `step` (by label in the fault matrix) that replaces the real one, once. */
function reply(
  label: string,
  status: number,
  body: string,
  headers: Record<string, string> = {}
): Fault {
  const step = REMOTE_STEPS.find((candidate) => candidate.label === label)!
  return faultAt(
    step,
    {
      label,
      fault: {
        kind: 'status',
        status,
        body,
        contentType: 'application/json; charset=utf-8',
        headers
      },
      says: /./
    },
    1
  )
}

async function runRefused(
  ...faults: Fault[]
): Promise<{ run: ActionRun; requests: RecordedRequest[]; errors: string }> {
  for (const fault of faults) emulator.host.addFault(fault)
  const from = emulator.host.requests.length
  const run = await runAgainst(emulator)
  const requests = requestsSince(emulator, from)
  expect(run.exitCode).toBe(1)
  // Nothing was uploaded, and no upload was reported.
  expect(requests.filter((request) => request.service === 'blob')).toEqual([])
  expect(requests.filter((request) => request.url.startsWith('/api/upload/updatestatus'))).toEqual(
    []
  )
  return { run, requests, errors: errorLines(run) }
}

function oversizedJson(): string {
  return JSON.stringify({ properties: { padding: 'x'.repeat(REPLY_LIMIT + 1024) } })
}

describe('an oversized reply', () => {
  test('from ARM is refused at the limit', async () => {
    const { errors } = await runRefused(reply('ARM get site', 200, oversizedJson()))
    expect(errors).toContain(
      `ARM read Static Web App: the server's reply exceeded ${REPLY_LIMIT} bytes and was refused.`
    )
  })

  test('from the content plane is refused at the limit', async () => {
    const { errors } = await runRefused(reply('content request', 200, oversizedJson()))
    expect(errors).toContain(
      `Content plane request: the server's reply exceeded ${REPLY_LIMIT} bytes and was refused.`
    )
  })
})

describe('a malformed JSON reply', () => {
  test('from Entra ID', async () => {
    const { errors, requests } = await runRefused(
      reply('Entra token', 200, '{"token_type":"Bearer","access_token":')
    )
    expect(errors).toMatch(/Entra token request: HTTP 200 with a reply that is not a JSON object/)
    expect(requests.filter((request) => request.service === 'arm')).toEqual([])
  })

  test('from ARM', async () => {
    const { errors, requests } = await runRefused(
      reply('ARM get site', 200, '{"properties": {"defaultHostname": ')
    )
    expect(errors).toMatch(/ARM read Static Web App/)
    expect(errors).toMatch(/JSON/)
    expect(requests.filter((request) => request.service === 'content')).toEqual([])
  })

  test('from the content plane', async () => {
    const { errors } = await runRefused(reply('content validateapitoken', 200, '{"response": nul'))
    expect(errors).toMatch(
      /Content plane validateapitoken: HTTP 200 with a body that is not the expected JSON envelope/
    )
  })
})

test('an upload URL that is not https is refused before anything is sent to it', async () => {
  emulator.content!.behaviour.sasUrlScheme = 'http'
  const { errors, run } = await runRefused()
  expect(errors).toMatch(
    /refused the upload URL from the content plane because it is not https \(http\)/
  )
  // The URL carries a signature: the message must not echo it.
  const sasQuery = emulator.content!.deployments.at(-1)!.sasQuery
  expect(run.stdout).not.toContain(sasQuery)
})

describe('a redirect to another host', () => {
  // The site service stands in for the other host: it must never see a request.
  const elsewhere = (): string => `${emulator.urls.site}/collect?from=redirect`

  test.each([
    [
      'ARM get site',
      307,
      /ARM read Static Web App: the server answered with a redirect \(HTTP 307/
    ],
    ['ARM listSecrets', 302, /ARM listSecrets: the server answered with a redirect \(HTTP 302/],
    [
      'content request',
      308,
      /Content plane request: the server answered with a redirect \(HTTP 308/
    ]
  ])('from %s (HTTP %s) is refused, not followed', async (label, status, says) => {
    const from = emulator.host.requests.length
    const { errors } = await runRefused(reply(label, status, '', { location: elsewhere() }))
    expect(errors).toMatch(says)
    expect(errors).toContain(new URL(emulator.urls.site).origin)
    expect(requestsSince(emulator, from).filter((request) => request.service === 'site')).toEqual(
      []
    )
  })
})

describe('token routing over a successful run', () => {
  test('each token goes only to the service it is for', async () => {
    const from = emulator.host.requests.length
    const assertionsBefore = emulator.entra.assertions.length
    const run = await runAgainst(emulator)
    expect(run.exitCode).toBe(0)
    const requests = requestsSince(emulator, from)
    const services = new Set(requests.map((request) => request.service))
    expect([...services].sort()).toEqual(['arm', 'blob', 'content', 'entra', 'github'])

    const jwt = emulator.github.issued.at(-1)!
    const accessToken = emulator.entra.issued.at(-1)!
    const deploymentToken = emulator.world.sites[0]!.apiKey
    const byService = (service: RecordedRequest['service']): RecordedRequest[] =>
      requests.filter((request) => request.service === service)

    // GitHub: the runner's request token on the token request; the other GitHub requests are
    // Entra's own reads of the issuer's discovery document and keys, with no Authorization.
    const [tokenRequests, issuerReads] = partition(byService('github'), (request) =>
      request.url.startsWith('/token')
    )
    expect(tokenRequests.map((request) => request.authorization)).toEqual([
      `Bearer ${emulator.github.requestToken}`
    ])
    expect(issuerReads.map((request) => request.url.split('?')[0])).not.toContain('/token')
    expect(issuerReads.map((request) => request.authorization)).toEqual(
      issuerReads.map(() => undefined)
    )
    // Entra: the JWT, as client_assertion, exactly once.

    expect(byService('entra').map((request) => request.authorization)).toEqual(
      byService('entra').map(() => undefined)
    )
    expect(emulator.entra.assertions.slice(assertionsBefore)).toEqual([jwt])
    // ARM: the access token as Bearer on every call. Content: the deployment token. Blob: nothing.
    expect(new Set(byService('arm').map((request) => request.authorization))).toEqual(
      new Set([`Bearer ${accessToken}`])
    )
    expect(new Set(byService('content').map((request) => request.authorization))).toEqual(
      new Set([`token ${deploymentToken}`])
    )
    expect(byService('blob').map((request) => request.authorization)).toEqual(
      byService('blob').map(() => undefined)
    )

    // And every issued secret, wherever a request carries one (URL, any header, any body but the
    // archive's), sits only where it belongs: nothing beside the places asserted above.
    const sas = emulator.content!.deployments.at(-1)!.sasQuery
    expect(
      sightings(requests, {
        secrets: emulator.issuedSecrets(),
        named: new Map([
          [emulator.github.requestToken, 'runner request token'],
          [jwt, 'GitHub OIDC token'],
          [accessToken, 'ARM access token'],
          [deploymentToken, 'deployment token'],
          [sas, 'upload SAS']
        ])
      })
    ).toEqual(
      [
        'runner request token: github header authorization',
        'GitHub OIDC token: entra body',
        'ARM access token: arm header authorization',
        'deployment token: content header authorization',
        'upload SAS: blob url'
      ].sort()
    )
  })
})

/**
 * Where each issued secret appears in the requests, one line per secret, service and place
 * ('url', 'header <name>', 'body'), sorted; a secret not in `named` is 'another issued secret'.
 */
function sightings(
  requests: RecordedRequest[],
  { secrets, named }: { secrets: string[]; named: ReadonlyMap<string, string> }
): string[] {
  const seen = new Set<string>()
  for (const request of requests) {
    const places: [string, string][] = [
      ['url', request.url],
      ...Object.entries(request.headers).map(([header, value]): [string, string] => [
        `header ${header}`,
        value
      ]),
      ...(request.body === undefined
        ? []
        : [['body', request.body.toString('latin1')] as [string, string]])
    ]
    for (const secret of new Set(secrets)) {
      if (secret.length === 0) continue
      for (const [place, text] of places) {
        if (carries(text, secret)) {
          seen.add(`${named.get(secret) ?? 'another issued secret'}: ${request.service} ${place}`)
        }
      }
    }
  }
  return [...seen].sort()
}

/** The text carries the secret as is, or percent-encoded (a form body, a query). */
function carries(text: string, secret: string): boolean {
  return text.includes(secret) || text.includes(encodeURIComponent(secret))
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))]
}
