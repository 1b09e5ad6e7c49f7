// The repositories the emulated GitHub REST API serves: pull requests (open, closed, merged) and
// their issue comments, plain mutable data a test edits, and the JSON GitHub shapes them into.
import { randomBytes } from 'node:crypto'

export interface GitHubUser {
  login: string
  id: number
  type: 'User' | 'Bot'
}

/** What GITHUB_TOKEN acts as. */
export const ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
export const OCTOCAT: GitHubUser = { login: 'octocat', id: 583231, type: 'User' }

export interface GitHubPullRequest {
  number: number
  title: string
  state: 'open' | 'closed'
  merged: boolean
  headRef: string
  headSha: string
  /** `owner/name` the head branch lives in: another repository for a fork. */
  headRepository: string
  baseRef: string
  user: GitHubUser
  createdAt: string
  updatedAt: string
  closedAt: string | null
  mergedAt: string | null
}

export interface GitHubIssueComment {
  id: number
  /** The issue or pull request number. */
  issue: number
  body: string
  user: GitHubUser
  createdAt: string
  updatedAt: string
}

export interface GitHubRepository {
  id: number
  /** `owner/name` */
  fullName: string
  private: boolean
  pulls: Map<number, GitHubPullRequest>
  comments: GitHubIssueComment[]
  /** The owner's numeric id (`owner.id`; the OIDC claim repository_owner_id). */
  ownerId?: number
  ownerType?: 'User' | 'Organization'
  /** ISO time; repositories created on or after 2026-07-15 present immutable OIDC subjects. */
  createdAt?: string
  defaultBranch?: string
  /** OIDC subjects of the form `repo:O@OWNER_ID/R@REPO_ID:…` (new repositories, or opted in). */
  immutableSubjects?: boolean
  /** The repository's OIDC subject customisation; default `{ useDefault: true }`. */
  oidcSubject?: { useDefault: boolean; includeClaimKeys?: string[] }
  /** Deployment environments by name, with their ids. */
  environments?: Map<string, { id: number; createdAt: string }>
  /** Actions variables of the repository by name. */
  variables?: Map<string, GitHubVariable>
}

interface GitHubVariable {
  name: string
  value: string
  createdAt: string
  updatedAt: string
}

/** An organisation's OIDC subject template (`GET /orgs/O/actions/oidc/customization/sub`). */
export interface GitHubOrganization {
  login: string
  id: number
  /** The template's claim keys; undefined: the organisation never set one. */
  includeClaimKeys?: string[]
}

/** The OIDC owner id of octo-org in the default claims. */
const OCTO_ORG_ID = 9000001

/** octo-org, which never set an OIDC subject template. */
export function defaultOrganizations(): Map<string, GitHubOrganization> {
  return new Map([['octo-org', { login: 'octo-org', id: OCTO_ORG_ID }]])
}

/** octo-org/octo-site (the OIDC claims' repository) with pull request #42 open, as the tests' event says. */
export function defaultRepositories(): Map<string, GitHubRepository> {
  const repository: GitHubRepository = {
    id: 700000001,
    fullName: 'octo-org/octo-site',
    private: true,
    pulls: new Map(),
    comments: [],
    ownerId: OCTO_ORG_ID,
    ownerType: 'Organization',
    createdAt: '2024-03-01T12:00:00Z',
    defaultBranch: 'main',
    immutableSubjects: false,
    oidcSubject: { useDefault: true },
    environments: new Map(),
    variables: new Map()
  }
  addPullRequest(repository, {
    number: 42,
    title: 'Add the login page',
    headRef: 'feature/login',
    headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4'
  })
  return new Map([[repository.fullName.toLowerCase(), repository]])
}

export interface NewPullRequest {
  number: number
  title?: string
  state?: 'open' | 'closed' | 'merged'
  headRef?: string
  headSha?: string
  headRepository?: string
}

/** Adds (or replaces) a pull request; `merged` is closed with a merge. */
export function addPullRequest(
  repository: GitHubRepository,
  spec: NewPullRequest
): GitHubPullRequest {
  const now = new Date().toISOString()
  const closed = spec.state === 'closed' || spec.state === 'merged'
  const pull: GitHubPullRequest = {
    number: spec.number,
    title: spec.title ?? `Change ${spec.number}`,
    state: closed ? 'closed' : 'open',
    merged: spec.state === 'merged',
    headRef: spec.headRef ?? `topic-${spec.number}`,
    headSha: spec.headSha ?? randomBytes(20).toString('hex'),
    headRepository: spec.headRepository ?? repository.fullName,
    baseRef: 'main',
    user: OCTOCAT,
    createdAt: now,
    updatedAt: now,
    closedAt: closed ? now : null,
    mergedAt: spec.state === 'merged' ? now : null
  }
  repository.pulls.set(spec.number, pull)
  return pull
}

/** Adds `count` comments to an issue, by octocat unless `shape` says otherwise (ids from `firstId`). */
export function addComments(
  repository: GitHubRepository,
  issue: number,
  count: number,
  shape: (n: number) => Partial<Pick<GitHubIssueComment, 'body' | 'user'>> = () => ({}),
  firstId = 500
): GitHubIssueComment[] {
  const now = new Date().toISOString()
  const added = Array.from({ length: count }, (_, n) => ({
    id: firstId + n,
    issue,
    body: `Looks good ${n}`,
    user: OCTOCAT,
    createdAt: now,
    updatedAt: now,
    ...shape(n)
  }))
  repository.comments.push(...added)
  return added
}

/** `https://api.github.com` or a GHES `https://HOST/api/v3`, as the client addressed it. */
export type ApiBase = string

export function pullRequestBody(
  base: ApiBase,
  repository: GitHubRepository,
  pull: GitHubPullRequest,
  single: boolean
): Record<string, unknown> {
  const url = `${base}/repos/${repository.fullName}/pulls/${pull.number}`
  const body: Record<string, unknown> = {
    url,
    id: repository.id * 1000 + pull.number,
    node_id: `PR_${Buffer.from(`${repository.id}:${pull.number}`).toString('base64url')}`,
    html_url: `${webOf(base)}/${repository.fullName}/pull/${pull.number}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: userBody(base, pull.user),
    body: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.merged ? randomBytes(20).toString('hex') : null,
    draft: false,
    head: {
      label: `${pull.headRepository.split('/')[0]}:${pull.headRef}`,
      ref: pull.headRef,
      sha: pull.headSha,
      repo: { full_name: pull.headRepository }
    },
    base: {
      label: `${repository.fullName.split('/')[0]}:${pull.baseRef}`,
      ref: pull.baseRef,
      repo: { id: repository.id, full_name: repository.fullName, private: repository.private }
    },
    comments_url: `${base}/repos/${repository.fullName}/issues/${pull.number}/comments`
  }
  // Only `GET …/pulls/N` carries the merge fields; the list leaves them out.
  if (single) Object.assign(body, { merged: pull.merged, mergeable: null, comments: 0 })
  return body
}

export function commentBody(
  base: ApiBase,
  repository: GitHubRepository,
  comment: GitHubIssueComment
): Record<string, unknown> {
  return {
    url: `${base}/repos/${repository.fullName}/issues/comments/${comment.id}`,
    html_url: `${webOf(base)}/${repository.fullName}/pull/${comment.issue}#issuecomment-${comment.id}`,
    issue_url: `${base}/repos/${repository.fullName}/issues/${comment.issue}`,
    id: comment.id,
    node_id: `IC_${Buffer.from(String(comment.id)).toString('base64url')}`,
    user: userBody(base, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    body: comment.body,
    performed_via_github_app: null
  }
}

export function userBody(base: ApiBase, user: GitHubUser): Record<string, unknown> {
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${Buffer.from(user.login).toString('base64url')}`,
    url: `${base}/users/${encodeURIComponent(user.login)}`,
    type: user.type,
    site_admin: false
  }
}

/** The web host next to an API base: api.github.com → github.com, HOST/api/v3 → HOST. */
function webOf(base: ApiBase): string {
  return base.replace('://api.github.com', '://github.com').replace(/\/api\/v3$/, '')
}
