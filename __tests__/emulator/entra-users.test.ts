// Entra ID for a user at the Azure CLI's public client (what `az login -u … -p …` asks): user realm
// discovery, the password grant at the tenant or at `organizations`, refresh tokens, the id_token
// and client_info MSAL files the account under, and AADSTS7000229 for an app without principal.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { setupUser, setupWorld } from '../../emulator/setup-world.js'
import { AZURE_CLI_CLIENT_ID, type DirectoryUser } from '../../emulator/world-directory.js'
import { peek, request, type Reply } from './client.js'

let emulator: Emulator
let user: DirectoryUser

function token(authority: string, form: Record<string, string>): Promise<Reply> {
  return request(emulator.caFile, `${emulator.urls.entra}/${authority}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: AZURE_CLI_CLIENT_ID,
      client_info: '1',
      ...form
    }).toString()
  })
}

function password(authority: string, secret = user.password): Promise<Reply> {
  return token(authority, {
    grant_type: 'password',
    username: user.userPrincipalName,
    password: secret,
    scope: 'https://management.core.windows.net//.default offline_access openid profile'
  })
}

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false, world: setupWorld() })
  user = setupUser(emulator.world)
})
afterAll(async () => {
  await emulator.stop()
})

describe('a user signs in at the Azure CLI', () => {
  it('user realm discovery calls every account of an emulated tenant managed', async () => {
    const realm = await request(
      emulator.caFile,
      `${emulator.urls.entra}/common/userrealm/${user.userPrincipalName}?api-version=1.0`
    )
    expect(realm.json).toMatchObject({
      account_type: 'Managed',
      domain_name: 'octo-org.onmicrosoft.com'
    })
  })

  it('the password grant gives an access token for the user, an id_token, client_info and a refresh token', async () => {
    const reply = await password(user.tenantId)
    expect(reply.status).toBe(200)
    const access = peek(reply.json.access_token).claims
    expect(access).toMatchObject({
      aud: 'https://management.core.windows.net/',
      oid: user.objectId,
      tid: user.tenantId,
      upn: user.userPrincipalName,
      idtyp: 'user',
      appid: AZURE_CLI_CLIENT_ID
    })
    expect(peek(reply.json.id_token).claims).toMatchObject({
      aud: AZURE_CLI_CLIENT_ID,
      preferred_username: user.userPrincipalName
    })
    expect(JSON.parse(Buffer.from(reply.json.client_info, 'base64url').toString())).toEqual({
      uid: user.objectId,
      utid: user.tenantId
    })
    const refreshed = await token(user.tenantId, {
      grant_type: 'refresh_token',
      refresh_token: reply.json.refresh_token,
      scope: `${emulator.urls.graph}/.default offline_access openid profile`
    })
    expect(peek(refreshed.json.access_token).claims['aud']).toBe(emulator.urls.graph)
    const forged = await token(user.tenantId, {
      grant_type: 'refresh_token',
      refresh_token: 'not-issued',
      scope: `${emulator.urls.graph}/.default`
    })
    expect(forged.json.error_codes).toEqual([9002313])
  })

  it('at organizations the home tenant answers; discovery there publishes a templated issuer', async () => {
    const reply = await password('organizations')
    expect(peek(reply.json.access_token).claims['tid']).toBe(user.tenantId)
    const discovery = await request(
      emulator.caFile,
      `${emulator.urls.entra}/organizations/v2.0/.well-known/openid-configuration`
    )
    expect(discovery.json.issuer).toBe(`${emulator.urls.entra}/{tenantid}/v2.0`)
    expect(discovery.json.token_endpoint).toBe(
      `${emulator.urls.entra}/organizations/oauth2/v2.0/token`
    )
  })

  it('AADSTS50126 for a wrong password, 50034 for an unknown account', async () => {
    const wrong = await password(user.tenantId, 'wrong')
    expect({
      status: wrong.status,
      error: wrong.json.error,
      codes: wrong.json.error_codes
    }).toEqual({
      status: 400,
      error: 'invalid_grant',
      codes: [50126]
    })
    const unknown = await token(user.tenantId, {
      grant_type: 'password',
      username: `nobody@${emulator.world.tenants[0]!.domain}`,
      password: 'x',
      scope: 'https://management.core.windows.net//.default'
    })
    expect(unknown.json.error_codes).toEqual([50034])
  })
})

describe('an app registration without its service principal', () => {
  it('signs nothing in: AADSTS7000229', async () => {
    emulator.world.apps.push({
      displayName: 'no-principal',
      tenantId: user.tenantId,
      clientId: '3c4d5e6f-0000-4000-8000-0000000000aa',
      objectId: '3c4d5e6f-0000-4000-8000-0000000000bb',
      hasServicePrincipal: false,
      federatedCredentials: [
        {
          name: 'main',
          issuer: emulator.urls.github,
          subject: 'repo:octo-org/octo-site:ref:refs/heads/main',
          audiences: ['api://AzureADTokenExchange']
        }
      ]
    })
    const reply = await request(
      emulator.caFile,
      `${emulator.urls.entra}/${user.tenantId}/oauth2/v2.0/token`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: '3c4d5e6f-0000-4000-8000-0000000000aa',
          scope: `${emulator.urls.arm}/.default`,
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: emulator.github.issueToken('api://AzureADTokenExchange')
        }).toString()
      }
    )
    expect(reply.json.error_codes).toEqual([7000229])
  })
})
