// Identity failures through dist/index.js: each AADSTS code a federated login meets and each ARM
// refusal is reported with its cause, the fix and the troubleshooting anchor — after exactly one
// request to the service that refused (a rejection is not retried).
import { randomUUID } from 'node:crypto'
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import {
  addFederatedCredential,
  grantRole,
  LEAST_PRIVILEGE_ACTIONS,
  removeRoleActions,
  resourceGroupId,
  DEFAULT_SUBJECT
} from '../../emulator/world.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import {
  deployer,
  identityBaseline,
  requestsOf,
  runCounted,
  type CountedRun
} from '../support/identity.js'

let emulator: Emulator
useTestEmulator(identityBaseline, (started) => (emulator = started))

/** A run refused by Entra: one GitHub token, one token POST, no ARM call; returns the error text. */
async function refusedByEntra(counted: CountedRun, anchor: string): Promise<string> {
  const { run, requests } = counted
  expect(run.exitCode).toBe(1)
  expect(requestsOf(requests, 'GitHub OIDC token request')).toHaveLength(1)
  expect(requestsOf(requests, 'Entra token request')).toHaveLength(1)
  expect(requests.filter((request) => request.service === 'arm')).toEqual([])
  expect(requests.filter((request) => request.service === 'content')).toEqual([])
  const error = errorLines(run)
  expect(error).toContain(`troubleshooting.md#${anchor}`)
  expect(error).toMatch(/^Fix: /m)
  return error
}

describe('Entra ID refuses the GitHub token', () => {
  test('700213: no credential for the subject shows the presented sub beside the expected format', async () => {
    const sub = 'repo:octo-org/octo-site:ref:refs/heads/feature-x'
    emulator.github.claims.sub = sub
    const counted = await runCounted(emulator)
    const error = await refusedByEntra(counted, 'aadsts700213')
    expect(error).toContain('AADSTS700213')
    expect(error).toContain(`Presented sub: '${sub}'`)
    expect(error).toContain('repo:<owner>/<repo>:ref:refs/heads/<branch>')
    expect(error).toContain('repo:<owner>/<repo>:environment:<name>')
    // The claims are in the log too, so the credential can be fixed from it.
    expect(counted.run.stdout).toContain(`sub: ${sub}`)
  })

  test('7002138: a subject that differs only in case says matching is case-sensitive', async () => {
    const sub = DEFAULT_SUBJECT.replace('octo-org/octo-site', 'Octo-Org/Octo-Site')
    emulator.github.claims.sub = sub
    const error = await refusedByEntra(await runCounted(emulator), 'aadsts7002138')
    expect(error).toContain('AADSTS7002138')
    expect(error).toContain(`'${sub}'`)
    expect(error).toMatch(/case-sensitiv/)
    expect(error).toMatch(/same upper and lower case/)
  })

  test('700024: an expired GitHub token', async () => {
    emulator.github.expired = true
    const error = await refusedByEntra(await runCounted(emulator), 'aadsts700024')
    expect(error).toContain('AADSTS700024')
    expect(error).toMatch(/outside its valid time range: it had expired/)
    expect(error).toMatch(/Fix: Re-run the job/)
  })

  test('700016: an unknown client-id names client-id and tenant-id', async () => {
    const clientId = randomUUID()
    const tenantId = emulator.world.tenants[0]!.id
    const error = await refusedByEntra(
      await runCounted(emulator, { inputs: { 'client-id': clientId } }),
      'aadsts700016'
    )
    expect(error).toContain('AADSTS700016')
    expect(error).toContain(`no application '${clientId}' in tenant '${tenantId}'`)
    expect(error).toMatch(/Check client-id .* and tenant-id/)
  })

  test.each([
    { via: 'the authority-host override', viaProxy: false },
    { via: "the public cloud's authority", viaProxy: true }
  ])('90002: an unknown tenant names tenant-id and the cloud, via $via', async ({ viaProxy }) => {
    const tenantId = randomUUID()
    const { run, requests } = await runCounted(emulator, {
      viaProxy,
      inputs: { 'tenant-id': tenantId }
    })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain('AADSTS90002')
    expect(error).toContain(`no tenant '${tenantId}' in AzureCloud`)
    expect(error).toContain('Check tenant-id')
    expect(error).toContain('troubleshooting.md#aadsts90002')
    expect(requests.filter((request) => request.service === 'arm')).toEqual([])
  })

  test("700211: no credential trusts the token's issuer", async () => {
    deployer(emulator).federatedCredentials[0]!.issuer =
      'https://token.actions.githubusercontent.com'
    const error = await refusedByEntra(await runCounted(emulator), 'aadsts700211')
    expect(error).toContain('AADSTS700211')
    expect(error).toContain(`issuer '${emulator.urls.github}'`)
  })

  test('700212: an audience input no credential accepts', async () => {
    const audience = 'api://SomeOtherExchange'
    const counted = await runCounted(emulator, { inputs: { audience } })
    const error = await refusedByEntra(counted, 'aadsts700212')
    expect(error).toContain('AADSTS700212')
    expect(error).toContain(`audience '${audience}'`)
    expect(error).toContain("the AzureCloud default is 'api://AzureADTokenExchange'")
    const [tokenRequest] = requestsOf(counted.requests, 'GitHub OIDC token request')
    expect(new URL(tokenRequest!.url, 'https://x').searchParams.get('audience')).toBe(audience)
  })

  test('70021: an app with no federated credential at all', async () => {
    deployer(emulator).federatedCredentials = []
    const error = await refusedByEntra(await runCounted(emulator), 'aadsts70021')
    expect(error).toContain('AADSTS70021')
    expect(error).toContain(`subject '${DEFAULT_SUBJECT}'`)
    expect(error).toMatch(/Add a federated credential/)
  })

  test('a token signed by a rotated key GitHub has not published yet fails signature checks', async () => {
    emulator.github.rotateKey({ published: false })
    const error = await refusedByEntra(await runCounted(emulator), 'aadsts50012')
    expect(error).toMatch(/AADSTS(700027|50012)/)
    expect(error).toMatch(/could not verify the GitHub token's signature/)
    expect(error).toMatch(/signing-key rotation/)
  })

  test('a key rotation GitHub has published is accepted', async () => {
    emulator.github.rotateKey({ published: true })
    const { run } = await runCounted(emulator)
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
  })

  test('a credential added for the environment subject makes the same token work', async () => {
    const sub = 'repo:octo-org/octo-site:environment:production'
    emulator.github.claims.sub = sub
    emulator.github.claims.environment = 'production'
    expect((await runCounted(emulator)).run.exitCode).toBe(1)
    addFederatedCredential(deployer(emulator), { issuer: emulator.urls.github, subject: sub })
    const { run } = await runCounted(emulator)
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('environment: production')
  })
})

describe('ARM refuses', () => {
  test('RBAC without listSecrets: AuthorizationFailed names the action and the minimal role', async () => {
    removeRoleActions(emulator.world, deployer(emulator).objectId, [
      'Microsoft.Web/staticSites/listSecrets/action'
    ])
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(
      `ARM listSecrets failed: app ${deployer(emulator).clientId} is not authorised to perform 'Microsoft.Web/staticSites/listSecrets/action'`
    )
    expect(error).toContain('AuthorizationFailed')
    expect(error).toContain('custom role')
    expect(error).toContain(
      'Microsoft.Web/staticSites/read and Microsoft.Web/staticSites/listSecrets/action'
    )
    expect(error).toContain('troubleshooting.md#arm-authorizationfailed')
    // A 403 is final: one listSecrets, no retry, nothing uploaded.
    expect(requestsOf(requests, 'ARM listSecrets')).toHaveLength(1)
    expect(requestsOf(requests, 'ARM read Static Web App')).toHaveLength(1)
    expect(requests.filter((request) => request.service === 'content')).toEqual([])
  })

  test('a wrong app-name with a site-scoped role: AuthorizationFailed also says to check the names', async () => {
    const { run, requests } = await runCounted(emulator, { inputs: { 'app-name': 'octo-sight' } })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain("'Microsoft.Web/staticSites/read'")
    expect(error).toContain("app-name 'octo-sight'")
    expect(error).toContain('troubleshooting.md#arm-authorizationfailed')
    expect(requestsOf(requests, 'ARM read Static Web App')).toHaveLength(1)
    expect(requestsOf(requests, 'ARM listSecrets')).toEqual([])
  })

  test('site not found (role on the resource group): ResourceNotFound names app-name', async () => {
    const site = emulator.world.sites[0]!
    grantRole(
      emulator.world,
      deployer(emulator).objectId,
      resourceGroupId(site.subscriptionId, site.resourceGroup),
      LEAST_PRIVILEGE_ACTIONS
    )
    const { run, requests } = await runCounted(emulator, { inputs: { 'app-name': 'octo-sight' } })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(
      `ARM read Static Web App failed: Static Web App 'octo-sight' was not found in resource group '${site.resourceGroup}'`
    )
    expect(error).toContain("app-name 'octo-sight'")
    expect(error).toContain('troubleshooting.md#arm-resourcenotfound')
    expect(requestsOf(requests, 'ARM read Static Web App')).toHaveLength(1)
  })

  test('resource group not found (role on the subscription): ResourceGroupNotFound names it', async () => {
    const site = emulator.world.sites[0]!
    grantRole(
      emulator.world,
      deployer(emulator).objectId,
      `/subscriptions/${site.subscriptionId}`,
      LEAST_PRIVILEGE_ACTIONS
    )
    const { run, requests } = await runCounted(emulator, {
      inputs: { 'resource-group': 'rg-missing' }
    })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(
      `resource group 'rg-missing' was not found in subscription '${site.subscriptionId}'`
    )
    expect(error).toContain('Check resource-group and subscription-id')
    expect(error).toContain('troubleshooting.md#arm-resourcenotfound')
    expect(requestsOf(requests, 'ARM read Static Web App')).toHaveLength(1)
  })

  test("a token from another tenant: InvalidAuthenticationTokenTenant says to use the subscription's tenant", async () => {
    // A second tenant with its own app, trusted for the same GitHub subject.
    const tenantId = randomUUID()
    const clientId = randomUUID()
    emulator.world.tenants.push({ id: tenantId, domain: 'other.onmicrosoft.com' })
    emulator.world.apps.push({
      displayName: 'elsewhere',
      tenantId,
      clientId,
      objectId: randomUUID(),
      federatedCredentials: structuredClone(deployer(emulator).federatedCredentials)
    })
    const { run, requests } = await runCounted(emulator, {
      inputs: { 'tenant-id': tenantId, 'client-id': clientId }
    })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(`the access token is from tenant '${tenantId}'`)
    expect(error).toContain('Set tenant-id to the tenant that owns the subscription')
    expect(error).toContain('troubleshooting.md#arm-invalidauthenticationtoken')
    expect(requestsOf(requests, 'ARM read Static Web App')).toHaveLength(1)
  })
})
