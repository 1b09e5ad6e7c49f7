// Microsoft's Azure CLI signed in to the emulator as a user (`az login -u … -p …`, the password
// grant), as the setup command's user is: @azure/identity's AzureCliCredential gets its Graph and
// ARM tokens from az, writes through them land in the emulator's one directory and RBAC model,
// and az's own `ad` and `role` commands read them back.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { REPO_ROOT } from '../../emulator/runner.js'
import { newGuid, setupUser, setupWorld } from '../../emulator/setup-world.js'
import { LEAST_PRIVILEGE_ACTIONS, staticSiteId, type StaticSite } from '../../emulator/world.js'
import type { DirectoryUser } from '../../emulator/world-directory.js'
import { call } from '../emulator/directory-client.js'
import { signInAsUser, type AzCommand, type AzureCliSession } from '../support/azure-cli.js'

const API = 'api-version=2022-04-01'
const run = promisify(execFile)
const CREDENTIAL_SCRIPT = path.join(REPO_ROOT, '__tests__', 'support', 'cli-credential-token.mjs')
const ROLE_NAME = 'Static Web App deployer (octo-site)'
let emulator: Emulator
let user: DirectoryUser
let site: StaticSite
let session: AzureCliSession
const transcript: AzCommand[] = []
let written: { appId: string; principalId: string; credentialName: string; roleId: string }

/** A token from @azure/identity's AzureCliCredential, in a process with az's environment (as setup runs). */
async function cliToken(scope: string): Promise<string> {
  const { stdout } = await run(process.execPath, [CREDENTIAL_SCRIPT, scope], {
    env: {
      ...session.environment(),
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`
    },
    cwd: REPO_ROOT
  })
  return (JSON.parse(stdout) as { token: string }).token
}

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false, world: setupWorld() })
  user = setupUser(emulator.world)
  site = emulator.world.sites[0]!
  session = await signInAsUser(emulator, user, transcript)
})

afterAll(async () => {
  session?.dispose()
  await emulator?.stop()
  // The closing note quotes it; .tmp/ is not committed.
  mkdirSync(path.join(REPO_ROOT, '.tmp'), { recursive: true })
  writeFileSync(
    path.join(REPO_ROOT, '.tmp', 'azure-cli-directory-transcript.txt'),
    transcript
      .map(
        (run) =>
          `$ ${run.command}  (exit ${run.exitCode}, ${run.ms} ms)\n${run.stdout}${run.stderr}`
      )
      .join('\n')
  )
})

describe('az signed in as a user of the emulated tenant', () => {
  test('AzureCliCredential gets Graph and ARM tokens from az for the user', async () => {
    const graph = await cliToken(`${emulator.urls.graph}/.default`)
    const me = await call(emulator, `${emulator.urls.graph}/v1.0/me`, graph)
    expect(me.json).toMatchObject({ id: user.objectId, userPrincipalName: user.userPrincipalName })
    const publicGraph = await cliToken('https://graph.microsoft.com/.default')
    const viaProxy = await call(emulator, 'https://graph.microsoft.com/v1.0/me', publicGraph, {
      proxy: true
    })
    expect(viaProxy.status).toBe(200)
    const arm = await cliToken(`${emulator.urls.arm}/.default`)
    const read = await call(
      emulator,
      `${emulator.urls.arm}${staticSiteId(site)}?api-version=2025-05-01`,
      arm
    )
    expect(read.status).toBe(200)
    expect(read.json.name).toBe(site.name)
  })

  test("writes made with az's tokens, as setup makes them, land in the emulator's directory and RBAC", async () => {
    const graph = `${emulator.urls.graph}/v1.0`
    const graphToken = await cliToken(`${emulator.urls.graph}/.default`)
    const app = await call(emulator, `${graph}/applications`, graphToken, {
      method: 'POST',
      body: { displayName: 'github-octo-org-octo-site-swa-deploy', signInAudience: 'AzureADMyOrg' }
    })
    expect(app.status).toBe(201)
    const sp = await call(emulator, `${graph}/servicePrincipals`, graphToken, {
      method: 'POST',
      body: { appId: app.json.appId }
    })
    expect(sp.status).toBe(201)
    const credentialName = 'repo-octo-org-octo-site-ref-refs-heads-main'
    const credential = await call(
      emulator,
      `${graph}/applications/${app.json.id}/federatedIdentityCredentials(name='${credentialName}')`,
      graphToken,
      {
        method: 'PATCH',
        headers: { prefer: 'create-if-missing' },
        body: {
          name: credentialName,
          issuer: 'https://token.actions.githubusercontent.com',
          subject: 'repo:octo-org/octo-site:ref:refs/heads/main',
          audiences: ['api://AzureADTokenExchange']
        }
      }
    )
    expect(credential.status).toBe(201)

    const armToken = await cliToken(`${emulator.urls.arm}/.default`)
    const roleId = newGuid()
    const role = await call(
      emulator,
      `${emulator.urls.arm}${staticSiteId(site)}/providers/Microsoft.Authorization/roleDefinitions/${roleId}?${API}`,
      armToken,
      {
        method: 'PUT',
        body: {
          properties: {
            roleName: ROLE_NAME,
            description:
              'Reads one Static Web App, lists its deployment token, reads and deletes its preview environments.',
            type: 'CustomRole',
            permissions: [
              {
                actions: [...LEAST_PRIVILEGE_ACTIONS],
                notActions: [],
                dataActions: [],
                notDataActions: []
              }
            ],
            assignableScopes: [staticSiteId(site)]
          }
        }
      }
    )
    expect(role.status).toBe(201)
    const assignment = await call(
      emulator,
      `${emulator.urls.arm}${staticSiteId(site)}/providers/Microsoft.Authorization/roleAssignments/${newGuid()}?${API}`,
      armToken,
      {
        method: 'PUT',
        body: {
          properties: {
            roleDefinitionId: `/subscriptions/${site.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleId}`,
            principalId: sp.json.id,
            principalType: 'ServicePrincipal'
          }
        }
      }
    )
    expect(assignment.status).toBe(201)
    written = { appId: app.json.appId, principalId: sp.json.id, credentialName, roleId }
  })

  test('az ad app federated-credential list and az ad sp show read them from Graph', async () => {
    const credentials = await session.run(
      'ad',
      'app',
      'federated-credential',
      'list',
      '--id',
      written.appId,
      '--output',
      'json'
    )
    expect(credentials.stderr).toBe('')
    expect(credentials.exitCode).toBe(0)
    expect(JSON.parse(credentials.stdout)).toEqual([
      expect.objectContaining({
        name: written.credentialName,
        issuer: 'https://token.actions.githubusercontent.com',
        subject: 'repo:octo-org/octo-site:ref:refs/heads/main',
        audiences: ['api://AzureADTokenExchange']
      })
    ])
    const sp = await session.run('ad', 'sp', 'show', '--id', written.appId, '--output', 'json')
    expect(sp.exitCode).toBe(0)
    expect(JSON.parse(sp.stdout)).toMatchObject({
      id: written.principalId,
      appId: written.appId,
      displayName: 'github-octo-org-octo-site-swa-deploy',
      servicePrincipalType: 'Application'
    })
    const missing = await session.run('ad', 'sp', 'show', '--id', newGuid(), '--output', 'json')
    expect(missing.exitCode).toBe(3)
    expect(missing.stderr).toMatch(
      /^ERROR: Resource '[0-9a-f-]{36}' does not exist or one of its queried reference-property objects are not present\./m
    )
  })

  test('az role definition list and az role assignment list read them from ARM (with the sitecustomize shim)', async () => {
    const definitions = await session.run(
      'role',
      'definition',
      'list',
      '--name',
      ROLE_NAME,
      '--scope',
      staticSiteId(site),
      '--output',
      'json'
    )
    expect(definitions.stderr).toBe('')
    expect(definitions.exitCode).toBe(0)
    expect(JSON.parse(definitions.stdout)).toEqual([
      expect.objectContaining({
        name: written.roleId,
        roleName: ROLE_NAME,
        roleType: 'CustomRole',
        assignableScopes: [staticSiteId(site)],
        permissions: [expect.objectContaining({ actions: [...LEAST_PRIVILEGE_ACTIONS] })]
      })
    ])
    const assignments = await session.run(
      'role',
      'assignment',
      'list',
      '--scope',
      staticSiteId(site),
      '--output',
      'json'
    )
    expect(assignments.stderr).toBe('')
    expect(assignments.exitCode).toBe(0)
    expect(JSON.parse(assignments.stdout)).toEqual([
      expect.objectContaining({
        principalId: written.principalId,
        principalName: written.appId,
        principalType: 'ServicePrincipal',
        roleDefinitionName: ROLE_NAME,
        scope: staticSiteId(site)
      })
    ])
  })
})
