// deploy() against the emulator's content plane and Azurite, over real sockets, in process.
import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as tls from 'node:tls'
import { jest } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { ActionError } from '../../src/errors.js'
import { closeTransport } from '../../src/http/transport.js'
import { deploy, type DeployOptions } from '../../src/content/deploy.js'
import { preparePayload } from '../../src/payload/prepare.js'
import type { Payload } from '../../src/payload/types.js'
import { buildEventInfo, resolveTarget } from '../../src/target.js'

let emulator: Emulator
let workspace: string
let payload: Payload
const lines: string[] = []

beforeAll(async () => {
  process.env.KEYLESS_SWA_RETRY_BASE_MS = '5'
  process.env.KEYLESS_SWA_POLL_INTERVAL_MS = '20'
  emulator = await startEmulator()
  tls.setDefaultCACertificates([
    ...tls.getCACertificates('default'),
    fs.readFileSync(emulator.caFile, 'utf8')
  ])
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'))
  const dist = path.join(workspace, 'dist')
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(dist, 'index.html'), '<h1>deployed</h1>')
  fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)\n'.repeat(1000))
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  payload = await preparePayload({ workspace, appLocation: dist, configFile: undefined })
}, 120_000)

afterAll(async () => {
  jest.restoreAllMocks()
  closeTransport()
  await emulator?.stop()
  fs.rmSync(workspace, { recursive: true, force: true })
  delete process.env.KEYLESS_SWA_RETRY_BASE_MS
  delete process.env.KEYLESS_SWA_POLL_INTERVAL_MS
})

function options(overrides: Partial<DeployOptions> = {}): DeployOptions {
  const site = emulator.world.sites[0]
  if (site === undefined) throw new Error('the default world has no site')
  const target = resolveTarget(
    { action: 'upload', deploymentEnvironment: undefined, productionBranch: undefined },
    {
      eventName: 'push',
      repository: 'octo-org/octo-site',
      serverUrl: 'https://github.com',
      ref: 'refs/heads/main',
      refName: 'main',
      pullRequest: undefined
    }
  )
  return {
    contentHost: site.contentDistributionEndpoint,
    deploymentToken: site.apiKey,
    trace: { correlationId: randomUUID(), contentHost: 'content', unhealthyRegions: [] },
    eventInfo: buildEventInfo(target, site),
    payload,
    fallbackHostname: async () => site.defaultHostname,
    timeoutSeconds: 30,
    signal: new AbortController().signal,
    log: (line) => lines.push(line),
    ...overrides
  }
}

test('deploys the payload and reports the URL', async () => {
  const result = await deploy(options())
  expect(result.url).toMatch(/^https:\/\//)
  expect(result.fileCount).toBe(2)
  expect(result.timings.map((timing) => timing.phase)).toEqual([
    'validate token',
    'request upload',
    'package and upload',
    'update status',
    'content distribution'
  ])
  await emulator.content?.settled()
  const record = emulator.content?.deployments.find(
    (deployment) => deployment.correlationId === result.correlationId
  )
  expect(record?.files.map((file) => file.path).sort()).toEqual(['assets/app.js', 'index.html'])
})

test('a rejected token names the deployment authorization policy and never the token', async () => {
  const attempt = deploy(options({ deploymentToken: 'not-the-token' }))
  await expect(attempt).rejects.toThrow(ActionError)
  const error = (await attempt.catch((caught: unknown) => caught)) as ActionError
  expect(error.doc).toBe('content-token-rejected')
  expect(error.describe()).toMatch(/deployment authorization policy/)
  expect(error.describe()).not.toContain('not-the-token')
})

test('a rejection under HTTP 200 is still a rejection', async () => {
  if (emulator.content === undefined) throw new Error('no content plane')
  emulator.content.behaviour.rejectionsAsHttp200 = true
  try {
    await expect(deploy(options({ deploymentToken: 'wrong' }))).rejects.toThrow(/rejected/)
  } finally {
    emulator.content.behaviour.rejectionsAsHttp200 = false
  }
})

test('a Failed deployment surfaces the server text', async () => {
  if (emulator.content === undefined) throw new Error('no content plane')
  emulator.content.behaviour.failNextDeployment = 'Invalid route configuration'
  await expect(deploy(options())).rejects.toThrow(/ended Failed: Invalid route configuration/)
})

test('an empty siteUrl falls back to the hostname', async () => {
  if (emulator.content === undefined) throw new Error('no content plane')
  emulator.content.behaviour.emptySiteUrl = true
  try {
    const result = await deploy(options({ fallbackHostname: async () => 'fallback.example.net' }))
    expect(result.url).toBe('https://fallback.example.net')
  } finally {
    emulator.content.behaviour.emptySiteUrl = false
  }
})

test('polling stops at the deployment timeout with the correlation id', async () => {
  if (emulator.content === undefined) throw new Error('no content plane')
  emulator.content.behaviour.neverFinish = true
  try {
    const run = options({ timeoutSeconds: 1 })
    await expect(deploy(run)).rejects.toThrow(
      new RegExp(`may still go live: correlation id ${run.trace.correlationId}`)
    )
  } finally {
    emulator.content.behaviour.neverFinish = false
  }
})

test('an abort stops polling promptly', async () => {
  if (emulator.content === undefined) throw new Error('no content plane')
  emulator.content.behaviour.neverFinish = true
  const controller = new AbortController()
  try {
    const started = Date.now()
    const attempt = deploy(options({ signal: controller.signal, timeoutSeconds: 60 }))
    setTimeout(() => controller.abort(), 1500)
    await expect(attempt).rejects.toThrow(/Cancelled/)
    expect(Date.now() - started).toBeLessThan(10_000)
  } finally {
    emulator.content.behaviour.neverFinish = false
  }
})
