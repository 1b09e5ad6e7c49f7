// Before anything is uploaded, through dist/index.js: the plan's preview-environment quota is
// counted through ARM (every page) and a new environment that would not fit is stopped with the
// list and the fixes, or skipped; a closed pull request does not deploy; a job without an OIDC
// token is skipped when skip-without-identity asks; the dry run says how full the plan is.
import { describe, expect, test } from '@jest/globals'
import { stagingQuotaReached } from '../../emulator/content/messages.js'
import type { Emulator } from '../../emulator/index.js'
import { addPullRequest } from '../../emulator/github-repos.js'
import { removeRoleActions } from '../../emulator/world.js'
import {
  annotations,
  contentCalls,
  defaultSite,
  presentSubject,
  pullRequestEvent,
  PULL_REQUEST_SUBJECT,
  requestsTo,
  runCounted,
  succeeded
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import {
  addPreview,
  githubApiRequests,
  jobToken,
  listingsOf,
  previewsBaseline
} from '../support/previews.js'

let emulator: Emulator
useTestEmulator(previewsBaseline, (started) => (emulator = started))

const LIST_SECRETS = /\/listSecrets$/i

function listSecretsCalls(requests: Parameters<typeof requestsTo>[0]): number {
  return requestsTo(requests, 'arm').filter((request) =>
    LIST_SECRETS.test(request.url.split('?')[0]!)
  ).length
}

/** Three preview environments: the Free plan is full. */
function fillFreePlan(): void {
  const site = defaultSite(emulator)
  addPreview(site, '7', { branch: 'feature/search', title: 'Search box', idleDays: 3 })
  addPreview(site, 'staging', { branch: 'main', idleDays: 40 })
  addPreview(site, '9', { branch: 'fix/typo', title: 'Fix a typo', idleDays: 1 })
}

describe('the preview-environment quota, before the deployment token is read', () => {
  test('a new environment on a full Free plan stops with the list and the fixes; nothing is read or uploaded', async () => {
    fillFreePlan()
    const { run, requests, deployments } = await runCounted(emulator, {
      inputs: { 'deployment-environment': 'fresh' }
    })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(
      "Static Web App 'octo-site' already has 3 preview environments, the limit of its Free plan (3), and 'fresh' would be a new one"
    )
    expect(error).toContain('  - 7: pull request #7 ("Search box", feature/search), last updated ')
    expect(error).toContain('  - staging: branch main, last updated ')
    expect(error).toContain('  - 9: pull request #9 ("Fix a typo", fix/typo)')
    expect(error).toMatch(/Fix: .*action: prune.*action: close.*on-environment-limit: skip/)
    expect(error).toContain('troubleshooting.md#environment-limit')
    // Four builds (production and three) on pages of two: the listing followed ARM's nextLink.
    expect(listingsOf(requests).map((request) => request.status)).toEqual([200, 200])
    expect(listingsOf(requests)[1]!.url).toMatch(/[?&]%24skipToken=/)
    expect(listSecretsCalls(requests)).toBe(0)
    expect(contentCalls(requests)).toEqual([])
    expect(deployments).toEqual([])
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.environment).toBe('fresh')
  })

  test('on-environment-limit: skip warns, lists them, and ends with outcome skipped and exit 0', async () => {
    fillFreePlan()
    const { run, requests } = await runCounted(emulator, {
      inputs: { 'deployment-environment': 'fresh', 'on-environment-limit': 'skip' }
    })
    expect(run.exitCode).toBe(0)
    expect(errorLines(run)).toBe('')
    const [warning] = annotations(run, 'warning')
    expect(warning).toContain('already has 3 preview environments')
    expect(warning).toContain('Skipped (on-environment-limit: skip): nothing was deployed')
    expect(run.stdout).toContain('staging: branch main, last updated')
    expect(run.outputs.outcome).toBe('skipped')
    expect(run.summary).toContain('Skipped: nothing was deployed')
    expect(run.summary).toContain('preview environments is reached (on-environment-limit: skip)')
    expect(listSecretsCalls(requests)).toBe(0)
    expect(contentCalls(requests)).toEqual([])
  })

  test('an environment that already exists is redeployed on a full plan', async () => {
    fillFreePlan()
    const counted = await runCounted(emulator, { inputs: { 'deployment-environment': 'staging' } })
    expect(counted.run.exitCode).toBe(0)
    expect(succeeded(counted).environment).toBe('staging')
    expect(counted.run.stdout).toContain(
      "Preview environments: 3 of 3 on the Free plan; 'staging' exists and is redeployed."
    )
  })

  test('the Standard plan takes a tenth and refuses an eleventh', async () => {
    const site = defaultSite(emulator)
    site.sku = 'Standard'
    for (let n = 1; n <= 9; n++) addPreview(site, `env${n}`)
    const tenth = await runCounted(emulator, { inputs: { 'deployment-environment': 'env10' } })
    expect(tenth.run.exitCode).toBe(0)
    expect(tenth.run.stdout).toContain(
      "Preview environments: 9 of 10 on the Standard plan; 'env10' would be a new one."
    )
    // Eleven builds now, on pages of two: six pages.
    const eleventh = await runCounted(emulator, { inputs: { 'deployment-environment': 'env11' } })
    expect(eleventh.run.exitCode).toBe(1)
    expect(errorLines(eleventh.run)).toContain(
      'already has 10 preview environments, the limit of its Standard plan (10)'
    )
    expect(listingsOf(eleventh.requests)).toHaveLength(6)
    expect(contentCalls(eleventh.requests)).toEqual([])
  })

  test('a nextLink to another host is not followed: the ARM token stays with ARM', async () => {
    fillFreePlan()
    emulator.world.armNextLinkOrigin = emulator.urls.githubApi
    const { run, requests } = await runCounted(emulator, {
      inputs: { 'deployment-environment': 'fresh' }
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      `ARM list environments: ARM's reply led to ${emulator.urls.githubApi}, outside resource-manager-endpoint`
    )
    expect(githubApiRequests(requests)).toEqual([])
    expect(listingsOf(requests)).toHaveLength(1)
    expect(listSecretsCalls(requests)).toBe(0)
  })

  test('the dry run reports the count against the limit', async () => {
    addPreview(defaultSite(emulator), 'staging')
    const { run, requests } = await runCounted(emulator, { inputs: { 'dry-run': 'true' } })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('Preview environments: 1 of 3 on the Free plan.')
    expect(run.summary).toMatch(/Preview environments<\/td><td>1 of 3 \(Free plan\)/)
    expect(listingsOf(requests)).toHaveLength(1)
  })

  test('a production deployment does not list environments', async () => {
    fillFreePlan()
    const counted = await runCounted(emulator)
    expect(counted.run.exitCode).toBe(0)
    expect(listingsOf(counted.requests)).toEqual([])
  })

  test('without builds/read the count is skipped with a warning and the deployment goes on', async () => {
    removeRoleActions(emulator.world, emulator.world.apps[0]!.objectId, [
      'Microsoft.Web/staticSites/builds/read'
    ])
    const counted = await runCounted(emulator, { inputs: { 'deployment-environment': 'fresh' } })
    expect(counted.run.exitCode).toBe(0)
    expect(annotations(counted.run, 'warning').join('\n')).toContain(
      'the role lacks Microsoft.Web/staticSites/builds/read'
    )
    expect(succeeded(counted).environment).toBe('fresh')
  })

  test("the service's own refusal (the count was overtaken) is skipped too with on-environment-limit: skip", async () => {
    emulator.content!.behaviour.rejectNext = {
      call: 'validateapitoken',
      message: stagingQuotaReached(3)
    }
    const { run, requests } = await runCounted(emulator, {
      inputs: { 'deployment-environment': 'fresh', 'on-environment-limit': 'skip' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('skipped')
    expect(annotations(run, 'warning').join('\n')).toContain(
      "The content plane refused the new preview environment 'fresh'"
    )
    expect(contentCalls(requests)).toEqual(['validateapitoken'])
    expect(requestsTo(requests, 'blob')).toEqual([])
  })

  test("without skip, the service's refusal names the same fixes", async () => {
    emulator.content!.behaviour.rejectNext = {
      call: 'validateapitoken',
      message: stagingQuotaReached(3)
    }
    const { run } = await runCounted(emulator, { inputs: { 'deployment-environment': 'fresh' } })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain('action: prune')
    expect(errorLines(run)).toContain('troubleshooting.md#environment-limit')
  })
})

describe('a closed pull request', () => {
  test('closed in the event: a notice, outcome skipped, and no request at all', async () => {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const { run, requests } = await runCounted(emulator, { event: pullRequestEvent('closed') })
    expect(run.exitCode).toBe(0)
    expect(annotations(run, 'notice')).toEqual([
      'Pull request #42 is closed (the event says so): nothing is deployed. Its preview environment is deleted by action: close or action: prune.'
    ])
    expect(run.outputs.outcome).toBe('skipped')
    expect(run.outputs.environment).toBe('42')
    expect(requests).toEqual([])
  })

  test('open in the event but closed since (a re-run): GitHub is asked once, and nothing deploys', async () => {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    addPullRequest(emulator.githubApi.repository(), { number: 42, state: 'merged' })
    const token = jobToken(emulator)
    const { run, requests } = await runCounted(emulator, {
      event: pullRequestEvent('synchronize'),
      inputs: { 'github-token': token }
    })
    expect(run.exitCode).toBe(0)
    expect(annotations(run, 'notice')[0]).toContain(
      'Pull request #42 is closed (GitHub says so now, though the event said open)'
    )
    expect(
      githubApiRequests(requests).map((request) => `${request.method} ${request.url}`)
    ).toEqual(['GET /repos/octo-org/octo-site/pulls/42'])
    // Nothing of Azure: not even the OIDC token.
    expect(requests.filter((request) => request.service !== 'githubApi')).toEqual([])
    expect(run.outputs.outcome).toBe('skipped')
  })

  test('still open on GitHub: deploys', async () => {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const counted = await runCounted(emulator, {
      event: pullRequestEvent('synchronize'),
      inputs: { 'github-token': jobToken(emulator) }
    })
    expect(counted.run.exitCode).toBe(0)
    expect(succeeded(counted).environment).toBe('42')
    expect(githubApiRequests(counted.requests)).toHaveLength(1)
  })

  test('GitHub cannot say (no pull-requests: read): the event is believed and it deploys', async () => {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const token = jobToken(emulator, { 'pull-requests': 'none', issues: 'none' })
    const counted = await runCounted(emulator, {
      event: pullRequestEvent('synchronize'),
      inputs: { 'github-token': token }
    })
    expect(counted.run.exitCode).toBe(0)
    expect(counted.run.stdout).toContain(
      'Could not confirm that pull request #42 is still open (GitHub read pull request #42 failed: HTTP 403 (Resource not accessible by integration)'
    )
    expect(succeeded(counted).environment).toBe('42')
  })
})

describe('a job with no OIDC token', () => {
  const NO_IDENTITY = {
    ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
  }

  test('skip-without-identity: true warns and ends with outcome skipped on a fork, before any request', async () => {
    const event = pullRequestEvent('synchronize')
    const payload = structuredClone(event.payload) as {
      pull_request: { head: Record<string, unknown> }
    }
    payload.pull_request.head.repo = { full_name: 'contributor/octo-site' }
    const { run, requests } = await runCounted(emulator, {
      event: { ...event, payload },
      inputs: { 'skip-without-identity': 'true' },
      env: NO_IDENTITY
    })
    expect(run.exitCode).toBe(0)
    const [warning] = annotations(run, 'warning')
    expect(warning).toContain('This job has no GitHub OIDC token, and cannot have one')
    expect(warning).toContain('a pull request from a fork')
    expect(run.outputs.outcome).toBe('skipped')
    expect(run.summary).toContain(
      'no GitHub OIDC token for a pull request from a fork (skip-without-identity: true)'
    )
    expect(requests).toEqual([])
  })

  test('by default it fails and says why, naming skip-without-identity', async () => {
    const { run, requests } = await runCounted(emulator, { env: NO_IDENTITY })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(
      'ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set'
    )
    expect(error).toContain('set skip-without-identity: true to skip them with a warning')
    expect(run.outputs.outcome).toBe('failed')
    expect(requests).toEqual([])
  })
})
