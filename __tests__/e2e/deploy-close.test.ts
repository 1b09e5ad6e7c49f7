// action: close through dist/index.js: the preview environment is deleted through ARM (DELETE,
// then the long-running operation), nothing is uploaded, an absent one is fine, production never.
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import type { RecordedRequest } from '../../emulator/server.js'
import { addEnvironment } from '../../emulator/world.js'
import {
  defaultSite,
  deployBaseline,
  presentSubject,
  pullRequestEvent,
  PULL_REQUEST_SUBJECT,
  requestsTo,
  runCounted
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
})
