// GitHub's own toolkit against the emulator's GitHub OIDC provider: the real @actions/core
// getIDToken(), as azure/login and every keyless action call it, gets a token the emulator's
// Entra accepts, masked before anything else is printed.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { idTokenFromActionsCore } from '../support/actions-core.js'
import { peek } from '../emulator/client.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false })
})
afterAll(async () => {
  await emulator.stop()
})

test('getIDToken(audience) gets the provider’s token, masks it, asks exactly as GitHub is asked', async () => {
  const from = emulator.host.requests.length
  const run = await idTokenFromActionsCore(emulator, 'api://AzureADTokenExchange')
  expect(run.exitCode).toBe(0)
  expect(run.token).toBe(emulator.github.issued.at(-1))
  // The JWT appears once: on its own mask line.
  expect(run.stdout.split(run.token!).length).toBe(2)
  expect(run.stderr).not.toContain(run.token!)
  expect(peek(run.token!).claims).toMatchObject({
    iss: emulator.urls.github,
    aud: 'api://AzureADTokenExchange',
    sub: 'repo:octo-org/octo-site:ref:refs/heads/main'
  })
  const asked = emulator.host.requests.slice(from)
  expect(asked.map((request) => [request.service, request.method, request.status])).toEqual([
    ['github', 'GET', 200]
  ])
  expect(asked[0]!.url).toBe('/token?api-version=2.0&audience=api%3A%2F%2FAzureADTokenExchange')
  expect(asked[0]!.authorization).toBe(`Bearer ${emulator.github.requestToken}`)
})

test('a request token the provider refuses fails getIDToken with the provider’s status', async () => {
  const run = await idTokenFromActionsCore(emulator, 'api://AzureADTokenExchange', {
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-runner-token'
  })
  expect(run.exitCode).toBe(1)
  expect(run.token).toBeUndefined()
  expect(run.stdout).toMatch(/^::error::.*Failed to get ID Token\..*401/m)
})
