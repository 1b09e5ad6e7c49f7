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

// The attempt limit the stall tests run with (production: 30-60 s per attempt). It caps every
// request of the run, so it is long enough for any loopback reply on a loaded 2-core machine (as
// the fault matrix's) and far below what a stall would take without it.
const LIMIT_MS = 1500
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
    expect(stalledFor).toBeLessThan(LIMIT_MS + 5000)
    expect(reads[1]!.at).toBeGreaterThanOrEqual(reads[0]!.closedUnfinishedAt!)
    const retries = retryLines(run.stdout)
    expect(retries.filter((line) => line.startsWith('ARM read Static Web App:'))).toEqual([
      expect.stringMatching(
        /^ARM read Static Web App: timed out: no complete reply within 1\.5 s; retrying in [\d.]+ s \(attempt 2 of 5\)\.$/
      )
    ])
    // The limit caps every request of the run: at a load of 16 on 2 cores a checkstatus reply once
    // took longer. Another step may time out and be retried, but for no other reason.
    for (const line of retries)
      expect(line).toMatch(/: timed out: no complete reply within 1\.5 s;/)
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
      'ARM listSecrets failed after 5 attempts: timed out: no complete reply within 1.5 s'
    )
    const calls = requestsOf(requests, 'ARM listSecrets')
    expect(calls).toHaveLength(5)
    // Each attempt closed by the action, the next sent only after it.
    calls.forEach((call, index) => {
      expect(call.closedUnfinishedAt).toBeDefined()
      if (index > 0) expect(call.at).toBeGreaterThanOrEqual(calls[index - 1]!.closedUnfinishedAt!)
    })
    expect(retryLines(run.stdout)).toHaveLength(4)
    // Seconds, not the production limits' minutes (five 30 s attempts).
    expect(run.durationMs).toBeLessThan(40_000)
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
        /^Blob upload \(block 1\): timed out: no data moved for 1\.5 s; retrying/
      )
    ])
  })
})

/** An Entra ID that answers every token request with 503 and a second's Retry-After. */
function entraAsksForPatience(): void {
  emulator.host.addFault({
    service: 'entra',
    method: 'POST',
    path: /\/oauth2\/v2\.0\/token$/,
    kind: 'status',
    status: 503,
    retryAfterSeconds: 1,
    times: Infinity
  })
}

describe('identity retries', () => {
  test('stop before the GitHub token expires, and say so', async () => {
    // A token that lives 3 s, and an Entra ID that keeps asking for a second's patience.
    emulator.github.lifetimeSeconds = 3
    entraAsksForPatience()
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    const posts = requestsOf(requests, 'Entra token request')
    // The token expires at its exp: its iat is the issuing second rounded down, so a token issued
    // late in a second lives up to 1 s less than exp - iat from when it arrived.
    const [issued] = requestsOf(requests, 'GitHub OIDC token request')
    const expiresAt = (Math.floor(issued!.at / 1000) + 3) * 1000
    // How many attempts fit depends on how fast MSAL starts here (two when idle: 0 s and 1 s; one
    // on a loaded machine); the rule does not: each wait only where it surely ends before the
    // expiry, whatever the fraction of a second iat dropped (a CI run at load 9 saw a retry sent
    // 82 ms after the expiry when the lifetime was counted from the token's arrival).
    expect(posts.length).toBeGreaterThanOrEqual(1)
    expect(posts.length).toBeLessThanOrEqual(2)
    for (const retried of posts.slice(0, -1))
      expect(retried.at + 1000).toBeLessThanOrEqual(expiresAt)
    for (const retry of posts.slice(1)) expect(retry.at).toBeLessThan(expiresAt)
    expect(run.stdout).toMatch(
      /^Entra token request: HTTP 503; not retried: waiting 1 s more would run past the GitHub token's 3 s lifetime \(Entra ID refuses it after that\)\.$/m
    )
    expect(errorLines(run)).toContain(
      `Entra token request failed: HTTP 503 after ${posts.length} attempt`
    )
    expect(requests.filter((request) => request.service === 'arm')).toEqual([])
  })
  test('a token that aged on its way is given no more time than it has left', async () => {
    // GitHub mints the token, then takes 0.9 s to hand it over: from its arrival it lives 2.1 s
    // at most, not its 3 s of exp - iat (less still when iat dropped a fraction of a second).
    emulator.github.lifetimeSeconds = 3
    emulator.github.replyDelayMs = 900
    entraAsksForPatience()
    try {
      const { run, requests } = await runCounted(emulator)
      expect(run.exitCode).toBe(1)
      const [issued] = requestsOf(requests, 'GitHub OIDC token request')
      const expiresAt = (Math.floor(issued!.at / 1000) + 3) * 1000
      const posts = requestsOf(requests, 'Entra token request')
      expect(posts.length).toBeGreaterThanOrEqual(1)
      // Counted from its arrival, the token seemed to last until ~3.9 s: a retry at ~2.1 s and
      // another at ~3.1 s, after the real expiry. Counted from the request, it may last 2 s.
      for (const post of posts) expect(post.at).toBeLessThan(expiresAt)
      expect(run.stdout).toMatch(/would run past the GitHub token's 3 s lifetime/)
    } finally {
      emulator.github.replyDelayMs = 0
    }
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
      // Ended by the timeout, not by the deletion (which never ends here) or a test timeout.
      expect(run.durationMs).toBeLessThan(30_000)
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
