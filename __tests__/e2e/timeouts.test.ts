// Waiting has an end: a deployment that never finishes stops at deployment-timeout with what the
// user needs to follow it up, and a cancelled job stops promptly, cleans up and says so.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { defaultBehaviour } from '../../emulator/content/types.js'
import { listFiles } from '../../emulator/runner.js'
import {
  errorLines,
  expectEndedBySignal,
  KILL_RUNS_HANDLERS,
  requestsSince,
  runAgainst,
  startTestEmulator
} from '../support/e2e.js'

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

const armBuildReads = (from: number, environment: string): number =>
  requestsSince(emulator, from).filter(
    (request) =>
      request.service === 'arm' &&
      request.method === 'GET' &&
      new RegExp(`/builds/${environment}\\?`).test(request.url)
  ).length

describe('a deployment that never finishes', () => {
  test('stops at deployment-timeout, asks ARM once, ends timed-out: it may still go live', async () => {
    emulator.content!.behaviour.neverFinish = true
    const from = emulator.host.requests.length
    const run = await runAgainst(emulator, { inputs: { 'deployment-timeout': '2' } })

    expect(run.exitCode).toBe(1)
    const deployment = emulator.content!.deployments.at(-1)!
    const errors = errorLines(run)
    expect(errors).toContain('did not finish within deployment-timeout (2 s)')
    expect(errors).toContain("ARM reports the environment as 'Ready'")
    expect(errors).toMatch(/may still go live/i)
    expect(errors).toContain(`correlation id ${deployment.correlationId}`)
    expect(errors).toMatch(/#deployment-timeout/)
    // Production is ARM's build 'default': read once, after the wait.
    expect(armBuildReads(from, 'default')).toBe(1)
    expect(run.outputs).toMatchObject({
      outcome: 'timed-out',
      environment: 'production',
      'deployment-id': deployment.correlationId
    })
    expect(run.summary).toContain('Deployment timed out: the site may still go live')
    expect(run.summary).toContain('<td>Last status</td><td>InProgress</td>')
    // It polled for the whole timeout (every 50 ms here), then stopped: no longer than needed.
    expect(checkstatusCalls(from)).toBeGreaterThan(5)
    expect(run.durationMs).toBeGreaterThanOrEqual(2000)
    expect(run.durationMs).toBeLessThan(10_000)
  })

  test('when ARM reports the environment Failed, the outcome is failed', async () => {
    emulator.content!.behaviour.neverFinish = true
    const site = emulator.world.sites[0]!
    const production = site.environments.get('default')!
    production.status = 'Failed'
    try {
      const run = await runAgainst(emulator, { inputs: { 'deployment-timeout': '1' } })
      expect(run.exitCode).toBe(1)
      expect(errorLines(run)).toContain('ARM reports the environment as Failed')
      expect(errorLines(run)).toMatch(/#deployment-failed/)
      expect(run.outputs.outcome).toBe('failed')
    } finally {
      production.status = 'Ready'
    }
  })
})

describe('cancellation during polling', () => {
  test('exits non-zero within 5 s of SIGINT, leaves no temp files and says it was cancelled', async () => {
    emulator.content!.behaviour.neverFinish = true
    const from = emulator.host.requests.length
    const run = await runAgainst(emulator, {
      inputs: { 'deployment-timeout': '600' },
      interrupt: { signal: 'SIGINT', when: /Deployment status: InProgress/ }
    })

    expect(run.interruptedAtMs).toBeDefined()
    expectEndedBySignal(run, 'SIGINT')
    expect(run.durationMs - run.interruptedAtMs!).toBeLessThan(5000)
    if (KILL_RUNS_HANDLERS) {
      expect(errorLines(run)).toMatch(/cancelled/i)
      expect(errorLines(run)).toMatch(/#cancelled/)
      // A process ended outright (Windows) cannot clean up; the runner deletes RUNNER_TEMP there.
      expect(listFiles(run.runnerTemp)).toEqual([])
    }
    expect(checkstatusCalls(from)).toBeGreaterThan(0)
  })
})
