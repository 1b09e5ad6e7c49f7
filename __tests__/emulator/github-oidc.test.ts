import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { verifyJwt, type Jwk } from '../../emulator/jwt.js'
import { peek, request } from './client.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false })
})
afterAll(async () => {
  await emulator.stop()
})

async function requestToken(audience = 'api://AzureADTokenExchange', token?: string) {
  const env = emulator.actionEnv()
  const url = `${env['ACTIONS_ID_TOKEN_REQUEST_URL']}&audience=${encodeURIComponent(audience)}`
  return request(emulator.caFile, url, {
    headers: { authorization: `Bearer ${token ?? env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']}` }
  })
}

async function publishedKeys(): Promise<Jwk[]> {
  const discovery = await request(
    emulator.caFile,
    `${emulator.urls.github}/.well-known/openid-configuration`
  )
  expect(discovery.json.issuer).toBe(emulator.urls.github)
  const jwks = await request(emulator.caFile, discovery.json.jwks_uri as string)
  return jwks.json.keys as Jwk[]
}

describe('GitHub OIDC provider', () => {
  it('refuses a missing or wrong request token with 401', async () => {
    const missing = await request(
      emulator.caFile,
      `${emulator.urls.github}/token?api-version=2.0&audience=x`
    )
    expect(missing.status).toBe(401)
    expect((await requestToken('x', 'not-the-token')).status).toBe(401)
  })

  it('issues an RS256 token with the documented claims, verifiable through discovery', async () => {
    const reply = await requestToken()
    expect(reply.status).toBe(200)
    const token = reply.json.value as string
    const { header, claims } = verifyJwt(token, await publishedKeys())
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' })
    expect(typeof header['kid']).toBe('string')
    expect(typeof header['x5t']).toBe('string')
    expect(claims).toMatchObject({
      iss: emulator.urls.github,
      aud: 'api://AzureADTokenExchange',
      sub: 'repo:octo-org/octo-site:ref:refs/heads/main',
      repository: 'octo-org/octo-site',
      ref: 'refs/heads/main'
    })
    expect(claims['exp']).toBe((claims['iat'] as number) + 300)
    expect(claims['nbf'] as number).toBeLessThan(claims['iat'] as number)
    for (const id of [
      'repository_id',
      'repository_owner_id',
      'actor_id',
      'run_id',
      'run_attempt'
    ]) {
      expect(typeof claims[id]).toBe('string')
    }
    expect(emulator.issuedSecrets()).toContain(token)
  })

  it('takes the next token claims from the editable template', async () => {
    emulator.github.claims['sub'] = 'repo:octo-org/octo-site:environment:prod'
    emulator.github.claims['environment'] = 'prod'
    try {
      const { claims } = peek((await requestToken('custom-audience')).json.value as string)
      expect(claims).toMatchObject({
        sub: 'repo:octo-org/octo-site:environment:prod',
        environment: 'prod',
        aud: 'custom-audience'
      })
    } finally {
      emulator.github.claims['sub'] = 'repo:octo-org/octo-site:ref:refs/heads/main'
      delete emulator.github.claims['environment']
    }
  })

  it('can issue an already expired token', async () => {
    emulator.github.expired = true
    try {
      const { claims } = peek((await requestToken()).json.value as string)
      expect(claims['exp'] as number).toBeLessThan(Date.now() / 1000 - 600)
    } finally {
      emulator.github.expired = false
    }
  })

  it('signs with a rotated key that is or is not yet published', async () => {
    emulator.github.rotateKey({ published: false })
    const unpublished = (await requestToken()).json.value as string
    expect(() => verifyJwt(unpublished, [])).toThrow()
    const keys = await publishedKeys()
    expect(keys.map((key) => key.kid)).not.toContain(peek(unpublished).header['kid'])
    emulator.github.publishCurrentKey()
    verifyJwt(unpublished, await publishedKeys())

    emulator.github.rotateKey({ published: true })
    verifyJwt((await requestToken()).json.value as string, await publishedKeys())
  })
})
