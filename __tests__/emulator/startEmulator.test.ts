import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { request } from './client.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await emulator.stop()
})

describe('startEmulator', () => {
  it('starts every service with TLS from its own CA and points sites at the content plane', async () => {
    for (const url of [
      emulator.urls.github,
      emulator.urls.entra,
      emulator.urls.arm,
      emulator.urls.content
    ]) {
      expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    }
    expect(emulator.proxyUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(emulator.world.sites[0]!.contentDistributionEndpoint).toBe(emulator.urls.content)
    const discovery = await request(
      emulator.caFile,
      `${emulator.urls.github}/.well-known/openid-configuration`
    )
    expect(discovery.status).toBe(200)
  })

  it('hands the action the default world and the token request variables', () => {
    const env = emulator.actionEnv()
    const site = emulator.world.sites[0]!
    expect(env).toMatchObject({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${emulator.urls.github}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.github.requestToken,
      NODE_EXTRA_CA_CERTS: emulator.caFile,
      'INPUT_AUTHORITY-HOST': emulator.urls.entra,
      'INPUT_RESOURCE-MANAGER-ENDPOINT': emulator.urls.arm,
      'INPUT_CLIENT-ID': emulator.world.apps[0]!.clientId,
      'INPUT_TENANT-ID': emulator.world.tenants[0]!.id,
      'INPUT_SUBSCRIPTION-ID': site.subscriptionId,
      'INPUT_RESOURCE-GROUP': 'rg-web',
      'INPUT_APP-NAME': 'octo-site'
    })
    expect(existsSync(emulator.caFile)).toBe(true)
    expect(emulator.actionEnv({ viaProxy: true })).toMatchObject({
      'INPUT_AUTHORITY-HOST': '',
      'INPUT_RESOURCE-MANAGER-ENDPOINT': '',
      HTTPS_PROXY: emulator.proxyUrl
    })
  })
})
