// Permanent rejections are final: retrying an AADSTS error, a 401/403/404 from ARM or a refused
// deployment token only delays the failure. Each fails after exactly one request, with a clear
// error, and nothing is uploaded.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { defaultGitHubClaims } from '../../emulator/github-oidc.js'
import { defaultBehaviour } from '../../emulator/content/types.js'
import { INVALID_TOKEN } from '../../emulator/content/messages.js'
import type { ActionRun } from '../../emulator/runner.js'
import type { RoleAssignment } from '../../emulator/world.js'
import { isStepRequest, REMOTE_STEPS, type RemoteStep } from '../support/fault-matrix.js'
import {
  errorLines,
  requestsSince,
  runAgainst,
  startTestEmulator,
  type E2eRunOptions
} from '../support/e2e.js'

let emulator: Emulator
let roleAssignments: RoleAssignment[]

beforeAll(async () => {
  emulator = await startTestEmulator()
  roleAssignments = [...emulator.world.roleAssignments]
})
afterAll(async () => {
  await emulator?.stop()
})
afterEach(() => {
  emulator.host.clearFaults()
  Object.assign(emulator.content!.behaviour, defaultBehaviour())
  emulator.github.claims = defaultGitHubClaims()
  emulator.world.roleAssignments.splice(0, Infinity, ...roleAssignments)
})

function step(label: string): RemoteStep {
  return REMOTE_STEPS.find((candidate) => candidate.label === label)!
}

/** Runs the action; returns the run and how many requests (and which statuses) each named step got. */
async function runCounting(
  labels: string[],
  options: E2eRunOptions = {}
): Promise<{ run: ActionRun; counts: number[]; statuses: number[][]; blob: number }> {
  const from = emulator.host.requests.length
  const run = await runAgainst(emulator, options)
  const requests = requestsSince(emulator, from)
  const perStep = labels.map((label) =>
    requests.filter((request) => isStepRequest(step(label), request))
  )
  return {
    run,
    counts: perStep.map((list) => list.length),
    statuses: perStep.map((list) => list.map((request) => request.status)),
    blob: requests.filter((request) => request.service === 'blob').length
  }
}

function armError(status: number, code: string, message: string) {
  return {
    kind: 'status' as const,
    status,
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify({ error: { code, message } }),
    // A permanent rejection that is retried would hit it again and again: the count shows it.
    times: Infinity
  }
}

describe('Entra ID', () => {
  test('AADSTS700016 (HTTP 400, unknown client-id) is not retried', async () => {
    const clientId = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9'
    const { run, counts, statuses } = await runCounting(['Entra token', 'ARM get site'], {
      emulatorEnv: { ...emulator.actionEnv(), 'INPUT_CLIENT-ID': clientId }
    })
    expect(run.exitCode).toBe(1)
    expect(counts).toEqual([1, 0])
    expect(statuses[0]).toEqual([400])
    expect(errorLines(run)).toMatch(/AADSTS700016/)
    expect(errorLines(run)).toContain(clientId)
  })

  test('AADSTS700213 (HTTP 401, no credential for the subject) is not retried', async () => {
    emulator.github.claims.sub = 'repo:octo-org/octo-site:ref:refs/heads/feature'
    const { run, counts, statuses } = await runCounting(['Entra token', 'ARM get site'])
    expect(run.exitCode).toBe(1)
    expect(counts).toEqual([1, 0])
    expect(statuses[0]).toEqual([401])
    expect(errorLines(run)).toMatch(/AADSTS700213/)
    expect(errorLines(run)).toContain('repo:octo-org/octo-site:ref:refs/heads/feature')
  })
})

describe('Azure Resource Manager', () => {
  test('401 InvalidAuthenticationToken is not retried', async () => {
    emulator.host.addFault({
      service: 'arm',
      method: 'GET',
      path: step('ARM get site').path!,
      ...armError(401, 'InvalidAuthenticationToken', 'The access token is invalid.')
    })
    const { run, counts, blob } = await runCounting(['ARM get site', 'ARM listSecrets'])
    expect(run.exitCode).toBe(1)
    expect(counts).toEqual([1, 0])
    expect(blob).toBe(0)
    expect(errorLines(run)).toMatch(
      /ARM read Static Web App failed: ARM refused the access token \(InvalidAuthenticationToken/
    )
  })

  test('403 AuthorizationFailed (no role assignment) is not retried', async () => {
    emulator.world.roleAssignments.length = 0
    const { run, counts, blob } = await runCounting(['ARM get site', 'ARM listSecrets'])
    expect(run.exitCode).toBe(1)
    expect(counts).toEqual([1, 0])
    expect(blob).toBe(0)
    const errors = errorLines(run)
    expect(errors).toMatch(
      /ARM read Static Web App failed: app \S+ is not authorised to perform 'Microsoft\.Web\/staticSites\/read'/
    )
    expect(errors).toContain('HTTP 403 AuthorizationFailed')
  })

  test('404 ResourceNotFound is not retried', async () => {
    emulator.host.addFault({
      service: 'arm',
      method: 'POST',
      path: step('ARM listSecrets').path!,
      ...armError(
        404,
        'ResourceNotFound',
        "The Resource 'Microsoft.Web/staticSites/octo-site' was not found."
      )
    })
    const { run, counts, blob } = await runCounting([
      'ARM get site',
      'ARM listSecrets',
      'content validateapitoken'
    ])
    expect(run.exitCode).toBe(1)
    expect(counts).toEqual([1, 1, 0])
    expect(blob).toBe(0)
    expect(errorLines(run)).toMatch(
      /ARM listSecrets failed: Static Web App 'octo-site' was not found/
    )
  })
})

describe('the content plane', () => {
  test.each([
    ['HTTP 400', false, 400],
    ['HTTP 200 with isSuccessStatusCode: false', true, 200]
  ])('a bad-token envelope (%s) is not retried', async (_variant, asHttp200, status) => {
    const { behaviour } = emulator.content!
    behaviour.rejectionsAsHttp200 = asHttp200
    behaviour.rejectNext = { call: 'validateapitoken', message: INVALID_TOKEN }
    const { run, counts, statuses, blob } = await runCounting([
      'content validateapitoken',
      'content request'
    ])
    expect(run.exitCode).toBe(1)
    expect(counts).toEqual([1, 0])
    expect(statuses[0]).toEqual([status])
    expect(blob).toBe(0)
    const errors = errorLines(run)
    expect(errors).toContain(`Content plane validateapitoken was rejected (HTTP ${status}`)
    expect(errors).toContain(INVALID_TOKEN)
    expect(errors).toMatch(/#content-token-rejected/)
  })
})
