// Azure RBAC on the emulator's ARM (PROTOCOLS.md §8): role definitions and assignments under any
// scope, their conflicts and refusals, and ARM authorizing the action's own calls from exactly
// these assignments (what setup assigns is what the deployer may then do).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { addUser, newGuid, setupUser, setupWorld } from '../../emulator/setup-world.js'
import { actionMatches, BUILT_IN_ROLES, grants } from '../../emulator/world-rbac.js'
import { defaultGraphBehaviour, type DirectoryUser } from '../../emulator/world-directory.js'
import {
  LEAST_PRIVILEGE_ACTIONS,
  resourceGroupId,
  staticSiteId,
  type StaticSite
} from '../../emulator/world.js'
import { request, type Reply } from './client.js'
import { call, userToken } from './directory-client.js'

const API = 'api-version=2022-04-01'
let emulator: Emulator
let user: DirectoryUser
let site: StaticSite
let armToken: string
let graphToken: string

function expectArmError(reply: Reply, status: number, code: string): string {
  expect({ status: reply.status, code: reply.json?.error?.code }).toEqual({ status, code })
  return reply.json.error.message as string
}

const arm = (path: string, token = armToken, options: { method?: string; body?: unknown } = {}) =>
  call(emulator, `${emulator.urls.arm}${path}`, token, options)

/** A new app with a service principal, made through Graph as setup makes it. */
async function newServicePrincipal(): Promise<{ appId: string; principalId: string }> {
  const graph = `${emulator.urls.graph}/v1.0`
  const app = await call(emulator, `${graph}/applications`, graphToken, {
    method: 'POST',
    body: { displayName: `deployer-${newGuid().slice(0, 8)}` }
  })
  const sp = await call(emulator, `${graph}/servicePrincipals`, graphToken, {
    method: 'POST',
    body: { appId: app.json.appId }
  })
  await call(
    emulator,
    `${graph}/applications/${app.json.id}/federatedIdentityCredentials`,
    graphToken,
    {
      method: 'POST',
      body: {
        name: 'main',
        issuer: emulator.urls.github,
        subject: 'repo:octo-org/octo-site:ref:refs/heads/main',
        audiences: ['api://AzureADTokenExchange']
      }
    }
  )
  return { appId: app.json.appId as string, principalId: sp.json.id as string }
}

/** The deployer's own ARM token, by its GitHub OIDC token (the action's sign-in). */
async function deployerToken(appId: string): Promise<string> {
  const reply = await request(
    emulator.caFile,
    `${emulator.urls.entra}/${user.tenantId}/oauth2/v2.0/token`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: appId,
        scope: `${emulator.urls.arm}/.default`,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: emulator.github.issueToken('api://AzureADTokenExchange')
      }).toString()
    }
  )
  expect(reply.status).toBe(200)
  return reply.json.access_token as string
}

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false, world: setupWorld() })
  user = setupUser(emulator.world)
  site = emulator.world.sites[0]!
  armToken = await userToken(emulator, user, emulator.urls.arm)
  graphToken = await userToken(emulator, user, emulator.urls.graph)
})
afterAll(async () => {
  await emulator.stop()
})

describe('Azure wildcards', () => {
  it('matches actions as Azure does: case-insensitive, * across segments, notActions subtracted', () => {
    expect(actionMatches('*/read', 'Microsoft.Web/staticSites/read')).toBe(true)
    expect(actionMatches('*/read', 'Microsoft.Web/staticSites/listSecrets/action')).toBe(false)
    expect(
      actionMatches('Microsoft.Authorization/*', 'microsoft.authorization/roleAssignments/write')
    ).toBe(true)
    expect(grants(BUILT_IN_ROLES.Contributor, 'Microsoft.Web/staticSites/listSecrets/action')).toBe(
      true
    )
    expect(
      grants(BUILT_IN_ROLES.Contributor, 'Microsoft.Authorization/roleAssignments/write')
    ).toBe(false)
    expect(grants(BUILT_IN_ROLES.Owner, 'Microsoft.Authorization/roleAssignments/write')).toBe(true)
    expect(grants(BUILT_IN_ROLES.Reader, 'Microsoft.Web/staticSites/listSecrets/action')).toBe(
      false
    )
  })
})

describe('role definitions', () => {
  it('lists built-in roles by name with their real ids, at any scope the caller may read', async () => {
    const scope = resourceGroupId(site.subscriptionId, site.resourceGroup)
    const listed = await arm(
      `${scope}/providers/Microsoft.Authorization/roleDefinitions?$filter=${encodeURIComponent("roleName eq 'Owner'")}&${API}`
    )
    expect(listed.status).toBe(200)
    expect(listed.json.value).toEqual([
      expect.objectContaining({
        name: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
        type: 'Microsoft.Authorization/roleDefinitions',
        id: `/subscriptions/${site.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`,
        properties: expect.objectContaining({
          roleName: 'Owner',
          type: 'BuiltInRole',
          assignableScopes: ['/']
        })
      })
    ])
    // The user's Owner role is on the resource group, not the subscription.
    const above = await arm(
      `/subscriptions/${site.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions?${API}`
    )
    expectArmError(above, 403, 'AuthorizationFailed')
  })

  it('creates a custom role; a second role of that name is RoleDefinitionWithSameNameExists', async () => {
    const body = {
      properties: {
        roleName: 'Static Web App deployer (octo-site)',
        description: 'Deploys one Static Web App',
        type: 'CustomRole',
        permissions: [
          {
            actions: [...LEAST_PRIVILEGE_ACTIONS],
            notActions: [],
            dataActions: [],
            notDataActions: []
          }
        ],
        assignableScopes: [staticSiteId(site)]
      }
    }
    const id = newGuid()
    const created = await arm(
      `${staticSiteId(site)}/providers/Microsoft.Authorization/roleDefinitions/${id}?${API}`,
      armToken,
      {
        method: 'PUT',
        body
      }
    )
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({
      name: id,
      properties: { roleName: body.properties.roleName, type: 'CustomRole' }
    })
    const twin = await arm(
      `${staticSiteId(site)}/providers/Microsoft.Authorization/roleDefinitions/${newGuid()}?${API}`,
      armToken,
      {
        method: 'PUT',
        body
      }
    )
    expectArmError(twin, 409, 'RoleDefinitionWithSameNameExists')
    const found = await arm(
      `${staticSiteId(site)}/providers/Microsoft.Authorization/roleDefinitions?$filter=${encodeURIComponent(`roleName eq '${body.properties.roleName}'`)}&${API}`
    )
    expect(found.json.value.map((role: { name: string }) => role.name)).toEqual([id])
  })
})

describe('role assignments', () => {
  it('what setup assigns is what the deployer may do: PrincipalNotFound while fresh without principalType, 201, then 409', async () => {
    emulator.world.graph = { ...defaultGraphBehaviour(), principalReplicationMs: 60_000 }
    const { appId, principalId } = await newServicePrincipal()
    const deployer = await deployerToken(appId)
    const listSecrets = `${staticSiteId(site)}/listSecrets?api-version=2025-05-01`
    expectArmError(await arm(listSecrets, deployer, { method: 'POST' }), 403, 'AuthorizationFailed')

    const roleDefinitionId = `/subscriptions/${site.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${BUILT_IN_ROLES.Reader.id}`
    const url = (name: string) =>
      `${staticSiteId(site)}/providers/Microsoft.Authorization/roleAssignments/${name}?${API}`
    const fresh = await arm(url(newGuid()), armToken, {
      method: 'PUT',
      body: { properties: { roleDefinitionId, principalId } }
    })
    expect(expectArmError(fresh, 400, 'PrincipalNotFound')).toMatch(
      new RegExp(
        `^Principal ${principalId.replace(/-/g, '')} does not exist in the directory ${user.tenantId}\\.`
      )
    )
    // A custom role with the four actions, assigned with principalType as setup does.
    const roleId = newGuid()
    await arm(
      `${staticSiteId(site)}/providers/Microsoft.Authorization/roleDefinitions/${roleId}?${API}`,
      armToken,
      {
        method: 'PUT',
        body: {
          properties: {
            roleName: `deployer ${roleId}`,
            type: 'CustomRole',
            permissions: [
              {
                actions: [...LEAST_PRIVILEGE_ACTIONS],
                notActions: [],
                dataActions: [],
                notDataActions: []
              }
            ],
            assignableScopes: [staticSiteId(site)]
          }
        }
      }
    )
    const assignment = {
      properties: {
        roleDefinitionId: `/subscriptions/${site.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleId}`,
        principalId,
        principalType: 'ServicePrincipal'
      }
    }
    const created = await arm(url(newGuid()), armToken, { method: 'PUT', body: assignment })
    expect(created.status).toBe(201)
    expect(created.json.properties).toMatchObject({
      principalId,
      principalType: 'ServicePrincipal',
      scope: staticSiteId(site)
    })
    const again = await arm(url(newGuid()), armToken, { method: 'PUT', body: assignment })
    expect(expectArmError(again, 409, 'RoleAssignmentExists')).toBe(
      'The role assignment already exists.'
    )

    const secrets = await arm(listSecrets, deployer, { method: 'POST' })
    expect(secrets.status).toBe(200)
    expect(secrets.json.properties.apiKey).toBe(site.apiKey)
    const listed = await arm(
      `/subscriptions/${site.subscriptionId}/resourceGroups/${site.resourceGroup}/providers/Microsoft.Authorization/roleAssignments?$filter=${encodeURIComponent(`principalId eq '${principalId}'`)}&${API}`
    )
    expect(listed.json.value.map((found: { name: string }) => found.name)).toEqual([
      created.json.name
    ])

    const removed = await arm(url(created.json.name as string), armToken, { method: 'DELETE' })
    expect(removed.status).toBe(200)
    expectArmError(await arm(listSecrets, deployer, { method: 'POST' }), 403, 'AuthorizationFailed')
    emulator.world.graph = defaultGraphBehaviour()
  })

  it('AuthorizationFailed on roleAssignments/write for a Contributor, naming the user', async () => {
    const contributor = addUser(emulator.world, 'carol')
    emulator.world.roleAssignments.push({
      id: newGuid(),
      principalId: contributor.objectId,
      roleDefinitionId: BUILT_IN_ROLES.Contributor.id,
      scope: resourceGroupId(site.subscriptionId, site.resourceGroup)
    })
    const token = await userToken(emulator, contributor, emulator.urls.arm)
    const denied = await arm(
      `${staticSiteId(site)}/providers/Microsoft.Authorization/roleAssignments/${newGuid()}?${API}`,
      token,
      {
        method: 'PUT',
        body: {
          properties: {
            roleDefinitionId: `/subscriptions/${site.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${BUILT_IN_ROLES.Reader.id}`,
            principalId: user.objectId,
            principalType: 'User'
          }
        }
      }
    )
    expect(expectArmError(denied, 403, 'AuthorizationFailed')).toBe(
      `The client '${contributor.userPrincipalName}' with object id '${contributor.objectId}' does not have authorization to ` +
        `perform action 'Microsoft.Authorization/roleAssignments/write' over scope '${staticSiteId(site)}' or the scope is invalid. ` +
        'If access was recently granted, please refresh your credentials.'
    )
    // Contributor's `*` still reads the site.
    expect((await arm(`${staticSiteId(site)}?api-version=2025-05-01`, token)).status).toBe(200)
  })
})

describe('Resources - List: finding the site by name', () => {
  it('lists the sites the caller may read, with two of one name in two resource groups', async () => {
    const twin = await startEmulator({
      withContent: false,
      world: setupWorld({ sameNameInResourceGroup: 'rg-web-old' })
    })
    try {
      const owner = setupUser(twin.world)
      const token = await userToken(twin, owner, twin.urls.arm)
      const subscriptionId = twin.world.subscriptions[0]!.id
      const filter = encodeURIComponent("resourceType eq 'Microsoft.Web/staticSites'")
      const url = `${twin.urls.arm}/subscriptions/${subscriptionId}/resources?$filter=${filter}&api-version=2021-04-01`
      const listed = await call(twin, url, token)
      expect(listed.status).toBe(200)
      expect(listed.json.value.map((item: { id: string }) => item.id.split('/')[4])).toEqual([
        'rg-web',
        'rg-web-old'
      ])
      // A user without any role reads none of them (inferred: a filtered list, not a 403).
      const stranger = addUser(twin.world, 'stranger')
      const none = await call(twin, url, await userToken(twin, stranger, twin.urls.arm))
      expect(none.json).toEqual({ value: [] })
    } finally {
      await twin.stop()
    }
  })
})
