// Waiting has an end: a deployment that never finishes stops at deployment-timeout with what the
// user needs to follow it up, and a cancelled job stops promptly, cleans up and says so.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { defaultBehaviour } from '../../emulator/content/types.js'
import { listFiles } from '../../emulator/runner.js'
import { errorLines, requestsSince, runAgainst, startTestEmulator } from '../support/e2e.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startTestEmulator()
})
afterAll(async () => {
  await emulator?.stop()
})
afterEach(async () => {
  emulator.host.clearFaults()
  Object.assign(emulator.content!.behaviour, defaultBehaviour())
  await emulator.content!.settled()
})

const checkstatusCalls = (from: number): number =>
  requestsSince(emulator, from).filter((request) =>
    request.url.startsWith('/api/upload/checkstatus')
  ).length

describe('a deployment that never finishes', () => {
  test('stops at deployment-timeout, says it may still complete and gives the correlation id', async () => {
    emulator.content!.behaviour.neverFinish = true
    const from = emulator.host.requests.length
    const run = await runAgainst(emulator, { inputs: { 'deployment-timeout': '2' } })

    expect(run.exitCode).toBe(1)
    const deployment = emulator.content!.deployments.at(-1)!
    const errors = errorLines(run)
    expect(errors).toContain('did not finish within deployment-timeout (2 s)')
    expect(errors).toMatch(/may still complete/i)
    expect(errors).toContain(`correlation id ${deployment.correlationId}`)
    expect(errors).toMatch(/#deployment-timeout/)
    // It polled for the whole timeout (every 50 ms here), then stopped: no longer than needed.
    expect(checkstatusCalls(from)).toBeGreaterThan(5)
    expect(run.durationMs).toBeGreaterThanOrEqual(2000)
    expect(run.durationMs).toBeLessThan(10_000)
  })
})

describe('cancellation during polling', () => {
  test('exits non-zero within 5 s of SIGINT, leaves no temp files and says it was cancelled', async () => {
    emulator.content!.behaviour.neverFinish = true
    const from = emulator.host.requests.length
    const run = await runAgainst(emulator, {
      inputs: { 'deployment-timeout': '600' },
      interrupt: { signal: 'SIGINT', when: /Deployment status: InProgress/ },
      timeoutMs: 60_000
    })

    expect(run.interruptedAtMs).toBeDefined()
    expect(run.signal).toBeNull()
    expect(run.exitCode).not.toBe(0)
    expect(run.durationMs - run.interruptedAtMs!).toBeLessThan(5000)
    expect(run.stdout).toContain('Received SIGINT: cancelling the deployment.')
    expect(errorLines(run)).toMatch(/cancelled/i)
    expect(errorLines(run)).toMatch(/#cancelled/)
    expect(listFiles(run.runnerTemp)).toEqual([])
    expect(checkstatusCalls(from)).toBeGreaterThan(0)
  })
})
