// The identity chain end to end over real sockets: GitHub OIDC → Entra → ARM, in process.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as tls from 'node:tls'
import { jest } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { addEnvironment, DEFAULT_SUBJECT } from '../../emulator/world.js'
import { createArmClient } from '../../src/arm/client.js'
import { deleteEnvironment, readEnvironment } from '../../src/arm/environments.js'
import { readDeploymentToken, readStaticSite } from '../../src/arm/staticSite.js'
import { acquireArmToken } from '../../src/entra/exchange.js'
import { ActionError } from '../../src/errors.js'
import { requestGitHubToken } from '../../src/github/oidc.js'
import { closeTransport } from '../../src/http/transport.js'
import { readConfig, type Config, type SiteConfig } from '../../src/inputs/index.js'

let emulator: Emulator
let workspace: string
let env: Record<string, string>
let config: SiteConfig
const output: string[] = []
// Never cancelled: these tests are about the identity chain, not cancellation.
const RUN = new AbortController().signal
const ARM_RUN = { signal: RUN, runUrl: undefined }
const DELETE = { signal: RUN, timeoutSeconds: 30 }

beforeAll(async () => {
  process.env.KEYLESS_SWA_RETRY_BASE_MS = '5'
  emulator = await startEmulator({ withContent: false })
  // NODE_EXTRA_CA_CERTS is read at start-up only; in process the emulator's CA is added this way.
  tls.setDefaultCACertificates([
    ...tls.getCACertificates('default'),
    fs.readFileSync(emulator.caFile, 'utf8')
  ])
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'identity-'))
  fs.mkdirSync(path.join(workspace, 'dist'))
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    output.push(String(chunk))
    return true
  })
})

beforeEach(() => {
  emulator.host.clearFaults()
  env = emulator.actionEnv()
  const inputs = new Map(
    Object.entries(env)
      .filter(([name]) => name.startsWith('INPUT_'))
      .map(([name, value]) => [name.slice('INPUT_'.length).toLowerCase(), value])
  )
  config = located(readConfig((name) => inputs.get(name) ?? '', { GITHUB_WORKSPACE: workspace }))
})

/** The emulator's inputs name the resource group: the config is located from the start. */
function located(read: Config): SiteConfig {
  if (read.resourceGroup === undefined) throw new Error('the emulator gives resource-group')
  return { ...read, resourceGroup: read.resourceGroup }
}

afterAll(async () => {
  jest.restoreAllMocks()
  closeTransport()
  await emulator?.stop()
  fs.rmSync(workspace, { recursive: true, force: true })
  delete process.env.KEYLESS_SWA_RETRY_BASE_MS
})

async function armToken(): Promise<{ token: string; expiresOn: Date }> {
  const identity = await requestGitHubToken(config.audience, env, RUN)
  return acquireArmToken(config, identity, RUN)
}

async function failure(work: Promise<unknown>): Promise<ActionError> {
  try {
    await work
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError)
    const actionError = error as ActionError
    for (const secret of emulator.issuedSecrets()) {
      expect(actionError.describe()).not.toContain(secret)
    }
    return actionError
  }
  throw new Error('expected a failure')
}

test('GitHub token → ARM token → site and deployment token', async () => {
  const identity = await requestGitHubToken(config.audience, env, RUN)
  expect(identity.claims.sub).toBe(DEFAULT_SUBJECT)
  expect(identity.claims.aud).toBe('api://AzureADTokenExchange')
  const access = await acquireArmToken(config, identity, RUN)
  expect(access.token.length).toBeGreaterThan(20)
  expect(access.expiresOn.getTime()).toBeGreaterThan(Date.now())

  const client = createArmClient(config, access, ARM_RUN)
  const site = await readStaticSite(client, config)
  const world = emulator.world.sites[0]
  expect(site.defaultHostname).toBe(world?.defaultHostname)
  expect(site.sku).toBe('Free')
  expect(site.contentDistributionEndpoint).toBe(world?.contentDistributionEndpoint)
  const deploymentToken = await readDeploymentToken(client, config)
  expect(deploymentToken).toBe(world?.apiKey)

  // Every secret was masked before use; none was printed any other way.
  const printed = output.join('')
  for (const secret of [identity.token, access.token, deploymentToken]) {
    expect(printed).toContain(`::add-mask::${secret}`)
    expect(printed.split(secret).length).toBe(2)
  }
})

test('transient Entra and ARM faults are retried inside the transport', async () => {
  emulator.host.addFault({
    service: 'entra',
    method: 'POST',
    kind: 'status',
    status: 503,
    times: 2
  })
  emulator.host.addFault({
    service: 'arm',
    kind: 'status',
    status: 429,
    retryAfterSeconds: 0,
    times: 1
  })
  const before = emulator.host.requests.filter((request) => request.service === 'entra').length
  const client = createArmClient(config, await armToken(), ARM_RUN)
  expect(await readDeploymentToken(client, config)).toBe(emulator.world.sites[0]?.apiKey)
  const entraCalls = emulator.host.requests
    .filter((request) => request.service === 'entra')
    .slice(before)
  // Two faults and one success for the one grant, plus MSAL's discovery of the custom authority.
  expect(entraCalls.filter((request) => request.method === 'POST')).toHaveLength(3)
})

test('a subject mismatch shows the presented sub and the expected forms', async () => {
  emulator.github.claims = {
    ...emulator.github.claims,
    sub: 'repo:octo-org/octo-site:ref:refs/heads/feature'
  }
  try {
    const error = await failure(armToken())
    expect(error.doc).toMatch(/^aadsts(700213|70021)$/)
    expect(error.describe()).toContain("'repo:octo-org/octo-site:ref:refs/heads/feature'")
  } finally {
    emulator.github.claims = { ...emulator.github.claims, sub: DEFAULT_SUBJECT }
  }
})

test('an unknown client id is named', async () => {
  const identity = await requestGitHubToken(config.audience, env, RUN)
  const clientId = '00000000-0000-0000-0000-000000000001'
  const error = await failure(acquireArmToken({ ...config, clientId }, identity, RUN))
  expect(error.doc).toBe('aadsts700016')
  expect(error.message).toContain(clientId)
})

test('persistent throttling with a plain-text body is named, not misread as an empty token', async () => {
  emulator.host.addFault({
    service: 'entra',
    method: 'POST',
    kind: 'status',
    status: 429,
    retryAfterSeconds: 0,
    body: 'Too many requests',
    contentType: 'text/plain',
    times: 10
  })
  const error = await failure(armToken())
  expect(error.doc).toBe('entra-throttled')
  expect(error.message).toBe('Entra ID throttled the request (HTTP 429) after 5 attempts.')
})

test('an expired GitHub token is explained', async () => {
  emulator.github.expired = true
  try {
    const error = await failure(armToken())
    expect(error.doc).toBe('aadsts700024')
    expect(error.message).toMatch(/about 5 minutes/)
  } finally {
    emulator.github.expired = false
  }
})

test('a missing role names the action and the minimal role', async () => {
  const client = createArmClient(config, await armToken(), ARM_RUN)
  const saved = emulator.world.roleAssignments.splice(0)
  try {
    const error = await failure(readDeploymentToken(client, config))
    expect(error.doc).toBe('arm-authorizationfailed')
    expect(error.message).toContain('Microsoft.Web/staticSites/listSecrets/action')
    expect(error.fix).toContain('custom role')
  } finally {
    emulator.world.roleAssignments.push(...saved)
  }
})

test('a wrong app name is a missing resource', async () => {
  const client = createArmClient(config, await armToken(), ARM_RUN)
  const error = await failure(readStaticSite(client, { ...config, appName: 'no-such-site' }))
  expect(error.doc).toMatch(/^arm-(resourcenotfound|authorizationfailed)$/)
})

test('a persistent ARM fault names the step and the attempts', async () => {
  const client = createArmClient(config, await armToken(), ARM_RUN)
  emulator.host.addFault({ service: 'arm', kind: 'status', status: 503, times: 10 })
  const error = await failure(readDeploymentToken(client, config))
  expect(error.message).toBe('ARM listSecrets failed: HTTP 503 after 5 attempts.')
})

test('a dropped ARM connection surfaces as the transport network error', async () => {
  const client = createArmClient(config, await armToken(), ARM_RUN)
  emulator.host.addFault({ service: 'arm', kind: 'drop', times: 10 })
  const error = await failure(readStaticSite(client, config))
  expect(error.name).toBe('NetworkError')
  expect(error.message).toMatch(/^ARM read Static Web App failed after 5 attempts/)
})

test('environments: read, delete, and delete again', async () => {
  const client = createArmClient(config, await armToken(), ARM_RUN)
  const site = emulator.world.sites[0]
  if (!site) throw new Error('no site')
  addEnvironment(site, 'pr42')
  const environment = await readEnvironment(client, config, 'pr42')
  expect(environment?.hostname).toBeTruthy()
  expect(await deleteEnvironment(client, config, 'pr42', DELETE)).toBe('deleted')
  expect(await readEnvironment(client, config, 'pr42')).toBeUndefined()
  expect(await deleteEnvironment(client, config, 'pr42', DELETE)).toBe('absent')
})

test('public cloud host names through an https proxy, no URL overrides', async () => {
  const proxied = emulator.actionEnv({ viaProxy: true })
  const inputs = new Map(
    Object.entries(proxied)
      .filter(([name]) => name.startsWith('INPUT_'))
      .map(([name, value]) => [name.slice('INPUT_'.length).toLowerCase(), value])
  )
  inputs.set('cloud', 'AzureUSGovernment')
  // The default world's credential trusts the public audience only.
  inputs.set('audience', 'api://AzureADTokenExchange')
  const usConfig = located(
    readConfig((name) => inputs.get(name) ?? '', { GITHUB_WORKSPACE: workspace })
  )
  expect(usConfig.resourceManagerEndpoint).toBe('https://management.usgovcloudapi.net')
  process.env.HTTPS_PROXY = emulator.proxyUrl
  process.env.NO_PROXY = '127.0.0.1'
  // A tenant lives in one cloud: this one in AzureUSGovernment, for this test.
  emulator.world.tenants[0]!.cloud = 'AzureUSGovernment'
  try {
    const identity = await requestGitHubToken(usConfig.audience, proxied, RUN)
    const access = await acquireArmToken(usConfig, identity, RUN)
    const client = createArmClient(usConfig, access, ARM_RUN)
    // The identity half works there; ARM has no Static Web Apps in that cloud, and says so.
    await expect(readDeploymentToken(client, usConfig)).rejects.toThrow(
      /InvalidResourceType.*Azure Static Web Apps is not offered in AzureUSGovernment/
    )
  } finally {
    delete process.env.HTTPS_PROXY
    delete process.env.NO_PROXY
    delete emulator.world.tenants[0]!.cloud
  }
})
