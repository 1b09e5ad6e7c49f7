// Faults on the identity chain through dist/index.js: a rejection is never retried; a fault that
// persists ends the run within the retry budget with a message naming the step and the status.
// (That one transient fault on each step costs exactly one extra request and the run still
// deploys is the fault matrix's: __tests__/e2e/fault-matrix-identity-single.test.ts.)
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import type { FaultKind } from '../../emulator/server.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import {
  identityBaseline,
  requestsOf,
  runCounted,
  STEPS,
  type StepName
} from '../support/identity.js'

let emulator: Emulator
useTestEmulator(identityBaseline, (started) => (emulator = started))

function addFault(step: StepName, fault: FaultKind, times: number): void {
  const { service, method, path } = STEPS[step]
  emulator.host.addFault({ ...fault, service, method, path, times })
}

const STEP_NAMES = Object.keys(STEPS) as StepName[]
describe('a rejection fails fast: one request, no retry', () => {
  test('ARM 403 on listSecrets', async () => {
    addFault(
      'ARM listSecrets',
      {
        kind: 'status',
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'AuthorizationFailed',
            message:
              "The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.Web/staticSites/listSecrets/action' over scope '/subscriptions/s' or the scope is invalid."
          }
        })
      },
      Infinity
    )
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    expect(requestsOf(requests, 'ARM listSecrets')).toHaveLength(1)
    expect(errorLines(run)).toContain('troubleshooting.md#arm-authorizationfailed')
    expect(requests.filter((request) => request.service === 'content')).toEqual([])
  })

  test('Entra 400 with an AADSTS error', async () => {
    emulator.github.claims.sub = 'repo:octo-org/octo-site:pull_request'
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    expect(requestsOf(requests, 'Entra token request')).toHaveLength(1)
    expect(requestsOf(requests, 'GitHub OIDC token request')).toHaveLength(1)
    expect(errorLines(run)).toContain('AADSTS700213')
  })

  test('Entra 400 with a body that is not Entra JSON names the status', async () => {
    addFault(
      'Entra token request',
      { kind: 'status', status: 400, body: '<html>Bad Request</html>', contentType: 'text/html' },
      Infinity
    )
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    expect(requestsOf(requests, 'Entra token request')).toHaveLength(1)
    expect(errorLines(run)).toContain('Entra token request: HTTP 400')
    expect(requests.filter((request) => request.service === 'arm')).toEqual([])
  })

  test('GitHub 403 on the token request', async () => {
    addFault('GitHub OIDC token request', { kind: 'status', status: 403 }, Infinity)
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    expect(requestsOf(requests, 'GitHub OIDC token request')).toHaveLength(1)
    expect(errorLines(run)).toContain('GitHub OIDC token request failed: HTTP 403')
    expect(requests.filter((request) => request.service === 'entra')).toEqual([])
  })

  test('ARM 404 on reading the site', async () => {
    addFault(
      'ARM read Static Web App',
      {
        kind: 'status',
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'ResourceNotFound', message: 'not found' } })
      },
      Infinity
    )
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    expect(requestsOf(requests, 'ARM read Static Web App')).toHaveLength(1)
    expect(requestsOf(requests, 'ARM listSecrets')).toEqual([])
    expect(errorLines(run)).toContain('troubleshooting.md#arm-resourcenotfound')
  })
})

describe('a persistent 503 fails within the retry budget, naming the step and status', () => {
  // Attempts per request, as docs/troubleshooting.md#network-errors documents them.
  const attempts = 5

  test.each(STEP_NAMES)('%s', async (step) => {
    addFault(step, { kind: 'status', status: 503 }, Infinity)
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(`${step} failed: HTTP 503 after ${attempts} attempts`)
    expect(requestsOf(requests, step)).toHaveLength(attempts)
    // Nothing after the failed step was attempted.
    for (const later of STEP_NAMES.slice(STEP_NAMES.indexOf(step) + 1)) {
      expect(requestsOf(requests, later)).toEqual([])
    }
  })

  test('ARM 429 without Retry-After is reported as throttling that outlived the retries', async () => {
    addFault('ARM listSecrets', { kind: 'status', status: 429 }, Infinity)
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(`ARM listSecrets failed: HTTP 429 after ${attempts} attempts`)
    expect(requestsOf(requests, 'ARM listSecrets')).toHaveLength(attempts)
  })

  test('a dropped connection every time names the step and the attempts', async () => {
    addFault('Entra token request', { kind: 'drop' }, Infinity)
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toMatch(
      new RegExp(`Entra token request failed after ${attempts} attempt`)
    )
    expect(errorLines(run)).toContain('troubleshooting.md#network-errors')
    expect(requestsOf(requests, 'Entra token request')).toHaveLength(attempts)
  })
})
