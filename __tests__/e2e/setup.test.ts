// The setup command end to end through dist/setup.js, from an emulator world with a site and no
// registration: the real Azure CLI signed in as the user, a clone whose workflows deploy on push
// to main, on pull requests and through `environment: production`. Then the action deploys
// through each of those subjects, a second setup changes nothing, a deleted credential is found by
// `setup --check` (and meets the action as AADSTS700213), and setup restores it.
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

beforeAll(async () => {
  emulator = await startTestEmulator({ world: setupWorld() })
  clone = new SetupClone(emulator)
  const login = await clone.login(setupUser(emulator.world))
  expect(login.exitCode).toBe(0)
})

afterAll(async () => {
  clone?.dispose()
  await emulator?.stop()
})

/** Runs setup and fails the test if any secret the emulator handed out shows anywhere. */
async function setup(args: string[], env: Record<string, string> = {}): Promise<SetupRun> {
  const run = await clone.run(args, env)
  expect(findLeaks({ ...run, root: clone.dir }, emulator.issuedSecrets())).toEqual([])
  return run
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
    const run = await setup([...SITE, '--yes'])
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
  })

  test.each([
    ['push to main', MAIN, undefined],
    ['a pull request', PULL_REQUEST, undefined],
    ['environment: production', PRODUCTION, 'production']
  ])('the action deploys through the subject of %s', async (_name, subject, environment) => {
    const run = await deployAs(subject, environment)
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('deployed')
  })

  test('setup again changes nothing, and says so', async () => {
    const from = emulator.host.requests.length
    const run = await setup([...SITE, '--yes'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('Nothing to change: everything is in place.')
    expect(writesSince(from)).toEqual([])
  })

  test('a deleted credential: setup --check exits 1 naming job and subject; the action meets AADSTS700213; setup restores it', async () => {
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
    const again = await setup([...SITE, '--check'])
    expect(again.exitCode).toBe(0)
    expect(again.stdout).toContain('Check: every deploying job can sign in and deploy.')
    const deployed = await deployAs(PULL_REQUEST)
    expect(deployed.exitCode).toBe(0)
  })

  test('--json: the plan and the result as one JSON document on stdout, the human lines on stderr', async () => {
    const run = await setup([...SITE, '--check', '--json'])
    expect(run.exitCode).toBe(0)
    const result = JSON.parse(run.stdout) as Record<string, unknown>
    expect(result).toMatchObject({ mode: 'check', ok: true, changed: false, findings: [] })
    expect(run.stderr).toContain('Check: every deploying job can sign in and deploy.')
  })
})
