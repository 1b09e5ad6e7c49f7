// GitHub as the setup command meets it (PROTOCOLS.md §1, §5): the repository's ids and creation
// date, its OIDC subject customisation and the organisation's template, environments in pages,
// Actions variables with the 403 of a token without the right, and tokens whose `sub` follows the
// repository's subject form and customisation for a given job.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import type { GitHubRepository } from '../../emulator/github-repos.js'
import { request, peek, type Reply } from './client.js'

let emulator: Emulator
let repository: GitHubRepository
let userToken: string

function gh(
  path: string,
  token: string | undefined,
  options: { method?: string; body?: unknown } = {}
): Promise<Reply> {
  return request(emulator.caFile, `${emulator.urls.githubApi}${path}`, {
    method: options.method ?? 'GET',
    headers: {
      'user-agent': 'keyless-swa-deploy-setup',
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {})
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {})
  })
}

function subOf(job: Parameters<Emulator['runJob']>[0]): string {
  emulator.runJob(job)
  return peek(emulator.github.issueToken('api://AzureADTokenExchange')).claims['sub'] as string
}

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false })
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(() => {
  emulator.githubApi.reset()
  repository = emulator.githubApi.repository()
  userToken = emulator.githubApi.issueToken({
    kind: 'user',
    readOrg: true,
    permissions: { 'pull-requests': 'read', issues: 'none', variables: 'write' }
  })
})

describe('the repository and its subject customisation', () => {
  it('GET /repos/O/R carries the ids, owner, creation date, default branch and visibility', async () => {
    const reply = await gh('/repos/octo-org/octo-site', userToken)
    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({
      id: 700000001,
      name: 'octo-site',
      full_name: 'octo-org/octo-site',
      owner: { login: 'octo-org', id: 9000001, type: 'Organization' },
      created_at: '2024-03-01T12:00:00Z',
      default_branch: 'main',
      visibility: 'private'
    })
  })

  it('repository customisation, and the organisation template behind read:org', async () => {
    expect(
      (await gh('/repos/octo-org/octo-site/actions/oidc/customization/sub', userToken)).json
    ).toEqual({ use_default: true })
    repository.oidcSubject = {
      useDefault: false,
      includeClaimKeys: ['repo', 'context', 'job_workflow_ref']
    }
    expect(
      (await gh('/repos/octo-org/octo-site/actions/oidc/customization/sub', userToken)).json
    ).toEqual({
      use_default: false,
      include_claim_keys: ['repo', 'context', 'job_workflow_ref']
    })
    emulator.githubApi.organizations.get('octo-org')!.includeClaimKeys = [
      'repository_owner',
      'context'
    ]
    const template = await gh('/orgs/octo-org/actions/oidc/customization/sub', userToken)
    expect(template.json).toEqual({ include_claim_keys: ['repository_owner', 'context'] })
    const noReadOrg = emulator.githubApi.issueToken({ kind: 'user' })
    const denied = await gh('/orgs/octo-org/actions/oidc/customization/sub', noReadOrg)
    expect({ status: denied.status, message: denied.json.message }).toEqual({
      status: 403,
      message: 'Resource not accessible by personal access token'
    })
    expect((await gh('/orgs/no-such-org/actions/oidc/customization/sub', userToken)).status).toBe(
      404
    )
  })
})

describe('environments and variables', () => {
  it('lists environments in pages with total_count and a Link to the next', async () => {
    for (let n = 1; n <= 3; n += 1)
      repository.environments!.set(`env-${n}`, {
        id: 160000 + n,
        createdAt: '2025-01-01T00:00:00Z'
      })
    const first = await gh('/repos/octo-org/octo-site/environments?per_page=2', userToken)
    expect(first.json.total_count).toBe(3)
    expect(
      first.json.environments.map((environment: { name: string }) => environment.name)
    ).toEqual(['env-1', 'env-2'])
    expect(first.headers.link).toContain('rel="next"')
    const second = await gh('/repos/octo-org/octo-site/environments?per_page=2&page=2', userToken)
    expect(second.json.environments).toEqual([
      expect.objectContaining({ id: 160003, name: 'env-3' })
    ])
  })

  it('creates (201), reads, updates (204) a variable; a token without Variables: write gets 403', async () => {
    const path = '/repos/octo-org/octo-site/actions/variables'
    expect((await gh(`${path}/AZURE_CLIENT_ID`, userToken)).status).toBe(404)
    const created = await gh(path, userToken, {
      method: 'POST',
      body: { name: 'AZURE_CLIENT_ID', value: 'one' }
    })
    expect(created.status).toBe(201)
    const updated = await gh(`${path}/AZURE_CLIENT_ID`, userToken, {
      method: 'PATCH',
      body: { name: 'AZURE_CLIENT_ID', value: 'two' }
    })
    expect(updated.status).toBe(204)
    expect((await gh(`${path}/AZURE_CLIENT_ID`, userToken)).json).toMatchObject({
      name: 'AZURE_CLIENT_ID',
      value: 'two'
    })
    const reader = emulator.githubApi.issueToken({
      kind: 'user',
      permissions: { 'pull-requests': 'read', issues: 'none', variables: 'read' }
    })
    const denied = await gh(path, reader, {
      method: 'POST',
      body: { name: 'AZURE_TENANT_ID', value: 't' }
    })
    expect({ status: denied.status, message: denied.json.message }).toEqual({
      status: 403,
      message: 'Resource not accessible by personal access token'
    })
    expect(repository.variables!.has('AZURE_TENANT_ID')).toBe(false)
  })
})

describe('tokens minted for a job carry the subject GitHub would give it', () => {
  it('name-based default subjects per environment, pull request, branch and tag', () => {
    expect(subOf({ event: 'push', ref: 'refs/heads/main' })).toBe(
      'repo:octo-org/octo-site:ref:refs/heads/main'
    )
    expect(subOf({ event: 'pull_request', ref: 'refs/pull/42/merge' })).toBe(
      'repo:octo-org/octo-site:pull_request'
    )
    expect(subOf({ event: 'push', ref: 'refs/heads/main', environment: 'production' })).toBe(
      'repo:octo-org/octo-site:environment:production'
    )
    expect(subOf({ event: 'push', ref: 'refs/tags/v1.0' })).toBe(
      'repo:octo-org/octo-site:ref:refs/tags/v1.0'
    )
    expect(emulator.github.claims['ref_type']).toBe('tag')
  })

  it('immutable subjects and customised claim keys (repository, then the organisation template)', () => {
    repository.immutableSubjects = true
    expect(subOf({ event: 'push', ref: 'refs/heads/main' })).toBe(
      'repo:octo-org@9000001/octo-site@700000001:ref:refs/heads/main'
    )
    repository.immutableSubjects = false
    repository.oidcSubject = {
      useDefault: false,
      includeClaimKeys: ['repo', 'context', 'job_workflow_ref']
    }
    expect(subOf({ event: 'push', ref: 'refs/heads/main', environment: 'prod' })).toBe(
      'repo:octo-org/octo-site:environment:prod:job_workflow_ref:octo-org/octo-site/.github/workflows/deploy.yml@refs/heads/main'
    )
    repository.oidcSubject = { useDefault: false }
    emulator.githubApi.organizations.get('octo-org')!.includeClaimKeys = [
      'repository_owner_id',
      'context'
    ]
    expect(subOf({ event: 'pull_request', ref: 'refs/pull/7/merge' })).toBe(
      'repository_owner_id:9000001:pull_request'
    )
  })
})
