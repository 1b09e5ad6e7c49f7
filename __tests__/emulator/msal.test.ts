// MSAL itself against the emulator: custom-authority discovery and the public-cloud path via the
// proxy, with a network client that trusts the emulator's CA.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  ConfidentialClientApplication,
  type INetworkModule,
  type NetworkRequestOptions
} from '@azure/msal-node'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { request } from './client.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false })
})
afterAll(async () => {
  await emulator.stop()
})

function networkClient(proxy?: string): INetworkModule {
  const send = async (method: string, url: string, options?: NetworkRequestOptions) => {
    const reply = await request(emulator.caFile, url, {
      method,
      headers: options?.headers ?? {},
      ...(options?.body !== undefined ? { body: options.body } : {}),
      ...(proxy ? { proxy } : {})
    })
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(reply.headers))
      if (typeof value === 'string') headers[name] = value
    return { headers, body: reply.json as never, status: reply.status }
  }
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options)
  }
}

function application(authority: string, proxy?: string, knownAuthorities: string[] = []) {
  return new ConfidentialClientApplication({
    auth: {
      clientId: emulator.world.apps[0]!.clientId,
      authority,
      knownAuthorities,
      clientAssertion: async () => emulator.github.issueToken('api://AzureADTokenExchange')
    },
    system: { networkClient: networkClient(proxy) }
  })
}

describe('MSAL against the emulator', () => {
  it('discovers a custom authority named by domain and gets a token', async () => {
    const authorityHost = new URL(emulator.urls.entra).host
    const msal = application(`${emulator.urls.entra}/octo-org.onmicrosoft.com`, undefined, [
      authorityHost
    ])
    const result = await msal.acquireTokenByClientCredential({
      scopes: [`${emulator.urls.arm}/.default`]
    })
    expect(result?.accessToken).toBeTruthy()
    const paths = emulator.host.requests
      .filter((entry) => entry.service === 'entra')
      .map((entry) => entry.url)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/octo-org.onmicrosoft.com/v2.0/.well-known/openid-configuration',
        expect.stringMatching(/^\/octo-org\.onmicrosoft\.com\/oauth2\/v2\.0\/token/)
      ])
    )
  })

  it('uses the hard-coded public cloud endpoints through the proxy', async () => {
    const tenantId = emulator.world.tenants[0]!.id
    const msal = application(`https://login.microsoftonline.com/${tenantId}`, emulator.proxyUrl)
    const result = await msal.acquireTokenByClientCredential({
      scopes: ['https://management.azure.com/.default']
    })
    expect(result?.accessToken).toBeTruthy()
  })

  it('reaches the China cloud through its preferred network alias', async () => {
    const tenant = emulator.world.tenants[0]!
    const msal = application(`https://login.chinacloudapi.cn/${tenant.id}`, emulator.proxyUrl)
    tenant.cloud = 'AzureChinaCloud'
    const result = await msal
      .acquireTokenByClientCredential({ scopes: ['https://management.chinacloudapi.cn/.default'] })
      .finally(() => delete tenant.cloud)
    expect(result?.accessToken).toBeTruthy()
    expect(emulator.proxy.connects.map((connect) => connect.target)).toContain(
      'login.partner.microsoftonline.cn:443'
    )
  })

  it('surfaces an AADSTS rejection as MSAL error', async () => {
    emulator.github.claims['sub'] = 'repo:octo-org/octo-site:pull_request'
    try {
      const authorityHost = new URL(emulator.urls.entra).host
      const msal = application(
        `${emulator.urls.entra}/${emulator.world.tenants[0]!.id}`,
        undefined,
        [authorityHost]
      )
      await expect(
        msal.acquireTokenByClientCredential({ scopes: [`${emulator.urls.arm}/.default`] })
      ).rejects.toMatchObject({
        errorCode: 'invalid_client',
        errorMessage: expect.stringContaining('AADSTS700213')
      })
    } finally {
      emulator.github.claims['sub'] = 'repo:octo-org/octo-site:ref:refs/heads/main'
    }
  })
})
