// The setup command end to end through dist/setup.js, from an emulator world with a site and no
// registration: the real Azure CLI signed in as the user, a clone whose workflows deploy on push
// to main, on pull requests and through `environment: production`. Then the action deploys
// through each of those subjects, a second setup changes nothing, a deleted credential is found by
// `setup --check` (and meets the action as AADSTS700213), and setup restores it.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { setupUser, setupWorld } from '../../emulator/setup-world.js'
import { errorLines, runAgainst, startTestEmulator } from '../support/e2e.js'
import { findLeaks } from '../support/leaks.js'
import { SetupClone, type SetupRun } from '../support/setup.js'

const SITE = ['--app-name', 'octo-site', '--resource-group', 'rg-web']
const MAIN = 'repo:octo-org/octo-site:ref:refs/heads/main'
const PULL_REQUEST = 'repo:octo-org/octo-site:pull_request'
const PRODUCTION = 'repo:octo-org/octo-site:environment:production'

// Each setup run starts the real Azure CLI for its tokens: seconds each on a loaded machine.
jest.setTimeout(240_000)

let emulator: Emulator
let clone: SetupClone
/** The user's GitHub token: reads the repository's settings, writes Actions variables. */
let ghToken: string

beforeAll(async () => {
  emulator = await startTestEmulator({ world: setupWorld() })
  clone = new SetupClone(emulator)
  const login = await clone.login(setupUser(emulator.world))
  expect(login.exitCode).toBe(0)
  ghToken = emulator.githubApi.issueToken({
    kind: 'user',
    readOrg: true,
    permissions: { 'pull-requests': 'read', issues: 'none', variables: 'write' }
  })
})

afterAll(async () => {
  clone?.dispose()
  await emulator?.stop()
})

/** Runs setup and fails the test if any secret the emulator handed out shows anywhere. */
async function setup(args: string[], env: Record<string, string> = {}): Promise<SetupRun> {
  const run = await clone.run(args, { GH_TOKEN: ghToken, ...env })
  expect(findLeaks({ ...run, root: clone.dir }, emulator.issuedSecrets())).toEqual([])
  return run
}

/**
 * The first `setup --yes --set-variables`, run once by whichever test needs its registration
 * first, so each test (or one picked alone with -t) finds the state it starts from.
 */
let firstSetup: Promise<SetupRun> | undefined
function setUpOnce(): Promise<SetupRun> {
  firstSetup ??= setup([...SITE, '--yes', '--set-variables'])
  return firstSetup
}

/** Writes the emulator received since `from`: anything but a read. */
function writesSince(from: number): string[] {
  return emulator.host.requests
    .slice(from)
    .filter(
      (request) =>
        // A change: anything but a read, at Graph, ARM or GitHub (sign-ins are not changes).
        ['graph', 'arm', 'githubApi'].includes(request.service) &&
        !['GET', 'HEAD'].includes(request.method)
    )
    .map((request) => `${request.method} ${request.url}`)
}

/** The action, run as a job that presents `sub`, against the app setup made. */
async function deployAs(sub: string, environment?: string) {
  emulator.github.claims.sub = sub
  if (environment) emulator.github.claims.environment = environment
  else delete emulator.github.claims.environment
  return await runAgainst(emulator)
}

describe('setup, from a site with no registration', () => {
  test('setup --yes creates the registration, one credential per deploying job, the role on the app', async () => {
    const run = await setUpOnce()
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    // Each subject is shown beside the job it comes from.
    expect(run.stdout).toContain(`.github/workflows/main.yml › deploy (push to main): ${MAIN}`)
    expect(run.stdout).toContain(
      `.github/workflows/previews.yml › preview (pull_request): ${PULL_REQUEST}`
    )
    expect(run.stdout).toContain(
      `.github/workflows/production.yml › release (push of tag v1): ${PRODUCTION}`
    )
    expect(run.stdout).toMatch(
      /^ {2}app registration 'github-octo-org-octo-site-swa-deploy' created/m
    )
    for (const subject of [MAIN, PULL_REQUEST, PRODUCTION]) {
      expect(run.stdout).toMatch(
        new RegExp(`^ {2}ok .*: ${subject.replace(/[/:]/g, '\\$&')} is trusted$`, 'm')
      )
    }
    expect(run.stdout).toMatch(/^ {2}ok the role on the app$/m)

    // What Graph and RBAC hold now: what a deploying job needs, and nothing more.
    const app = emulator.world.apps.find(
      (candidate) => candidate.displayName === 'github-octo-org-octo-site-swa-deploy'
    )!
    expect(app.federatedCredentials.map((credential) => credential.subject).sort()).toEqual(
      [MAIN, PULL_REQUEST, PRODUCTION].sort()
    )
    for (const credential of app.federatedCredentials) {
      expect(credential.issuer).toBe(emulator.urls.github)
      expect(credential.audiences).toEqual(['api://AzureADTokenExchange'])
    }
    // --set-variables: the three values a workflow reads, as repository variables.
    const variables = emulator.githubApi.repository('octo-org/octo-site').variables!
    expect(variables.get('AZURE_CLIENT_ID')?.value).toBe(app.clientId)
    expect(variables.get('AZURE_SUBSCRIPTION_ID')?.value).toBe(emulator.world.subscriptions[0]!.id)
    expect(variables.get('AZURE_TENANT_ID')?.value).toBe(emulator.world.tenants[0]!.id)
    expect(run.stdout).toMatch(/^ {2}ok repository variable AZURE_CLIENT_ID$/m)
  })

  test('the real Azure CLI reads what setup wrote: az ad app federated-credential list, az ad sp show, az role definition list, az role assignment list', async () => {
    await setUpOnce()
    const app = emulator.world.apps.find(
      (candidate) => candidate.displayName === 'github-octo-org-octo-site-swa-deploy'
    )!
    const site = emulator.world.sites[0]!
    const siteId = `/subscriptions/${site.subscriptionId}/resourceGroups/${site.resourceGroup}/providers/Microsoft.Web/staticSites/${site.name}`
    const az = async (...args: string[]): Promise<unknown> => {
      const command = await clone.az.run(...args, '--output', 'json')
      expect(command.stderr).toBe('')
      expect(command.exitCode).toBe(0)
      return JSON.parse(command.stdout)
    }
    const credentials = (await az(
      'ad',
      'app',
      'federated-credential',
      'list',
      '--id',
      app.clientId
    )) as Array<{ subject: string }>
    expect(credentials.map((credential) => credential.subject).sort()).toEqual(
      [MAIN, PULL_REQUEST, PRODUCTION].sort()
    )
    expect(await az('ad', 'sp', 'show', '--id', app.clientId)).toMatchObject({
      appId: app.clientId,
      id: app.objectId
    })
    const roles = (await az(
      'role',
      'definition',
      'list',
      '--custom-role-only',
      'true',
      '--scope',
      siteId
    )) as Array<Record<string, unknown>>
    // Only ours is asserted: the world holds a custom role of its own too.
    const ours = roles.filter(
      (role) => role.roleName === 'Static Web App Deployer (keyless-swa-deploy)'
    )
    expect(ours).toEqual([
      expect.objectContaining({
        assignableScopes: [
          `/subscriptions/${site.subscriptionId}/resourceGroups/${site.resourceGroup}`
        ],
        roleType: 'CustomRole',
        permissions: [
          expect.objectContaining({
            actions: [
              'Microsoft.Web/staticSites/read',
              'Microsoft.Web/staticSites/listSecrets/action',
              'Microsoft.Web/staticSites/builds/read',
              'Microsoft.Web/staticSites/builds/delete'
            ],
            dataActions: []
          })
        ]
      })
    ])
    const assignments = (await az('role', 'assignment', 'list', '--scope', siteId)) as Array<
      Record<string, unknown>
    >
    expect(assignments).toEqual([
      expect.objectContaining({
        principalId: app.objectId,
        principalType: 'ServicePrincipal',
        roleDefinitionName: 'Static Web App Deployer (keyless-swa-deploy)',
        scope: siteId
      })
    ])
  })

  test.each([
    ['push to main', MAIN, undefined],
    ['a pull request', PULL_REQUEST, undefined],
    ['environment: production', PRODUCTION, 'production']
  ])('the action deploys through the subject of %s', async (_name, subject, environment) => {
    await setUpOnce()
    const run = await deployAs(subject, environment)
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('deployed')
  })

  test('setup again changes nothing, and says so', async () => {
    await setUpOnce()
    const from = emulator.host.requests.length
    const run = await setup([...SITE, '--yes'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('Nothing to change: everything is in place.')
    // No credential was added or changed: no wait to announce.
    expect(run.stdout).not.toContain('may take a minute')
    expect(writesSince(from)).toEqual([])
  })

  test('a deleted credential: setup --check exits 1 naming job and subject; the action meets AADSTS700213; setup restores it', async () => {
    await setUpOnce()
    const app = emulator.world.apps.find(
      (candidate) => candidate.displayName === 'github-octo-org-octo-site-swa-deploy'
    )!
    const index = app.federatedCredentials.findIndex(
      (credential) => credential.subject === PULL_REQUEST
    )
    app.federatedCredentials.splice(index, 1)

    const from = emulator.host.requests.length
    const check = await setup([...SITE, '--check'])
    expect(writesSince(from)).toEqual([])
    expect(check.exitCode).toBe(1)
    expect(check.stdout).toContain(
      `.github/workflows/previews.yml › preview (pull_request) will present ${PULL_REQUEST}: no federated credential trusts it (the run would fail with AADSTS700213); run setup (without --check) to add it.`
    )
    expect(check.stdout).not.toContain(`main.yml › deploy (push to main) will present`)

    const failed = await deployAs(PULL_REQUEST)
    expect(failed.exitCode).toBe(1)
    expect(errorLines(failed)).toContain('AADSTS700213')
    expect(errorLines(failed)).toContain('setup --check')

    const restored = await setup([...SITE, '--yes'])
    expect(restored.exitCode).toBe(0)
    expect(restored.stdout).toMatch(/federated credential octo-org-octo-site-pull_request added/)
    expect(restored.stdout).toContain(
      'A new federated credential may take a minute before Entra ID honours it.'
    )
    const again = await setup([...SITE, '--check'])
    expect(again.exitCode).toBe(0)
    expect(again.stdout).toContain('Check: every deploying job can sign in and deploy.')
    const deployed = await deployAs(PULL_REQUEST)
    expect(deployed.exitCode).toBe(0)
  })

  test("the workflows' client-id names another app: setup --check says which job, variable and value; the action's AADSTS700213 names the client id; --set-variables puts it right", async () => {
    await setUpOnce()
    const ours = emulator.world.apps.find(
      (candidate) => candidate.displayName === 'github-octo-org-octo-site-swa-deploy'
    )!
    // Another registration of the tenant (an older deployer, a copy-paste from another repo).
    const other = {
      ...ours,
      displayName: 'another-site-deployer',
      clientId: randomUUID(),
      objectId: randomUUID(),
      applicationObjectId: randomUUID(),
      federatedCredentials: [
        {
          ...ours.federatedCredentials[0]!,
          subject: 'repo:octo-org/other-site:ref:refs/heads/main'
        }
      ]
    }
    emulator.world.apps.push(other)
    const variables = emulator.githubApi.repository('octo-org/octo-site').variables!
    const kept = variables.get('AZURE_CLIENT_ID')!
    variables.set('AZURE_CLIENT_ID', { ...kept, value: other.clientId })
    try {
      const from = emulator.host.requests.length
      const check = await setup([...SITE, '--check'])
      expect(writesSince(from)).toEqual([])
      expect(check.exitCode).toBe(1)
      // The job without an environment reads the repository variable: certain.
      expect(check.stdout).toContain(
        `.github/workflows/main.yml › deploy signs in with client-id \${{ vars.AZURE_CLIENT_ID }} = ${other.clientId}, not the client id of 'github-octo-org-octo-site-swa-deploy' (${ours.clientId}): the run would present its subject to another app and fail with AADSTS700213; run setup --set-variables, or correct the variable.`
      )
      expect(check.stdout).not.toContain('Check: every deploying job can sign in and deploy.')

      // The action, signing in with that variable, names the app it asked.
      emulator.github.claims.sub = MAIN
      delete emulator.github.claims.environment
      const failed = await runAgainst(emulator, { inputs: { 'client-id': other.clientId } })
      expect(failed.exitCode).toBe(1)
      expect(errorLines(failed)).toContain('AADSTS700213')
      expect(errorLines(failed)).toContain(`app ${other.clientId}`)
      expect(errorLines(failed)).toContain(`or correct client-id if ${other.clientId} is not`)

      const fixed = await setup([...SITE, '--yes', '--set-variables'])
      expect(fixed.exitCode).toBe(0)
      expect(variables.get('AZURE_CLIENT_ID')?.value).toBe(ours.clientId)
      const again = await setup([...SITE, '--check'])
      expect(again.exitCode).toBe(0)
    } finally {
      variables.set('AZURE_CLIENT_ID', kept)
      emulator.world.apps.splice(emulator.world.apps.indexOf(other), 1)
    }
  })

  test('--json: the plan and the result as one JSON document on stdout, the human lines on stderr', async () => {
    await setUpOnce()
    // Without --resource-group: the app is found by name.
    const run = await setup(['--app-name', 'octo-site', '--check', '--json'])
    expect(run.exitCode).toBe(0)
    const result = JSON.parse(run.stdout) as Record<string, unknown>
    expect(result).toMatchObject({ mode: 'check', ok: true, changed: false, findings: [] })
    expect(run.stderr).toContain('Check: every deploying job can sign in and deploy.')
  })
})
