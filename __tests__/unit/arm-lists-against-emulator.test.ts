// ARM lists read whole or not at all, over real sockets against the emulator, in process: the one
// paged reader (arm/pages.ts) as the action's find-by-name and setup's use it. A nextLink to
// another host gets no request (so no bearer token); past the page cap is an error naming it;
// neither ever ends in "none found" drawn from the pages read.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as tls from 'node:tls'
import { jest } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { grantRole } from '../../emulator/world-rbac.js'
import { addSite, LEAST_PRIVILEGE_ACTIONS, staticSiteId } from '../../emulator/world.js'
import { createArmClient } from '../../src/arm/client.js'
import { findSiteGroup as actionFindSiteGroup } from '../../src/arm/findSite.js'
import { MAX_ARM_PAGES } from '../../src/arm/pages.js'
import { acquireArmToken } from '../../src/entra/exchange.js'
import { ActionError } from '../../src/errors.js'
import { requestGitHubToken } from '../../src/github/oidc.js'
import { closeTransport } from '../../src/http/transport.js'
import { readConfig, type Config } from '../../src/inputs/index.js'
import { findSiteGroup as setupFindSiteGroup, type ArmReader } from '../../src/setup/azure.js'

let emulator: Emulator
let workspace: string
let config: Config
let token: { token: string; expiresOn: Date }
const RUN = new AbortController().signal

beforeAll(async () => {
  process.env.KEYLESS_SWA_RETRY_BASE_MS = '5'
  emulator = await startEmulator({ withContent: false })
  // NODE_EXTRA_CA_CERTS is read at start-up only; in process the emulator's CA is added this way.
  tls.setDefaultCACertificates([
    ...tls.getCACertificates('default'),
    fs.readFileSync(emulator.caFile, 'utf8')
  ])
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'arm-lists-'))
  fs.mkdirSync(path.join(workspace, 'dist'))
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  const env = emulator.actionEnv()
  const inputs = new Map(
    Object.entries(env)
      .filter(([name]) => name.startsWith('INPUT_'))
      .map(([name, value]) => [name.slice('INPUT_'.length).toLowerCase(), value])
  )
  inputs.set('resource-group', '')
  config = readConfig((name) => inputs.get(name) ?? '', { GITHUB_WORKSPACE: workspace })
  token = await acquireArmToken(config, await requestGitHubToken(config.audience, env, RUN), RUN)
})

afterEach(() => {
  emulator.world.armNextLinkOrigin = undefined
  emulator.world.armResourcesPageSize = 2
})

afterAll(async () => {
  jest.restoreAllMocks()
  closeTransport()
  await emulator?.stop()
  fs.rmSync(workspace, { recursive: true, force: true })
  delete process.env.KEYLESS_SWA_RETRY_BASE_MS
})

/** Setup's reader, holding the same identity's ARM token. */
function setupReader(): ArmReader {
  return {
    endpoint: config.resourceManagerEndpoint,
    credential: {
      getToken: async () => ({
        token: token.token,
        expiresOnTimestamp: token.expiresOn.getTime(),
        tokenType: 'Bearer'
      })
    },
    signal: RUN
  }
}

const finders = {
  action: () =>
    actionFindSiteGroup(createArmClient(config, token, { signal: RUN, runUrl: undefined }), config),
  setup: () => setupFindSiteGroup(setupReader(), config.subscriptionId, config.appName)
}

let added = 0

/** More Static Web Apps the deploying identity may read, listed before octo-site. */
function readableSites(count: number): void {
  for (let index = 0; index < count; index++) {
    const site = addSite(emulator.world, 'https://127.0.0.1:1', {
      name: `app-${(added += 1)}`,
      resourceGroup: 'rg-more'
    })
    grantRole(
      emulator.world,
      emulator.world.apps[0]!.objectId,
      staticSiteId(site),
      LEAST_PRIVILEGE_ACTIONS
    )
  }
  // octo-site last: on the last page.
  const octo = emulator.world.sites.find((site) => site.name === 'octo-site')!
  emulator.world.sites.splice(emulator.world.sites.indexOf(octo), 1)
  emulator.world.sites.push(octo)
}

async function failure(work: () => Promise<unknown>): Promise<ActionError> {
  const from = emulator.host.requests.length
  try {
    await work()
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError)
    const text = (error as ActionError).describe()
    for (const secret of emulator.issuedSecrets()) expect(text).not.toContain(secret)
    requestsSince = emulator.host.requests.slice(from)
    return error as ActionError
  }
  throw new Error('expected a failure')
}
let requestsSince: typeof emulator.host.requests = []

const listings = () =>
  requestsSince.filter((request) => request.service === 'arm' && /\/resources\?/.test(request.url))

describe.each(Object.entries(finders))('%s', (_name, find) => {
  test('both readers find octo-site on the last page', async () => {
    if (emulator.world.sites.length === 1) readableSites(3)
    await expect(find()).resolves.toBe('rg-web')
  })

  test('a nextLink to another host: no request there, an error naming it, never "none found"', async () => {
    if (emulator.world.sites.length === 1) readableSites(3)
    emulator.world.armNextLinkOrigin = emulator.urls.githubApi
    const error = await failure(find)
    expect(error.message).toContain(
      `ARM find Static Web App: ARM's reply led to ${emulator.urls.githubApi}, outside`
    )
    expect(error.message).toContain('the request was not sent, so the access token stays with ARM')
    expect(error.message).not.toContain('No Static Web App named')
    expect(listings()).toHaveLength(1)
    expect(requestsSince.filter((request) => request.service === 'githubApi')).toEqual([])
  })

  test(`past ${MAX_ARM_PAGES} pages: an error naming the cap, never "none found"`, async () => {
    const wanted = MAX_ARM_PAGES + 1 - emulator.world.sites.length
    if (wanted > 0) readableSites(wanted)
    emulator.world.armResourcesPageSize = 1
    const error = await failure(find)
    expect(error.message).toContain(
      `ARM find Static Web App: ARM's list went on past ${MAX_ARM_PAGES} pages (${MAX_ARM_PAGES} items read); the list was not read whole, so nothing is concluded from it.`
    )
    expect(error.fix).toMatch(/^Set (--)?resource-group to the app's resource group/)
    expect(listings()).toHaveLength(MAX_ARM_PAGES)
  })
})
