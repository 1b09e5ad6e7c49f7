// The emulated content plane over real sockets: the four upload calls, a real block upload
// through the blob front into Azurite, the zip checks, and the served site.
import { createHash, randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import https from 'node:https'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  AnonymousCredential,
  BlockBlobClient,
  newPipeline,
  type StoragePipelineOptions
} from '@azure/storage-blob'
import yazl from 'yazl'
import { AZURITE_BLOB_API_VERSION } from '../../emulator/content/azurite.js'
import { startContentPlane, type ContentPlane } from '../../emulator/content/index.js'
import { ServiceHost } from '../../emulator/server.js'
import { createTlsMaterial, type GeneratedTls } from '../../emulator/tls.js'
import { defaultBehaviour } from '../../emulator/content/types.js'
import {
  CONFIG_TOO_LARGE,
  FUNCTION_LANGUAGE_MISSING,
  INVALID_FUNCTION_LANGUAGE,
  INVALID_TOKEN,
  SERVER_FAULT,
  TOO_MANY_FILES
} from '../../emulator/content/messages.js'
import { eventInfoBody, pollingInfoBody, uploadInfoBody } from '../support/wire.js'
import {
  addEnvironment,
  addSite,
  defaultWorld,
  type StaticSite,
  type World
} from '../../emulator/world.js'

let tls: GeneratedTls
let host: ServiceHost
let world: World
let plane: ContentPlane
let workDir: string
let freeSite: StaticSite
let standardSite: StaticSite

beforeAll(async () => {
  tls = await createTlsMaterial()
  host = new ServiceHost(tls)
  workDir = await mkdtemp(path.join(tmpdir(), 'content-plane-'))
  world = defaultWorld({ githubIssuer: 'https://github.invalid', contentUrl: '' })
  freeSite = world.sites[0]!
  standardSite = addSite(world, '', { name: 'big-site', sku: 'Standard' })
  plane = await startContentPlane(host, world, tls, workDir)
})

afterAll(async () => {
  await plane?.stop()
  await host?.stop()
  await rm(workDir, { recursive: true, force: true })
  if (tls) await rm(tls.dir, { recursive: true, force: true })
})

afterEach(() => {
  host.clearFaults()
  Object.assign(plane.behaviour, defaultBehaviour())
})

// ---- helpers ---------------------------------------------------------------------------------

interface Reply {
  status: number
  text: string
  json: Record<string, unknown>
}

function httpsRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}
): Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, ca: tls.caCert, agent: false },
      (reply) => {
        const chunks: Buffer[] = []
        reply.on('data', (chunk: Buffer) => chunks.push(chunk))
        reply.on('end', () =>
          resolve({
            status: reply.statusCode ?? 0,
            body: Buffer.concat(chunks),
            headers: reply.headers
          })
        )
        reply.on('error', reject)
      }
    )
    request.on('error', reject)
    request.end(options.body)
  })
}

async function contentCall(
  call: string,
  body: unknown,
  options: {
    token?: string | null
    correlationId?: string
    query?: string
    contentType?: string
  } = {}
): Promise<Reply> {
  const query =
    options.query ??
    `apiVersion=v1&deploymentCorrelationId=${options.correlationId ?? randomUUID()}`
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json'
  }
  const token = options.token === undefined ? freeSite.apiKey : options.token
  if (token !== null) headers.authorization = `token ${token}`
  const reply = await httpsRequest(`${plane.contentUrl}/api/upload/${call}?${query}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body)
  })
  const text = reply.body.toString('utf8')
  return { status: reply.status, text, json: text.startsWith('{') ? JSON.parse(text) : {} }
}

const eventInfo = eventInfoBody

type SiteFiles = Record<string, string | Buffer>

function measure(files: SiteFiles): Record<string, unknown> {
  const sizes = Object.values(files).map((content) => Buffer.byteLength(content))
  return uploadInfoBody({
    totalBytes: sizes.reduce((sum, size) => sum + size, 0),
    fileCount: sizes.length,
    largestFileBytes: Math.max(...sizes),
    hasRoutes: 'staticwebapp.config.json' in files
  })
}

/** One date for every entry: the same files make the same bytes, read by the readers once per worker. */
const ENTRY_DATE = new Date(2020, 0, 1)

function buildZip(files: SiteFiles): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const [name, content] of Object.entries(files)) {
    zip.addBuffer(Buffer.from(content), name, {
      compress: name.endsWith('.html'),
      mtime: ENTRY_DATE
    })
  }
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
    zip.outputStream.on('error', reject)
  })
}

/** Rewrites a name inside a zip (local header and central directory), as yazl refuses bad names. */
function renameInZip(zip: Buffer, from: string, to: string): Buffer {
  expect(Buffer.byteLength(from)).toBe(Buffer.byteLength(to))
  return Buffer.from(zip.toString('latin1').split(from).join(to), 'latin1')
}

/** A storage client that trusts the emulator's CA and does not retry (faults must show). */
function blockBlobClient(sasUrl: string): BlockBlobClient {
  // tlsOptions reaches core-rest-pipeline's TLS policy; jest cannot set NODE_EXTRA_CA_CERTS late.
  const options = { retryOptions: { maxTries: 1 }, tlsOptions: { ca: tls.caCert } }
  const pipeline = newPipeline(new AnonymousCredential(), options as StoragePipelineOptions)
  // This SDK speaks a newer x-ms-version than Azurite (API-version check on) supports.
  pipeline.factories.push({
    create: (next) => ({
      sendRequest: (request) => {
        request.headers.set('x-ms-version', AZURITE_BLOB_API_VERSION)
        return next.sendRequest(request)
      }
    })
  })
  return new BlockBlobClient(sasUrl, pipeline)
}

/** Uploads in two blocks with stageBlock/commitBlockList, as the action does. */
async function uploadInBlocks(sasUrl: string, zip: Buffer): Promise<void> {
  const client = blockBlobClient(sasUrl)
  const middle = Math.ceil(zip.length / 2)
  const ids = ['block-000', 'block-001'].map((id) => Buffer.from(id).toString('base64'))
  await client.stageBlock(ids[0]!, zip.subarray(0, middle), middle)
  await client.stageBlock(ids[1]!, zip.subarray(middle), zip.length - middle)
  await client.commitBlockList(ids)
}

interface Granted {
  correlationId: string
  sasUrl: string
  /** packageUris.api, when the reply has one. */
  apiSasUrl: string | undefined
  /** What `request` issued (its four camelCase fields). */
  issued: Record<string, unknown>
  /** What the verified client sends back to updatestatus and checkstatus (pollingInfoBody). */
  pollingInfo: Record<string, unknown>
  event: Record<string, unknown>
  upload: Record<string, unknown>
  token: string
}

async function requestUpload(
  files: SiteFiles,
  options: {
    event?: Record<string, unknown>
    upload?: Record<string, unknown>
    token?: string
  } = {}
): Promise<Granted> {
  const correlationId = randomUUID()
  const event = options.event ?? eventInfo()
  const upload = { ...measure(files), ...options.upload }
  const token = options.token ?? freeSite.apiKey
  const reply = await contentCall(
    'request',
    { EventInfo: event, UploadInfo: upload, PollingInfo: null },
    { correlationId, token }
  )
  expect(reply.status).toBe(200)
  const response = reply.json.response as {
    packageUris: { app: string; api?: string }
    pollingInfo: Record<string, unknown>
  }
  return {
    correlationId,
    sasUrl: response.packageUris.app,
    apiSasUrl: response.packageUris.api,
    issued: response.pollingInfo,
    pollingInfo: pollingInfoBody(response.pollingInfo, { Slice: event.Slice }),
    event,
    upload,
    token
  }
}

async function reportUploaded(granted: Granted): Promise<Reply> {
  return contentCall(
    'updatestatus',
    {
      EventInfo: granted.event,
      UploadInfo: { ...granted.upload, Status: 'Succeeded' },
      PollingInfo: granted.pollingInfo
    },
    { correlationId: granted.correlationId, token: granted.token }
  )
}

async function checkStatus(granted: Granted): Promise<Record<string, unknown>> {
  const reply = await contentCall('checkstatus', granted.pollingInfo, {
    correlationId: granted.correlationId,
    token: granted.token
  })
  expect(reply.status).toBe(200)
  return reply.json.response as Record<string, unknown>
}

/** request → block upload → updatestatus → settle; returns the grant for checkstatus. */
async function deploy(
  files: SiteFiles,
  options: {
    event?: Record<string, unknown>
    upload?: Record<string, unknown>
    zip?: Buffer
    token?: string
    /** api.zip, put to packageUris.api when the reply has one. */
    apiZip?: Buffer
  } = {}
): Promise<Granted> {
  const granted = await requestUpload(files, options)
  if (options.apiZip && granted.apiSasUrl) await uploadInBlocks(granted.apiSasUrl, options.apiZip)
  await uploadInBlocks(granted.sasUrl, options.zip ?? (await buildZip(files)))
  expect((await reportUploaded(granted)).json).toEqual({
    response: null,
    statusCode: 200,
    errorMessage: null,
    isSuccessStatusCode: true
  })
  await plane.settled()
  return granted
}

async function finalStatus(granted: Granted): Promise<Record<string, unknown>> {
  for (let poll = 0; poll < 10; poll += 1) {
    const response = await checkStatus(granted)
    if (response.deploymentStatus !== 'InProgress') return response
  }
  throw new Error('deployment never finished')
}

function recordOf(granted: Granted) {
  const record = plane.deployments.find((entry) => entry.version === granted.issued.version)
  if (!record) throw new Error('no deployment record')
  return record
}

const sha256 = (content: string | Buffer): string =>
  createHash('sha256').update(content).digest('hex')

const SITE: SiteFiles = {
  'index.html': '<!doctype html><h1>Hello</h1>',
  'about/index.html': '<!doctype html><h1>About</h1>',
  'assets/app.js': 'console.log("hi")\n',
  'assets/logo.bin': Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256)),
  'staticwebapp.config.json': '{"navigationFallback":{"rewrite":"/index.html"}}'
}

const BAD_TOKEN = INVALID_TOKEN

/** The envelope of a rejection: the server's text (or a pattern of it) under its status. */
/** What every checkstatus reply says of a production deployment on the Free site (PROTOCOLS.md §4.5). */
function statusIdentity(granted: Granted) {
  return {
    stageSiteIdentifier: granted.issued.stageSiteIdentifier,
    version: granted.issued.version,
    defaultHostname: granted.issued.defaultHostname,
    environmentName: 'production',
    sku: 'Free',
    tenantId: granted.issued.tenantId,
    snippetsMap: {}
  }
}

function refused(errorMessage: RegExp | string, statusCode = 400) {
  return {
    response: null,
    statusCode,
    errorMessage:
      typeof errorMessage === 'string' ? errorMessage : expect.stringMatching(errorMessage),
    isSuccessStatusCode: false
  }
}

// ---- validateapitoken ------------------------------------------------------------------------

describe('validateapitoken', () => {
  test('accepts a known token with the exact success envelope', async () => {
    const reply = await contentCall('validateapitoken', eventInfo())
    expect(reply.status).toBe(200)
    expect(reply.text).toBe(
      '{"response":null,"statusCode":200,"errorMessage":null,"isSuccessStatusCode":true}'
    )
  })

  test.each([
    ['an unknown token', 'not-a-token'],
    ['no Authorization header', null]
  ])('refuses %s as BadRequest with the real text', async (_case, token) => {
    const reply = await contentCall('validateapitoken', eventInfo(), { token })
    expect(reply.status).toBe(400)
    expect(reply.json).toEqual(refused(BAD_TOKEN))
  })

  test('refuses a Bearer scheme even with the right key', async () => {
    const reply = await httpsRequest(
      `${plane.contentUrl}/api/upload/validateapitoken?apiVersion=v1&deploymentCorrelationId=${randomUUID()}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${freeSite.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(eventInfo())
      }
    )
    expect(JSON.parse(reply.body.toString()).errorMessage).toBe(BAD_TOKEN)
  })

  test('can deliver a rejection as HTTP 200 with isSuccessStatusCode false', async () => {
    plane.behaviour.rejectionsAsHttp200 = true
    const reply = await contentCall('validateapitoken', eventInfo(), { token: 'wrong' })
    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({
      statusCode: 400,
      isSuccessStatusCode: false,
      errorMessage: BAD_TOKEN
    })
  })

  test.each([
    ['no apiVersion', `deploymentCorrelationId=${randomUUID()}`, /apiVersion/],
    ['apiVersion v2', `apiVersion=v2&deploymentCorrelationId=${randomUUID()}`, /apiVersion/],
    ['no correlation id', 'apiVersion=v1', /GUID/],
    ['a non-GUID correlation id', 'apiVersion=v1&deploymentCorrelationId=run-42', /GUID/]
  ])('refuses %s', async (_case, query, message) => {
    const reply = await contentCall('validateapitoken', eventInfo(), { query })
    expect(reply.status).toBe(400)
    expect(reply.json.errorMessage).toMatch(message)
  })

  test('refuses a body that is not declared JSON', async () => {
    const reply = await contentCall('validateapitoken', eventInfo(), { contentType: 'text/plain' })
    expect(reply.status).toBe(415)
    expect(reply.json.isSuccessStatusCode).toBe(false)
  })

  test('matches property names case-insensitively, like the .NET server', async () => {
    const camel = Object.fromEntries(
      Object.entries(eventInfo()).map(([name, value]) => [
        name[0]!.toLowerCase() + name.slice(1),
        value
      ])
    )
    expect((await contentCall('validateapitoken', camel)).status).toBe(200)
  })

  test.each([
    ['a missing IsPullRequest', { IsPullRequest: undefined }, /IsPullRequest/],
    [
      'a numeric PullRequestId',
      { IsPullRequest: true, PullRequestId: 42 },
      /could not be converted to System\.String\. Path: \$\.PullRequestId/
    ],
    ['a pull request without its number', { IsPullRequest: true }, /PullRequestId/],
    ['an environment name without IsNamedEnvironment', { EnvironmentName: 'staging' }, /production/]
  ])('refuses %s', async (_case, overrides, message) => {
    const reply = await contentCall('validateapitoken', eventInfo(overrides))
    expect(reply.status).toBe(400)
    expect(reply.json.errorMessage).toMatch(message)
  })

  test('a forced rejection hits the named call once', async () => {
    plane.behaviour.rejectNext = { call: 'validateapitoken', message: 'Deployments are paused.' }
    expect((await contentCall('validateapitoken', eventInfo())).json.errorMessage).toBe(
      'Deployments are paused.'
    )
    expect((await contentCall('validateapitoken', eventInfo())).status).toBe(200)
  })
})

// ---- quotas ----------------------------------------------------------------------------------

describe('quotas', () => {
  test('a Free site refuses a 4th preview environment but redeploys an existing one', async () => {
    const site = addSite(world, '', { name: 'quota-site', sku: 'Free' })
    for (const name of ['one', 'two', 'three']) addEnvironment(site, name)
    const named = (name: string) => eventInfo({ IsNamedEnvironment: true, EnvironmentName: name })
    const refused = await contentCall('validateapitoken', named('four'), { token: site.apiKey })
    expect(refused.json.errorMessage).toBe(
      'This Static Web App already has the maximum number of staging environments (3). Please remove one and try again.'
    )
    const request = await contentCall(
      'request',
      { EventInfo: named('four'), UploadInfo: measure(SITE), PollingInfo: null },
      { token: site.apiKey }
    )
    expect(request.json.errorMessage).toMatch(/maximum number of staging environments \(3\)/)
    expect(
      (await contentCall('validateapitoken', named('two'), { token: site.apiKey })).status
    ).toBe(200)
    expect(
      (await contentCall('validateapitoken', eventInfo(), { token: site.apiKey })).status
    ).toBe(200)
  })

  test('a Standard site allows 10 preview environments', async () => {
    const site = addSite(world, '', { name: 'quota-standard', sku: 'Standard' })
    for (let index = 0; index < 9; index += 1) addEnvironment(site, `env${index}`)
    const named = (name: string) => eventInfo({ IsNamedEnvironment: true, EnvironmentName: name })
    expect(
      (await contentCall('validateapitoken', named('tenth'), { token: site.apiKey })).status
    ).toBe(200)
    addEnvironment(site, 'tenth')
    const refused = await contentCall('validateapitoken', named('eleventh'), { token: site.apiKey })
    expect(refused.json.errorMessage).toMatch(/maximum number of staging environments \(10\)/)
  })

  test.each([
    [
      'Free',
      250 * 1024 * 1024,
      / 262144000 bytes\. For a higher app size limit, consider upgrading/
    ],
    ['Standard', 500 * 1024 * 1024, / 524288000 bytes\.$/]
  ])('a %s site refuses an app over its size quota', async (sku, limit, message) => {
    const token = sku === 'Free' ? freeSite.apiKey : standardSite.apiKey
    const body = (total: number) => ({
      EventInfo: eventInfo(),
      UploadInfo: { ...measure(SITE), TotalAppSizeInBytes: total },
      PollingInfo: null
    })
    const refused = await contentCall('request', body(limit + 1), { token })
    expect(refused.status).toBe(400)
    expect(refused.json.errorMessage).toMatch(/^The size of the app content was too large\./)
    expect(refused.json.errorMessage).toMatch(message)
    expect((await contentCall('request', body(limit), { token })).status).toBe(200)
  })

  test('refuses more than 15,000 files', async () => {
    const reply = await contentCall('request', {
      EventInfo: eventInfo(),
      UploadInfo: { ...measure(SITE), AppFileCount: 15_001 },
      PollingInfo: null
    })
    expect(reply.json.errorMessage).toBe(TOO_MANY_FILES)
  })

  test.each([
    ['a wrong Status', { Status: 'Succeeded' }, /Status must be 'RequestingUpload'/],
    ['a fractional size', { TotalAppSizeInBytes: 1.5 }, /TotalAppSizeInBytes/],
    [
      'a largest file over the total',
      { MaxSingleFileSizeInBytes: 10 ** 9 },
      /MaxSingleFileSizeInBytes/
    ],
    [
      'API bytes without HasFunctions',
      { ApiSizeInBytes: 10 },
      /describes API content .* but HasFunctions is false/
    ]
  ])('request refuses UploadInfo with %s', async (_case, overrides, message) => {
    const reply = await contentCall('request', {
      EventInfo: eventInfo(),
      UploadInfo: { ...measure(SITE), ...overrides },
      PollingInfo: null
    })
    expect(reply.status).toBe(400)
    expect(reply.json.errorMessage).toMatch(message)
  })
})

// ---- a whole deployment ----------------------------------------------------------------------

describe('deployment', () => {
  test('request → block upload → updatestatus → checkstatus, then the site serves the same bytes', async () => {
    const granted = await requestUpload(SITE)
    const sas = new URL(granted.sasUrl)
    expect(sas.origin).toBe(plane.blobUrl)
    expect(sas.searchParams.get('sp')).toBe('cw')
    expect(sas.searchParams.get('spr')).toBe('https')
    expect(Object.keys(granted.issued).sort()).toEqual([
      'defaultHostname',
      'stageSiteIdentifier',
      'tenantId',
      'version'
    ])
    expect(granted.issued.defaultHostname).toBe(freeSite.defaultHostname)
    expect(granted.issued.tenantId).toBe(world.subscriptions[0]!.tenantId)
    expect(plane.issuedSecrets()).toContain(sas.search.slice(1))

    await uploadInBlocks(granted.sasUrl, await buildZip(SITE))
    const blobRequests = host.requests.filter((request) => request.service === 'blob')
    expect(blobRequests.map((request) => request.method)).toEqual(['PUT', 'PUT', 'PUT'])
    expect(blobRequests.every((request) => request.authorization === undefined)).toBe(true)
    expect(blobRequests.every((request) => request.host === new URL(plane.blobUrl).host)).toBe(true)

    expect((await reportUploaded(granted)).status).toBe(200)
    const first = await checkStatus(granted)
    expect(first).toEqual({
      deploymentStatus: 'InProgress',
      siteUrl: null,
      errorDetails: null,
      unhealthyRegions: null,
      ...statusIdentity(granted)
    })
    await plane.settled()
    const done = await checkStatus(granted)
    expect(done).toEqual({
      deploymentStatus: 'Succeeded',
      siteUrl: `${plane.siteUrl}/octo-site/production/`,
      errorDetails: null,
      unhealthyRegions: null,
      ...statusIdentity(granted)
    })

    const record = recordOf(granted)
    expect(record).toMatchObject({
      environment: 'production',
      status: 'Succeeded',
      correlationId: granted.correlationId
    })
    const deployed = Object.fromEntries(record.files.map((file) => [file.path, file.sha256]))
    expect(deployed).toEqual(
      Object.fromEntries(Object.entries(SITE).map(([name, content]) => [name, sha256(content)]))
    )

    const base = done.siteUrl as string
    for (const name of ['index.html', 'assets/app.js', 'assets/logo.bin']) {
      const served = await httpsRequest(`${base}${name}`)
      expect(served.status).toBe(200)
      expect(sha256(served.body)).toBe(sha256(SITE[name]!))
    }
    const root = await httpsRequest(base)
    expect(root.body.toString()).toBe(SITE['index.html'])
    expect(root.headers['content-type']).toBe('text/html; charset=utf-8')
    expect((await httpsRequest(`${base}about/`)).body.toString()).toBe(SITE['about/index.html'])
    expect((await httpsRequest(`${base}assets/app.js`)).headers['content-type']).toBe(
      'text/javascript; charset=utf-8'
    )
    expect((await httpsRequest(`${base}staticwebapp.config.json`)).status).toBe(404)
    expect((await httpsRequest(`${base}missing.html`)).status).toBe(404)
    expect((await httpsRequest(`${base}..%2f..%2fetc/passwd`)).status).toBe(404)
    expect(freeSite.deployments.at(-1)).toMatchObject({
      correlationId: granted.correlationId,
      status: 'Succeeded'
    })
  })

  test('names that differ only in letter case are two files, each served with its own bytes', async () => {
    // The service keeps both; on a case-insensitive disk (macOS, Windows) the emulator must not
    // extract the second over the first.
    const files = {
      'index.html': 'home',
      'Page.html': 'upper',
      'page.html': 'lower',
      'Docs/index.html': 'upper docs',
      'docs/index.html': 'lower docs'
    }
    const event = eventInfo({ IsNamedEnvironment: true, EnvironmentName: 'casing' })
    const granted = await deploy(files, { event, token: standardSite.apiKey })
    const done = await finalStatus(granted)
    expect(done.deploymentStatus).toBe('Succeeded')
    const base = done.siteUrl as string
    for (const [name, content] of Object.entries(files)) {
      expect((await httpsRequest(`${base}${name}`)).body.toString()).toBe(content)
    }
    expect((await httpsRequest(`${base}Docs/`)).body.toString()).toBe('upper docs')
    expect((await httpsRequest(`${base}docs/`)).body.toString()).toBe('lower docs')
  })

  test('a named environment is served under its name and becomes Ready in the world', async () => {
    const files = { 'index.html': 'staging build' }
    const event = eventInfo({
      IsNamedEnvironment: true,
      EnvironmentName: 'staging',
      HeadBranch: 'release'
    })
    const granted = await deploy(files, { event, token: standardSite.apiKey })
    const done = await finalStatus(granted)
    expect(done.siteUrl).toBe(`${plane.siteUrl}/big-site/staging/`)
    expect((await httpsRequest(done.siteUrl as string)).body.toString()).toBe('staging build')
    expect(standardSite.environments.get('staging')).toMatchObject({
      status: 'Ready',
      sourceBranch: 'release'
    })
    expect(granted.issued.defaultHostname).toBe(standardSite.environments.get('staging')!.hostname)
  })

  test('a pull request deploys to the environment named by its number', async () => {
    const event = eventInfo({
      IsPullRequest: true,
      PullRequestId: '42',
      PullRequestTitle: 'Fix typo'
    })
    const granted = await deploy({ 'index.html': 'pr 42' }, { event, token: standardSite.apiKey })
    expect((await finalStatus(granted)).siteUrl).toBe(`${plane.siteUrl}/big-site/42/`)
    expect(standardSite.environments.get('42')).toMatchObject({
      status: 'Ready',
      pullRequestTitle: 'Fix typo'
    })
  })

  test.each([
    [
      'AppFileCount',
      { AppFileCount: 4 },
      /UploadInfo\.AppFileCount was 4 but the uploaded zip gives 5/
    ],
    [
      'TotalAppSizeInBytes',
      { TotalAppSizeInBytes: Number(measure(SITE).TotalAppSizeInBytes) + 1 },
      /TotalAppSizeInBytes was \d+ but the uploaded zip gives \d+/
    ],
    [
      'MaxSingleFileSizeInBytes',
      { MaxSingleFileSizeInBytes: 70_001 },
      /MaxSingleFileSizeInBytes was 70001/
    ],
    ['HasRoutes', { HasRoutes: false }, /HasRoutes was false but the uploaded zip gives true/]
  ])(
    'a zip that contradicts UploadInfo.%s fails the deployment',
    async (_field, upload, details) => {
      const granted = await deploy(SITE, { upload })
      const done = await finalStatus(granted)
      expect(done.deploymentStatus).toBe('Failed')
      expect(done.errorDetails).toMatch(details)
      expect(done.siteUrl).toBeNull()
    }
  )

  test.each([
    [
      'files zipped inside a folder',
      { 'dist/index.html': 'x', 'dist/a.js': 'y' },
      undefined,
      /no file at its root/
    ],
    [
      'a traversal entry',
      { 'index.html': 'x', 'aa/evil.txt': 'y' },
      ['aa/evil', '../evil'],
      /invalid relative path/
    ],
    [
      'a backslash',
      { 'index.html': 'x', 'a_b.txt': 'y' },
      ['a_b.txt', 'a\\b.txt'],
      /invalid characters/
    ],
    [
      'a broken routes file',
      { 'index.html': 'x', 'staticwebapp.config.json': '{nope' },
      undefined,
      /not valid JSON/
    ]
  ])('a zip with %s fails the deployment', async (_case, files, rename, details) => {
    let zip = await buildZip(files)
    if (rename) zip = renameInZip(zip, rename[0]!, rename[1]!)
    const done = await finalStatus(await deploy(files, { zip }))
    expect(done.deploymentStatus).toBe('Failed')
    expect(done.errorDetails).toMatch(details)
  })

  test('a corrupted file inside the zip fails the CRC check', async () => {
    const files = { 'index.html': 'x', 'data.txt': 'A'.repeat(100) }
    const zip = renameInZip(await buildZip(files), 'A'.repeat(100), `B${'A'.repeat(99)}`)
    const done = await finalStatus(await deploy(files, { zip }))
    expect(done.errorDetails).toMatch(/CRC-32/)
  })

  test('a zip that yauzl reads but the independent readers refuse fails the deployment', async () => {
    const files = { 'index.html': 'x', 'about.html': 'y' }
    const zip = await buildZip(files)
    // Only the local header (the first occurrence) names another file; yauzl reads the central one.
    zip.write('abort.html', zip.indexOf('about.html'), 'latin1')
    const done = await finalStatus(await deploy(files, { zip }))
    expect(done.deploymentStatus).toBe('Failed')
    expect(done.errorDetails).toMatch(
      /^Independent zip readers refuse the uploaded zip: Python zipfile/
    )
  })

  test('reporting an upload that never happened fails the deployment', async () => {
    const granted = await requestUpload(SITE)
    await reportUploaded(granted)
    await plane.settled()
    const done = await finalStatus(granted)
    expect(done).toMatchObject({
      deploymentStatus: 'Failed',
      errorDetails: expect.stringMatching(/no committed blob/)
    })
  })

  test('updatestatus and checkstatus hold the client to its PollingInfo, correlation id and counts', async () => {
    const granted = await requestUpload(SITE)
    // Before updatestatus there is nothing to look at: refused in the envelope, nothing counted.
    const early = await contentCall('checkstatus', granted.pollingInfo, {
      correlationId: granted.correlationId,
      token: granted.token
    })
    expect(early.status).toBe(400)
    expect(early.json).toEqual({
      response: null,
      statusCode: 400,
      errorMessage: 'No upload has been reported for this deployment yet (updatestatus).',
      isSuccessStatusCode: false
    })
    expect(
      plane.deployments.find((entry) => entry.correlationId === granted.correlationId)
    ).toMatchObject({ status: 'WaitingForUpload', polls: 0 })
    const update = (changes: Partial<Granted>, upload: Record<string, unknown> = {}) =>
      reportUploaded({ ...granted, ...changes, upload: { ...granted.upload, ...upload } })
    const tampered = { ...granted.pollingInfo, DefaultHostname: 'elsewhere.azurestaticapps.net' }
    expect((await update({ pollingInfo: tampered })).json.errorMessage).toMatch(/exactly as/)
    expect((await update({ correlationId: randomUUID() })).json.errorMessage).toMatch(
      /deploymentCorrelationId/
    )
    expect((await update({ token: standardSite.apiKey })).json.errorMessage).toMatch(
      /does not match any upload/
    )
    expect((await update({}, { AppFileCount: 4 })).json.errorMessage).toMatch(/UploadInfo differs/)
    const otherEnvironment = eventInfo({ IsNamedEnvironment: true, EnvironmentName: 'other' })
    expect((await update({ event: otherEnvironment })).json.errorMessage).toMatch(/targets 'other'/)
    await uploadInBlocks(granted.sasUrl, await buildZip(SITE))
    expect((await update({})).status).toBe(200)
    expect((await update({})).json.errorMessage).toMatch(/already/)
    await plane.settled()
    const wrongRun = await contentCall('checkstatus', granted.pollingInfo, {
      correlationId: randomUUID()
    })
    expect(wrongRun.json.errorMessage).toMatch(/deploymentCorrelationId/)
    expect((await finalStatus(granted)).deploymentStatus).toBe('Succeeded')
  })
})

// ---- test hooks and blob faults --------------------------------------------------------------

describe('behaviour knobs', () => {
  test('failNextDeployment fails exactly one deployment with the given text', async () => {
    plane.behaviour.failNextDeployment = 'Content distribution failed in westeurope.'
    const granted = await deploy(SITE)
    const failed = await finalStatus(granted)
    expect(failed).toEqual({
      deploymentStatus: 'Failed',
      siteUrl: null,
      errorDetails: 'Content distribution failed in westeurope.',
      unhealthyRegions: null,
      ...statusIdentity(granted)
    })
    expect((await finalStatus(await deploy(SITE))).deploymentStatus).toBe('Succeeded')
  })

  test('inProgressPolls sets how long checkstatus says InProgress', async () => {
    plane.behaviour.inProgressPolls = 3
    const granted = await deploy(SITE)
    const statuses = []
    for (let poll = 0; poll < 4; poll += 1)
      statuses.push((await checkStatus(granted)).deploymentStatus)
    expect(statuses).toEqual(['InProgress', 'InProgress', 'InProgress', 'Succeeded'])
  })

  test('neverFinish keeps a finished deployment InProgress', async () => {
    plane.behaviour.neverFinish = true
    const granted = await deploy(SITE)
    for (let poll = 0; poll < 5; poll += 1)
      expect((await checkStatus(granted)).deploymentStatus).toBe('InProgress')
  })

  test('emptySiteUrl answers Succeeded with an empty siteUrl', async () => {
    plane.behaviour.emptySiteUrl = true
    expect(await finalStatus(await deploy(SITE))).toMatchObject({
      deploymentStatus: 'Succeeded',
      siteUrl: ''
    })
  })

  test('a fault armed on the blob service hits the block upload', async () => {
    const granted = await requestUpload(SITE)
    host.addFault({
      service: 'blob',
      method: 'PUT',
      kind: 'status',
      status: 503,
      retryAfterSeconds: 1,
      times: 1
    })
    const client = blockBlobClient(granted.sasUrl)
    const id = Buffer.from('block-000').toString('base64')
    await expect(client.stageBlock(id, Buffer.from('x'), 1)).rejects.toMatchObject({
      statusCode: 503
    })
    await expect(client.stageBlock(id, Buffer.from('x'), 1)).resolves.toBeDefined()
  })

  test('a chunked PUT is refused with 411, as blob storage does', async () => {
    const granted = await requestUpload(SITE)
    const reply = await httpsRequest(granted.sasUrl, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob', 'transfer-encoding': 'chunked' },
      body: await buildZip(SITE)
    })
    expect(reply.status).toBe(411)
    expect(reply.body.toString()).toMatch(/MissingContentLengthHeader/)
  })

  test('a single-shot PUT with Content-Length is accepted', async () => {
    const zip = await buildZip(SITE)
    const granted = await requestUpload(SITE)
    const reply = await httpsRequest(granted.sasUrl, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob', 'content-length': String(zip.length) },
      body: zip
    })
    expect(reply.status).toBe(201)
    await reportUploaded(granted)
    await plane.settled()
    expect((await finalStatus(granted)).deploymentStatus).toBe('Succeeded')
  })

  test('the SAS only writes: reading the blob back is refused', async () => {
    const granted = await requestUpload(SITE)
    await uploadInBlocks(granted.sasUrl, await buildZip(SITE))
    await expect(blockBlobClient(granted.sasUrl).download()).rejects.toMatchObject({
      statusCode: 403
    })
  })
})

// ---- exact JSON types: the server's 400 envelope for what its binder refuses ------------------

describe('the body binds as the .NET server binds it', () => {
  test('the clients’ EventInfo and UploadInfo bind', async () => {
    expect((await contentCall('validateapitoken', eventInfo({ Slice: 6 }))).status).toBe(200)
    const tenant = world.subscriptions[0]!.tenantId
    expect((await contentCall('validateapitoken', eventInfo({ TenantId: tenant }))).status).toBe(
      200
    )
    await requestUpload(SITE)
  })

  test.each([
    ['a string Slice', { Slice: '6' }, /System\.Int32\. Path: \$\.Slice$/],
    ['a null Slice', { Slice: null }, /System\.Int32\. Path: \$\.Slice$/],
    ['a fractional Slice', { Slice: 6.5 }, /System\.Int32\. Path: \$\.Slice$/],
    [
      'a domain in TenantId',
      { TenantId: 'octo-org.onmicrosoft.com' },
      /Guid\]\. Path: \$\.TenantId$/
    ],
    ['an empty TenantId', { TenantId: '' }, /Guid\]\. Path: \$\.TenantId$/],
    [
      'a string IsPullRequest',
      { IsPullRequest: 'false' },
      /System\.Boolean\. Path: \$\.IsPullRequest$/
    ],
    ['a numeric RepoUrl', { RepoUrl: 1 }, /System\.String\. Path: \$\.RepoUrl$/]
  ])('EventInfo: %s is refused with the 400 envelope', async (_case, overrides, message) => {
    const reply = await contentCall('validateapitoken', eventInfo(overrides))
    expect(reply.status).toBe(400)
    expect(reply.json).toEqual(refused(message))
  })

  test.each(Object.keys(eventInfoBody()))('EventInfo without %s is refused', async (name) => {
    const body = eventInfo()
    delete body[name]
    const reply = await contentCall('validateapitoken', body)
    expect(reply.json).toEqual(
      refused(
        `JSON deserialization for type 'EventInfo' was missing required properties, including the following: ${name}`
      )
    )
  })

  test('EventInfo inside request is refused at its own path', async () => {
    const reply = await contentCall('request', {
      EventInfo: eventInfo({ Slice: '6' }),
      UploadInfo: measure(SITE),
      PollingInfo: null
    })
    expect(reply.json).toEqual(refused(/Path: \$\.EventInfo\.Slice$/))
  })

  test.each([
    [
      'a null ServerRenderFramework',
      { ServerRenderFramework: null },
      /System\.String\. Path: \$\.UploadInfo\.ServerRenderFramework$/
    ],
    ['a string Slice', { Slice: '6' }, /System\.Int32\. Path: \$\.UploadInfo\.Slice$/],
    [
      'a domain in TenantId',
      { TenantId: 'octo-org.onmicrosoft.com' },
      /System\.Guid\. Path: \$\.UploadInfo\.TenantId$/
    ],
    [
      'a string file count',
      { AppFileCount: '5' },
      /System\.Int32\. Path: \$\.UploadInfo\.AppFileCount$/
    ],
    [
      'ConfiguredRoles as one string',
      { ConfiguredRoles: 'admin' },
      /Path: \$\.UploadInfo\.ConfiguredRoles$/
    ]
  ])('UploadInfo: %s is refused with the 400 envelope', async (_case, overrides, message) => {
    const reply = await contentCall('request', {
      EventInfo: eventInfo(),
      UploadInfo: { ...measure(SITE), ...overrides },
      PollingInfo: null
    })
    expect(reply.status).toBe(400)
    expect(reply.json).toEqual(refused(message))
  })

  test.each(Object.keys(measure(SITE)))('UploadInfo without %s is refused', async (name) => {
    const upload = measure(SITE)
    delete upload[name]
    const reply = await contentCall('request', {
      EventInfo: eventInfo(),
      UploadInfo: upload,
      PollingInfo: null
    })
    expect(reply.json).toEqual(
      refused(
        `JSON deserialization for type 'UploadInfo' was missing required properties, including the following: ${name}`
      )
    )
  })
})

describe('PollingInfo binds as the verified client builds it (PROTOCOLS.md §4.4)', () => {
  const POLLING_INFO_FIELDS = Object.keys(pollingInfoBody({}))

  test('the same object goes to updatestatus and checkstatus, and checkstatus says who it is', async () => {
    const granted = await deploy(SITE)
    expect(Object.keys(granted.pollingInfo)).toEqual([
      'DefaultHostname',
      'StageSiteIdentifier',
      'Version',
      'TenantId',
      'Slice',
      'GitHubRepoUrl'
    ])
    const done = await finalStatus(granted)
    expect(done).toMatchObject({
      deploymentStatus: 'Succeeded',
      stageSiteIdentifier: granted.issued.stageSiteIdentifier,
      version: granted.issued.version,
      defaultHostname: granted.issued.defaultHostname,
      environmentName: 'production',
      sku: 'Free',
      tenantId: granted.issued.tenantId,
      snippetsMap: {}
    })
  })

  test('the issued camelCase object alone (no Slice, no GitHubRepoUrl) is refused', async () => {
    const granted = await requestUpload(SITE)
    await uploadInBlocks(granted.sasUrl, await buildZip(SITE))
    const reply = await reportUploaded({ ...granted, pollingInfo: granted.issued })
    expect(reply.status).toBe(400)
    expect(reply.json).toEqual(
      refused(
        "JSON deserialization for type 'PollingInfo' was missing required properties, including the following: Slice"
      )
    )
  })

  test.each(POLLING_INFO_FIELDS)(
    'updatestatus: PollingInfo without %s is refused',
    async (name) => {
      const granted = await requestUpload(SITE)
      const pollingInfo = { ...granted.pollingInfo }
      delete pollingInfo[name]
      const reply = await reportUploaded({ ...granted, pollingInfo })
      expect(reply.status).toBe(400)
      expect(reply.json).toEqual(
        refused(
          `JSON deserialization for type 'PollingInfo' was missing required properties, including the following: ${name}`
        )
      )
    }
  )

  test.each([
    ['a string Slice', { Slice: '0' }, /System\.Int32\. Path: \$\.PollingInfo\.Slice$/],
    ['a null Slice', { Slice: null }, /System\.Int32\. Path: \$\.PollingInfo\.Slice$/],
    [
      'a numeric GitHubRepoUrl',
      { GitHubRepoUrl: 1 },
      /System\.String\. Path: \$\.PollingInfo\.GitHubRepoUrl$/
    ],
    ['a numeric Version', { Version: 1 }, /System\.String\. Path: \$\.PollingInfo\.Version$/],
    [
      'a null StageSiteIdentifier',
      { StageSiteIdentifier: null },
      /System\.String\. Path: \$\.PollingInfo\.StageSiteIdentifier$/
    ]
  ])('updatestatus: %s is refused with the 400 envelope', async (_case, overrides, message) => {
    const granted = await requestUpload(SITE)
    const reply = await reportUploaded({
      ...granted,
      pollingInfo: { ...granted.pollingInfo, ...overrides }
    })
    expect(reply.status).toBe(400)
    expect(reply.json).toEqual(refused(message))
  })

  test.each([
    ...POLLING_INFO_FIELDS.map((name): [string, Record<string, unknown>, RegExp] => [
      `without ${name}`,
      { [name]: undefined },
      new RegExp(`missing required properties, including the following: ${name}$`)
    ]),
    ['a string Slice', { Slice: '0' }, /System\.Int32\. Path: \$\.Slice$/],
    ['a boolean TenantId', { TenantId: true }, /System\.String\. Path: \$\.TenantId$/]
  ])(
    'checkstatus: PollingInfo %s is refused with the 400 envelope',
    async (_case, overrides, message) => {
      const granted = await deploy(SITE)
      const body = JSON.parse(JSON.stringify({ ...granted.pollingInfo, ...overrides })) as unknown
      const reply = await contentCall('checkstatus', body, {
        correlationId: granted.correlationId,
        token: granted.token
      })
      expect(reply.status).toBe(400)
      expect(reply.json).toEqual(refused(message))
    }
  )

  test('property names match whatever their case, as for EventInfo', async () => {
    const granted = await deploy(SITE)
    const camel = Object.fromEntries(
      Object.entries(granted.pollingInfo).map(([name, value]) => [
        name[0]!.toLowerCase() + name.slice(1),
        value
      ])
    )
    const reply = await contentCall('checkstatus', camel, {
      correlationId: granted.correlationId,
      token: granted.token
    })
    expect(reply.status).toBe(200)
  })
})

// ---- the server's own texts ------------------------------------------------------------------

describe('the server’s texts (PROTOCOLS.md §4)', () => {
  // The service's own words, written out here (PROTOCOLS.md §4 table), not taken from the emulator.
  test.each([
    ['default', 'The environment name "default" is invalid. Please choose another value.'],
    ['Default', 'The environment name "Default" is invalid. Please choose another value.'],
    [
      'feature-x',
      'The environment name provided has invalid character(s). Valid characters are 0-9, a-z, and A-Z'
    ],
    [
      'café',
      'The environment name provided has invalid character(s). Valid characters are 0-9, a-z, and A-Z'
    ],
    [
      '',
      'The environment name provided has invalid character(s). Valid characters are 0-9, a-z, and A-Z'
    ],
    ['a'.repeat(17), 'The environment name provided exceeds the character limit of 16.']
  ])('the environment name %j is refused in the server’s words', async (name, text) => {
    const reply = await contentCall(
      'validateapitoken',
      eventInfo({ IsNamedEnvironment: true, EnvironmentName: name })
    )
    expect(reply.status).toBe(400)
    expect(reply.json).toEqual(refused(text))
  })

  test.each(['a'.repeat(16), 'Z9', 'pr42'])('the environment name %j is taken', async (name) => {
    const reply = await contentCall(
      'validateapitoken',
      eventInfo({ IsNamedEnvironment: true, EnvironmentName: name })
    )
    expect(reply.status).toBe(200)
  })

  test('a GitHub-policy site: listSecrets gives a key, the content plane rejects it', async () => {
    const site = addSite(world, '', { name: 'linked-site', deploymentAuthPolicy: 'GitHub' })
    const reply = await contentCall('validateapitoken', eventInfo(), { token: site.apiKey })
    expect(reply.status).toBe(400)
    expect(reply.json.errorMessage).toBe(INVALID_TOKEN)
  })

  test('a forced server fault answers 500 InternalServerError with its text', async () => {
    plane.behaviour.rejectNext = { call: 'request', message: SERVER_FAULT, statusCode: 500 }
    const reply = await contentCall('request', {
      EventInfo: eventInfo(),
      UploadInfo: measure(SITE),
      PollingInfo: null
    })
    expect(reply.status).toBe(500)
    expect(reply.json).toEqual(refused(SERVER_FAULT, 500))
  })

  test('a staticwebapp.config.json over 20 KB fails the deployment', async () => {
    const files = {
      'index.html': 'x',
      'staticwebapp.config.json': JSON.stringify({ padding: 'x'.repeat(20 * 1024) })
    }
    const done = await finalStatus(await deploy(files))
    expect(done).toMatchObject({ deploymentStatus: 'Failed', errorDetails: CONFIG_TOO_LARGE })
  })

  test('an unknown status while in progress, and unhealthy regions on failure', async () => {
    plane.behaviour.inProgressStatus = 'WaitingForDistribution'
    plane.behaviour.unhealthyRegions = ['westeurope']
    plane.behaviour.failNextDeployment = 'Failure during content distribution.'
    const granted = await deploy(SITE)
    expect((await checkStatus(granted)).deploymentStatus).toBe('WaitingForDistribution')
    expect(await checkStatus(granted)).toMatchObject({
      deploymentStatus: 'Failed',
      unhealthyRegions: ['westeurope']
    })
  })
})

// ---- a SAS that refuses blocks, and replies lost after the server acted ----------------------

describe('a SAS that refuses blocks', () => {
  test.each([
    ['refused-403', 403, 'AuthorizationPermissionMismatch'],
    ['refused-400', 400, 'InvalidQueryParameterValue'],
    ['refused-405', 405, 'UnsupportedHttpVerb']
  ] as const)('%s: Put Block and Put Block List answer %i %s', async (mode, status, code) => {
    plane.behaviour.blockUploads = mode
    const granted = await requestUpload(SITE)
    const id = encodeURIComponent(Buffer.from('block-000').toString('base64'))
    const block = await httpsRequest(`${granted.sasUrl}&comp=block&blockid=${id}`, {
      method: 'PUT',
      headers: { 'content-length': '1' },
      body: 'x'
    })
    expect(block.status).toBe(status)
    expect(block.headers['x-ms-error-code']).toBe(code)
    expect(block.body.toString()).toContain(`<Code>${code}</Code>`)
    const list = await httpsRequest(`${granted.sasUrl}&comp=blocklist`, {
      method: 'PUT',
      headers: { 'content-length': '0' }
    })
    expect(list.status).toBe(status)
  })

  test('still takes the archive as one Put Blob with Content-Length, byte for byte', async () => {
    plane.behaviour.blockUploads = 'refused-403'
    const zip = await buildZip(SITE)
    const granted = await requestUpload(SITE)
    const reply = await httpsRequest(granted.sasUrl, {
      method: 'PUT',
      headers: {
        'x-ms-blob-type': 'BlockBlob',
        'x-ms-version': '2023-11-03',
        'content-type': 'application/octet-stream',
        'content-length': String(zip.length)
      },
      body: zip
    })
    expect(reply.status).toBe(201)
    expect((await reportUploaded(granted)).status).toBe(200)
    await plane.settled()
    expect((await finalStatus(granted)).deploymentStatus).toBe('Succeeded')
    expect(
      Object.fromEntries(recordOf(granted).files.map((file) => [file.path, file.sha256]))
    ).toEqual(
      Object.fromEntries(Object.entries(SITE).map(([name, content]) => [name, sha256(content)]))
    )
  })
})

describe('a reply lost after the server acted', () => {
  test('updatestatus is taken, the reply dropped; a repeat is refused and checkstatus knows it', async () => {
    const granted = await requestUpload(SITE)
    await uploadInBlocks(granted.sasUrl, await buildZip(SITE))
    host.addFault({ service: 'content', path: /\/updatestatus$/, kind: 'lost-reply', times: 1 })
    await expect(reportUploaded(granted)).rejects.toThrow(/socket hang up|ECONNRESET/)
    expect(recordOf(granted).status).not.toBe('WaitingForUpload')
    const lost = host.requests
      .filter((request) => request.url.startsWith('/api/upload/updatestatus'))
      .at(-1)
    expect(lost?.status).toBe(0)
    expect((await reportUploaded(granted)).json.errorMessage).toMatch(/already been reported/)
    await plane.settled()
    expect((await finalStatus(granted)).deploymentStatus).toBe('Succeeded')
  })

  test('a Put Block whose reply is lost is staged all the same', async () => {
    const granted = await requestUpload(SITE)
    const zip = await buildZip(SITE)
    host.addFault({
      service: 'blob',
      method: 'PUT',
      query: /comp=block(&|$)/,
      kind: 'lost-reply',
      times: 1
    })
    const client = blockBlobClient(granted.sasUrl)
    const id = Buffer.from('block-000').toString('base64')
    await expect(client.stageBlock(id, zip, zip.length)).rejects.toThrow()
    await client.commitBlockList([id])
    expect((await reportUploaded(granted)).status).toBe(200)
    await plane.settled()
    expect((await finalStatus(granted)).deploymentStatus).toBe('Succeeded')
  })
})

// ---- the managed Functions API (PROTOCOLS.md §4, inferred from the 2022 client) ---------------

describe('a managed Functions API', () => {
  const API: SiteFiles = {
    'host.json': '{"version":"2.0"}',
    'hello/function.json': '{"bindings":[]}',
    'hello/index.js': 'module.exports = async () => ({ body: "hi" })\n'
  }
  const md5 = (bytes: Buffer): string => createHash('md5').update(bytes).digest('hex')
  /** UploadInfo's API fields for this api.zip, as the action declares them. */
  const declaring = (apiZip: Buffer, overrides: Record<string, unknown> = {}) => ({
    HasFunctions: true,
    ApiSizeInBytes: apiZip.length,
    ApiContentHash: md5(apiZip).toUpperCase(),
    FunctionLanguage: 'node',
    FunctionLanguageVersion: '18',
    ...overrides
  })
  const named = (name: string) => eventInfo({ IsNamedEnvironment: true, EnvironmentName: name })
  const digests = (files: { path: string; sha256: string }[]) =>
    Object.fromEntries(files.map((file) => [file.path, file.sha256]))
  const expected = (files: SiteFiles) =>
    Object.fromEntries(Object.entries(files).map(([name, content]) => [name, sha256(content)]))

  test('gets its own upload URL, is held to its size and MD5, and is served beside the site', async () => {
    const apiZip = await buildZip(API)
    const granted = await deploy(SITE, {
      event: named('apione'),
      upload: declaring(apiZip),
      apiZip
    })
    const apiSas = new URL(granted.apiSasUrl!)
    expect(apiSas.origin).toBe(plane.blobUrl)
    expect(apiSas.pathname).toMatch(/-api\.zip$/)
    expect(apiSas.searchParams.get('sp')).toBe('cw')
    expect(plane.issuedSecrets()).toContain(apiSas.search.slice(1))
    const done = await finalStatus(granted)
    expect(done.deploymentStatus).toBe('Succeeded')
    const record = recordOf(granted)
    expect(record.api).toMatchObject({ kept: false })
    expect(digests(record.api!.files)).toEqual(expected(API))
    expect(digests(record.files)).toEqual(expected(SITE))
    for (const name of Object.keys(API)) {
      const served = await httpsRequest(`${record.api!.url!}${name}`)
      expect(served.status).toBe(200)
      expect(sha256(served.body)).toBe(sha256(API[name]!))
    }
    expect(record.api!.url).toBe(`${plane.siteUrl}/_api/octo-site/apione/`)
    expect((await httpsRequest(`${record.api!.url!}hello/`)).status).toBe(404)
  })

  test.each([
    [
      'a size',
      (zip: Buffer) => ({ ApiSizeInBytes: zip.length + 1 }),
      /ApiSizeInBytes was \d+ but the uploaded api\.zip has \d+ bytes/
    ],
    [
      'an MD5',
      () => ({ ApiContentHash: 'A'.repeat(32) }),
      /ApiContentHash was A{32} but the uploaded api\.zip's MD5 is [0-9a-f]{32}/
    ]
  ])(
    'an api.zip that contradicts its declared %s fails the deployment',
    async (_what, lie, details) => {
      const apiZip = await buildZip(API)
      const granted = await deploy(SITE, {
        event: named('apilie'),
        upload: declaring(apiZip, lie(apiZip)),
        apiZip
      })
      const done = await finalStatus(granted)
      expect(done.deploymentStatus).toBe('Failed')
      expect(done.errorDetails).toMatch(details)
    }
  )

  test('an api.zip without host.json at its root, or never uploaded, fails the deployment', async () => {
    const nested = await buildZip({ 'publish/host.json': '{}', 'publish/a.js': '1' })
    const noHost = await finalStatus(
      await deploy(SITE, { event: named('apinohost'), upload: declaring(nested), apiZip: nested })
    )
    expect(noHost.errorDetails).toMatch(/api\.zip has no host\.json at its root/)
    const apiZip = await buildZip(API)
    const missing = await finalStatus(
      await deploy(SITE, { event: named('apimissing'), upload: declaring(apiZip) })
    )
    expect(missing.errorDetails).toMatch(/No API content was uploaded/)
  })

  test('the same MD5 as the live API: no packageUris.api, and that API stays; a site alone removes it', async () => {
    const apiZip = await buildZip(API)
    const event = named('apikeep')
    const first = await deploy(SITE, { event, upload: declaring(apiZip), apiZip })
    expect((await finalStatus(first)).deploymentStatus).toBe('Succeeded')
    const apiUrl = recordOf(first).api!.url!

    // Lower case this time: the hash is compared whatever its case.
    const again = await deploy(SITE, {
      event,
      upload: declaring(apiZip, { ApiContentHash: md5(apiZip) })
    })
    expect(again.apiSasUrl).toBeUndefined()
    expect((await finalStatus(again)).deploymentStatus).toBe('Succeeded')
    expect(recordOf(again).api).toMatchObject({ kept: true, blobName: undefined, url: apiUrl })
    expect(digests(recordOf(again).api!.files)).toEqual(expected(API))
    const served = await httpsRequest(`${apiUrl}hello/index.js`)
    expect(served.body.toString()).toBe(API['hello/index.js'])

    // Another environment has no API yet: its first deployment uploads one.
    const elsewhere = await requestUpload(SITE, {
      event: named('apiother'),
      upload: declaring(apiZip)
    })
    expect(elsewhere.apiSasUrl).toBeDefined()

    const siteOnly = await deploy(SITE, { event })
    expect((await finalStatus(siteOnly)).deploymentStatus).toBe('Succeeded')
    expect((await httpsRequest(`${apiUrl}hello/index.js`)).status).toBe(404)
    const afterRemoval = await requestUpload(SITE, { event, upload: declaring(apiZip) })
    expect(afterRemoval.apiSasUrl).toBeDefined()
  })

  test.each([
    ['no FunctionLanguage', { FunctionLanguage: null }, FUNCTION_LANGUAGE_MISSING],
    ['no FunctionLanguageVersion', { FunctionLanguageVersion: '' }, FUNCTION_LANGUAGE_MISSING],
    ['an unknown language', { FunctionLanguage: 'java' }, INVALID_FUNCTION_LANGUAGE],
    ['a language in another case', { FunctionLanguage: 'Node' }, INVALID_FUNCTION_LANGUAGE],
    [
      'a version that is not one',
      { FunctionLanguageVersion: 'latest' },
      /FunctionLanguageVersion 'latest' is not a version/
    ],
    [
      'an api.zip over 100 MiB',
      { ApiSizeInBytes: 104_857_601 },
      'The size of the function content was too large. The limit for this Static Web App is 104857600 bytes.'
    ],
    [
      'a hash that is not an MD5',
      { ApiContentHash: 'sha256:abc' },
      /ApiContentHash must be the MD5 of api\.zip/
    ],
    ['no size', { ApiSizeInBytes: 0 }, /ApiSizeInBytes must be the size of api\.zip/],
    [
      'a version as a number',
      { FunctionLanguageVersion: 18 },
      /could not be converted to System\.String\. Path: \$\.UploadInfo\.FunctionLanguageVersion/
    ]
  ])(
    'request refuses an API declared with %s, in the server’s words where known',
    async (_case, overrides, message) => {
      const apiZip = await buildZip(API)
      const reply = await contentCall('request', {
        EventInfo: eventInfo(),
        UploadInfo: { ...measure(SITE), ...declaring(apiZip, overrides) },
        PollingInfo: null
      })
      expect(reply.status).toBe(400)
      expect(reply.json).toEqual(refused(message))
    }
  )

  test('updatestatus must repeat the API the upload was granted for', async () => {
    const apiZip = await buildZip(API)
    const granted = await requestUpload(SITE, {
      event: named('apirepeat'),
      upload: declaring(apiZip)
    })
    const changed = await reportUploaded({
      ...granted,
      upload: { ...granted.upload, FunctionLanguageVersion: '20' }
    })
    expect(changed.json.errorMessage).toMatch(/UploadInfo differs/)
    const dropped = await reportUploaded({
      ...granted,
      upload: { ...granted.upload, HasFunctions: false, ApiSizeInBytes: 0, ApiContentHash: null }
    })
    expect(dropped.json.errorMessage).toMatch(/UploadInfo differs/)
  })
})
