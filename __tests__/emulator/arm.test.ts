import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createWebSiteManagement } from '@azure/arm-appservice/api'
import {
  deleteStaticSiteBuild,
  getStaticSite,
  listStaticSiteSecrets
} from '@azure/arm-appservice/api/staticSites'
import { createHttpHeaders, type HttpClient, type PipelineRequest } from '@azure/core-rest-pipeline'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { signJwt } from '../../emulator/jwt.js'
import {
  addEnvironment,
  grantRole,
  LEAST_PRIVILEGE_ACTIONS,
  removeRoleActions,
  resourceGroupId,
  staticSiteId,
  type StaticSite
} from '../../emulator/world.js'
import { peek, request, requestToken, type Reply } from './client.js'

const API = 'api-version=2025-05-01'
let emulator: Emulator
let site: StaticSite
let principalId: string
let accessToken: string

async function armToken(resource = emulator.urls.arm): Promise<string> {
  const reply = await requestToken(emulator, resource)
  expect(reply.status).toBe(200)
  return reply.json.access_token as string
}

function arm(
  path: string,
  options: { method?: string; token?: string | null } = {}
): Promise<Reply> {
  const headers: Record<string, string> = {}
  if (options.token !== null) headers['authorization'] = `Bearer ${options.token ?? accessToken}`
  return request(emulator.caFile, `${emulator.urls.arm}${path}`, {
    method: options.method ?? 'GET',
    headers
  })
}

function expectArmError(reply: Reply, status: number, code: string): string {
  expect({ status: reply.status, code: reply.json?.error?.code }).toEqual({ status, code })
  return reply.json.error.message as string
}

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false })
  site = emulator.world.sites[0]!
  principalId = emulator.world.apps[0]!.objectId
  accessToken = await armToken()
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(() => {
  emulator.world.roleAssignments.splice(0)
  grantRole(emulator.world, principalId, staticSiteId(site), LEAST_PRIVILEGE_ACTIONS)
})

describe('ARM static sites', () => {
  it('returns the site shaped like ARM', async () => {
    const reply = await arm(`${staticSiteId(site)}?${API}`)
    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({
      id: staticSiteId(site),
      name: 'octo-site',
      type: 'Microsoft.Web/staticSites',
      sku: { name: 'Free', tier: 'Free' },
      properties: {
        defaultHostname: site.defaultHostname,
        contentDistributionEndpoint: site.contentDistributionEndpoint,
        stagingEnvironmentPolicy: 'Enabled'
      }
    })
  })

  it('lists the deployment token and records it as issued', async () => {
    const reply = await arm(`${staticSiteId(site)}/listSecrets?${API}`, { method: 'POST' })
    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({ name: 'secrets', properties: { apiKey: site.apiKey } })
    expect(emulator.issuedSecrets()).toContain(site.apiKey)
  })

  it('requires api-version', async () => {
    expectArmError(await arm(staticSiteId(site)), 400, 'MissingApiVersionParameter')
  })

  it('401s a missing, forged, wrong-audience or expired token', async () => {
    expectArmError(
      await arm(`${staticSiteId(site)}?${API}`, { token: null }),
      401,
      'AuthenticationFailed'
    )
    // Signed by GitHub's key, not Entra's.
    const forged = emulator.github.issueToken(emulator.urls.arm)
    expectArmError(
      await arm(`${staticSiteId(site)}?${API}`, { token: forged }),
      401,
      'InvalidAuthenticationToken'
    )
    const publicAudience = await armToken('https://management.azure.com')
    const message = expectArmError(
      await arm(`${staticSiteId(site)}?${API}`, { token: publicAudience }),
      401,
      'InvalidAuthenticationTokenAudience'
    )
    expect(message).toContain("'https://management.azure.com'")
    const claims = peek(accessToken).claims
    const expired = signJwt(emulator.entra.signingKey, {
      ...claims,
      exp: Math.floor(Date.now() / 1000) - 60
    })
    expectArmError(
      await arm(`${staticSiteId(site)}?${API}`, { token: expired }),
      401,
      'ExpiredAuthenticationToken'
    )
  })

  it('401s a token from another tenant than the subscription', async () => {
    const subscription = emulator.world.subscriptions[0]!
    const original = subscription.tenantId
    subscription.tenantId = '99999999-8888-7777-6666-555555555555'
    try {
      const message = expectArmError(
        await arm(`${staticSiteId(site)}?${API}`),
        401,
        'InvalidAuthenticationTokenTenant'
      )
      expect(message).toContain(subscription.tenantId)
    } finally {
      subscription.tenantId = original
    }
  })

  it('403s an action the role lacks, naming client, object id, action and scope', async () => {
    removeRoleActions(emulator.world, principalId, ['Microsoft.Web/staticSites/listSecrets/action'])
    const message = expectArmError(
      await arm(`${staticSiteId(site)}/listSecrets?${API}`, { method: 'POST' }),
      403,
      'AuthorizationFailed'
    )
    expect(message).toMatch(
      new RegExp(
        `^The client '${emulator.world.apps[0]!.clientId}' with object id '${principalId}' does not have ` +
          `authorization to perform action 'Microsoft.Web/staticSites/listSecrets/action' over scope ` +
          `'${staticSiteId(site)}'`
      )
    )
    expect((await arm(`${staticSiteId(site)}?${API}`)).status).toBe(200)
  })

  it('checks authorization before existence', async () => {
    const missingGroup = `${resourceGroupId(site.subscriptionId, 'rg-missing')}/providers/Microsoft.Web/staticSites/octo-site`
    expectArmError(await arm(`${missingGroup}?${API}`), 403, 'AuthorizationFailed')
    grantRole(emulator.world, principalId, `/subscriptions/${site.subscriptionId}`, [
      'Microsoft.Web/staticSites/read'
    ])
    expect(expectArmError(await arm(`${missingGroup}?${API}`), 404, 'ResourceGroupNotFound')).toBe(
      "Resource group 'rg-missing' could not be found."
    )
    const missingSite = `${resourceGroupId(site.subscriptionId, 'rg-web')}/providers/Microsoft.Web/staticSites/nope`
    expect(expectArmError(await arm(`${missingSite}?${API}`), 404, 'ResourceNotFound')).toContain(
      "'Microsoft.Web/staticSites/nope' under resource group 'rg-web' was not found"
    )
  })

  it('reads a preview environment and 404s an absent one', async () => {
    addEnvironment(site, '42')
    const reply = await arm(`${staticSiteId(site)}/builds/42?${API}`)
    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({
      name: '42',
      properties: { status: 'Ready', hostname: expect.any(String) }
    })
    expectArmError(await arm(`${staticSiteId(site)}/builds/43?${API}`), 404, 'NotFound')
  })

  it('deletes an environment as a long-running operation', async () => {
    addEnvironment(site, 'feature1')
    const reply = await arm(`${staticSiteId(site)}/builds/feature1?${API}`, { method: 'DELETE' })
    expect(reply.status).toBe(202)
    const operationUrl = reply.headers['azure-asyncoperation'] as string
    expect(operationUrl).toMatch(/\/operations\/[0-9a-f-]+\?api-version=2025-05-01$/)
    expect(reply.headers['location']).toMatch(/\/operationResults\//)
    const poll = (): Promise<Reply> => arm(operationUrl.slice(emulator.urls.arm.length))
    expect((await poll()).json.status).toBe('InProgress')
    expect(site.environments.get('feature1')?.status).toBe('Deleting')
    expect((await poll()).json.status).toBe('Succeeded')
    expect(site.environments.has('feature1')).toBe(false)
  })
})

describe('ARM static sites through @azure/arm-appservice', () => {
  // Sends the SDK's requests with the emulator's CA; everything else is the SDK's own pipeline.
  const httpClient: HttpClient = {
    async sendRequest(pipelineRequest: PipelineRequest) {
      const headers: Record<string, string> = {}
      for (const [name, value] of pipelineRequest.headers) headers[name] = value
      const reply = await request(emulator.caFile, pipelineRequest.url, {
        method: pipelineRequest.method,
        headers,
        ...(typeof pipelineRequest.body === 'string' ? { body: pipelineRequest.body } : {})
      })
      const responseHeaders = createHttpHeaders()
      for (const [name, value] of Object.entries(reply.headers)) {
        if (typeof value === 'string') responseHeaders.set(name, value)
      }
      return {
        request: pipelineRequest,
        status: reply.status,
        headers: responseHeaders,
        bodyAsText: reply.text
      }
    }
  }

  function client() {
    return createWebSiteManagement(
      {
        getToken: async () => ({ token: accessToken, expiresOnTimestamp: Date.now() + 3_000_000 })
      },
      site.subscriptionId,
      {
        endpoint: emulator.urls.arm,
        credentials: { scopes: [`${emulator.urls.arm}/.default`] },
        httpClient
      }
    )
  }

  it('reads the site and its secret', async () => {
    const context = client()
    expect((await getStaticSite(context, 'rg-web', 'octo-site')).contentDistributionEndpoint).toBe(
      site.contentDistributionEndpoint
    )
    expect(
      (await listStaticSiteSecrets(context, 'rg-web', 'octo-site')).properties?.['apiKey']
    ).toBe(site.apiKey)
  })

  it("completes deleteStaticSiteBuild's poller", async () => {
    emulator.world.armOperationRetryAfterSeconds = 0
    addEnvironment(site, '7')
    await deleteStaticSiteBuild(client(), 'rg-web', 'octo-site', '7', { updateIntervalInMs: 10 })
    expect(site.environments.has('7')).toBe(false)
  })
})
