// Runs one part of the fault matrix (the steps of some services, in some modes) against its own
// emulator, and writes that part's cells for the README table. The parts are separate test files
// so Jest spreads them over its workers.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { defaultBehaviour } from '../../emulator/content/types.js'
import type { ServiceName } from '../../emulator/server.js'
import { REPO_ROOT, SAMPLE_SITE, type ActionRun } from '../../emulator/runner.js'
import { deployedDigests, folderDigests } from './deploy.js'
import {
  FAULT_MATRIX_DIR,
  PUT_BLOB_QUERY,
  FAULTS,
  REMOTE_STEPS,
  faultAt,
  isCell,
  isRetried,
  isStepRequest,
  usesPutBlob,
  type FaultMatrixCell,
  type InjectedFault,
  type RemoteStep
} from './fault-matrix.js'
import { errorLines, runAgainst, startTestEmulator } from './e2e.js'
import { giveMachineIdentity, managedIdentityJob } from './managed-identity.js'

// A hung request is given up after this long: short, so a hang costs little, yet far above what a
// loopback request takes while the other Jest workers load both cores (`request` is not repeated
// after a time-out, so one slow reply there would fail a cell that must deploy).
export const HTTP_TIMEOUT_MS = 1500
// Attempts per request in the action's retry policy (src/http/retry.ts defaultRetryPolicy).
const RETRY_ATTEMPTS = 5
// A persistent fault must end the run within this; the worst cell (429 with Retry-After: 1, or a
// hang) waits about RETRY_ATTEMPTS seconds or timeouts.
const PERSISTENT_BUDGET_MS = 30_000

export interface FaultMatrixPart {
  /** Names the part's results file. */
  name: string
  services: readonly ServiceName[]
  /** Only these steps (by label) of those services; default all of them. */
  steps?: readonly string[]
  modes: readonly FaultMatrixCell['mode'][]
}

export function faultMatrixPart(part: FaultMatrixPart): void {
  let emulator: Emulator
  const results: FaultMatrixCell[] = []

  beforeAll(async () => {
    emulator = await startTestEmulator()
    // A run that signs in with the machine's identity needs the machine to have one.
    const signsInWithIdentity = REMOTE_STEPS.some(
      (step) => step.signIn === 'managed-identity' && part.services.includes(step.service)
    )
    if (signsInWithIdentity) giveMachineIdentity(emulator, 'system')
  })
  afterAll(async () => {
    await emulator?.stop()
    const file = path.join(REPO_ROOT, FAULT_MATRIX_DIR, `${part.name}.json`)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  })
  beforeEach(() => {
    emulator.host.clearFaults()
    Object.assign(emulator.content!.behaviour, defaultBehaviour())
  })

  const cellsOf = (
    mode: FaultMatrixCell['mode']
  ): (readonly [string, string, RemoteStep, InjectedFault])[] =>
    part.modes.includes(mode)
      ? REMOTE_STEPS.filter(
          (step) =>
            part.services.includes(step.service) &&
            (part.steps === undefined || part.steps.includes(step.label))
        ).flatMap((step) =>
          FAULTS.filter((fault) => isCell(step, fault, mode)).map(
            (fault) => [step.label, fault.label, step, fault] as const
          )
        )
      : []

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
    Object.assign(emulator.content!.behaviour, step.behaviour)
    emulator.host.addFault(faultAt(step, injected, times))
    const job = step.signIn === 'managed-identity' ? managedIdentityJob(emulator) : undefined
    const run = await runAgainst(emulator, {
      ...(job ? { inputs: job.inputs } : {}),
      env: { ...job?.env, KEYLESS_SWA_HTTP_TIMEOUT_MS: String(HTTP_TIMEOUT_MS) }
    })
    // Publishing runs on in the background after updatestatus; let it finish before the next cell.
    if (emulator.content!.deployments.length > deploymentsBefore) await emulator.content!.settled()
    const requests = emulator.host.requests.slice(from)
    return {
      run,
      requests,
      stepRequests: requests.filter((request) => isStepRequest(step, request))
    }
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
      seconds: Math.round(run.durationMs / 100) / 10,
      ...machineLoad()
    })
  }

  const single = cellsOf('single')
  const retried = single.filter(([, , step, fault]) => isRetried(step, fault))
  const notRepeated = single.filter(([, , step, fault]) => !isRetried(step, fault))
  const persistent = cellsOf('persistent')

  if (retried.length > 0) {
    describe('a single transient fault is survived', () => {
      test.each(retried)('%s, %s', async (_step, _fault, step, injected) => {
        const { run, requests, stepRequests } = await runWithFault(step, injected, 1)
        record(step, injected, 'single', run, stepRequests.length)

        expect(errorLines(run)).toBe('')
        expect(run.exitCode).toBe(0)
        const deployment = emulator.content!.deployments.at(-1)!
        expect(deployment.correlationId).toBe(run.outputs['deployment-id'])
        expect(deployment.status).toBe('Succeeded')
        // What the retried upload left in the blob is the site, byte for byte.
        expect(deployedDigests(deployment)).toEqual(folderDigests(SAMPLE_SITE))
        // The archive went up the way the step stands for: in blocks, or blocks refused then one
        // Put Blob (whose retries must send the archive again, not its length of something else).
        const putBlobs = requests.filter(
          (request) =>
            request.service === 'blob' &&
            request.method === 'PUT' &&
            PUT_BLOB_QUERY.test(request.url.split(/\?(.*)/s)[1] ?? '')
        )
        if (usesPutBlob(step)) {
          expect(putBlobs.at(-1)?.status).toBe(201)
          expect(run.stdout).toMatch(/as one Put Blob\./)
        } else {
          expect(putBlobs).toEqual([])
        }
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
          expect(retries.some((request) => request.status >= 200 && request.status < 300)).toBe(
            true
          )
        }
        if (IDENTITY_SERVICES.has(step.service)) {
          // Each call of the identity chain is made once: the fault costs exactly one request more,
          // and no other call of the chain is repeated (nor made, if the run signs in otherwise).
          expect(stepRequests.map((request) => request.status)).toEqual([
            faultedStatus(injected),
            200
          ])
          const signIn = step.signIn ?? 'oidc'
          for (const other of REMOTE_STEPS) {
            if (other === step || !IDENTITY_SERVICES.has(other.service)) continue
            expect(requests.filter((request) => isStepRequest(other, request))).toHaveLength(
              (other.signIn ?? signIn) === signIn ? 1 : 0
            )
          }
        }
        if (injected.fault.kind === 'status' && injected.fault.retryAfterSeconds !== undefined) {
          // Retry-After is honoured: the retry came no sooner than the server asked.
          const retry = stepRequests[faulted + 1]!
          expect(retry.at - stepRequests[faulted]!.at).toBeGreaterThanOrEqual(
            injected.fault.retryAfterSeconds * 1000 - 50
          )
        }
      })
    })
  }

  if (notRepeated.length > 0) {
    describe('a fault the server may have acted on is not repeated where repeating is unsafe', () => {
      test.each(notRepeated)('%s, %s', async (_step, _fault, step, injected) => {
        const { run, requests, stepRequests } = await runWithFault(step, injected, 1)
        record(step, injected, 'single', run, stepRequests.length)

        expect(run.exitCode).toBe(1)
        expect(stepRequests).toHaveLength(1)
        const message = errorLines(run)
        expect(message).toMatch(step.names)
        expect(message).toMatch(
          /not repeated: the server may already have allocated an upload slot/
        )
        expect(requests.filter((request) => request.service === 'blob')).toEqual([])
        expect(run.outputs.outcome).toBe('failed')
      })
    })
  }

  if (persistent.length > 0) {
    describe('a persistent fault fails within the retry budget, naming the step and the fault', () => {
      test.each(persistent)('%s, %s', async (_step, _fault, step, injected) => {
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
            (request) =>
              request.url.startsWith('/api/upload/updatestatus') && request.status === 200
          )
          expect(reported).toHaveLength(0)
        }
      })
    })
  }
}

/**
 * The services of the identity chain, each called once in a deployment (OIDC and Entra, or the
 * machine's identity endpoint; then ARM).
 */
const IDENTITY_SERVICES: ReadonlySet<ServiceName> = new Set(['github', 'entra', 'identity', 'arm'])

/** Status the emulator recorded for a faulted request: the injected one, or 0 (no reply). */
function faultedStatus(injected: InjectedFault): number {
  return injected.fault.kind === 'status' ? injected.fault.status : 0
}

/** The load the cell's run met (FaultMatrixCell.load); none on Windows, whose average reads 0. */
function machineLoad(): Pick<FaultMatrixCell, 'load'> {
  const [average = 0] = os.loadavg()
  if (process.platform === 'win32') return {}
  return { load: { average: Math.round(average * 10) / 10, cores: os.availableParallelism() } }
}
