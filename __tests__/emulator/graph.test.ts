// Microsoft Graph on the emulator (PROTOCOLS.md §7), as setup meets it: a user registers an app,
// its service principal and federated credentials under Graph's rules and errors; Entra honours
// exactly the credentials Graph holds.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { addUser, setupUser, setupWorld } from '../../emulator/setup-world.js'
import { defaultGraphBehaviour, type DirectoryUser } from '../../emulator/world-directory.js'
import { request, type Reply } from './client.js'
import { call, userToken } from './directory-client.js'

let emulator: Emulator
let user: DirectoryUser
let token: string
let graph: string

function expectGraphError(reply: Reply, status: number, code: string): string {
  expect({ status: reply.status, code: reply.json?.error?.code }).toEqual({ status, code })
  // Graph's envelope: code, message and innerError with date, request-id, client-request-id.
  expect(Object.keys(reply.json.error)).toEqual(['code', 'message', 'innerError'])
  expect(reply.json.error.innerError).toEqual({
    date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
    'request-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
    'client-request-id': expect.any(String)
  })
  return reply.json.error.message as string
}

async function createApp(displayName: string, as = token): Promise<{ id: string; appId: string }> {
  const reply = await call(emulator, `${graph}/applications`, as, {
    method: 'POST',
    body: { displayName, signInAudience: 'AzureADMyOrg' }
  })
  expect(reply.status).toBe(201)
  return reply.json as { id: string; appId: string }
}

function credential(name: string, subject: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    issuer: emulator.urls.github,
    subject,
    audiences: ['api://AzureADTokenExchange'],
    description: `Deploys ${subject}`,
    ...extra
  }
}

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false, world: setupWorld() })
  user = setupUser(emulator.world)
  graph = `${emulator.urls.graph}/v1.0`
  token = await userToken(emulator, user, emulator.urls.graph)
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(() => {
  emulator.world.graph = defaultGraphBehaviour()
  emulator.world.tenants[0]!.usersMayRegisterApps = true
})

describe('applications and service principals', () => {
  it('registers an app, finds it by display name and by appId, and creates its service principal', async () => {
    const app = await createApp('github-octo-org-octo-site-swa-deploy')
    expect(app).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      appId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      displayName: 'github-octo-org-octo-site-swa-deploy',
      signInAudience: 'AzureADMyOrg',
      passwordCredentials: [],
      keyCredentials: []
    })
    expect(app.id).not.toBe(app.appId)
    const listed = await call(
      emulator,
      `${graph}/applications?$filter=${encodeURIComponent("displayName eq 'github-octo-org-octo-site-swa-deploy'")}`,
      token
    )
    expect(listed.status).toBe(200)
    expect(listed.json.value.map((found: { appId: string }) => found.appId)).toEqual([app.appId])
    const byAppId = await call(emulator, `${graph}/applications(appId='${app.appId}')`, token)
    expect(byAppId.json).toMatchObject({ id: app.id, appId: app.appId })

    const missing = await call(emulator, `${graph}/servicePrincipals(appId='${app.appId}')`, token)
    expect(expectGraphError(missing, 404, 'Request_ResourceNotFound')).toBe(
      `Resource '${app.appId}' does not exist or one of its queried reference-property objects are not present.`
    )
    const created = await call(emulator, `${graph}/servicePrincipals`, token, {
      method: 'POST',
      body: { appId: app.appId }
    })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ appId: app.appId, servicePrincipalType: 'Application' })
    const again = await call(emulator, `${graph}/servicePrincipals`, token, {
      method: 'POST',
      body: { appId: app.appId }
    })
    expectGraphError(again, 409, 'Request_MultipleObjectsWithSameKeyValue')
    const found = await call(emulator, `${graph}/servicePrincipals(appId='${app.appId}')`, token)
    expect(found.json.id).toBe(created.json.id)
    // The principal role assignments name is the service principal's object id.
    const registered = emulator.world.apps.find((candidate) => candidate.clientId === app.appId)!
    expect(registered.objectId).toBe(created.json.id)
  })

  it('Authorization_RequestDenied when the tenant forbids members to register apps; Application Developer may', async () => {
    emulator.world.tenants[0]!.usersMayRegisterApps = false
    const denied = await call(emulator, `${graph}/applications`, token, {
      method: 'POST',
      body: { displayName: 'not-allowed' }
    })
    expect(expectGraphError(denied, 403, 'Authorization_RequestDenied')).toBe(
      'Insufficient privileges to complete the operation.'
    )
    expect(emulator.world.apps.some((app) => app.displayName === 'not-allowed')).toBe(false)
    const developer = addUser(emulator.world, 'dev', ['Application Developer'])
    await createApp('allowed', await userToken(emulator, developer, emulator.urls.graph))
  })

  it('401 InvalidAuthenticationToken for a token of another audience, or none', async () => {
    const armToken = await userToken(emulator, user, emulator.urls.arm)
    const wrong = await call(emulator, `${graph}/applications`, armToken)
    expect(expectGraphError(wrong, 401, 'InvalidAuthenticationToken')).toBe(
      'Access token validation failure. Invalid audience.'
    )
    const none = await request(emulator.caFile, `${graph}/applications`)
    expect(expectGraphError(none, 401, 'InvalidAuthenticationToken')).toBe('Access token is empty.')
  })

  it('answers as graph.microsoft.com through the proxy, for a token of that audience only', async () => {
    const publicToken = await userToken(emulator, user, 'https://graph.microsoft.com')
    const listed = await call(
      emulator,
      'https://graph.microsoft.com/v1.0/applications',
      publicToken,
      {
        proxy: true
      }
    )
    expect(listed.status).toBe(200)
    expect(listed.json['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#applications'
    )
    const loopbackToken = await call(
      emulator,
      'https://graph.microsoft.com/v1.0/applications',
      token,
      {
        proxy: true
      }
    )
    expectGraphError(loopbackToken, 401, 'InvalidAuthenticationToken')
  })

  it('a replica misses a fresh app for the configured time; 429 carries Retry-After', async () => {
    emulator.world.graph.replicationDelayMs = 60_000
    const app = await createApp('fresh-app')
    const read = await call(emulator, `${graph}/applications(appId='${app.appId}')`, token)
    expectGraphError(read, 404, 'Request_ResourceNotFound')
    emulator.world.graph.replicationDelayMs = 0
    expect(
      (await call(emulator, `${graph}/applications(appId='${app.appId}')`, token)).status
    ).toBe(200)

    emulator.world.graph.throttle = { times: 1, retryAfterSeconds: 7 }
    const throttled = await call(emulator, `${graph}/applications`, token)
    expectGraphError(throttled, 429, 'TooManyRequests')
    expect(throttled.headers['retry-after']).toBe('7')
    expect((await call(emulator, `${graph}/applications`, token)).status).toBe(200)
  })
})

describe('federated identity credentials', () => {
  let app: { id: string; appId: string }
  let base: string

  beforeAll(async () => {
    app = await createApp('credentials-app')
    base = `${graph}/applications/${app.id}/federatedIdentityCredentials`
  })

  it('adds, lists and deletes; names and issuer+subject are unique per app; one audience', async () => {
    const added = await call(emulator, base, token, {
      method: 'POST',
      body: credential('main', 'repo:octo-org/octo-site:ref:refs/heads/main')
    })
    expect(added.status).toBe(201)
    expect(added.json).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'main',
      subject: 'repo:octo-org/octo-site:ref:refs/heads/main',
      audiences: ['api://AzureADTokenExchange']
    })
    const sameName = await call(emulator, base, token, {
      method: 'POST',
      body: credential('main', 'repo:octo-org/octo-site:pull_request')
    })
    expectGraphError(sameName, 409, 'Request_MultipleObjectsWithSameKeyValue')
    const sameSubject = await call(emulator, base, token, {
      method: 'POST',
      body: credential('main-again', 'repo:octo-org/octo-site:ref:refs/heads/main')
    })
    expect(expectGraphError(sameSubject, 400, 'InvalidFederatedIdentityCredentialValue')).toMatch(
      /^The combination of issuer and subject must be unique for the application\./
    )
    const twoAudiences = await call(emulator, base, token, {
      method: 'POST',
      body: credential('two', 'repo:octo-org/octo-site:pull_request', {
        audiences: ['api://AzureADTokenExchange', 'api://other']
      })
    })
    expectGraphError(twoAudiences, 400, 'InvalidFederatedIdentityCredentialValue')
    const badName = await call(emulator, base, token, {
      method: 'POST',
      body: credential('repo:octo/site', 'repo:octo-org/octo-site:pull_request')
    })
    expectGraphError(badName, 400, 'InvalidFederatedIdentityCredentialValue')

    const listed = await call(emulator, base, token)
    expect(listed.json.value.map((found: { name: string }) => found.name)).toEqual(['main'])
    const deleted = await call(emulator, `${base}/${added.json.id}`, token, { method: 'DELETE' })
    expect(deleted.status).toBe(204)
    expect((await call(emulator, base, token)).json.value).toEqual([])
    const gone = await call(emulator, `${base}/${added.json.id}`, token, { method: 'DELETE' })
    expectGraphError(gone, 404, 'Request_ResourceNotFound')
  })

  it("upserts by PATCH …(name='N') with Prefer: create-if-missing: 201 created, 204 updated", async () => {
    const url = `${base}(name='pr')`
    const body = credential('pr', 'repo:octo-org/octo-site:pull_request')
    const withoutPrefer = await call(emulator, url, token, { method: 'PATCH', body })
    expectGraphError(withoutPrefer, 404, 'Request_ResourceNotFound')
    const created = await call(emulator, url, token, {
      method: 'PATCH',
      body,
      headers: { prefer: 'create-if-missing' }
    })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({
      name: 'pr',
      subject: 'repo:octo-org/octo-site:pull_request'
    })
    const updated = await call(emulator, url, token, {
      method: 'PATCH',
      body: { ...body, description: 'Pull requests' },
      headers: { prefer: 'create-if-missing' }
    })
    expect(updated.status).toBe(204)
    expect(updated.text).toBe('')
    const shown = await call(emulator, url, token)
    expect(shown.json).toMatchObject({ name: 'pr', description: 'Pull requests' })
  })

  it('refuses the 21st credential of an app', async () => {
    const many = await createApp('many-credentials')
    const url = `${graph}/applications/${many.id}/federatedIdentityCredentials`
    for (let n = 1; n <= 20; n += 1) {
      const reply = await call(emulator, url, token, {
        method: 'POST',
        body: credential(`env-${n}`, `repo:octo-org/octo-site:environment:e${n}`)
      })
      expect(reply.status).toBe(201)
    }
    const over = await call(emulator, url, token, {
      method: 'POST',
      body: credential('env-21', 'repo:octo-org/octo-site:environment:e21')
    })
    expectGraphError(over, 400, 'Request_BadRequest')
    expect(
      emulator.world.apps.find((found) => found.clientId === many.appId)!.federatedCredentials
    ).toHaveLength(20)
  })

  it('Authorization_RequestDenied for a user who neither owns the app nor administers apps', async () => {
    const colleague = addUser(emulator.world, 'colleague')
    const theirs = await userToken(emulator, colleague, emulator.urls.graph)
    const denied = await call(emulator, base, theirs, {
      method: 'POST',
      body: credential('theirs', 'repo:octo-org/octo-site:environment:theirs')
    })
    expectGraphError(denied, 403, 'Authorization_RequestDenied')
    // Reading is any member's right.
    expect((await call(emulator, base, theirs)).status).toBe(200)
  })
})

describe('Entra honours the credentials Graph holds', () => {
  it('a credential added through Graph lets the next sign-in in; deleted, AADSTS700213', async () => {
    const app = await createApp('sign-in-app')
    await call(emulator, `${graph}/servicePrincipals`, token, {
      method: 'POST',
      body: { appId: app.appId }
    })
    const subject = 'repo:octo-org/octo-site:environment:production'
    const added = await call(
      emulator,
      `${graph}/applications/${app.id}/federatedIdentityCredentials`,
      token,
      {
        method: 'POST',
        body: credential('production', subject)
      }
    )
    expect(added.status).toBe(201)
    const exchange = (): Promise<Reply> => {
      emulator.github.claims = {
        ...emulator.github.claims,
        sub: subject,
        environment: 'production'
      }
      return request(emulator.caFile, `${emulator.urls.entra}/${user.tenantId}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: app.appId,
          scope: `${emulator.urls.arm}/.default`,
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: emulator.github.issueToken('api://AzureADTokenExchange')
        }).toString()
      })
    }
    expect((await exchange()).status).toBe(200)
    const deleted = await call(
      emulator,
      `${graph}/applications/${app.id}/federatedIdentityCredentials/${added.json.id}`,
      token,
      { method: 'DELETE' }
    )
    expect(deleted.status).toBe(204)
    // Another credential keeps the issuer trusted, so the subject is what fails.
    await call(emulator, `${graph}/applications/${app.id}/federatedIdentityCredentials`, token, {
      method: 'POST',
      body: credential('main', 'repo:octo-org/octo-site:ref:refs/heads/main')
    })
    const refused = await exchange()
    expect(refused.json.error_codes).toEqual([700213])
  })

  it('a fresh credential is not honoured until it has propagated', async () => {
    const app = await createApp('propagation-app')
    await call(emulator, `${graph}/servicePrincipals`, token, {
      method: 'POST',
      body: { appId: app.appId }
    })
    emulator.world.graph.credentialPropagationMs = 60_000
    await call(emulator, `${graph}/applications/${app.id}/federatedIdentityCredentials`, token, {
      method: 'POST',
      body: credential('main', 'repo:octo-org/octo-site:ref:refs/heads/main')
    })
    emulator.github.claims = {
      ...emulator.github.claims,
      sub: 'repo:octo-org/octo-site:ref:refs/heads/main'
    }
    const reply = await request(
      emulator.caFile,
      `${emulator.urls.entra}/${user.tenantId}/oauth2/v2.0/token`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: app.appId,
          scope: `${emulator.urls.arm}/.default`,
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: emulator.github.issueToken('api://AzureADTokenExchange')
        }).toString()
      }
    )
    expect(reply.json.error_codes).toEqual([70021])
  })
})

describe('an app-only caller', () => {
  it("needs Graph's application permissions: none is Authorization_RequestDenied, Application.ReadWrite.All may", async () => {
    const automation = {
      displayName: 'automation',
      tenantId: user.tenantId,
      clientId: '4d5e6f70-0000-4000-8000-0000000000aa',
      objectId: '4d5e6f70-0000-4000-8000-0000000000bb',
      federatedCredentials: [
        {
          name: 'main',
          issuer: emulator.urls.github,
          subject: 'repo:octo-org/octo-site:ref:refs/heads/main',
          audiences: ['api://AzureADTokenExchange'] as [string]
        }
      ]
    }
    emulator.world.apps.push(automation)
    const appToken = async (): Promise<string> => {
      emulator.github.claims = {
        ...emulator.github.claims,
        sub: 'repo:octo-org/octo-site:ref:refs/heads/main'
      }
      const reply = await request(
        emulator.caFile,
        `${emulator.urls.entra}/${user.tenantId}/oauth2/v2.0/token`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: automation.clientId,
            scope: `${emulator.urls.graph}/.default`,
            client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
            client_assertion: emulator.github.issueToken('api://AzureADTokenExchange')
          }).toString()
        }
      )
      expect(reply.status).toBe(200)
      return reply.json.access_token as string
    }
    const bare = await appToken()
    expectGraphError(
      await call(emulator, `${graph}/applications`, bare),
      403,
      'Authorization_RequestDenied'
    )
    emulator.world.apps.find((app) => app.clientId === automation.clientId)!.graphAppRoles = [
      'Application.ReadWrite.All'
    ]
    const granted = await appToken()
    expect((await call(emulator, `${graph}/applications`, granted)).status).toBe(200)
    const made = await call(emulator, `${graph}/applications`, granted, {
      method: 'POST',
      body: { displayName: 'made-by-automation' }
    })
    expect(made.status).toBe(201)
  })
})
