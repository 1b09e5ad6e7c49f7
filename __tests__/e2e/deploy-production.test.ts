// The happy path through dist/index.js: a push to main deploys the sample site to production,
// the deployed bytes equal the source, outputs and summary say so, and no token leaks; with a SAS
// that takes blocks and with one that refuses them (one Put Blob).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { listFiles, SAMPLE_SITE } from '../../emulator/runner.js'
import { fetchBytes, UPLOAD_MODES, uploadShape } from '../support/deploy.js'
import { runAgainst, startTestEmulator } from '../support/e2e.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startTestEmulator()
})
afterAll(async () => {
  await emulator?.stop()
})

describe.each(UPLOAD_MODES)('a push to main, the archive uploaded $name', (mode) => {
  beforeEach(() => {
    emulator.content!.behaviour.blockUploads = mode.blockUploads
  })

  test('deploys the sample site to production, byte for byte', async () => {
    const from = emulator.host.requests.length
    const run = await runAgainst(emulator)
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)

    const deployment = emulator.content!.deployments.at(-1)!
    expect(deployment.status).toBe('Succeeded')
    expect(deployment.environment).toBe('production')

    const source = new Map(
      listFiles(SAMPLE_SITE).map((file) => [
        path.relative(SAMPLE_SITE, file).split(path.sep).join('/'),
        createHash('sha256').update(readFileSync(file)).digest('hex')
      ])
    )
    const deployed = new Map(deployment.files.map((file) => [file.path, file.sha256]))
    expect(deployed).toEqual(source)

    expect(run.outputs.url).toBe(deployment.siteUrl)
    expect(run.outputs.static_web_app_url).toBe(run.outputs.url)
    expect(run.outputs.environment).toBe('production')
    expect(run.outputs['deployment-id']).toBe(deployment.correlationId)
    expect(run.outputs['file-count']).toBe(String(source.size))
    const totalBytes = listFiles(SAMPLE_SITE).reduce(
      (sum, file) => sum + readFileSync(file).length,
      0
    )
    expect(run.outputs['total-bytes']).toBe(String(totalBytes))

    const served = (await fetchBytes(emulator, run.outputs.url!)).toString('utf8')
    expect(served).toBe(readFileSync(path.join(SAMPLE_SITE, 'index.html'), 'utf8'))

    expect(run.summary).toContain('Deployed to Azure Static Web Apps')
    expect(run.summary).toContain('repo:octo-org/octo-site:ref:refs/heads/main')
    expect(run.summary).toContain(run.outputs.url!)
    expect(run.stdout).toMatch(/sub: repo:octo-org\/octo-site:ref:refs\/heads\/main/)
    expect(uploadShape(emulator.host.requests.slice(from))).toBe(mode.uploadedAs)
  })
})

describe('a push to main', () => {
  beforeEach(() => {
    emulator.content!.behaviour.blockUploads = 'accepted'
  })

  test('its progress lines are true when printed: the small site was packaged whole during sign-in', async () => {
    const run = await runAgainst(emulator)
    expect(run.exitCode).toBe(0)
    const progress = run.stdout.split('\n').filter((line) => line.startsWith('Uploading: '))
    expect(progress.length).toBeGreaterThan(0)
    // The archive is sent only as it is packaged, and this site fits in the head start's window.
    for (const line of progress) expect(line).toMatch(/, 100% of the site packaged\.$/)
  })

  test('asks GitHub for exactly one token, with the default audience', async () => {
    const from = emulator.host.requests.length
    const run = await runAgainst(emulator)
    expect(run.exitCode).toBe(0)
    const tokenRequests = emulator.host.requests
      .slice(from)
      .filter((request) => request.service === 'github' && request.url.startsWith('/token'))
    expect(tokenRequests).toHaveLength(1)
    expect(tokenRequests[0]!.url).toContain(
      'api-version=2.0&audience=api%3A%2F%2FAzureADTokenExchange'
    )
  })
})
