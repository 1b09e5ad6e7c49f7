// Microsoft's Azure CLI against the emulator, the flow of azure/login and the seed workflow: the
// GitHub OIDC token from the real @actions/core getIDToken(), `az login --service-principal
// --federated-token`, then the staticwebapp commands, and the failures az must parse and print.
// az starts slowly (about a second a command), so one session serves every successful command.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { REPO_ROOT } from '../../emulator/runner.js'
import {
  addEnvironment,
  addFederatedCredential,
  DEFAULT_SUBJECT,
  grantRole,
  removeRoleActions,
  resourceGroupId,
  type AppRegistration,
  type StaticSite
} from '../../emulator/world.js'
import { idTokenFromActionsCore } from '../support/actions-core.js'
import { AzureCliSession, type AzCommand } from '../support/azure-cli.js'

const AUDIENCE = 'api://AzureADTokenExchange'
const timings: AzCommand[] = []
let emulator: Emulator
let site: StaticSite
let deployer: AppRegistration
let session: AzureCliSession
let login: AzCommand

async function gitHubToken(): Promise<string> {
  const run = await idTokenFromActionsCore(emulator, AUDIENCE)
  expect(run.exitCode).toBe(0)
  return run.token!
}

function loginArgs(app: AppRegistration, token: string): string[] {
  return [
    'login',
    '--service-principal',
    '--username',
    app.clientId,
    '--tenant',
    app.tenantId,
    '--federated-token',
    token,
    '--output',
    'json'
  ]
}

function siteArgs(): string[] {
  return ['--name', site.name, '--resource-group', site.resourceGroup]
}

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false })
  site = emulator.world.sites[0]!
  deployer = emulator.world.apps[0]!
  addEnvironment(site, 'pr42')
  session = new AzureCliSession(emulator, timings)
  login = await session.run(...loginArgs(deployer, await gitHubToken()))
})

afterAll(async () => {
  session?.dispose()
  await emulator?.stop()
  // The closing note quotes these; .tmp/ is not committed.
  mkdirSync(path.join(REPO_ROOT, '.tmp'), { recursive: true })
  writeFileSync(
    path.join(REPO_ROOT, '.tmp', 'azure-cli-timings.json'),
    JSON.stringify(
      timings.map(({ command, exitCode, ms }) => ({ command, exitCode, ms })),
      null,
      2
    )
  )
})

describe('one az session, signed in with the GitHub OIDC token', () => {
  test('az login exchanges the token at login.microsoftonline.com and finds the subscription', () => {
    expect(login.stderr).toBe('')
    expect(login.exitCode).toBe(0)
    const subscription = emulator.world.subscriptions[0]!
    expect(JSON.parse(login.stdout)).toEqual([
      expect.objectContaining({
        cloudName: 'AzureCloud',
        id: subscription.id,
        tenantId: subscription.tenantId,
        name: subscription.displayName,
        state: 'Enabled',
        user: { name: deployer.clientId, type: 'servicePrincipal' }
      })
    ])
    // The classic management resource, as az asks for it; the public host names, via the proxy.
    expect(emulator.entra.scopes).toContain('https://management.core.windows.net//.default')
    // Whatever az asks of Entra and ARM is answered (2.45 asks these three; newer releases may add).
    const asked = emulator.host.requests.filter(
      (request) => request.service === 'entra' || request.service === 'arm'
    )
    expect(asked.filter((request) => request.status !== 200)).toEqual([])
    expect(
      asked.map((request) => `${request.method} ${request.host}${request.url.split('?')[0]}`)
    ).toEqual(
      expect.arrayContaining([
        `GET login.microsoftonline.com/${deployer.tenantId}/v2.0/.well-known/openid-configuration`,
        `POST login.microsoftonline.com/${deployer.tenantId}/oauth2/v2.0/token`,
        'GET management.azure.com/subscriptions'
      ])
    )
  })

  test("secrets list --query properties.apiKey -o tsv prints the site's deployment token", async () => {
    const secrets = await session.run(
      'staticwebapp',
      'secrets',
      'list',
      ...siteArgs(),
      '--query',
      'properties.apiKey',
      '--output',
      'tsv'
    )
    expect(secrets.exitCode).toBe(0)
    expect(secrets.stdout.trim()).toBe(site.apiKey)
  })

  test('show, environment list and environment show read the site as ARM serialises it', async () => {
    const shown = await session.run('staticwebapp', 'show', ...siteArgs(), '--output', 'json')
    expect(shown.exitCode).toBe(0)
    expect(JSON.parse(shown.stdout)).toMatchObject({
      name: site.name,
      resourceGroup: site.resourceGroup,
      defaultHostname: site.defaultHostname,
      contentDistributionEndpoint: site.contentDistributionEndpoint,
      sku: { name: 'Free', tier: 'Free' }
    })
    // Three builds on the emulator's pages of two: az follows ARM's nextLink to the last one.
    addEnvironment(site, 'staging')
    const listed = await session.run('staticwebapp', 'environment', 'list', ...siteArgs())
    site.environments.delete('staging')
    expect(listed.exitCode).toBe(0)
    expect(JSON.parse(listed.stdout).map((build: { name: string }) => build.name)).toEqual([
      'default',
      'pr42',
      'staging'
    ])
    const environment = await session.run(
      'staticwebapp',
      'environment',
      'show',
      ...siteArgs(),
      '--environment-name',
      'pr42'
    )
    expect(environment.exitCode).toBe(0)
    expect(JSON.parse(environment.stdout)).toMatchObject({
      name: 'pr42',
      hostname: site.environments.get('pr42')!.hostname,
      status: 'Ready'
    })
  })

  test('environment delete waits out the long-running delete', async () => {
    const from = emulator.host.requests.length
    const deleted = await session.run(
      'staticwebapp',
      'environment',
      'delete',
      ...siteArgs(),
      '--environment-name',
      'pr42',
      '--yes'
    )
    expect(deleted.stderr).toBe('')
    expect(deleted.exitCode).toBe(0)
    expect(site.environments.has('pr42')).toBe(false)
    const calls = emulator.host.requests.slice(from).map((r) => `${r.method} ${r.status}`)
    expect(calls[0]).toBe('DELETE 202')
    expect(calls.slice(1)).toContain('GET 200')
  })

  test('(ResourceNotFound) for a missing app, to a principal that may read the resource group', async () => {
    grantRole(
      emulator.world,
      deployer.objectId,
      resourceGroupId(site.subscriptionId, site.resourceGroup),
      ['Microsoft.Web/staticSites/read']
    )
    const missing = await session.run(
      'staticwebapp',
      'show',
      '--name',
      'octo-site-typo',
      '--resource-group',
      site.resourceGroup
    )
    expect(missing.exitCode).not.toBe(0)
    expect(missing.stderr).toMatch(
      /^ERROR: \(ResourceNotFound\) The Resource 'Microsoft\.Web\/staticSites\/octo-site-typo' under resource group 'rg-web' was not found/m
    )
    expect(missing.stderr).toContain('Code: ResourceNotFound')
  })

  test('(AuthorizationFailed) naming listSecrets/action, for a principal that may only read', async () => {
    removeRoleActions(emulator.world, deployer.objectId, [
      'Microsoft.Web/staticSites/listSecrets/action'
    ])
    const denied = await session.run('staticwebapp', 'secrets', 'list', ...siteArgs())
    expect(denied.exitCode).not.toBe(0)
    expect(denied.stderr).toMatch(
      new RegExp(
        `^ERROR: \\(AuthorizationFailed\\) The client '${deployer.clientId}' with object id '${deployer.objectId}' ` +
          "does not have authorization to perform action 'Microsoft\\.Web/staticSites/listSecrets/action'",
        'm'
      )
    )
    expect(denied.stdout).not.toContain(site.apiKey)
  })
})

describe('az login failures', () => {
  test('AADSTS700213 for a subject mismatch; "No subscriptions found" for an app with no role', async () => {
    emulator.github.claims = {
      ...emulator.github.claims,
      sub: 'repo:octo-org/octo-site:ref:refs/heads/feature'
    }
    const mismatchedToken = await gitHubToken()
    emulator.github.claims = { ...emulator.github.claims, sub: DEFAULT_SUBJECT }
    const roleless: AppRegistration = {
      ...deployer,
      displayName: 'octo-site-no-role',
      clientId: '2b4c6d8e-0000-4000-8000-00000000a11e',
      objectId: '2b4c6d8e-0000-4000-8000-00000000b0b0',
      federatedCredentials: []
    }
    addFederatedCredential(roleless, { issuer: emulator.urls.github, subject: DEFAULT_SUBJECT })
    emulator.world.apps.push(roleless)
    const rolelessToken = await gitHubToken()

    // Failed logins get fresh config directories: a failure must not meet an earlier sign-in.
    const mismatchSession = new AzureCliSession(emulator, timings)
    const rolelessSession = new AzureCliSession(emulator, timings)
    try {
      const mismatch = await mismatchSession.run(...loginArgs(deployer, mismatchedToken))
      const noRole = await rolelessSession.run(...loginArgs(roleless, rolelessToken))
      expect(mismatch.exitCode).not.toBe(0)
      expect(mismatch.stderr).toMatch(
        /^ERROR: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:octo-org\/octo-site:ref:refs\/heads\/feature'\./m
      )
      expect(noRole.exitCode).not.toBe(0)
      expect(noRole.stderr.trim()).toBe(`ERROR: No subscriptions found for ${roleless.clientId}.`)
    } finally {
      mismatchSession.dispose()
      rolelessSession.dispose()
    }
  })

  test('nothing az asked of Azure was refused by the proxy', () => {
    const refused = emulator.proxy.connects.filter((connect) => !connect.allowed)
    // az's own version check on a first run in a config directory, not an Azure service.
    expect(new Set(refused.map((connect) => connect.target))).toEqual(
      new Set(refused.length > 0 ? ['azure.microsoft.com:443'] : [])
    )
  })
})
