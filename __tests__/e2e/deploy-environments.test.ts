// Where a run deploys, through dist/index.js: a named environment, a pull request's environment,
// and production-branch sending other branches to an environment named after the branch.
import { describe, expect, test } from '@jest/globals'
import path from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { SAMPLE_SITE } from '../../emulator/runner.js'
import {
  defaultSite,
  deployBaseline,
  deployedDigests,
  folderDigests,
  presentSubject,
  pullRequestEvent,
  PULL_REQUEST_SUBJECT,
  runCounted,
  succeeded
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

describe('deployment-environment', () => {
  test("'staging' deploys the site to that preview environment, which ARM then lists", async () => {
    expect(defaultSite(emulator).environments.has('staging')).toBe(false)
    const counted = await runCounted(emulator, { inputs: { 'deployment-environment': 'staging' } })
    const { run } = counted
    expect(run.exitCode).toBe(0)

    const deployment = succeeded(counted)
    expect(deployment.environment).toBe('staging')
    expect(deployedDigests(deployment)).toEqual(folderDigests(path.join(run.workspace, 'dist')))
    expect(run.outputs.environment).toBe('staging')
    expect(run.outputs.url).toBe(deployment.siteUrl)
    expect(run.outputs.url).toMatch(/^https:\/\/.*\/staging\/$/)

    const environment = defaultSite(emulator).environments.get('staging')
    expect(environment).toMatchObject({ status: 'Ready', sourceBranch: 'main' })
    expect(environment?.hostname).toBe(deployment.hostname)
    // Production is untouched.
    expect(defaultSite(emulator).environments.get('default')?.status).toBe('Ready')
    expect(run.stdout).toContain("to environment 'staging'")
  })
})

describe('a pull_request event', () => {
  test("deploys to the pull request's environment with its title and branches", async () => {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const counted = await runCounted(emulator, { event: pullRequestEvent('synchronize') })
    const { run } = counted
    expect(run.exitCode).toBe(0)

    const deployment = succeeded(counted)
    expect(deployment.environment).toBe('42')
    expect(deployedDigests(deployment)).toEqual(folderDigests(SAMPLE_SITE))
    expect(run.outputs.environment).toBe('42')
    expect(run.outputs.url).toBe(deployment.siteUrl)

    // The content plane made environment '42' from IsPullRequest + PullRequestId, and kept the
    // head branch and title the action sent.
    const environment = defaultSite(emulator).environments.get('42')
    expect(environment).toMatchObject({
      status: 'Ready',
      sourceBranch: 'feature/login',
      pullRequestTitle: 'Add the login page'
    })
    expect(run.stdout).toContain('the environment of pull request #42')
    expect(run.summary).toContain(PULL_REQUEST_SUBJECT)
  })

  test('deployment-environment wins over the pull request number', async () => {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const counted = await runCounted(emulator, {
      event: pullRequestEvent('opened'),
      inputs: { 'deployment-environment': 'review' }
    })
    expect(counted.run.exitCode).toBe(0)
    expect(succeeded(counted).environment).toBe('review')
    expect(defaultSite(emulator).environments.has('42')).toBe(false)
    expect(defaultSite(emulator).environments.get('review')?.sourceBranch).toBe('feature/login')
  })
})

describe('production-branch', () => {
  test("a push to 'feature/Login-2' deploys to preview environment 'featureLogin2'", async () => {
    presentSubject(emulator, 'repo:octo-org/octo-site:ref:refs/heads/feature/Login-2')
    const counted = await runCounted(emulator, {
      inputs: { 'production-branch': 'main' },
      event: {
        name: 'push',
        payload: { ref: 'refs/heads/feature/Login-2' },
        ref: 'refs/heads/feature/Login-2'
      }
    })
    const { run } = counted
    expect(run.exitCode).toBe(0)
    const deployment = succeeded(counted)
    expect(deployment.environment).toBe('featureLogin2')
    expect(deployedDigests(deployment)).toEqual(folderDigests(SAMPLE_SITE))
    expect(run.outputs.environment).toBe('featureLogin2')
    expect(defaultSite(emulator).environments.get('featureLogin2')).toMatchObject({
      status: 'Ready',
      sourceBranch: 'feature/Login-2'
    })
  })

  test('a long branch name is cut to 16 letters and digits', async () => {
    presentSubject(emulator, 'repo:octo-org/octo-site:ref:refs/heads/release/2026-spring-campaign')
    const counted = await runCounted(emulator, {
      inputs: { 'production-branch': 'main' },
      event: {
        name: 'push',
        payload: {},
        ref: 'refs/heads/release/2026-spring-campaign'
      }
    })
    expect(counted.run.exitCode).toBe(0)
    expect(succeeded(counted).environment).toBe('release2026sprin')
  })

  test('a push to the production branch deploys to production', async () => {
    const counted = await runCounted(emulator, { inputs: { 'production-branch': 'main' } })
    expect(counted.run.exitCode).toBe(0)
    expect(succeeded(counted).environment).toBe('production')
    expect(counted.run.outputs.environment).toBe('production')
    expect([...defaultSite(emulator).environments.keys()]).toEqual(['default'])
  })

  test('a pull_request event file that is JSON but has no pull_request.number says so, before any network call', async () => {
    const counted = await runCounted(emulator, {
      event: { name: 'pull_request', payload: { action: 'opened' }, ref: 'refs/heads/feature' }
    })
    expect(counted.run.exitCode).toBe(1)
    const said = errorLines(counted.run)
    expect(said).toMatch(
      /GITHUB_EVENT_PATH \(\S+\) is readable JSON but has no pull_request\.number, and GITHUB_REF 'refs\/heads\/feature' is not refs\/pull\/<number>\/merge/
    )
    expect(said).not.toContain('unreadable')
    expect(said).toMatch(/Fix: .*deployment-environment/)
    expect(counted.requests).toEqual([])
    expect(counted.run.outputs).toEqual({ outcome: 'failed' })
  })

  test('a branch with no letters or digits is refused before any network call', async () => {
    const counted = await runCounted(emulator, {
      inputs: { 'production-branch': 'main' },
      event: { name: 'push', payload: {}, ref: 'refs/heads/_-_' }
    })
    expect(counted.run.exitCode).toBe(1)
    expect(errorLines(counted.run)).toContain("Branch '_-_' has no letters or digits")
    expect(errorLines(counted.run)).toContain('deployment-environment')
    expect(counted.requests).toEqual([])
    expect(counted.run.outputs).toEqual({ outcome: 'failed' })
  })
})
