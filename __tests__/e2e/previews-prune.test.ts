// action: prune through dist/index.js: the environments of closed pull requests (asked of GitHub's
// REST API) and, with prune-max-age-days, those not updated for that long are deleted through ARM;
// named and branch environments only by age; production never; a dry run only lists; GitHub's
// refusals and rate limits are met before anything is deleted.
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { addPullRequest } from '../../emulator/github-repos.js'
import {
  defaultSite,
  presentSubject,
  pullRequestEvent,
  PULL_REQUEST_SUBJECT,
  requestsTo,
  runCounted
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import {
  addPreview,
  deletesOf,
  githubApiRequests,
  jobToken,
  listingsOf,
  previewsBaseline
} from '../support/previews.js'

let emulator: Emulator
useTestEmulator(previewsBaseline, (started) => (emulator = started))

// A prune job has no checkout: the workspace is empty.
const EMPTY_WORKSPACE = (): void => {}

function prune(inputs: Record<string, string> = {}) {
  return runCounted(emulator, {
    inputs: { action: 'prune', 'github-token': jobToken(emulator), ...inputs },
    prepareWorkspace: EMPTY_WORKSPACE
  })
}

/** #40 merged, #41 closed, #42 open, and a branch environment, all recent. */
function mixedSite(): void {
  const repository = emulator.githubApi.repository()
  addPullRequest(repository, { number: 40, state: 'merged' })
  addPullRequest(repository, { number: 41, state: 'closed' })
  const site = defaultSite(emulator)
  addPreview(site, '40', { title: 'Change 40', idleDays: 2 })
  addPreview(site, '41', { title: 'Change 41', idleDays: 1 })
  addPreview(site, '42', { title: 'Add the login page', idleDays: 0 })
  addPreview(site, 'staging', { branch: 'main', idleDays: 1 })
}

describe('action: prune', () => {
  test('deletes the environments of closed and merged pull requests, and only those', async () => {
    mixedSite()
    const { run, requests, deployments } = await prune()
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests)).toEqual(['40', '41'])
    expect([...defaultSite(emulator).environments.keys()].sort()).toEqual(
      ['42', 'default', 'staging'].sort()
    )
    expect(run.outputs.pruned).toBe('40,41')
    expect(run.outputs.outcome).toBe('pruned')
    expect(run.outputs.environment).toBeUndefined()
    expect(run.stdout).toContain("Preview environment '40' deleted (pull request #40 was merged).")
    expect(run.stdout).toContain("Preview environment '41' deleted (pull request #41 is closed).")
    expect(run.stdout).toContain('Pruned 2 of 4 preview environments of octo-site: 40, 41.')
    // Only the pull-request numbers were looked up; the branch environment is not one.
    expect(githubApiRequests(requests).map((request) => request.url)).toEqual([
      '/repos/octo-org/octo-site/pulls/40',
      '/repos/octo-org/octo-site/pulls/41',
      '/repos/octo-org/octo-site/pulls/42'
    ])
    expect(run.summary).toContain('Preview environments pruned')
    expect(run.summary).toContain('<td>staging</td><td>branch main</td>')
    expect(run.summary).toContain(
      '<td>kept</td><td>pull request #42 is open; not updated for 0 days</td>'
    )
    expect(requestsTo(requests, 'content')).toEqual([])
    expect(deployments).toEqual([])
  })

  test('prune-max-age-days also deletes branch and named environments not updated for that long', async () => {
    const site = defaultSite(emulator)
    addPreview(site, '42', { idleDays: 45 }) // open, but idle: kept
    addPreview(site, 'staging', { branch: 'main', idleDays: 31 })
    addPreview(site, '12345', { idleDays: 40 }) // digits, but no such pull request
    addPreview(site, 'review', { branch: 'review', idleDays: 29 })
    const { run, requests } = await prune({ 'prune-max-age-days': '30' })
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests).sort()).toEqual(['12345', 'staging'])
    expect(site.environments.has('review')).toBe(true)
    expect(site.environments.has('42')).toBe(true)
    expect(run.stdout).toContain(
      '42: keep: pull request #42 is open; not updated for 45 days (kept: prune-max-age-days is for branch and named environments)'
    )
    expect(run.stdout).toContain(
      '12345: delete: no pull request #12345 in octo-org/octo-site; not updated for 40 days'
    )
    expect(run.stdout).toContain('review: keep: not a pull request number; not updated for 29 days')
  })

  test('named and branch environments are pruned by age only', async () => {
    const site = defaultSite(emulator)
    addPreview(site, 'staging', { branch: 'main', idleDays: 400 })
    const { run, requests } = await prune()
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests)).toEqual([])
    expect(githubApiRequests(requests)).toEqual([])
    expect(run.outputs.pruned).toBe('')
    expect(site.environments.has('staging')).toBe(true)
  })

  test('a dry run lists what it would delete and deletes nothing', async () => {
    mixedSite()
    const { run, requests } = await prune({ 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      'Dry run: would delete 2 of 4 preview environments (40, 41). Nothing was deleted.'
    )
    expect(deletesOf(requests)).toEqual([])
    expect(defaultSite(emulator).environments.size).toBe(5)
    expect(run.outputs.outcome).toBe('dry-run')
    expect(run.outputs.pruned).toBe('')
    expect(run.summary).toContain('<td>would be deleted</td>')
  })

  test('production is never deleted, however old', async () => {
    const production = defaultSite(emulator).environments.get('default')!
    production.lastUpdatedOn = '2020-01-01T00:00:00.000Z'
    addPreview(defaultSite(emulator), 'staging', { idleDays: 100 })
    const { run, requests } = await prune({ 'prune-max-age-days': '1' })
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests)).toEqual(['staging'])
    expect(defaultSite(emulator).environments.has('default')).toBe(true)
  })

  test('every page of the listing is read (nextLink)', async () => {
    const site = defaultSite(emulator)
    for (let n = 1; n <= 6; n++) addPreview(site, `old${n}`, { idleDays: 60 })
    const { run, requests } = await prune({ 'prune-max-age-days': '30' })
    expect(run.exitCode).toBe(0)
    // Seven builds on pages of two.
    expect(listingsOf(requests)).toHaveLength(4)
    expect(deletesOf(requests)).toHaveLength(6)
  })

  test('without github-token, prune-max-age-days alone decides for branch and named environments; GitHub is not asked', async () => {
    mixedSite()
    addPreview(defaultSite(emulator), '41', { idleDays: 90 })
    addPreview(defaultSite(emulator), 'old', { branch: 'old', idleDays: 90 })
    const { run, requests } = await prune({ 'github-token': '', 'prune-max-age-days': '60' })
    expect(run.exitCode).toBe(0)
    // A pull request's environment may belong to an open pull request: not deleted unasked.
    expect(deletesOf(requests)).toEqual(['old'])
    expect(githubApiRequests(requests)).toEqual([])
    expect(run.stdout).toContain('github-token is blank: pull requests are not looked up')
    expect(run.stdout).toContain(
      '41: keep: pull request #41 not looked up (github-token is blank); not updated for 90 days (kept: prune-max-age-days is for branch and named environments)'
    )
  })

  test('with neither github-token nor prune-max-age-days it refuses before any request', async () => {
    const { run, requests } = await prune({ 'github-token': '' })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain('Input action: prune has nothing to go by')
    expect(requests).toEqual([])
  })

  test('prune-max-age-days on an upload is an input error', async () => {
    const { run, requests } = await runCounted(emulator, { inputs: { 'prune-max-age-days': '7' } })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain('Input prune-max-age-days is only read with action: prune')
    expect(requests).toEqual([])
  })

  test('a token without pull-requests: read fails with the fix, and nothing is deleted', async () => {
    mixedSite()
    const { run, requests } = await prune({
      'github-token': jobToken(emulator, { 'pull-requests': 'none', issues: 'none' })
    })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(
      'GitHub read pull request #40 failed: HTTP 403 (Resource not accessible by integration)'
    )
    expect(error).toContain('Give the job `permissions: pull-requests: read`')
    expect(error).toContain('troubleshooting.md#github-api')
    expect(deletesOf(requests)).toEqual([])
  })

  test('a secondary rate limit is waited out (Retry-After) and the prune goes on', async () => {
    mixedSite()
    emulator.githubApi.behaviour.secondaryLimit = { times: 1, status: 403, retryAfterSeconds: 1 }
    const { run, requests } = await prune()
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(
      /GitHub read pull request #40: HTTP 403 \(rate limited\); retrying in 1 s/
    )
    expect(githubApiRequests(requests).map((request) => request.status)).toEqual([
      403, 200, 200, 200
    ])
    expect(deletesOf(requests)).toEqual(['40', '41'])
  })

  test('a used-up primary rate limit (403, x-ratelimit-remaining: 0) is waited out until x-ratelimit-reset', async () => {
    mixedSite()
    emulator.githubApi.rateLimit = {
      limit: 1000,
      remaining: 0,
      resetAt: Math.floor(Date.now() / 1000) + 3600,
      // Counted from the run's first GitHub request, so a slow start cannot outlast it.
      usedUpForSeconds: 2
    }
    const { run } = await prune()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.pruned).toBe('40,41')
    expect(run.stdout).toMatch(
      /GitHub read pull request #40: HTTP 403 \(rate limited\); retrying in [0-9.]+ s/
    )
  })

  test('a primary rate limit that resets in an hour fails with the reset time, before any deletion', async () => {
    mixedSite()
    const resetAt = Math.floor(Date.now() / 1000) + 3600
    emulator.githubApi.rateLimit = { limit: 1000, remaining: 0, resetAt }
    const { run, requests } = await prune()
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain('API rate limit exceeded for installation ID')
    expect(error).toContain(`the limit resets at ${new Date(resetAt * 1000).toISOString()}`)
    expect(githubApiRequests(requests)).toHaveLength(1)
    expect(deletesOf(requests)).toEqual([])
  })

  test('a deletion refused midway fails the run, still tries the rest and reports what was deleted', async () => {
    mixedSite()
    emulator.host.addFault({
      service: 'arm',
      method: 'DELETE',
      path: /\/builds\/41$/,
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
    expect(errorLines(run)).toContain('ARM delete environment failed: HTTP 409 Conflict')
    expect(deletesOf(requests)).toEqual(['40', '41'])
    expect(run.outputs.pruned).toBe('40')
    expect(run.outputs.outcome).toBe('failed')
    expect(run.summary).toContain('<td>41</td>')
    expect(run.summary).toContain('<td>delete failed</td>')
  })

  test('on pull_request closed it deletes the closed pull request’s environment', async () => {
    addPullRequest(emulator.githubApi.repository(), { number: 42, state: 'closed' })
    addPreview(defaultSite(emulator), '42')
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const { run, requests } = await runCounted(emulator, {
      event: pullRequestEvent('closed'),
      inputs: { action: 'prune', 'github-token': jobToken(emulator) },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests)).toEqual(['42'])
    expect(run.outputs.pruned).toBe('42')
  })

  test('the GitHub token goes to GITHUB_API_URL only, and the ARM token to ARM only', async () => {
    mixedSite()
    const token = jobToken(emulator)
    const { requests } = await prune({ 'github-token': token })
    const carrying = requests.filter((request) => request.authorization?.includes(token))
    expect(carrying.length).toBe(3)
    expect(new Set(carrying.map((request) => request.service))).toEqual(new Set(['githubApi']))
    expect(carrying.every((request) => request.authorization === `Bearer ${token}`)).toBe(true)
    expect(
      githubApiRequests(requests).every((request) => request.authorization === `Bearer ${token}`)
    ).toBe(true)
  })
})
