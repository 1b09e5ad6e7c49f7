// action: close through dist/index.js: the preview environment is deleted through ARM (DELETE,
// then the long-running operation), nothing is uploaded, an absent one is fine, production never.
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import type { RecordedRequest } from '../../emulator/server.js'
import { addEnvironment, grantRole, resourceGroupId } from '../../emulator/world.js'
import { ROLE_ACTIONS_CLOSE, ROLE_ACTIONS_UPLOAD } from '../../src/diagnose.js'
import {
  defaultSite,
  deployBaseline,
  presentSubject,
  pullRequestEvent,
  PULL_REQUEST_SUBJECT,
  requestsTo,
  runCounted,
  type CountedRun
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

function deletesOf(requests: RecordedRequest[], environment: string): RecordedRequest[] {
  return requests.filter(
    (request) =>
      request.service === 'arm' &&
      request.method === 'DELETE' &&
      request.url.split('?')[0]!.endsWith(`/builds/${environment}`)
  )
}

function expectNothingUploaded(requests: RecordedRequest[]): void {
  expect(requestsTo(requests, 'content')).toEqual([])
  expect(requestsTo(requests, 'blob')).toEqual([])
}

// A close job usually has no checkout and no build: the workspace is empty.
const EMPTY_WORKSPACE = (): void => {}

describe('action: close', () => {
  test('deletes a present preview environment through ARM and uploads nothing', async () => {
    addEnvironment(defaultSite(emulator), 'staging')
    const { run, requests, deployments } = await runCounted(emulator, {
      inputs: { action: 'close', 'deployment-environment': 'staging' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests, 'staging')).toHaveLength(1)
    // The action waited for the long-running operation before saying it was done.
    expect(
      requests.some((request) => request.service === 'arm' && /\/operations\//.test(request.url))
    ).toBe(true)
    expect(defaultSite(emulator).environments.has('staging')).toBe(false)
    expect(defaultSite(emulator).environments.has('default')).toBe(true)
    expectNothingUploaded(requests)
    expect(deployments).toEqual([])

    expect(run.stdout).toContain("Preview environment 'staging' deleted.")
    expect(run.outputs.environment).toBe('staging')
    expect(run.outputs.outcome).toBe('closed')
    expect(run.outputs.url).toBeUndefined()
    expect(run.summary).toContain('Preview environment closed')
    expect(run.summary).toContain('staging')
  })

  test('succeeds when the environment is already gone', async () => {
    const { run, requests } = await runCounted(emulator, {
      inputs: { action: 'close', 'deployment-environment': 'staging' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain("Preview environment 'staging' does not exist: nothing to close.")
    expect(run.summary).toContain('Preview environment was already gone')
    expect(run.outputs.outcome).toBe('already-closed')
    expect(deletesOf(requests, 'staging')).toHaveLength(1)
    expectNothingUploaded(requests)
  })

  test('a name no environment has: the ones that exist in a notice, the outcome still already-closed', async () => {
    addEnvironment(defaultSite(emulator), 'staging')
    addEnvironment(defaultSite(emulator), 'pr7')
    const { run, requests } = await runCounted(emulator, {
      inputs: { action: 'close', 'deployment-environment': 'stagign' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('already-closed')
    const notices = run.stdout.split('\n').filter((line) => line.startsWith('::notice'))
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(
      /Preview environment 'stagign' does not exist; octo-site has 2 preview environments: '(staging|pr7)', '(staging|pr7)'; did you mean 'staging'\?/
    )
    // Nothing else was deleted: the notice only names them.
    expect(defaultSite(emulator).environments.has('staging')).toBe(true)
    expect(defaultSite(emulator).environments.has('pr7')).toBe(true)
    expect(deletesOf(requests, 'staging')).toEqual([])
    expectNothingUploaded(requests)
  })

  test('a present environment is closed without reading the list of environments', async () => {
    addEnvironment(defaultSite(emulator), 'staging')
    const { run, requests } = await runCounted(emulator, {
      inputs: { action: 'close', 'deployment-environment': 'staging' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(run.exitCode).toBe(0)
    const lists = requests.filter(
      (request) =>
        request.service === 'arm' &&
        request.method === 'GET' &&
        request.url.split('?')[0]!.endsWith('/builds')
    )
    expect(lists).toEqual([])
    expect(run.stdout).not.toMatch(/^::notice/m)
  })

  test('a DELETE whose reply is lost after ARM acted is repeated, and the close succeeds', async () => {
    addEnvironment(defaultSite(emulator), 'staging')
    emulator.host.addFault({
      service: 'arm',
      method: 'DELETE',
      path: /\/builds\/staging$/,
      kind: 'lost-reply',
      times: 1
    })
    const { run, requests } = await runCounted(emulator, {
      inputs: { action: 'close', 'deployment-environment': 'staging' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    // The first DELETE was acted on (the emulator answered nothing), the repeat was answered.
    expect(deletesOf(requests, 'staging').map((request) => request.status)).toEqual([0, 202])
    expect(defaultSite(emulator).environments.has('staging')).toBe(false)
    expect(['closed', 'already-closed']).toContain(run.outputs.outcome)
    expectNothingUploaded(requests)
  })

  test('on production is refused before any network call', async () => {
    const { run, requests } = await runCounted(emulator, { inputs: { action: 'close' } })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain('would delete production')
    expect(requests).toEqual([])
    expect(defaultSite(emulator).environments.get('default')?.status).toBe('Ready')
  })

  test("on a closed pull request deletes that pull request's environment", async () => {
    const site = defaultSite(emulator)
    addEnvironment(site, '42')
    addEnvironment(site, '43')
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const { run, requests } = await runCounted(emulator, {
      event: pullRequestEvent('closed'),
      inputs: { action: 'close' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests, '42')).toHaveLength(1)
    expect(site.environments.has('42')).toBe(false)
    // Only the pull request's own environment.
    expect(site.environments.has('43')).toBe(true)
    expectNothingUploaded(requests)
    expect(run.outputs.environment).toBe('42')
    expect(run.stdout).toContain("Preview environment '42' deleted.")
  })

  describe('with the role on the whole resource group (so ARM answers 404, not 403)', () => {
    const grantOnResourceGroup = (): void => {
      const site = defaultSite(emulator)
      grantRole(
        emulator.world,
        emulator.world.apps[0]!.objectId,
        resourceGroupId(site.subscriptionId, site.resourceGroup),
        [...ROLE_ACTIONS_UPLOAD, ...ROLE_ACTIONS_CLOSE]
      )
    }

    /** A close with one input wrong: it must fail, never report "nothing to close". */
    async function closeWith(wrong: Record<string, string>): Promise<CountedRun> {
      grantOnResourceGroup()
      const counted = await runCounted(emulator, {
        inputs: { action: 'close', 'deployment-environment': 'staging', ...wrong },
        prepareWorkspace: EMPTY_WORKSPACE
      })
      expect(counted.run.exitCode).toBe(1)
      expect(counted.run.stdout).not.toContain('nothing to close')
      expect(counted.run.summary).not.toContain('already gone')
      return counted
    }

    test('a wrong app-name fails with the not-found diagnosis, not "nothing to close"', async () => {
      addEnvironment(defaultSite(emulator), 'staging')
      const { run, requests } = await closeWith({ 'app-name': 'octo-site-typo' })
      const error = errorLines(run)
      expect(error).toContain(
        "ARM delete environment failed: Static Web App 'octo-site-typo' was not found in resource group 'rg-web'"
      )
      expect(error).toContain('troubleshooting.md#arm-resourcenotfound')
      expect(run.outputs.url).toBeUndefined()
      expect(deletesOf(requests, 'staging')).toHaveLength(1)
      // The real site's environment is untouched.
      expect(defaultSite(emulator).environments.has('staging')).toBe(true)
    })

    test('a wrong subscription-id fails with the subscription named', async () => {
      const { run } = await closeWith({ 'subscription-id': '00000000-0000-4000-8000-000000000000' })
      expect(errorLines(run)).toContain(
        "subscription '00000000-0000-4000-8000-000000000000' was not found"
      )
    })

    test('an environment that is really gone is still fine', async () => {
      grantOnResourceGroup()
      const { run } = await runCounted(emulator, {
        inputs: { action: 'close', 'deployment-environment': 'staging' },
        prepareWorkspace: EMPTY_WORKSPACE
      })
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain(
        "Preview environment 'staging' does not exist: nothing to close."
      )
    })
  })
})
