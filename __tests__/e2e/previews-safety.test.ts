// Preview runs that must not do more, or less, than asked, through dist/index.js: a close dry run
// deletes nothing; a closed pull request skips only its own preview; skip-without-identity skips
// only where no token can exist; a prune that cannot see the repository fails, keeps open pull
// requests' environments from the age rule, and tries every candidate when one delete fails.
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { ACTIONS_BOT, addComments, addPullRequest, OCTOCAT } from '../../emulator/github-repos.js'
import {
  addSite,
  grantRole,
  LEAST_PRIVILEGE_ACTIONS,
  removeRoleActions,
  staticSiteId
} from '../../emulator/world.js'
import {
  annotations,
  defaultSite,
  presentSubject,
  pullRequestEvent,
  PULL_REQUEST_SUBJECT,
  requestsTo,
  runCounted,
  succeeded
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import { addPreview, deletesOf, jobToken, previewsBaseline } from '../support/previews.js'

let emulator: Emulator
useTestEmulator(previewsBaseline, (started) => (emulator = started))

// Close and prune jobs have no checkout: the workspace is empty.
const EMPTY_WORKSPACE = (): void => {}

const NO_IDENTITY = {
  ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
}

describe('action: close with dry-run: true', () => {
  test('reads the environment, says what it would delete, and deletes nothing', async () => {
    addPreview(defaultSite(emulator), 'staging', { branch: 'develop' })
    const { run, requests } = await runCounted(emulator, {
      inputs: { action: 'close', 'deployment-environment': 'staging', 'dry-run': 'true' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests)).toEqual([])
    expect(defaultSite(emulator).environments.has('staging')).toBe(true)
    // The environment was read through ARM: builds/read and the role's reach are proven.
    expect(
      requestsTo(requests, 'arm').some(
        (request) => request.method === 'GET' && /\/builds\/staging\?/.test(request.url)
      )
    ).toBe(true)
    // …and the delete right, through ARM's permissions on the app (nothing is deleted to prove it).
    expect(
      requestsTo(requests, 'arm').some(
        (request) =>
          request.method === 'GET' &&
          /\/staticSites\/octo-site\/providers\/Microsoft\.Authorization\/permissions\?api-version=2022-04-01$/.test(
            request.url
          )
      )
    ).toBe(true)
    expect(run.stdout).toContain(
      "Dry run: would delete preview environment 'staging' of octo-site (branch develop"
    )
    expect(run.stdout).toContain('Nothing was deleted.')
    expect(run.outputs.outcome).toBe('dry-run')
    expect(run.outputs.environment).toBe('staging')
    expect(run.summary).toContain('Dry run: no preview environment was deleted')
    expect(run.summary).not.toContain('nothing was uploaded')
  })

  test('an environment that does not exist is said so, outcome dry-run', async () => {
    const { run, requests } = await runCounted(emulator, {
      inputs: { action: 'close', 'deployment-environment': 'staging', 'dry-run': 'true' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests)).toEqual([])
    expect(run.stdout).toContain(
      "Dry run: preview environment 'staging' does not exist: a close would have nothing to delete."
    )
    expect(run.outputs.outcome).toBe('dry-run')
  })

  test('a role without builds/delete fails the dry run, naming the missing action, as the close would fail', async () => {
    addPreview(defaultSite(emulator), 'staging')
    removeRoleActions(emulator.world, emulator.world.apps[0]!.objectId, [
      'Microsoft.Web/staticSites/builds/delete'
    ])
    const { run, requests } = await runCounted(emulator, {
      inputs: { action: 'close', 'deployment-environment': 'staging', 'dry-run': 'true' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      "Dry run: the identity may read preview environment 'staging' of octo-site but not delete it: no role it holds on the app grants Microsoft.Web/staticSites/builds/delete"
    )
    expect(errorLines(run)).toContain('Nothing was deleted.')
    expect(deletesOf(requests)).toEqual([])
    expect(defaultSite(emulator).environments.has('staging')).toBe(true)
    expect(run.outputs.outcome).toBe('failed')
  })

  test('a role without builds/read fails the dry run, as the close would', async () => {
    addPreview(defaultSite(emulator), 'staging')
    removeRoleActions(emulator.world, emulator.world.apps[0]!.objectId, [
      'Microsoft.Web/staticSites/builds/read'
    ])
    const { run, requests } = await runCounted(emulator, {
      inputs: { action: 'close', 'deployment-environment': 'staging', 'dry-run': 'true' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain('AuthorizationFailed')
    expect(deletesOf(requests)).toEqual([])
    expect(defaultSite(emulator).environments.has('staging')).toBe(true)
    expect(run.summary).toContain('Closing the preview environment failed')
  })
})

describe('a closed pull_request event', () => {
  test('with deployment-environment: production deploys production', async () => {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const counted = await runCounted(emulator, {
      event: pullRequestEvent('closed'),
      inputs: { 'deployment-environment': 'production' }
    })
    expect(errorLines(counted.run)).toBe('')
    expect(counted.run.exitCode).toBe(0)
    expect(counted.run.outputs.outcome).toBe('deployed')
    expect(succeeded(counted).environment).toBe('production')
  })

  test('with a named environment deploys that environment', async () => {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const counted = await runCounted(emulator, {
      event: pullRequestEvent('closed'),
      inputs: { 'deployment-environment': 'staging' }
    })
    expect(counted.run.exitCode).toBe(0)
    expect(counted.run.outputs.outcome).toBe('deployed')
    expect(succeeded(counted).environment).toBe('staging')
  })

  test("still skips the pull request's own preview", async () => {
    const { run, requests } = await runCounted(emulator, { event: pullRequestEvent('closed') })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('skipped')
    expect(requests).toEqual([])
  })
})

describe('skip-without-identity: true', () => {
  /** A pull_request event whose head branch lives in `headRepository`. */
  function pullRequestFrom(headRepository: string): ReturnType<typeof pullRequestEvent> {
    const event = pullRequestEvent('synchronize')
    const payload = structuredClone(event.payload) as {
      pull_request: { head: Record<string, unknown> }
    }
    payload.pull_request.head.repo = { full_name: headRepository }
    return { ...event, payload }
  }

  test('skips a pull request from a fork', async () => {
    const { run, requests } = await runCounted(emulator, {
      event: pullRequestFrom('contributor/octo-site'),
      inputs: { 'skip-without-identity': 'true' },
      env: NO_IDENTITY
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('skipped')
    expect(annotations(run, 'warning')[0]).toContain('pull request from a fork')
    expect(requests).toEqual([])
  })

  test('fails a pull_request_target run from a fork (the base repository’s context can have a token)', async () => {
    const event = pullRequestFrom('contributor/octo-site')
    const { run, requests } = await runCounted(emulator, {
      event: { ...event, name: 'pull_request_target' },
      inputs: { 'skip-without-identity': 'true' },
      env: NO_IDENTITY
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain('id-token: write')
    expect(requests).toEqual([])
  })

  test('skips a Dependabot run', async () => {
    const { run, requests } = await runCounted(emulator, {
      event: pullRequestFrom('octo-org/octo-site'),
      inputs: { 'skip-without-identity': 'true' },
      env: { ...NO_IDENTITY, GITHUB_ACTOR: 'dependabot[bot]' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('skipped')
    expect(annotations(run, 'warning')[0]).toContain('Dependabot')
    expect(requests).toEqual([])
  })

  test('fails a push to main that lacks id-token: write, with the fix', async () => {
    const { run, requests } = await runCounted(emulator, {
      inputs: { 'skip-without-identity': 'true' },
      env: NO_IDENTITY
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('failed')
    expect(errorLines(run)).toContain('id-token: write')
    expect(requests).toEqual([])
  })

  test('fails a same-repository pull request that lacks id-token: write', async () => {
    const { run } = await runCounted(emulator, {
      event: pullRequestFrom('octo-org/octo-site'),
      inputs: { 'skip-without-identity': 'true' },
      env: NO_IDENTITY
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain('id-token: write')
  })
})

describe('action: prune', () => {
  function prune(inputs: Record<string, string> = {}) {
    return runCounted(emulator, {
      inputs: { action: 'prune', 'github-token': jobToken(emulator), ...inputs },
      prepareWorkspace: EMPTY_WORKSPACE
    })
  }

  test('a token that cannot see the repository fails, naming the token and the repository', async () => {
    addPullRequest(emulator.githubApi.repository(), { number: 41, state: 'closed' })
    addPreview(defaultSite(emulator), '41')
    // A token for another repository: the private octo-org/octo-site answers it 404.
    const token = emulator.githubApi.issueToken({ repository: 'octo-org/other' })
    const { run, requests } = await prune({ 'github-token': token })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('failed')
    const error = errorLines(run)
    expect(error).toContain('github-token')
    expect(error).toContain('octo-org/octo-site')
    expect(error).toContain('cannot see')
    expect(deletesOf(requests)).toEqual([])
    expect(run.summary).toContain('Pruning preview environments failed')
  })

  test("prune-max-age-days keeps open pull requests' environments", async () => {
    const site = defaultSite(emulator)
    addPreview(site, '42', { idleDays: 45 }) // open, idle
    addPreview(site, 'staging', { branch: 'main', idleDays: 31 })
    const { run, requests } = await prune({ 'prune-max-age-days': '30' })
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests)).toEqual(['staging'])
    expect(site.environments.has('42')).toBe(true)
    expect(run.stdout).toContain('42: keep: pull request #42 is open')
  })

  test('tries every candidate when one delete fails, reports each failure, exits 1', async () => {
    const repository = emulator.githubApi.repository()
    const site = defaultSite(emulator)
    for (const number of [40, 41, 43]) {
      addPullRequest(repository, { number, state: 'closed' })
      addPreview(site, String(number))
    }
    emulator.host.addFault({
      service: 'arm',
      method: 'DELETE',
      path: /\/builds\/40$/,
      kind: 'status',
      status: 409,
      contentType: 'application/json',
      body: JSON.stringify({
        error: { code: 'Conflict', message: 'Another operation is in progress.' }
      }),
      times: 1
    })
    const { run, requests } = await prune()
    expect(run.exitCode).toBe(1)
    expect(deletesOf(requests)).toEqual(['40', '41', '43'])
    expect(run.outputs.pruned).toBe('41,43')
    expect(run.outputs.outcome).toBe('failed')
    const error = errorLines(run)
    expect(error).toContain("'40'")
    expect(error).toContain(
      "'40': ARM delete environment failed: HTTP 409 Conflict: Another operation is in progress.\n"
    )
    expect(error).toMatch(/another operation|in progress/i)
    expect(error).not.toContain('Check subscription-id')
    expect(site.environments.has('40')).toBe(true)
    expect(site.environments.has('41')).toBe(false)
    expect(site.environments.has('43')).toBe(false)
  })
})

describe('production-branch', () => {
  test('refs/heads/main is the branch main: a push to main deploys production', async () => {
    const counted = await runCounted(emulator, {
      inputs: { 'production-branch': 'refs/heads/main' }
    })
    expect(errorLines(counted.run)).toBe('')
    expect(counted.run.exitCode).toBe(0)
    expect(succeeded(counted).environment).toBe('production')
    expect(counted.run.outputs.environment).toBe('production')
  })

  test('another ref form (refs/tags/…) is refused before any network call', async () => {
    const { run, requests } = await runCounted(emulator, {
      inputs: { 'production-branch': 'refs/tags/v1' }
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain("Input production-branch: 'refs/tags/v1' is not a branch")
    expect(requests).toEqual([])
  })

  test("a branch named only with digits is refused: it would share a pull request's environment", async () => {
    const { run, requests } = await runCounted(emulator, {
      inputs: { 'production-branch': 'main' },
      event: { name: 'push', payload: {}, ref: 'refs/heads/42' }
    })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(
      "Branch '42' cannot name a preview environment (production-branch is set): '42' is the name of pull request #42's preview environment"
    )
    expect(error).toContain('deployment-environment')
    expect(requests).toEqual([])
    expect(defaultSite(emulator).environments.has('42')).toBe(false)
  })
})

describe('boolean inputs', () => {
  test.each(['TRUE', 'True', 'true'])('%s is true (YAML 1.2 core, any case)', async (value) => {
    const { run, deployments } = await runCounted(emulator, { inputs: { 'dry-run': value } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('dry-run')
    expect(deployments).toEqual([])
  })

  test.each(['yes', 'no', '1', '0', 'on', 'y'])(
    '%s is refused, naming the input, before any network call',
    async (value) => {
      const { run, requests, deployments } = await runCounted(emulator, {
        inputs: { 'dry-run': value }
      })
      expect(run.exitCode).toBe(1)
      expect(errorLines(run)).toContain(
        `Input dry-run: '${value}' is not a boolean; use 'true' or 'false'.`
      )
      expect(requests).toEqual([])
      expect(deployments).toEqual([])
    }
  )
})

describe('summary headings fit the action', () => {
  test('a prune dry run is not headed "nothing was uploaded"', async () => {
    addPreview(defaultSite(emulator), 'staging', { idleDays: 40 })
    const { run, requests } = await runCounted(emulator, {
      inputs: {
        action: 'prune',
        'github-token': jobToken(emulator),
        'prune-max-age-days': '30',
        'dry-run': 'true'
      },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests)).toEqual([])
    expect(run.summary).toContain('<h2>Dry run: no preview environment was deleted</h2>')
    expect(run.summary).not.toContain('uploaded')
  })

  test('a close refused for its inputs is headed as a close', async () => {
    const { run } = await runCounted(emulator, {
      inputs: { action: 'close', 'deployment-environment': 'staging', 'dry-run': 'maybe' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('<h2>Closing the preview environment failed</h2>')
  })

  test('an upload dry run still is', async () => {
    const { run } = await runCounted(emulator, { inputs: { 'dry-run': 'true' } })
    expect(run.summary).toContain('<h2>Dry run: nothing was uploaded</h2>')
  })
})

describe('pr-comment: true', () => {
  const siteMarker = (resourceGroup: string, app = 'octo-site'): string =>
    `<!-- keyless-swa-deploy preview: app=/subscriptions/${defaultSite(emulator).subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Web/staticSites/${app} -->`

  function commentsOn42() {
    return emulator.githubApi.repository().comments.filter((comment) => comment.issue === 42)
  }

  async function deployPreview(inputs: Record<string, string> = {}) {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    return await runCounted(emulator, {
      event: pullRequestEvent('synchronize'),
      inputs: { 'pr-comment': 'true', 'github-token': jobToken(emulator), ...inputs }
    })
  }

  test('two apps of one name in different resource groups get a comment each', async () => {
    const twin = addSite(emulator.world, emulator.urls.content, {
      name: 'octo-site',
      resourceGroup: 'rg-docs'
    })
    grantRole(
      emulator.world,
      emulator.world.apps[0]!.objectId,
      staticSiteId(twin),
      LEAST_PRIVILEGE_ACTIONS
    )
    try {
      expect((await deployPreview()).run.exitCode).toBe(0)
      expect((await deployPreview({ 'resource-group': 'rg-docs' })).run.exitCode).toBe(0)
      expect((await deployPreview()).run.exitCode).toBe(0)
      expect(commentsOn42().map((comment) => comment.body.split('\n')[0])).toEqual([
        siteMarker('rg-web'),
        siteMarker('rg-docs')
      ])
      expect(commentsOn42().every((comment) => comment.user.login === ACTIONS_BOT.login)).toBe(true)
    } finally {
      emulator.world.sites.splice(emulator.world.sites.indexOf(twin), 1)
    }
  })

  /** The marker line of the comment the action writes, as a first run leaves it. */
  async function actionsMarker(): Promise<string> {
    expect((await deployPreview()).run.exitCode).toBe(0)
    const [written] = commentsOn42()
    expect(written!.user.login).toBe(ACTIONS_BOT.login)
    return written!.body.split('\n')[0]!
  }

  test("a person's comment carrying the marker is left alone; the action writes its own", async () => {
    const marker = await actionsMarker()
    // Only a person's copy of the marker is left on the pull request.
    const repository = emulator.githubApi.repository()
    repository.comments = []
    const [human] = addComments(repository, 42, 1, () => ({
      body: `${marker}\nmy notes`,
      user: OCTOCAT
    }))
    const { run } = await deployPreview()
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('Preview comment created on pull request #42.')
    expect(commentsOn42()).toHaveLength(2)
    expect(commentsOn42()[0]!.body).toBe(human!.body)
    expect(commentsOn42()[1]!.user.login).toBe('github-actions[bot]')
    // The next run finds the comment it wrote, not the person's.
    const again = await deployPreview()
    expect(again.run.stdout).toContain('Preview comment updated on pull request #42.')
    expect(commentsOn42()).toHaveLength(2)
    expect(commentsOn42()[0]!.body).toBe(human!.body)
  })

  test("a person's token edits only the comment it wrote (GET /user), not github-actions[bot]'s", async () => {
    await actionsMarker()
    const written = commentsOn42()[0]!.body
    const releaseManager = { login: 'release-manager', id: 7001, type: 'User' as const }
    const token = emulator.githubApi.issueToken({ kind: 'user', user: releaseManager })
    const first = await deployPreview({ 'github-token': token })
    expect(first.run.exitCode).toBe(0)
    expect(first.run.stdout).toContain('Preview comment created on pull request #42.')
    expect(commentsOn42()[0]!.body).toBe(written)
    expect(commentsOn42()[1]!.user.login).toBe('release-manager')
    const second = await deployPreview({ 'github-token': token })
    expect(second.run.stdout).toContain('Preview comment updated on pull request #42.')
    expect(commentsOn42()).toHaveLength(2)
    expect(commentsOn42()[0]!.body).toBe(written)
  })
})

describe('every action’s dry run changes nothing', () => {
  test.each([
    ['upload (pull request, pr-comment)', { 'pr-comment': 'true' }, true],
    ['close', { action: 'close', 'deployment-environment': 'staging' }, false],
    ['prune', { action: 'prune', 'prune-max-age-days': '1' }, false]
  ])('%s', async (_name, inputs, onPullRequest) => {
    const site = defaultSite(emulator)
    addPreview(site, 'staging', { idleDays: 10 })
    addPullRequest(emulator.githubApi.repository(), { number: 41, state: 'closed' })
    addPreview(site, '41', { idleDays: 10 })
    const environmentsBefore = structuredClone([...site.environments.entries()])
    const commentsBefore = structuredClone(emulator.githubApi.repository().comments)
    if (onPullRequest) presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const { run, requests, deployments } = await runCounted(emulator, {
      ...(onPullRequest ? { event: pullRequestEvent('synchronize') } : {}),
      inputs: { 'github-token': jobToken(emulator), ...inputs, 'dry-run': 'true' },
      ...(onPullRequest ? {} : { prepareWorkspace: EMPTY_WORKSPACE })
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('dry-run')
    expect(deployments).toEqual([])
    // Reads only: GETs, ARM's listSecrets (a POST that reads) and the content plane's token check.
    const writes = requests.filter(
      (request) =>
        request.method !== 'GET' &&
        !/\/listSecrets\?/.test(request.url) &&
        !(request.service === 'content' && /validateapitoken/i.test(request.url)) &&
        !['github', 'entra'].includes(request.service)
    )
    expect(writes.map((request) => `${request.service} ${request.method} ${request.url}`)).toEqual(
      []
    )
    expect([...site.environments.entries()]).toEqual(environmentsBefore)
    expect(emulator.githubApi.repository().comments).toEqual(commentsBefore)
  })
})
