// What a run reports, through dist/index.js: the job summary of a deployment and of a dry run,
// the dry run's promise to upload nothing, and the URL when the content plane gives none.
import { describe, expect, test } from '@jest/globals'
import path from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import type { RecordedRequest } from '../../emulator/server.js'
import { DEFAULT_SUBJECT, staticSiteId } from '../../emulator/world.js'
import {
  defaultSite,
  deployBaseline,
  deployedDigests,
  folderBytes,
  folderDigests,
  requestsTo,
  runCounted,
  succeeded,
  writeTree
} from '../support/deploy.js'
import { useTestEmulator } from '../support/e2e.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

function entraTokenRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (request) =>
      request.service === 'entra' &&
      request.method === 'POST' &&
      /\/oauth2\/v2\.0\/token$/.test(request.url.split('?')[0]!)
  )
}

function listSecrets(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (request) => request.service === 'arm' && /\/listSecrets\?/i.test(request.url)
  )
}

/** Rows of the summary's timing table: phase → seconds. */
function timingRows(summary: string): Map<string, number> {
  const timings = summary.slice(summary.indexOf('Timings'))
  const rows = new Map<string, number>()
  for (const match of timings.matchAll(/<tr><td>([^<]+)<\/td><td>(\d+\.\d\d)<\/td><\/tr>/g))
    rows.set(match[1]!, Number(match[2]))
  return rows
}

describe('dry-run: true', () => {
  test('logs in, reads the secret, has the content plane validate the token, uploads nothing, and reports what it would deploy', async () => {
    const { run, requests, deployments } = await runCounted(emulator, {
      inputs: { 'dry-run': 'true', 'deployment-environment': 'staging' }
    })
    expect(run.exitCode).toBe(0)
    expect(entraTokenRequests(requests)).toHaveLength(1)
    expect(listSecrets(requests)).toHaveLength(1)
    // validateapitoken proves the content plane accepts the token, and changes nothing.
    const content = requestsTo(requests, 'content')
    expect(content.map((request) => request.url.split('?')[0])).toEqual([
      '/api/upload/validateapitoken'
    ])
    expect(content[0]!.status).toBe(200)
    expect(requestsTo(requests, 'blob')).toEqual([])
    expect(deployments).toEqual([])
    expect(defaultSite(emulator).environments.has('staging')).toBe(false)

    const site = path.join(run.workspace, 'dist')
    const files = folderDigests(site).size
    const bytes = folderBytes(site)
    expect(run.outputs).toMatchObject({
      outcome: 'dry-run',
      environment: 'staging',
      'file-count': String(files),
      'total-bytes': String(bytes)
    })
    expect(run.outputs.url).toBeUndefined()
    // The one content-plane call of the run carried this correlation id.
    expect(content[0]!.url).toContain(`deploymentCorrelationId=${run.outputs['deployment-id']}`)
    expect(run.stdout).toMatch(
      new RegExp(
        `Dry run: the content plane accepts the deployment token; would upload ${files} files \\(${bytes.toLocaleString('en-US')} bytes, [\\d,]+ zipped\\) to 'staging'`
      )
    )

    expect(run.summary).toContain('Dry run: nothing was uploaded')
    expect(run.summary).toContain(`<code>${DEFAULT_SUBJECT}</code>`)
    expect(run.summary).toContain(`<code>${staticSiteId(defaultSite(emulator))}</code>`)
    expect(run.summary).toContain('<td>Environment</td><td>staging</td>')
    expect(run.summary).toContain(`<td>Files</td><td>${files}</td>`)
    expect(run.summary).toContain(`(${bytes.toLocaleString('en-US')} bytes)`)
    expect(run.summary).not.toContain('Deployed to Azure Static Web Apps')
    const timings = timingRows(run.summary)
    for (const phase of [
      'Check payload',
      'GitHub OIDC token',
      'Entra ID token',
      'Read Static Web App',
      'Read deployment token',
      'Validate deployment token (dry run)',
      'Package (dry run)',
      'Total'
    ])
      expect(timings.has(phase)).toBe(true)
  })
})

describe('a one-file site', () => {
  // One file of one byte: every count the run prints is 1, and each noun must say so.
  const oneFile = (workspace: string): void =>
    writeTree(path.join(workspace, 'dist'), { 'index.html': 'x' })

  test('the dry run says it would upload 1 file of 1 byte', async () => {
    const { run, deployments } = await runCounted(emulator, {
      inputs: { 'dry-run': 'true' },
      prepareWorkspace: oneFile
    })
    expect(run.exitCode).toBe(0)
    expect(deployments).toEqual([])
    expect(run.stdout).toMatch(
      /Dry run: the content plane accepts the deployment token; would upload 1 file \(1 byte, [\d,]+ zipped\) to 'production' of octo-site\. Nothing was uploaded\./
    )
    expect(run.stdout).not.toMatch(/\b1 files\b|\b1 bytes\b/)
  })

  test('the deployment says 1 file', async () => {
    const counted = await runCounted(emulator, { prepareWorkspace: oneFile })
    expect(counted.run.exitCode).toBe(0)
    expect(deployedDigests(succeeded(counted)).size).toBe(1)
    expect(counted.run.stdout).toMatch(/Deployment [0-9a-f-]+: 1 file, 1 B to production\./)
    expect(counted.run.stdout).not.toMatch(/\b1 files\b|\b1 bytes\b/)
    // Its one block, whichever way it went, is not hedged as "block(s)".
    expect(counted.run.stdout).not.toContain('(s)')
  })
})

describe('the job summary of a deployment', () => {
  test('names the identity, resource, environment, files, bytes, timings and URL', async () => {
    const counted = await runCounted(emulator)
    const { run } = counted
    expect(run.exitCode).toBe(0)
    const deployment = succeeded(counted)
    const site = path.join(run.workspace, 'dist')
    const files = folderDigests(site).size
    const bytes = folderBytes(site)

    expect(run.summary).toContain('<h2>Deployed to Azure Static Web Apps</h2>')
    expect(run.summary).toContain(
      `<td>Identity presented (sub)</td><td><code>${DEFAULT_SUBJECT}</code></td>`
    )
    expect(run.summary).toContain(
      `<td>Static Web App</td><td><code>${staticSiteId(defaultSite(emulator))}</code></td>`
    )
    expect(run.summary).toContain('<td>Environment</td><td>production</td>')
    expect(run.summary).toContain(`<td>Files</td><td>${files}</td>`)
    expect(run.summary).toContain(`(${bytes.toLocaleString('en-US')} bytes)`)
    expect(run.summary).toContain(`<code>${deployment.correlationId}</code>`)
    expect(run.summary).toContain('<td>Upload engine</td><td>native</td>')
    expect(run.summary).toContain(`<a href="${run.outputs.url}">${run.outputs.url}</a>`)

    const timings = timingRows(run.summary)
    const phases = [
      'Check payload',
      'GitHub OIDC token',
      'Entra ID token',
      'Read Static Web App',
      'Read deployment token',
      'validate token',
      'request upload',
      'package and upload',
      'update status',
      'content distribution'
    ]
    for (const phase of phases) expect(timings.get(phase)).toBeGreaterThanOrEqual(0)
    const sum = phases.reduce((total, phase) => total + timings.get(phase)!, 0)
    expect(timings.get('Total')).toBeCloseTo(sum, 1)
    expect(timings.get('Total')!).toBeLessThan(run.durationMs / 1000)
  })
})

describe('a successful checkstatus with an empty siteUrl', () => {
  test('production falls back to the default hostname', async () => {
    emulator.content!.behaviour.emptySiteUrl = true
    const counted = await runCounted(emulator)
    expect(counted.run.exitCode).toBe(0)
    expect(deployedDigests(succeeded(counted))).toEqual(
      folderDigests(path.join(counted.run.workspace, 'dist'))
    )
    const expected = `https://${defaultSite(emulator).defaultHostname}`
    expect(counted.run.outputs.url).toBe(expected)
    expect(counted.run.outputs.static_web_app_url).toBe(expected)
    expect(counted.run.summary).toContain(expected)
  })

  test("a preview environment falls back to the environment's hostname", async () => {
    emulator.content!.behaviour.emptySiteUrl = true
    const counted = await runCounted(emulator, { inputs: { 'deployment-environment': 'staging' } })
    expect(counted.run.exitCode).toBe(0)
    const hostname = defaultSite(emulator).environments.get('staging')?.hostname
    expect(hostname).toBeDefined()
    expect(hostname).not.toBe(defaultSite(emulator).defaultHostname)
    expect(counted.run.outputs.url).toBe(`https://${hostname}`)
  })
})
