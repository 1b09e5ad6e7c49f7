// ARM's directory reads and the environment list over real sockets: Subscriptions - List and
// Tenants - List as `az login` reads them, `GET …/builds` as `az staticwebapp environment list`,
// and Resources - List as the action finds an app by name.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import {
  addEnvironment,
  addSite,
  grantRole,
  LEAST_PRIVILEGE_ACTIONS,
  removeRoleActions,
  resourceGroupId,
  staticSiteId,
  type StaticSite
} from '../../emulator/world.js'
import { request, requestToken, type Reply } from './client.js'

let emulator: Emulator
let site: StaticSite
let accessToken: string

function arm(path: string): Promise<Reply> {
  return request(emulator.caFile, `${emulator.urls.arm}${path}`, {
    headers: { authorization: `Bearer ${accessToken}` }
  })
}

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false })
  site = emulator.world.sites[0]!
  accessToken = (await requestToken(emulator, emulator.urls.arm)).json.access_token as string
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(() => {
  emulator.world.roleAssignments.splice(0)
  grantRole(
    emulator.world,
    emulator.world.apps[0]!.objectId,
    staticSiteId(site),
    LEAST_PRIVILEGE_ACTIONS
  )
  emulator.world.subscriptions.splice(1)
})

describe('Subscriptions - List', () => {
  it('shows the subscription to a principal whose only role is on one site', async () => {
    const reply = await arm('/subscriptions?api-version=2019-11-01')
    expect(reply.status).toBe(200)
    const subscription = emulator.world.subscriptions[0]!
    expect(reply.json).toEqual({
      value: [
        {
          id: `/subscriptions/${subscription.id}`,
          authorizationSource: 'RoleBased',
          managedByTenants: [],
          subscriptionId: subscription.id,
          tenantId: subscription.tenantId,
          displayName: 'Octo Production',
          state: 'Enabled',
          subscriptionPolicies: {
            locationPlacementId: 'Public_2014-09-01',
            quotaId: 'PayAsYouGo_2014-09-01',
            spendingLimit: 'Off'
          }
        }
      ],
      count: { type: 'Total', value: 1 }
    })
  })

  it('is empty for a principal with no role, and hides subscriptions of other tenants', async () => {
    const tenantId = emulator.world.tenants[0]!.id
    emulator.world.subscriptions.push({
      id: '0b1f6471-1bf0-4dda-aec3-111122223333',
      tenantId: '99999999-8888-7777-6666-555555555555',
      displayName: 'Elsewhere'
    })
    grantRole(
      emulator.world,
      emulator.world.apps[0]!.objectId,
      '/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333',
      ['Microsoft.Web/staticSites/read']
    )
    const visible = await arm('/subscriptions?api-version=2022-12-01')
    expect(visible.json.value.map((s: { tenantId: string }) => s.tenantId)).toEqual([tenantId])
    emulator.world.roleAssignments.splice(0)
    const none = await arm('/subscriptions?api-version=2019-11-01')
    expect(none.json).toEqual({ value: [], count: { type: 'Total', value: 0 } })
  })

  it('keeps to the fields of the api-version asked for', async () => {
    const old = await arm('/subscriptions?api-version=2016-06-01')
    expect(Object.keys(old.json.value[0]).sort()).toEqual([
      'authorizationSource',
      'displayName',
      'id',
      'state',
      'subscriptionId',
      'subscriptionPolicies'
    ])
  })

  it('refuses an api-version it does not have', async () => {
    const reply = await arm('/subscriptions?api-version=2025-05-01')
    expect({ status: reply.status, code: reply.json.error.code }).toEqual({
      status: 400,
      code: 'InvalidApiVersionParameter'
    })
    expect(reply.json.error.message).toContain("The api-version '2025-05-01' is invalid")
    const missing = await arm('/subscriptions')
    expect(missing.json.error.code).toBe('MissingApiVersionParameter')
  })
})

describe('Tenants - List', () => {
  it("lists the token's own tenant, Home", async () => {
    const tenant = emulator.world.tenants[0]!
    const reply = await arm('/tenants?api-version=2022-12-01')
    expect(reply.status).toBe(200)
    expect(reply.json).toEqual({
      value: [
        {
          id: `/tenants/${tenant.id}`,
          tenantId: tenant.id,
          countryCode: 'US',
          displayName: 'octo-org',
          domains: ['octo-org.onmicrosoft.com'],
          tenantCategory: 'Home',
          defaultDomain: 'octo-org.onmicrosoft.com',
          tenantType: 'AAD'
        }
      ]
    })
    const old = await arm('/tenants?api-version=2016-06-01')
    expect(old.json.value).toEqual([{ id: `/tenants/${tenant.id}`, tenantId: tenant.id }])
  })
})

describe('Static Sites - Get Static Site Builds', () => {
  it('lists production and the preview environments', async () => {
    addEnvironment(site, 'pr42')
    const reply = await arm(`${staticSiteId(site)}/builds?api-version=2022-03-01`)
    expect(reply.status).toBe(200)
    expect(reply.json.value.map((build: { name: string }) => build.name)).toEqual([
      'default',
      'pr42'
    ])
    expect(reply.json.value[1]).toMatchObject({
      id: `${staticSiteId(site)}/builds/pr42`,
      type: 'Microsoft.Web/staticSites/builds',
      properties: { buildId: 'pr42', status: 'Ready' }
    })
    site.environments.delete('pr42')
  })

  it('pages the list: a nextLink with the next $skipToken, null on the last page', async () => {
    for (const name of ['1', '2', '3']) addEnvironment(site, name)
    const names: string[] = []
    let url: string | null =
      `${emulator.urls.arm}${staticSiteId(site)}/builds?api-version=2025-05-01`
    let pages = 0
    while (url !== null) {
      const reply: Reply = await request(emulator.caFile, url, {
        headers: { authorization: `Bearer ${accessToken}` }
      })
      expect(reply.status).toBe(200)
      names.push(...reply.json.value.map((build: { name: string }) => build.name))
      url = reply.json.nextLink as string | null
      if (url !== null) expect(url).toMatch(/\?api-version=2025-05-01&%24skipToken=/)
      pages++
    }
    expect(names).toEqual(['default', '1', '2', '3'])
    expect(pages).toBe(2)
    const bad = await arm(`${staticSiteId(site)}/builds?api-version=2025-05-01&$skipToken=nonsense`)
    expect({ status: bad.status, code: bad.json.error.code }).toEqual({
      status: 400,
      code: 'InvalidSkipToken'
    })
    for (const name of ['1', '2', '3']) site.environments.delete(name)
  })

  it('needs builds/read, checked before the site is looked up', async () => {
    const principal = emulator.world.apps[0]!.objectId
    removeRoleActions(emulator.world, principal, ['Microsoft.Web/staticSites/builds/read'])
    const denied = await arm(`${staticSiteId(site)}/builds?api-version=2022-03-01`)
    expect({ status: denied.status, code: denied.json.error.code }).toEqual({
      status: 403,
      code: 'AuthorizationFailed'
    })
    expect(denied.json.error.message).toContain("'Microsoft.Web/staticSites/builds/read'")
    grantRole(emulator.world, principal, resourceGroupId(site.subscriptionId, site.resourceGroup), [
      'Microsoft.Web/staticSites/builds/read'
    ])
    const missing = await arm(
      `${resourceGroupId(site.subscriptionId, site.resourceGroup)}/providers/Microsoft.Web/staticSites/missing/builds?api-version=2022-03-01`
    )
    expect({ status: missing.status, code: missing.json.error.code }).toEqual({
      status: 404,
      code: 'ResourceNotFound'
    })
  })
})

describe('Resources - List (find by name)', () => {
  const FILTER = encodeURIComponent("resourceType eq 'Microsoft.Web/staticSites'")

  it('lists only the sites the caller may read, in pages joined by nextLink', async () => {
    const readable = ['alpha', 'bravo'].map((name) =>
      addSite(emulator.world, '', { name, resourceGroup: 'rg-more' })
    )
    for (const extra of readable) {
      grantRole(emulator.world, emulator.world.apps[0]!.objectId, staticSiteId(extra), [
        'Microsoft.Web/staticSites/read'
      ])
    }
    // Readable by nobody but its owner: never listed.
    addSite(emulator.world, '', { name: 'hidden', resourceGroup: 'rg-more' })
    const pageSize = emulator.world.armResourcesPageSize
    emulator.world.armResourcesPageSize = 2
    try {
      const first = await arm(
        `/subscriptions/${site.subscriptionId}/resources?$filter=${FILTER}&api-version=2021-04-01`
      )
      expect(first.status).toBe(200)
      expect(first.json.value).toEqual([
        {
          id: staticSiteId(site),
          name: site.name,
          type: 'Microsoft.Web/staticSites',
          sku: { name: site.sku, tier: site.sku },
          location: 'westeurope',
          tags: {}
        },
        expect.objectContaining({ id: staticSiteId(readable[0]!), name: 'alpha' })
      ])
      const next = new URL(first.json.nextLink as string)
      expect(next.origin).toBe(emulator.urls.arm)
      expect(next.searchParams.get('$filter')).toBe("resourceType eq 'Microsoft.Web/staticSites'")
      expect(next.searchParams.get('api-version')).toBe('2021-04-01')
      const last = await arm(next.pathname + next.search)
      expect(last.status).toBe(200)
      expect(last.json.value.map((item: { name: string }) => item.name)).toEqual(['bravo'])
      // The last page has no nextLink at all.
      expect('nextLink' in last.json).toBe(false)
    } finally {
      emulator.world.armResourcesPageSize = pageSize
      emulator.world.sites.splice(1)
    }
  })
})
