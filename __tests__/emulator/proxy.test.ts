import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { staticSiteId } from '../../emulator/world.js'
import { peek, request, requestToken } from './client.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false })
})
afterAll(async () => {
  await emulator.stop()
})

function tokenVia(authorityHost: string, resource: string) {
  return requestToken(emulator, resource, `https://${authorityHost}`)
}

describe('CONNECT proxy', () => {
  it('maps the public cloud hosts to Entra and ARM', async () => {
    const site = emulator.world.sites[0]!
    const token = await tokenVia('login.microsoftonline.com', 'https://management.azure.com')
    expect(token.status).toBe(200)
    expect(peek(token.json.access_token as string).claims['aud']).toBe(
      'https://management.azure.com'
    )
    const reply = await request(
      emulator.caFile,
      `https://management.azure.com${staticSiteId(site)}?api-version=2025-05-01`,
      {
        headers: { authorization: `Bearer ${token.json.access_token as string}` },
        proxy: emulator.proxyUrl
      }
    )
    expect(reply.status).toBe(200)
    expect(emulator.host.requests.map((entry) => `${entry.service} ${entry.host}`)).toEqual(
      expect.arrayContaining(['entra login.microsoftonline.com', 'arm management.azure.com'])
    )
    expect(emulator.proxy.connects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ target: 'login.microsoftonline.com:443', allowed: true }),
        expect.objectContaining({ target: 'management.azure.com:443', allowed: true })
      ])
    )
  })

  it('holds a sovereign-cloud token to its own ARM audience', async () => {
    const site = emulator.world.sites[0]!
    emulator.world.tenants[0]!.cloud = 'AzureUSGovernment'
    const token = await tokenVia('login.microsoftonline.us', 'https://management.usgovcloudapi.net')
    expect(token.status).toBe(200)
    const path = `${staticSiteId(site)}?api-version=2025-05-01`
    const headers = { authorization: `Bearer ${token.json.access_token as string}` }
    const gov = await request(emulator.caFile, `https://management.usgovcloudapi.net${path}`, {
      headers,
      proxy: emulator.proxyUrl
    })
    // The token is accepted there; Static Web Apps itself is not offered in that cloud.
    expect(gov.status).toBe(400)
    expect(gov.json.error.code).toBe('InvalidResourceType')
    const wrongCloud = await request(emulator.caFile, `https://management.azure.com${path}`, {
      headers,
      proxy: emulator.proxyUrl
    })
    expect(wrongCloud.status).toBe(401)
    expect(wrongCloud.json.error.code).toBe('InvalidAuthenticationTokenAudience')
    delete emulator.world.tenants[0]!.cloud
  })

  it('publishes discovery under the host it was reached by', async () => {
    const tenant = emulator.world.tenants[0]!
    tenant.cloud = 'AzureChinaCloud'
    const reply = await request(
      emulator.caFile,
      `https://login.chinacloudapi.cn/${tenant.id}/v2.0/.well-known/openid-configuration`,
      { proxy: emulator.proxyUrl }
    )
    delete tenant.cloud
    expect(reply.json.issuer).toBe(`https://login.chinacloudapi.cn/${tenant.id}/v2.0`)
  })

  it('passes loopback through and refuses everything else', async () => {
    const github = await request(
      emulator.caFile,
      `${emulator.urls.github}/.well-known/openid-configuration`,
      {
        proxy: emulator.proxyUrl
      }
    )
    expect(github.status).toBe(200)
    await expect(
      request(emulator.caFile, 'https://example.com/', { proxy: emulator.proxyUrl })
    ).rejects.toThrow(/403/)
    await expect(
      request(emulator.caFile, 'https://login.microsoftonline.com:8443/', {
        proxy: emulator.proxyUrl
      })
    ).rejects.toThrow(/403/)
    expect(emulator.proxy.connects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ target: 'example.com:443', allowed: false })
      ])
    )
  })
})
