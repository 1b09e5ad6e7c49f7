import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { createSigningKey, signJwt } from '../../emulator/jwt.js'
import {
  addFederatedCredential,
  DEFAULT_SUBJECT,
  type AppRegistration
} from '../../emulator/world.js'
import { peek, request, type Reply } from './client.js'

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
let emulator: Emulator
let app: AppRegistration
let tenantId: string

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false })
  app = emulator.world.apps[0]!
  tenantId = app.tenantId
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(() => {
  emulator.github.claims['sub'] = DEFAULT_SUBJECT
  emulator.github.expired = false
  app.federatedCredentials.splice(1)
  app.federatedCredentials[0]!.subject = DEFAULT_SUBJECT
})

function githubToken(audience = 'api://AzureADTokenExchange'): string {
  return emulator.github.issueToken(audience)
}

async function exchange(
  fields: Record<string, string | undefined> = {},
  tenant = tenantId
): Promise<Reply> {
  const form = new URLSearchParams()
  const values: Record<string, string | undefined> = {
    client_id: app.clientId,
    scope: `${emulator.urls.arm}/.default`,
    grant_type: 'client_credentials',
    // What MSAL adds; the service must ignore it.
    'x-client-SKU': 'msal.js.node',
    'x-client-VER': '7.2.1',
    'x-ms-lib-capability': 'retry-after, h429',
    'client-request-id': '6f1f6d55-1c63-4a40-9b0a-46b5b5a3f5a1',
    client_assertion_type: JWT_BEARER,
    client_assertion: githubToken(),
    ...fields
  }
  for (const [name, value] of Object.entries(values)) if (value !== undefined) form.set(name, value)
  return request(emulator.caFile, `${emulator.urls.entra}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: form.toString()
  })
}

function expectAadsts(reply: Reply, status: number, error: string, code: number): string {
  expect({
    status: reply.status,
    error: reply.json?.error,
    codes: reply.json?.error_codes
  }).toEqual({
    status,
    error,
    codes: [code]
  })
  const description = reply.json.error_description as string
  expect(description).toMatch(
    new RegExp(
      `^AADSTS${code}: .+\\r\\nTrace ID: [0-9a-f-]{36}\\r\\nCorrelation ID: [0-9a-f-]{36}\\r\\nTimestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$`,
      's'
    )
  )
  expect(reply.json).toMatchObject({
    trace_id: expect.any(String),
    correlation_id: expect.any(String),
    timestamp: expect.stringMatching(/Z$/),
    error_uri: `${emulator.urls.entra}/error?code=${code}`
  })
  return description
}

describe('Entra token endpoint', () => {
  it('exchanges a matching GitHub token for an ARM access token', async () => {
    const reply = await exchange()
    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599
    })
    const { header, claims } = peek(reply.json.access_token as string)
    expect(header['alg']).toBe('RS256')
    expect(claims).toMatchObject({
      aud: emulator.urls.arm,
      tid: tenantId,
      oid: app.objectId,
      appid: app.clientId,
      iss: `https://sts.windows.net/${tenantId}/`
    })
    expect(claims['exp'] as number).toBeGreaterThan(Date.now() / 1000 + 3000)
    expect(emulator.issuedSecrets()).toContain(reply.json.access_token)
  })

  it('accepts the tenant by verified domain', async () => {
    expect((await exchange({}, 'octo-org.onmicrosoft.com')).status).toBe(200)
  })

  it('AADSTS90002 for an unknown tenant', async () => {
    expectAadsts(
      await exchange({}, '11111111-2222-3333-4444-555555555555'),
      400,
      'invalid_request',
      90002
    )
  })

  it('AADSTS1002012 when the scope lacks /.default', async () => {
    expectAadsts(await exchange({ scope: emulator.urls.arm }), 400, 'invalid_scope', 1002012)
  })

  it('AADSTS700016 for a client id unknown in the tenant', async () => {
    const description = expectAadsts(
      await exchange({ client_id: '00000000-0000-0000-0000-000000000001' }),
      400,
      'unauthorized_client',
      700016
    )
    expect(description).toContain(tenantId)
  })

  it('refuses a grant without a client assertion or with another assertion type', async () => {
    expectAadsts(await exchange({ client_assertion: undefined }), 401, 'invalid_client', 7000216)
    expectAadsts(
      await exchange({ client_assertion_type: 'urn:other' }),
      401,
      'invalid_client',
      7000216
    )
    expectAadsts(await exchange({ grant_type: 'device' }), 400, 'unsupported_grant_type', 70003)
    // The password grant is a user's (ROPC): without a username it is incomplete.
    expectAadsts(await exchange({ grant_type: 'password' }), 400, 'invalid_request', 900144)
  })

  it('AADSTS70021 when the app has no federated credential', async () => {
    const saved = app.federatedCredentials.splice(0)
    try {
      expectAadsts(await exchange(), 401, 'invalid_client', 70021)
    } finally {
      app.federatedCredentials.push(...saved)
    }
  })

  it('AADSTS700211 when no credential trusts the issuer', async () => {
    app.federatedCredentials[0]!.issuer = 'https://token.actions.githubusercontent.com'
    try {
      const description = expectAadsts(await exchange(), 401, 'invalid_client', 700211)
      expect(description).toContain(`'${emulator.urls.github}'`)
    } finally {
      app.federatedCredentials[0]!.issuer = emulator.urls.github
    }
  })

  it('AADSTS700212 when no credential has the audience', async () => {
    const reply = await exchange({
      client_assertion: githubToken('api://AzureADTokenExchangeUSGov')
    })
    expect(expectAadsts(reply, 401, 'invalid_client', 700212)).toContain(
      'api://AzureADTokenExchangeUSGov'
    )
  })

  it('AADSTS700213 when no credential has the subject, naming the presented one', async () => {
    emulator.github.claims['sub'] = 'repo:octo-org/octo-site:pull_request'
    const description = expectAadsts(await exchange(), 401, 'invalid_client', 700213)
    expect(description).toContain("'repo:octo-org/octo-site:pull_request'")
  })

  it('AADSTS7002138 when the subject matches only if case is ignored', async () => {
    emulator.github.claims['sub'] = 'repo:Octo-Org/octo-site:ref:refs/heads/main'
    expectAadsts(await exchange(), 401, 'invalid_client', 7002138)
  })

  it('matches among several credentials of one app', async () => {
    addFederatedCredential(app, {
      issuer: emulator.urls.github,
      subject: 'repo:octo-org/octo-site:environment:prod'
    })
    emulator.github.claims['sub'] = 'repo:octo-org/octo-site:environment:prod'
    expect((await exchange()).status).toBe(200)
  })

  it('AADSTS700024 for an expired GitHub token', async () => {
    emulator.github.expired = true
    expectAadsts(await exchange(), 401, 'invalid_client', 700024)
  })

  it('AADSTS700027 for a key the issuer does not publish, 50012 for a bad signature', async () => {
    const stranger = createSigningKey()
    const foreign = signJwt(stranger, peek(githubToken()).claims)
    expectAadsts(await exchange({ client_assertion: foreign }), 401, 'invalid_client', 700027)
    const [header, payload] = githubToken().split('.')
    const forged = Buffer.from(
      JSON.stringify({ ...peek(githubToken()).claims, sub: 'x' })
    ).toString('base64url')
    const tampered = `${header}.${forged}.${githubToken().split('.')[2]}`
    expect(payload).not.toBe(forged)
    expectAadsts(await exchange({ client_assertion: tampered }), 401, 'invalid_client', 50012)
    expectAadsts(await exchange({ client_assertion: 'not-a-jwt' }), 401, 'invalid_client', 50027)
  })

  it('AADSTS500011 for a resource that does not exist', async () => {
    expectAadsts(
      await exchange({ scope: 'https://vault.example/.default' }),
      400,
      'invalid_resource',
      500011
    )
  })

  it('answers GET on the token endpoint like Entra (POST only)', async () => {
    const reply = await request(
      emulator.caFile,
      `${emulator.urls.entra}/${tenantId}/oauth2/v2.0/token`
    )
    expectAadsts(reply, 400, 'invalid_request', 900561)
  })
})

describe('Entra discovery for a custom authority', () => {
  it('serves the v2.0 OpenID configuration MSAL reads, endpoints by tenant GUID', async () => {
    const reply = await request(
      emulator.caFile,
      `${emulator.urls.entra}/octo-org.onmicrosoft.com/v2.0/.well-known/openid-configuration`
    )
    expect(reply.status).toBe(200)
    const authority = `${emulator.urls.entra}/${tenantId}`
    expect(reply.json).toMatchObject({
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      issuer: `${authority}/v2.0`
    })
    const keys = await request(emulator.caFile, reply.json.jwks_uri as string)
    expect(keys.json.keys[0].kid).toBe(emulator.entra.signingKey.kid)
  })

  it('AADSTS90002 for discovery of an unknown tenant', async () => {
    const reply = await request(
      emulator.caFile,
      `${emulator.urls.entra}/nobody.example/v2.0/.well-known/openid-configuration`
    )
    expectAadsts(reply, 400, 'invalid_request', 90002)
  })
})
