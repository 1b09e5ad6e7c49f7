// Every remote step of a deployment, faulted every way a network fails, through dist/index.js:
// one faulty reply is survived; a fault that never clears fails within the retry budget with a
// message naming the step and the fault. The results feed the README table (npm run docs:faults).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { defaultBehaviour } from '../../emulator/content/types.js'
import { REPO_ROOT, type ActionRun } from '../../emulator/runner.js'
import {
  FAULT_MATRIX_FILE,
  FAULTS,
  REMOTE_STEPS,
  faultAt,
  isRetried,
  isStepRequest,
  type FaultMatrixCell,
  type InjectedFault,
  type RemoteStep
} from '../support/fault-matrix.js'
import { errorLines, runAgainst, startTestEmulator } from '../support/e2e.js'

// A hung request is given up after this long; short, so the matrix runs in minutes on 2 cores.
const HTTP_TIMEOUT_MS = 1500
// Attempts per request in the action's retry policy (src/http/retry.ts defaultRetryPolicy).
const RETRY_ATTEMPTS = 5
// A persistent fault must end the run within this; the worst cell (429 with Retry-After: 1, or a
// hang) waits about RETRY_ATTEMPTS seconds or timeouts.
const PERSISTENT_BUDGET_MS = 30_000

let emulator: Emulator
const results: FaultMatrixCell[] = []

beforeAll(async () => {
  emulator = await startTestEmulator()
})
afterAll(async () => {
  await emulator?.stop()
  const file = path.join(REPO_ROOT, FAULT_MATRIX_FILE)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
})
beforeEach(() => {
  emulator.host.clearFaults()
  Object.assign(emulator.content!.behaviour, defaultBehaviour())
})

const cells = REMOTE_STEPS.flatMap((step) =>
  FAULTS.map((fault) => [step.label, fault.label, step, fault] as const)
)
// A persistent hang costs RETRY_ATTEMPTS timeouts: it runs once per client path (runner transport,
// MSAL's network module, the ARM SDK, the content client, the blob SDK), not on every step; and on
// `request`, which is not repeated after a hang and so costs one timeout.
const PERSISTENT_HANG_STEPS = new Set([
  'OIDC token (GitHub)',
  'Entra token',
  'ARM listSecrets',
  'content request',
  'content checkstatus',
  'blob block'
])
const persistentCells = cells.filter(
  ([step, fault]) => fault !== 'hang' || PERSISTENT_HANG_STEPS.has(step)
)

async function runWithFault(
  step: RemoteStep,
  injected: InjectedFault,
  times: number
): Promise<{
  run: ActionRun
  requests: Emulator['host']['requests']
  stepRequests: Emulator['host']['requests']
}> {
  const from = emulator.host.requests.length
  const deploymentsBefore = emulator.content!.deployments.length
  emulator.host.addFault(faultAt(step, injected, times))
  const run = await runAgainst(emulator, {
    env: { KEYLESS_SWA_HTTP_TIMEOUT_MS: String(HTTP_TIMEOUT_MS) },
    timeoutMs: 90_000
  })
  // Publishing runs on in the background after updatestatus; let it finish before the next cell.
  if (emulator.content!.deployments.length > deploymentsBefore) await emulator.content!.settled()
  const requests = emulator.host.requests.slice(from)
  return { run, requests, stepRequests: requests.filter((request) => isStepRequest(step, request)) }
}

function record(
  step: RemoteStep,
  injected: InjectedFault,
  mode: FaultMatrixCell['mode'],
  run: ActionRun,
  attempts: number
): void {
  results.push({
    step: step.label,
    fault: injected.label,
    mode,
    outcome: run.exitCode === 0 ? 'survived' : 'failed',
    message: errorLines(run).split('\n')[0] ?? '',
    attempts,
    seconds: Math.round(run.durationMs / 100) / 10
  })
}

/** Status the emulator recorded for a faulted request: the injected one, or 0 (no reply). */
function faultedStatus(injected: InjectedFault): number {
  return injected.fault.kind === 'status' ? injected.fault.status : 0
}

describe('a single transient fault is survived', () => {
  test.each(cells.filter(([, , step, fault]) => isRetried(step, fault)))(
    '%s, %s',
    async (_step, _fault, step, injected) => {
      const { run, stepRequests } = await runWithFault(step, injected, 1)
      record(step, injected, 'single', run, stepRequests.length)

      expect(errorLines(run)).toBe('')
      expect(run.exitCode).toBe(0)
      const deployment = emulator.content!.deployments.at(-1)!
      expect(deployment.correlationId).toBe(run.outputs['deployment-id'])
      expect(deployment.status).toBe('Succeeded')
      // The fault really hit this step, and the step was retried to success.
      const faulted = stepRequests.findIndex(
        (request) => request.status === faultedStatus(injected)
      )
      expect(faulted).toBeGreaterThanOrEqual(0)
      const retries = stepRequests.slice(faulted + 1)
      if (injected.fault.kind === 'lost-reply' && step.label === 'content updatestatus') {
        // The server already had the report: the repeat is refused, and checkstatus settles it.
        expect(retries.map((request) => request.status)).toEqual([400])
      } else {
        expect(retries.some((request) => request.status >= 200 && request.status < 300)).toBe(true)
      }
      if (injected.fault.kind === 'status' && injected.fault.retryAfterSeconds !== undefined) {
        // Retry-After is honoured: the retry came no sooner than the server asked.
        const retry = stepRequests[faulted + 1]!
        expect(retry.at - stepRequests[faulted]!.at).toBeGreaterThanOrEqual(
          injected.fault.retryAfterSeconds * 1000 - 50
        )
      }
    }
  )
})

describe('a fault the server may have acted on is not repeated where repeating is unsafe', () => {
  test.each(cells.filter(([, , step, fault]) => !isRetried(step, fault)))(
    '%s, %s',
    async (_step, _fault, step, injected) => {
      const { run, requests, stepRequests } = await runWithFault(step, injected, 1)
      record(step, injected, 'single', run, stepRequests.length)

      expect(run.exitCode).toBe(1)
      expect(stepRequests).toHaveLength(1)
      const message = errorLines(run)
      expect(message).toMatch(step.names)
      expect(message).toMatch(/not repeated: the server may already have allocated an upload slot/)
      expect(requests.filter((request) => request.service === 'blob')).toEqual([])
      expect(run.outputs.outcome).toBe('failed')
    }
  )
})

describe('a persistent fault fails within the retry budget, naming the step and the fault', () => {
  test.each(persistentCells)('%s, %s', async (_step, _fault, step, injected) => {
    const { run, requests, stepRequests } = await runWithFault(step, injected, Infinity)
    const faulted = stepRequests.filter((request) => request.status === faultedStatus(injected))
    record(step, injected, 'persistent', run, faulted.length)

    expect(run.exitCode).toBe(1)
    expect(run.durationMs).toBeLessThan(PERSISTENT_BUDGET_MS)
    expect(faulted).toHaveLength(isRetried(step, injected) ? RETRY_ATTEMPTS : 1)
    const message = errorLines(run)
    expect(message).toMatch(step.names)
    expect(message).toMatch(injected.says)
    // The run stopped at the failed step: before checkstatus, no upload was ever reported done.
    if (step.label !== 'content checkstatus') {
      const reported = requests.filter(
        (request) => request.url.startsWith('/api/upload/updatestatus') && request.status === 200
      )
      expect(reported).toHaveLength(0)
    }
  })
})
