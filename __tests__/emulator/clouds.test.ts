// The cloud boundaries over real sockets, through the proxy under the public host names: a tenant
// lives in one cloud, each cloud's Entra issues tokens only for its own ARM, each cloud's ARM
// accepts only its own audiences and issuer; and Entra's discovery answers as each cloud's does.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { CloudName } from '../../src/clouds.js'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { signJwt } from '../../emulator/jwt.js'
import { staticSiteId } from '../../emulator/world.js'
import { peek, request, requestToken, type Reply } from './client.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false })
})
afterAll(async () => {
  await emulator.stop()
})
afterEach(() => {
  delete emulator.world.tenants[0]!.cloud
})

function livesIn(cloud: CloudName): void {
  emulator.world.tenants[0]!.cloud = cloud
}

function siteAt(endpoint: string, token: string): Promise<Reply> {
  const site = emulator.world.sites[0]!
  return request(emulator.caFile, `${endpoint}${staticSiteId(site)}?api-version=2025-05-01`, {
    headers: { authorization: `Bearer ${token}` },
    proxy: emulator.proxyUrl
  })
}

function aadsts(reply: Reply): number | undefined {
  return (reply.json?.error_codes as number[] | undefined)?.[0]
}

describe('a tenant lives in one cloud', () => {
  it.each<[CloudName, string]>([
    ['AzureCloud', 'https://login.microsoftonline.us'],
    ['AzureCloud', 'https://login.chinacloudapi.cn'],
    ['AzureUSGovernment', 'https://login.microsoftonline.com'],
    ['AzureChinaCloud', 'https://login.microsoftonline.us']
  ])('a %s tenant is unknown to %s (AADSTS90002)', async (cloud, authority) => {
    livesIn(cloud)
    const token = await requestToken(emulator, 'https://management.azure.com', authority)
    expect({ status: token.status, code: aadsts(token) }).toEqual({ status: 400, code: 90002 })
    const tenantId = emulator.world.tenants[0]!.id
    const discovery = await request(
      emulator.caFile,
      `${authority}/${tenantId}/v2.0/.well-known/openid-configuration`,
      { proxy: emulator.proxyUrl }
    )
    expect({ status: discovery.status, code: aadsts(discovery) }).toEqual({
      status: 400,
      code: 90002
    })
  })

  it('the loopback authority stands for the tenant’s own cloud', async () => {
    livesIn('AzureUSGovernment')
    const token = await requestToken(emulator, 'https://management.usgovcloudapi.net')
    expect(token.status).toBe(200)
    expect(peek(token.json.access_token as string).claims['aud']).toBe(
      'https://management.usgovcloudapi.net'
    )
  })
})

describe("Entra issues tokens only for its own cloud's ARM", () => {
  it.each<[CloudName, string, string]>([
    ['AzureUSGovernment', 'https://login.microsoftonline.us', 'https://management.azure.com'],
    [
      'AzureUSGovernment',
      'https://login.microsoftonline.us',
      'https://management.core.windows.net/'
    ],
    ['AzureChinaCloud', 'https://login.chinacloudapi.cn', 'https://management.usgovcloudapi.net'],
    ['AzureCloud', 'https://login.microsoftonline.com', 'https://management.chinacloudapi.cn'],
    // Overrides do not open a door: the loopback authority keeps the tenant's cloud.
    ['AzureUSGovernment', 'loopback', 'https://management.azure.com']
  ])('a %s tenant at %s gets no token for %s (AADSTS500011)', async (cloud, at, resource) => {
    livesIn(cloud)
    const reply = await requestToken(
      emulator,
      resource,
      at === 'loopback' ? emulator.urls.entra : at
    )
    expect({ status: reply.status, code: aadsts(reply) }).toEqual({ status: 400, code: 500011 })
    expect(reply.json.error_description).toContain(`The resource principal named ${resource}`)
  })

  it.each<[CloudName, string, string]>([
    ['AzureCloud', 'https://login.microsoftonline.com', 'https://sts.windows.net/'],
    ['AzureUSGovernment', 'https://login.microsoftonline.us', 'https://sts.windows.net/'],
    ['AzureChinaCloud', 'https://login.chinacloudapi.cn', 'https://sts.chinacloudapi.cn/']
  ])('a %s token is issued by its own STS', async (cloud, authority, sts) => {
    livesIn(cloud)
    const classic = {
      AzureCloud: 'https://management.core.windows.net/',
      AzureUSGovernment: 'https://management.core.usgovcloudapi.net/',
      AzureChinaCloud: 'https://management.core.chinacloudapi.cn/'
    }[cloud]
    // The classic management resource, as `az` asks for it (a double slash before .default).
    const reply = await requestToken(emulator, classic, authority)
    expect(reply.status).toBe(200)
    const claims = peek(reply.json.access_token as string).claims
    expect(claims['iss']).toBe(`${sts}${emulator.world.tenants[0]!.id}/`)
    expect(claims['aud']).toBe(classic)
  })
})

describe("ARM accepts only its own cloud's tokens", () => {
  it("refuses another cloud's ARM audience, the classic one included", async () => {
    livesIn('AzureUSGovernment')
    for (const resource of [
      'https://management.usgovcloudapi.net',
      'https://management.core.usgovcloudapi.net/'
    ]) {
      const token = (await requestToken(emulator, resource, 'https://login.microsoftonline.us'))
        .json.access_token as string
      // Past authentication its own ARM answers, as it does there, that it has no Static Web Apps.
      const ownArm = await siteAt('https://management.usgovcloudapi.net', token)
      expect({ status: ownArm.status, code: ownArm.json.error.code }).toEqual({
        status: 400,
        code: 'InvalidResourceType'
      })
      const publicArm = await siteAt('https://management.azure.com', token)
      expect({ status: publicArm.status, code: publicArm.json.error.code }).toEqual({
        status: 401,
        code: 'InvalidAuthenticationTokenAudience'
      })
      expect(publicArm.json.error.message).toContain(
        "allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'"
      )
    }
  })

  it("refuses a token whose issuer is another cloud's STS, even with the right audience", async () => {
    const token = (
      await requestToken(
        emulator,
        'https://management.azure.com',
        'https://login.microsoftonline.com'
      )
    ).json.access_token as string
    const claims = peek(token).claims
    const chinaIssued = signJwt(emulator.entra.signingKey, {
      ...claims,
      iss: `https://sts.chinacloudapi.cn/${String(claims['tid'])}/`
    })
    expect((await siteAt('https://management.azure.com', token)).status).toBe(200)
    const reply = await siteAt('https://management.azure.com', chinaIssued)
    expect({ status: reply.status, code: reply.json.error.code }).toEqual({
      status: 401,
      code: 'InvalidAuthenticationToken'
    })
  })
})

describe('Entra discovery as each cloud publishes it', () => {
  it.each<[CloudName, string, string, string]>([
    ['AzureCloud', 'login.microsoftonline.com', 'microsoftonline.com', 'graph.microsoft.com'],
    ['AzureUSGovernment', 'login.microsoftonline.us', 'microsoftonline.us', 'graph.microsoft.us'],
    [
      'AzureChinaCloud',
      'login.chinacloudapi.cn',
      'partner.microsoftonline.cn',
      'microsoftgraph.chinacloudapi.cn'
    ]
  ])('%s: the tenant document names its cloud', async (cloud, host, instance, graph) => {
    livesIn(cloud)
    const tenantId = emulator.world.tenants[0]!.id
    // MSAL for Python asks with the port spelled out.
    const reply = await request(
      emulator.caFile,
      `https://${host}:443/${tenantId}/v2.0/.well-known/openid-configuration`,
      { proxy: emulator.proxyUrl }
    )
    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({
      issuer: `https://${host}/${tenantId}/v2.0`,
      token_endpoint: `https://${host}/${tenantId}/oauth2/v2.0/token`,
      authorization_endpoint: `https://${host}/${tenantId}/oauth2/v2.0/authorize`,
      cloud_instance_name: instance,
      msgraph_host: graph,
      userinfo_endpoint: `https://${graph}/oidc/userinfo`
    })
  })

  it('instance discovery knows Microsoft hosts and their aliases', async () => {
    const query = new URLSearchParams({
      'api-version': '1.1',
      authorization_endpoint:
        'https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/authorize'
    })
    const reply = await request(
      emulator.caFile,
      `https://login.microsoftonline.com/common/discovery/instance?${query.toString()}`,
      { proxy: emulator.proxyUrl }
    )
    expect(reply.status).toBe(200)
    expect(reply.json.tenant_discovery_endpoint).toBe(
      'https://login.microsoftonline.us/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration'
    )
    expect(reply.json['api-version']).toBe('1.1')
    expect(reply.json.metadata).toContainEqual({
      preferred_network: 'login.microsoftonline.com',
      preferred_cache: 'login.windows.net',
      aliases: [
        'login.microsoftonline.com',
        'login.windows.net',
        'login.microsoft.com',
        'sts.windows.net'
      ]
    })
  })

  it('instance discovery refuses any other host (AADSTS50049 invalid_instance)', async () => {
    const query = new URLSearchParams({
      'api-version': '1.1',
      authorization_endpoint: 'https://login.example.test/contoso/oauth2/v2.0/authorize'
    })
    const reply = await request(
      emulator.caFile,
      `https://login.microsoftonline.com/common/discovery/instance?${query.toString()}`,
      { proxy: emulator.proxyUrl }
    )
    expect({ status: reply.status, error: reply.json.error, code: aadsts(reply) }).toEqual({
      status: 400,
      error: 'invalid_instance',
      code: 50049
    })
    expect(reply.json.error_description).toMatch(/^AADSTS50049: Unknown or invalid instance\./)
  })
})
