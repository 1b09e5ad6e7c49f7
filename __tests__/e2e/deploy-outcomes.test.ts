// How a deployment ends, through dist/index.js: the content plane's Failed status and a rejected
// deployment token surface the server's own text and the fix; a dropped connection during the
// blob upload costs one block, and the deployed bytes still equal the source.
import { describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { INVALID_TOKEN } from '../../emulator/content/messages.js'
import type { Emulator } from '../../emulator/index.js'
import {
  contentCalls,
  deployBaseline,
  deployedDigests,
  folderDigests,
  requestsTo,
  runCounted,
  SMALL_SITE,
  succeeded,
  writeTree
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

describe('a deployment the content plane ends Failed', () => {
  test('fails the run with the server’s errorDetails and the correlation id', async () => {
    const details =
      "Failed to deploy the Azure Static Web App. The route '/admin/*' in staticwebapp.config.json has an invalid allowedRoles value."
    emulator.content!.behaviour.failNextDeployment = details
    const { run, deployments } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    expect(deployments).toHaveLength(1)
    expect(deployments[0]!.status).toBe('Failed')
    const errors = errorLines(run)
    expect(errors).toContain(`The deployment ended Failed: ${details}`)
    expect(errors).toContain(deployments[0]!.correlationId)
    expect(run.outputs.url).toBeUndefined()
    expect(run.stdout).toContain('Deployment status: InProgress')
    expect(run.stdout).toContain('Deployment status: Failed')
  })
})

describe('a deployment token the content plane rejects', () => {
  test.each([
    ['HTTP 400', false],
    ['HTTP 200 with isSuccessStatusCode false', true]
  ])(
    'as %s on a DeploymentToken-policy site: fails at validateapitoken pointing to Azure status, not to the policy',
    async (_how, asHttp200) => {
      emulator.content!.behaviour.rejectionsAsHttp200 = asHttp200
      emulator.content!.behaviour.rejectNext = { call: 'validateapitoken', message: INVALID_TOKEN }
      const { run, requests, deployments } = await runCounted(emulator)
      expect(run.exitCode).toBe(1)
      const errors = errorLines(run)
      expect(errors).toContain('Content plane validateapitoken was rejected')
      expect(errors).toContain(INVALID_TOKEN)
      // The policy was just read as DeploymentToken and the token just listed: both are ruled out.
      expect(errors).toContain('ARM reports the deployment authorization policy "DeploymentToken"')
      expect(errors).toContain(
        'this text has come from healthy sites during Azure service incidents'
      )
      expect(errors).toContain('Check Azure status (https://azure.status.microsoft/en-us/status)')
      expect(errors).toContain('resetting the deployment token is not the fix here')
      expect(errors).not.toContain('switch properties.deploymentAuthPolicy back')
      // Rejected once, not retried, and nothing was uploaded.
      expect(contentCalls(requests)).toEqual(['validateapitoken'])
      expect(requestsTo(requests, 'blob')).toEqual([])
      expect(deployments).toEqual([])
    }
  )
})

describe('a connection dropped during the blob upload', () => {
  test('costs one block: the block is re-sent and the deployed bytes equal the source', async () => {
    emulator.host.addFault({
      service: 'blob',
      method: 'PUT',
      query: /comp=block(&|$)/,
      kind: 'drop',
      times: 1
    })
    // Random bytes do not compress: about 20 MB of archive, three 8 MiB blocks.
    const counted = await runCounted(emulator, {
      prepareWorkspace: (workspace) =>
        writeTree(path.join(workspace, 'dist'), {
          ...SMALL_SITE,
          'media/video.bin': randomBytes(20 * 1000 * 1000)
        })
    })
    const { run, requests } = counted
    expect(run.exitCode).toBe(0)
    const deployment = succeeded(counted)
    expect(deployedDigests(deployment)).toEqual(folderDigests(path.join(run.workspace, 'dist')))

    const blockPuts = requestsTo(requests, 'blob').filter(
      (request) => request.method === 'PUT' && /[?&]comp=block(&|$)/.test(request.url)
    )
    const blockIds = blockPuts.map(
      (request) => new URL(request.url, 'https://blob.invalid').searchParams.get('blockid') ?? ''
    )
    const distinct = new Set(blockIds)
    expect(distinct.size).toBe(3)
    expect(blockPuts).toHaveLength(distinct.size + 1)
    expect(blockPuts.filter((request) => request.status === 0)).toHaveLength(1)
    const dropped = blockIds[blockPuts.findIndex((request) => request.status === 0)]
    expect(blockIds.filter((id) => id === dropped)).toHaveLength(2)
    const commits = requestsTo(requests, 'blob').filter((request) =>
      /[?&]comp=blocklist(&|$)/.test(request.url)
    )
    expect(commits).toHaveLength(1)
    expect(run.stdout).toMatch(/Uploaded 19\.\d MiB archive in 3 blocks\./)
  })
})

// PROTOCOLS.md §4.5: the first look comes at once after the upload report, then one per interval;
// InProgress is never an end.
describe('polling the deployment', () => {
  test('the first checkstatus comes at once, the next after the interval, until Succeeded', async () => {
    const intervalMs = 800
    emulator.content!.behaviour.inProgressPolls = 2
    const { run, requests } = await runCounted(emulator, {
      env: { KEYLESS_SWA_POLL_INTERVAL_MS: String(intervalMs) }
    })
    expect(run.exitCode).toBe(0)
    const content = requestsTo(requests, 'content')
    const report = content.find((request) => request.url.startsWith('/api/upload/updatestatus'))!
    const polls = content.filter((request) => request.url.startsWith('/api/upload/checkstatus'))
    // Two InProgress answers, then Succeeded: three looks, none after the end.
    expect(polls).toHaveLength(3)
    expect(polls[0]!.at - report.at).toBeLessThan(intervalMs)
    for (const [previous, next] of [polls.slice(0, 2), polls.slice(1, 3)]) {
      expect(next!.at - previous!.at).toBeGreaterThanOrEqual(intervalMs - 50)
    }
  })
})
