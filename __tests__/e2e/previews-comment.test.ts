// pr-comment through dist/index.js: one comment per app on the pull request, found again by its
// hidden marker (through every page of comments) and updated in place; a monorepo's apps get one
// each; a missing `pull-requests: write`, a fork's read-only token, a rate limit or a foreign page
// link is a warning with the fix and the deployment still succeeds; the token reaches
// GITHUB_API_URL only, GHES's /api/v3 base included.
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { ACTIONS_BOT, addComments } from '../../emulator/github-repos.js'
import { addSite, grantRole, LEAST_PRIVILEGE_ACTIONS, staticSiteId } from '../../emulator/world.js'
import {
  annotations,
  presentSubject,
  pullRequestEvent,
  PULL_REQUEST_SUBJECT,
  runCounted,
  succeeded,
  type CountedRun
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import { githubApiRequests, jobToken, previewsBaseline } from '../support/previews.js'

let emulator: Emulator
useTestEmulator(previewsBaseline, (started) => (emulator = started))

/** The hidden first line of an app's comment: it names the app's resource id. */
function markerOf(app: string): string {
  const site = emulator.world.sites[0]!
  return `<!-- keyless-swa-deploy preview: app=/subscriptions/${site.subscriptionId}/resourceGroups/${site.resourceGroup}/providers/Microsoft.Web/staticSites/${app} -->`
}
const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4'

function commentsOn42(): { id: number; body: string }[] {
  return emulator.githubApi.repository().comments.filter((comment) => comment.issue === 42)
}

async function deployPreview(
  inputs: Record<string, string> = {},
  event = pullRequestEvent('synchronize'),
  env: Record<string, string | undefined> = {}
): Promise<CountedRun> {
  presentSubject(emulator, PULL_REQUEST_SUBJECT)
  return await runCounted(emulator, {
    event,
    inputs: { 'pr-comment': 'true', 'github-token': jobToken(emulator), ...inputs },
    env
  })
}

describe('pr-comment: true', () => {
  test('writes one comment with the preview URL, commit, files and time, then updates it in place', async () => {
    const first = await deployPreview()
    expect(errorLines(first.run)).toBe('')
    expect(first.run.exitCode).toBe(0)
    const url = succeeded(first).siteUrl!
    const [created] = commentsOn42()
    expect(commentsOn42()).toHaveLength(1)
    expect(created!.body.split('\n')[0]).toBe(markerOf('octo-site'))
    expect(created!.body).toContain(`| Preview | [${url}](${url}) |`)
    expect(created!.body).toContain('| Environment | `42` |')
    expect(created!.body).toContain(`| Commit | \`${HEAD_SHA.slice(0, 12)}\` |`)
    expect(created!.body).toMatch(/\| Files \| 4 \(1\.3 KiB, 1,312 bytes\) \|/)
    expect(created!.body).toMatch(
      /\| Deployed \| \d{4}-\d\d-\d\d \d\d:\d\d UTC, in \d+(\.\d)? s, by \[this run\]\(https:\/\/github\.com\/octo-org\/octo-site\/actions\/runs\/1001\) \|/
    )
    expect(first.run.stdout).toContain('Preview comment created on pull request #42.')

    const second = await deployPreview()
    expect(second.run.exitCode).toBe(0)
    expect(second.run.stdout).toContain('Preview comment updated on pull request #42.')
    expect(commentsOn42()).toHaveLength(1)
    expect(commentsOn42()[0]!.id).toBe(created!.id)
    expect(githubApiRequests(second.requests).map((request) => request.method)).toEqual([
      'GET', // the pull request's state
      'GET', // who the token is (GITHUB_TOKEN: 403, github-actions[bot])
      'GET', // the comments
      'PATCH'
    ])
  })

  test('speaks GitHub REST: Bearer, application/vnd.github+json, X-GitHub-Api-Version 2022-11-28', async () => {
    const from = emulator.githubApi.calls.length
    const token = jobToken(emulator)
    const { run } = await deployPreview({ 'github-token': token })
    // Masked before its first use; the leak scan of every run knows it (issuedSecrets).
    expect(run.stdout).toContain(`::add-mask::${token}`)
    expect(emulator.issuedSecrets()).toContain(token)
    const calls = emulator.githubApi.calls.slice(from)
    expect(calls.length).toBeGreaterThan(0)
    for (const call of calls) {
      expect(call).toMatchObject({
        scheme: 'Bearer',
        accept: 'application/vnd.github+json',
        apiVersion: '2022-11-28'
      })
    }
    // The one write (the comment created or updated) says its body is JSON.
    const writes = calls.filter((call) => call.method !== 'GET')
    expect(writes.map((call) => call.method)).toEqual([expect.stringMatching(/^(POST|PATCH)$/)])
    for (const write of writes) expect(write.contentType).toBe('application/json; charset=utf-8')
  })

  test('a monorepo gets one comment per app', async () => {
    const docs = addSite(emulator.world, emulator.urls.content, { name: 'octo-docs' })
    grantRole(
      emulator.world,
      emulator.world.apps[0]!.objectId,
      staticSiteId(docs),
      LEAST_PRIVILEGE_ACTIONS
    )
    try {
      expect((await deployPreview()).run.exitCode).toBe(0)
      expect((await deployPreview({ 'app-name': 'octo-docs' })).run.exitCode).toBe(0)
      expect((await deployPreview()).run.exitCode).toBe(0)
      const markers = commentsOn42().map((comment) => comment.body.split('\n')[0])
      expect(markers).toEqual([markerOf('octo-site'), markerOf('octo-docs')])
    } finally {
      emulator.world.sites.splice(emulator.world.sites.indexOf(docs), 1)
    }
  })

  test('finds its comment on a later page (Link rel="next", as GitHub spells it)', async () => {
    addComments(emulator.githubApi.repository(), 42, 150, (n) =>
      n === 120 ? { body: `${markerOf('octo-site')}\nold preview`, user: ACTIONS_BOT } : {}
    )
    const { run, requests } = await deployPreview()
    expect(run.exitCode).toBe(0)
    expect(commentsOn42()).toHaveLength(150)
    expect(commentsOn42()[120]!.body).not.toContain('old preview')
    expect(commentsOn42()[120]!.body).toContain('| Environment | `42` |')
    expect(
      githubApiRequests(requests).map((request) => `${request.method} ${request.url}`)
    ).toEqual([
      'GET /repos/octo-org/octo-site/pulls/42',
      'GET /user',
      'GET /repos/octo-org/octo-site/issues/42/comments?per_page=100',
      'GET /repositories/700000001/issues/42/comments?per_page=100&page=2',
      'PATCH /repos/octo-org/octo-site/issues/comments/620'
    ])
  })

  test('a quoted marker in someone’s reply is not taken for the comment', async () => {
    addComments(emulator.githubApi.repository(), 42, 1, () => ({
      body: `> ${markerOf('octo-site')}\n> quoting the bot`
    }))
    expect((await deployPreview()).run.exitCode).toBe(0)
    expect(commentsOn42()).toHaveLength(2)
    expect(commentsOn42()[0]!.body).toContain('quoting the bot')
  })

  test('without pull-requests: write: a warning with the fix, and the deployment succeeds', async () => {
    const token = jobToken(emulator, { 'pull-requests': 'read', issues: 'none' })
    const counted = await deployPreview({ 'github-token': token })
    expect(counted.run.exitCode).toBe(0)
    expect(counted.run.outputs.outcome).toBe('deployed')
    succeeded(counted)
    const warning = annotations(counted.run, 'warning').join('\n')
    expect(warning).toContain(
      'pr-comment: no comment on pull request #42: GitHub comment on #42 failed: HTTP 403 (Resource not accessible by integration)'
    )
    expect(warning).toContain('Fix: Give the job `permissions: pull-requests: write`')
    expect(warning).toContain('The deployment itself succeeded.')
    expect(warning).toContain('troubleshooting.md#pr-comment')
    expect(commentsOn42()).toEqual([])
  })

  test('from a fork (a read-only token): the warning says no permission can fix it', async () => {
    const event = pullRequestEvent('synchronize')
    const payload = event.payload as { pull_request: { head: Record<string, unknown> } }
    payload.pull_request.head.repo = { full_name: 'contributor/octo-site' }
    const token = jobToken(emulator, { 'pull-requests': 'read', issues: 'read' })
    const { run } = await deployPreview({ 'github-token': token }, event)
    expect(run.exitCode).toBe(0)
    expect(annotations(run, 'warning').join('\n')).toContain(
      'This pull request comes from a fork: GitHub gives its workflow runs a read-only token'
    )
  })

  test('a used-up rate limit is a warning, never a failed deployment', async () => {
    emulator.githubApi.rateLimit = {
      limit: 1000,
      remaining: 0,
      resetAt: Math.floor(Date.now() / 1000) + 3600
    }
    const limited = await deployPreview()
    expect(limited.run.exitCode).toBe(0)
    expect(limited.run.outputs.outcome).toBe('deployed')
    expect(annotations(limited.run, 'warning').join('\n')).toContain(
      "GitHub's API rate limit is used up; the limit resets at"
    )
  })

  test('GHES: GITHUB_API_URL https://HOST/api/v3 keeps its path, page links included', async () => {
    addComments(emulator.githubApi.repository(), 42, 101)
    const { run, requests } = await deployPreview({}, pullRequestEvent('synchronize'), {
      GITHUB_API_URL: `${emulator.urls.githubApi}/api/v3/`
    })
    expect(run.exitCode).toBe(0)
    expect(githubApiRequests(requests).map((request) => request.url)).toEqual([
      '/api/v3/repos/octo-org/octo-site/pulls/42',
      '/api/v3/user',
      '/api/v3/repos/octo-org/octo-site/issues/42/comments?per_page=100',
      '/api/v3/repositories/700000001/issues/42/comments?per_page=100&page=2',
      '/api/v3/repos/octo-org/octo-site/issues/42/comments'
    ])
    expect(commentsOn42()).toHaveLength(102)
  })

  test('a page link to another host is not followed: the token stays with GITHUB_API_URL', async () => {
    addComments(emulator.githubApi.repository(), 42, 101)
    emulator.githubApi.behaviour.linkOrigin = emulator.urls.arm
    const token = jobToken(emulator)
    const { run, requests } = await deployPreview({ 'github-token': token })
    expect(run.exitCode).toBe(0)
    expect(annotations(run, 'warning').join('\n')).toContain(
      "GitHub's next-page link leads outside GITHUB_API_URL"
    )
    const carrying = requests.filter((request) => request.authorization?.includes(token))
    expect(new Set(carrying.map((request) => request.service))).toEqual(new Set(['githubApi']))
    expect(commentsOn42()).toHaveLength(101)
  })

  test('not a pull request event: no comment and no GitHub call', async () => {
    const { run, requests } = await runCounted(emulator, {
      inputs: { 'pr-comment': 'true', 'github-token': jobToken(emulator) }
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('pr-comment: this is not a pull request event; no comment.')
    expect(githubApiRequests(requests)).toEqual([])
  })

  test('a blank github-token: a warning, and the deployment succeeds', async () => {
    const { run, requests } = await deployPreview({ 'github-token': '' })
    expect(run.exitCode).toBe(0)
    expect(annotations(run, 'warning').join('\n')).toContain(
      'pr-comment: no comment on pull request #42: github-token is blank'
    )
    expect(githubApiRequests(requests)).toEqual([])
  })
})
