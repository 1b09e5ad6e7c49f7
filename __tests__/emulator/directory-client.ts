// Tokens and calls for the directory tests: a user's token by the password grant (what `az login
// -u … -p …` asks), and JSON requests to Graph and ARM with it.
import { expect } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { AZURE_CLI_CLIENT_ID, type DirectoryUser } from '../../emulator/world-directory.js'
import { request, type Reply } from './client.js'

/** A user's access token for `resource`, from the loopback Entra. */
export async function userToken(
  emulator: Emulator,
  user: DirectoryUser,
  resource: string
): Promise<string> {
  const reply = await request(
    emulator.caFile,
    `${emulator.urls.entra}/${user.tenantId}/oauth2/v2.0/token`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: AZURE_CLI_CLIENT_ID,
        username: user.userPrincipalName,
        password: user.password,
        scope: `${resource}/.default offline_access openid profile`,
        client_info: '1'
      }).toString()
    }
  )
  expect(reply.status).toBe(200)
  return reply.json.access_token as string
}

/** A JSON call with a bearer token; `body` is serialised when given. */
export function call(
  emulator: Emulator,
  url: string,
  token: string,
  options: {
    method?: string
    body?: unknown
    headers?: Record<string, string>
    proxy?: boolean
  } = {}
): Promise<Reply> {
  return request(emulator.caFile, url, {
    method: options.method ?? 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    ...(options.proxy ? { proxy: emulator.proxyUrl } : {})
  })
}
