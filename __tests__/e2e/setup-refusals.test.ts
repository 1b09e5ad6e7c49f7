// Each refusal of the setup command through dist/setup.js, with its fix and what was already done
// (or that nothing was): no Azure login, no right to register apps, no right to assign roles, more
// than 20 credentials, two registrations of that name, a `GitHub`-policy site, an unparseable
// workflow, a branch pattern, an environment from an expression, and no terminal to confirm in.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import {
  reshapeSetupWorld,
  setupUser,
  setupWorld,
  type SetupWorldOptions
} from '../../emulator/setup-world.js'
import { startTestEmulator } from '../support/e2e.js'
import { findLeaks } from '../support/leaks.js'
import { DEPLOY_STEP, SetupClone, STORY_WORKFLOWS, type SetupRun } from '../support/setup.js'

// Each setup run starts the real Azure CLI for its tokens: seconds each on a loaded machine.
jest.setTimeout(240_000)

const SITE = ['--app-name', 'octo-site', '--resource-group', 'rg-web']

interface Fixture {
  emulator: Emulator
  clone: SetupClone
}

const started: Fixture[] = []

async function fixture(
  world: SetupWorldOptions = {},
  workflows: Record<string, string> = STORY_WORKFLOWS,
  signIn = true
): Promise<Fixture> {
  const emulator = await startTestEmulator({ world: setupWorld(world), withContent: false })
  const clone = new SetupClone(emulator, workflows)
  started.push({ emulator, clone })
  if (signIn) expect((await clone.login(setupUser(emulator.world))).exitCode).toBe(0)
  return { emulator, clone }
}

afterAll(async () => {
  for (const { clone, emulator } of started) {
    clone.dispose()
    await emulator.stop()
  }
})

// One emulator and one clone signed in with az for the tests that need a login: each test
// reshapes that world and sets the workflows (a sign-in and an emulator per test cost ~2 s of CPU).
let signedIn: Fixture | undefined

/** The signed-in fixture, its world as `setupWorld(world)` builds it and these workflows. */
async function given(
  world: SetupWorldOptions = {},
  workflows: Record<string, string> = STORY_WORKFLOWS
): Promise<Fixture> {
  signedIn ??= await fixture()
  reshapeSetupWorld(signedIn.emulator.world, world)
  signedIn.clone.setWorkflows(workflows)
  return signedIn
}

async function setup(
  { emulator, clone }: Fixture,
  args: string[]
): Promise<SetupRun & { writes: string[] }> {
  const from = emulator.host.requests.length
  const run = await clone.run(args)
  expect(findLeaks({ ...run, root: clone.dir }, emulator.issuedSecrets())).toEqual([])
  const writes = emulator.host.requests
    .slice(from)
    .filter(
      (request) =>
        // A change: anything but a read, at Graph, ARM or GitHub (sign-ins are not changes).
        ['graph', 'arm', 'githubApi'].includes(request.service) &&
        !['GET', 'HEAD'].includes(request.method)
    )
    .map((request) => `${request.method} ${request.url}`)
  return { ...run, writes }
}

describe('refusals before any network call', () => {
  let shared: Fixture
  beforeAll(async () => {
    shared = await fixture({}, STORY_WORKFLOWS, false)
  })

  test('no terminal and neither --yes nor --check: it never waits, and says which flag to pass', async () => {
    const from = shared.emulator.host.requests.length
    const run = await shared.clone.run(SITE)
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('There is no terminal to confirm the plan in')
    expect(run.stderr).toContain('Fix: Pass --yes to apply the plan, or --check')
    expect(shared.emulator.host.requests.length).toBe(from)
  })

  test.each([
    [
      'an unparseable workflow',
      { 'bad.yml': 'on: push\njobs:\n  deploy: [\n' },
      /Workflow \.github\/workflows\/bad\.yml line \d+ is not valid YAML/
    ]
  ])('%s', async (_name, workflows, message) => {
    for (const [name, text] of Object.entries(workflows)) shared.clone.writeWorkflow(name, text)
    const from = shared.emulator.host.requests.length
    const run = await shared.clone.run([...SITE, '--yes'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toContain('nothing was changed')
    expect(shared.emulator.host.requests.length).toBe(from)
  })

  // The command line is read before anything else: a flag setup does not know, a flag without its
  // value, or a value given to a switch is refused in setup's own words (never parseArgs's, with
  // Node's error code), naming the flag meant and `setup --help`; nothing is asked of anyone.
  const SEE_HELP = 'Fix: Run setup --help to see every option and what it takes.'
  test.each<[string, string[], string]>([
    [
      'a shortened flag',
      ['--app', 'octo-site', '--yes'],
      "Unknown option '--app'; did you mean --app-name?"
    ],
    [
      'a mistyped flag',
      ['--app-name', 'octo-site', '--resource-gruop', 'rg-web', '--yes'],
      "Unknown option '--resource-gruop'; did you mean --resource-group?"
    ],
    [
      "the action's word for a dry run",
      ['--app-name', 'octo-site', '--dry-run'],
      "Unknown option '--dry-run'; did you mean --check?"
    ],
    [
      'a flag like no other',
      ['--app-name', 'octo-site', '--frobnicate', '--yes'],
      "Unknown option '--frobnicate'."
    ],
    ['an unknown short flag', ['-x', '--app-name', 'octo-site', '--yes'], "Unknown option '-x'."],
    [
      'a flag whose value is the next flag',
      ['--app-name', '--yes'],
      "Option --app-name needs a value: --app-name NAME; the word after it, '--yes', is an option."
    ],
    [
      'a switch given a value',
      ['--app-name', 'octo-site', '--check=yes'],
      "Option --check takes no value ('--check=yes'): pass --check alone, or leave it out."
    ],
    [
      'two mistakes at once, both named',
      ['--app', 'octo-site', '--yes=true'],
      "2 arguments need fixing:\n  - Unknown option '--app'; did you mean --app-name?\n  - Option --yes takes no value ('--yes=true'): pass --yes alone, or leave it out."
    ]
  ])('%s: refused in our words, before any request', async (_name, args, message) => {
    const from = shared.emulator.host.requests.length
    const run = await shared.clone.run(args)
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain(`${message}\n${SEE_HELP}`)
    expect(run.stderr).not.toMatch(
      /ERR_PARSE_ARGS|To specify a positional argument|argument missing/
    )
    expect(shared.emulator.host.requests.length).toBe(from)
  })

  test('--help: every option in the first column, every description starting in one column', async () => {
    const from = shared.emulator.host.requests.length
    const run = await shared.clone.run(['--help'])
    expect(run.exitCode).toBe(0)
    const after = run.stdout.split('\n').slice(run.stdout.split('\n').indexOf('Options:') + 1)
    const rows = after.slice(0, after.indexOf(''))
    expect(rows.length).toBeGreaterThan(10)
    // '  --flag VALUE' then at least two spaces, then the description.
    const starts = rows.map((row) => /^ {2}--[a-z-]+(?: [A-Z/]+)? {2,}(?=\S)/.exec(row)?.[0].length)
    expect(starts).not.toContain(undefined)
    expect(new Set(starts).size).toBe(1)
    expect(shared.emulator.host.requests.length).toBe(from)
  })

  test("--cloud with another tool's name: ours is asked about, nothing is taken or called", async () => {
    const from = shared.emulator.host.requests.length
    const run = await shared.clone.run([...SITE, '--yes', '--cloud', 'mooncake'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain(
      "--cloud 'mooncake' is not a cloud setup knows; did you mean 'AzureChinaCloud' (its code name)?\nFix: Pass AzureCloud, AzureUSGovernment or AzureChinaCloud."
    )
    expect(shared.emulator.host.requests.length).toBe(from)
  })

  test('no Azure login: each source tried, and how to sign in with it', async () => {
    shared.clone.setWorkflows(STORY_WORKFLOWS)
    const run = await setup(shared, [...SITE, '--yes'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(
      /No Azure login was found; setup tried, in order: environment variables: .*; workload identity: .*; Azure CLI: .*; Azure Developer CLI: .*; Azure PowerShell: .*\. Nothing was changed\./
    )
    expect(run.stderr).toMatch(
      /Fix: Sign in with one of them .*az login \(Azure CLI\), azd auth login \(Azure Developer CLI\), Connect-AzAccount \(Azure PowerShell\)/
    )
    expect(run.writes).toEqual([])
  })
})

describe('refusals from what Azure holds', () => {
  test('no right to register apps: Authorization_RequestDenied names the Application Developer role; nothing was changed', async () => {
    const run = await setup(await given({ userMayRegisterApps: false }), [...SITE, '--yes'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(
      /Graph create app registration failed: HTTP 403 Authorization_RequestDenied/
    )
    expect(run.stderr).toContain('Nothing was changed.')
    expect(run.stderr).toMatch(/Fix: .*Application Developer role/)
  })

  test('no right to assign roles: AuthorizationFailed names the roles, and what was already done', async () => {
    const run = await setup(await given({ userRole: 'Contributor' }), [...SITE, '--yes'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(
      /ARM (read|write) role (definition|assignment) failed: HTTP 403 AuthorizationFailed/
    )
    expect(run.stderr).toMatch(
      /Already done: app registration 'github-octo-org-octo-site-swa-deploy' created .*; service principal created .*; federated credential .* added/
    )
    expect(run.stderr).toMatch(/Fix: Ask for Owner(, | or )User Access Administrator/)
  })

  test('a GitHub-policy site is refused with its fix, before anything is written', async () => {
    const run = await setup(await given({ deploymentAuthPolicy: 'GitHub' }), [...SITE, '--yes'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('has the deployment authorization policy "GitHub"')
    expect(run.stderr).toMatch(
      /Fix: Either switch properties\.deploymentAuthPolicy back to DeploymentToken/
    )
    expect(run.writes).toEqual([])
  })

  test('two registrations of that name: both listed, nothing changed', async () => {
    const twins = await given()
    for (const suffix of ['1', '2']) {
      twins.emulator.world.apps.push({
        displayName: 'github-octo-org-octo-site-swa-deploy',
        tenantId: twins.emulator.world.tenants[0]!.id,
        clientId: `00000000-0000-4000-8000-00000000000${suffix}`,
        objectId: `00000000-0000-4000-8000-00000000010${suffix}`,
        federatedCredentials: []
      })
    }
    const run = await setup(twins, [...SITE, '--yes'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(
      /2 app registrations are named 'github-octo-org-octo-site-swa-deploy': 00000000-0000-4000-8000-000000000001 .*, 00000000-0000-4000-8000-000000000002/
    )
    expect(run.stderr).toContain('Nothing was changed.')
    expect(run.writes).toEqual([])
  })

  test('two Static Web Apps of that name and no --resource-group: both listed, nothing changed', async () => {
    const run = await setup(await given({ sameNameInResourceGroup: 'rg-other' }), [
      '--app-name',
      'octo-site',
      '--yes'
    ])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(
      /2 Static Web Apps named 'octo-site' are visible in subscription [0-9a-f-]+, in resource groups 'rg-web', 'rg-other': the name alone does not say which\. Nothing was changed\./
    )
    expect(run.stderr).toContain(
      'Fix: Set --resource-group to the resource group of the app to deploy to (one of rg-web, rg-other).'
    )
    expect(run.writes).toEqual([])
  })

  test('a typo of an app it can read and no --resource-group: the apps listed, the close one asked about, nothing changed', async () => {
    const run = await setup(await given(), ['--app-name', 'octo-sight', '--yes'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(
      /No Static Web App named 'octo-sight' is visible to this identity in subscription [0-9a-f-]+ \(it may read 1: 'octo-site'\); did you mean 'octo-site'\? Likely causes: a typo in --app-name/
    )
    expect(run.stderr).toContain('Nothing was changed.')
    expect(run.writes).toEqual([])
  })

  test('ARM refuses to list the Static Web Apps and no --resource-group: no guess, nothing changed', async () => {
    const refused = await fixture()
    refused.emulator.host.addFault({
      service: 'arm',
      path: /\/resources$/,
      kind: 'status',
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({
        error: { code: 'AuthorizationFailed', message: 'The client has no authorization.' }
      }),
      times: 1
    })
    const run = await setup(refused, ['--app-name', 'octo-site', '--yes'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(
      /ARM refused to list the Static Web Apps of subscription [0-9a-f-]+ \(HTTP 403 AuthorizationFailed\), so 'octo-site' cannot be found by name\. Nothing was changed\./
    )
    expect(run.stderr).toContain(
      "Fix: Set --resource-group to the resource group of 'octo-site'; a role on the app itself is then enough."
    )
    expect(run.writes).toEqual([])
  })

  test('21 credentials needed: refused before anything is written', async () => {
    const branches = Array.from({ length: 21 }, (_, index) => `release-${index + 1}`)
    const many = await given(
      {},
      {
        'deploy.yml': `on:\n  push:\n    branches: [${branches.join(', ')}]\njobs:\n  deploy:${DEPLOY_STEP}`
      }
    )
    const run = await setup(many, [...SITE, '--yes'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(
      /The plan needs 21 new federated credentials .* which holds 0: 21 is more than the 20 an app registration may hold\. Nothing was changed\./
    )
    expect(run.writes).toEqual([])
  })
})

describe('jobs without one exact subject: the choices, never a guess', () => {
  test.each([
    [
      'a branch pattern',
      `on:\n  push:\n    branches: ['release/*']\njobs:\n  deploy:${DEPLOY_STEP}`,
      "push to branches matching 'release/*' is a pattern",
      /choice: give the job a GitHub environment[\s\S]*choice: name each subject to trust with --subject[\s\S]*flexible federated credential/,
      'ref:refs/heads/release/1'
    ],
    [
      'a tag pattern',
      `on:\n  push:\n    tags: ['v*']\njobs:\n  deploy:${DEPLOY_STEP}`,
      "push of tags matching 'v*' is a pattern",
      /choice: name each subject to trust with --subject \(e\.g\. --subject ref:refs\/tags\/TAG\)/,
      'ref:refs/tags/v1.0.0'
    ],
    [
      'an environment from an expression',
      `on: workflow_dispatch\njobs:\n  deploy:\n    environment: \${{ inputs.target }}${DEPLOY_STEP}`,
      "the environment '${{ inputs.target }}' is an expression",
      /choice: name the environment literally in the workflow[\s\S]*choice: name each environment it can take with --subject environment:NAME/,
      'environment:staging'
    ]
  ])(
    '%s: refused with the choices; a --subject records the choice',
    async (_name, workflow, why, choices, subject) => {
      const unsure = await given({}, { 'deploy.yml': workflow })
      const run = await setup(unsure, [...SITE, '--yes'])
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toContain(why)
      expect(run.stdout).toMatch(choices)
      expect(run.stderr).toMatch(
        /1 deploying job presents no single exact subject, and setup does not guess one: .*Nothing was changed\./
      )
      expect(run.writes).toEqual([])

      const check = await setup(unsure, [...SITE, '--check'])
      expect(check.exitCode).toBe(1)
      expect(check.stdout).toContain('no single exact subject')

      const chosen = await setup(unsure, [...SITE, '--yes', '--subject', subject])
      expect(chosen.exitCode).toBe(0)
      expect(chosen.stdout).toContain(`ok --subject repo:octo-org/octo-site:${subject}`)
    }
  )
})
