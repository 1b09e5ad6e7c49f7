// Every request has an end, through dist/index.js: a reply that stalls after its headers is given
// up at the attempt's limit (the whole reply for JSON calls, the longest silence for blob blocks),
// each retry is logged with its step, reason and wait, identity retries stop before the GitHub
// token expires, `close` waits no longer than deployment-timeout, and the test knobs that make
// all this fast here have no effect on a real (non-loopback) host.
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import type { RecordedRequest } from '../../emulator/server.js'
import { addEnvironment } from '../../emulator/world.js'
import { defaultSite, deployBaseline, runCounted } from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import { requestsOf } from '../support/identity.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

// The attempt limit the stall tests run with (production: 30-60 s per attempt).
const LIMIT_MS = 400
const SHORT_LIMIT = { KEYLESS_SWA_HTTP_TIMEOUT_MS: String(LIMIT_MS) }

const retryLines = (stdout: string): string[] =>
  stdout.split('\n').filter((line) => /; retrying in [\d.]+ s \(attempt \d of 5\)\.$/.test(line))

describe('a reply that stalls after its headers', () => {
  test('from ARM is given up at the attempt limit, logged, retried, and the run deploys', async () => {
    emulator.host.addFault({
      service: 'arm',
      method: 'GET',
      path: /\/staticSites\/[^/]+$/i,
      kind: 'stall',
      status: 200,
      declaredBytes: 2000,
      sentBytes: 100,
      times: 1
    })
    const { run, requests } = await runCounted(emulator, { env: SHORT_LIMIT })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    const reads = requestsOf(requests, 'ARM read Static Web App')
    expect(reads).toHaveLength(2)
    // The action closed the stalled connection itself, no later than the limit allows. The
    // attempt's timer starts before the connection is made, so on a loaded machine the emulator
    // sees the request a TLS handshake later: the log line below, not this clock, proves the cause.
    const stalledFor = reads[0]!.closedUnfinishedAt! - reads[0]!.at
    expect(stalledFor).toBeGreaterThan(0)
    expect(stalledFor).toBeLessThan(LIMIT_MS + 1000)
    expect(reads[1]!.at).toBeGreaterThanOrEqual(reads[0]!.closedUnfinishedAt!)
    expect(retryLines(run.stdout)).toEqual([
      expect.stringMatching(
        /^ARM read Static Web App: timed out: no complete reply within 0\.4 s; retrying in [\d.]+ s \(attempt 2 of 5\)\.$/
      )
    ])
  })

  test('from ARM every time fails after five attempts, in seconds, naming the step', async () => {
    emulator.host.addFault({
      service: 'arm',
      method: 'POST',
      path: /\/listSecrets$/i,
      kind: 'stall',
      status: 200,
      declaredBytes: 2000,
      sentBytes: 100,
      times: Infinity
    })
    const { run, requests } = await runCounted(emulator, { env: SHORT_LIMIT })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      'ARM listSecrets failed after 5 attempt(s): timed out: no complete reply within 0.4 s'
    )
    expect(requestsOf(requests, 'ARM listSecrets')).toHaveLength(5)
    expect(retryLines(run.stdout)).toHaveLength(4)
    expect(run.durationMs).toBeLessThan(10_000)
    expect(requests.filter((request) => request.service === 'content')).toEqual([])
  })

  test('from the blob store ends the block attempt after a silence, and the block is sent again', async () => {
    emulator.host.addFault({
      service: 'blob',
      method: 'PUT',
      query: /(^|&)comp=block(&|$)/,
      kind: 'stall',
      status: 201,
      declaredBytes: 50,
      sentBytes: 5,
      times: 1
    })
    const { run, requests, deployments } = await runCounted(emulator, { env: SHORT_LIMIT })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(deployments.at(-1)?.status).toBe('Succeeded')
    const blocks = requests.filter((request) => /(^|&)comp=block(&|$)/.test(request.url))
    expect(blocks).toHaveLength(2)
    expect(blocks[0]!.closedUnfinishedAt).toBeDefined()
    expect(retryLines(run.stdout)).toEqual([
      expect.stringMatching(
        /^Blob upload \(block 1\): timed out: no data moved for 0\.4 s; retrying/
      )
    ])
  })
})

describe('identity retries', () => {
  test('stop before the GitHub token expires, and say so', async () => {
    // A token that lives 2 s, and an Entra ID that keeps asking for a second's patience.
    emulator.github.lifetimeSeconds = 2
    emulator.host.addFault({
      service: 'entra',
      method: 'POST',
      path: /\/oauth2\/v2\.0\/token$/,
      kind: 'status',
      status: 503,
      retryAfterSeconds: 1,
      times: Infinity
    })
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    const posts = requestsOf(requests, 'Entra token request')
    // 0 s, 1 s, then a third wait would end after the token: two attempts, not five.
    expect(posts).toHaveLength(2)
    expect(posts.at(-1)!.at - posts[0]!.at).toBeLessThan(2000)
    expect(run.stdout).toMatch(
      /^Entra token request: HTTP 503; not retried: waiting 1 s more would run past the GitHub token's 2 s lifetime \(Entra ID refuses it after that\)\.$/m
    )
    expect(errorLines(run)).toContain('Entra token request failed: HTTP 503 after 2 attempts')
    expect(requests.filter((request) => request.service === 'arm')).toEqual([])
  })
})

describe('action: close', () => {
  test('waits for the deletion no longer than deployment-timeout', async () => {
    addEnvironment(defaultSite(emulator), 'staging')
    const polls = emulator.world.armOperationPolls
    emulator.world.armOperationPolls = 1_000_000
    try {
      const { run, requests } = await runCounted(emulator, {
        inputs: { action: 'close', 'deployment-environment': 'staging', 'deployment-timeout': '2' },
        prepareWorkspace: () => {}
      })
      expect(run.exitCode).toBe(1)
      const error = errorLines(run)
      expect(error).toContain(
        "ARM delete environment: ARM did not finish deleting 'staging' within deployment-timeout (2 s). It may still complete."
      )
      expect(error).toContain('troubleshooting.md#deployment-timeout')
      expect(run.durationMs).toBeGreaterThanOrEqual(2000)
      expect(run.durationMs).toBeLessThan(6000)
      expect(operationPolls(requests).length).toBeGreaterThan(0)
    } finally {
      emulator.world.armOperationPolls = polls
    }
  })
})

function operationPolls(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.service === 'arm' && /\/operations/.test(request.url))
}

describe('the test knobs', () => {
  const firstRetryGap = (requests: RecordedRequest[]): number => {
    const calls = requestsOf(requests, 'ARM listSecrets')
    expect(calls).toHaveLength(2)
    return calls[1]!.at - calls[0]!.at
  }
  const faultListSecretsOnce = (): void =>
    emulator.host.addFault({
      service: 'arm',
      method: 'POST',
      path: /\/listSecrets$/i,
      kind: 'status',
      status: 503,
      times: 1
    })

  test('shorten waits against the emulator on loopback', async () => {
    faultListSecretsOnce()
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(0)
    expect(firstRetryGap(requests)).toBeLessThan(400)
  })

  test('are ignored for a public host name, even with the variables set', async () => {
    faultListSecretsOnce()
    // Same variables (the runner sets them), but ARM is management.azure.com through the proxy.
    const { run, requests } = await runCounted(emulator, { viaProxy: true })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    // The production backoff: the first wait is 0.5 to 1 s.
    expect(firstRetryGap(requests)).toBeGreaterThanOrEqual(480)
    expect(run.stdout).toMatch(
      /^ARM listSecrets: HTTP 503; retrying in (0\.[5-9]|1) s \(attempt 2 of 5\)\.$/m
    )
  })
})
