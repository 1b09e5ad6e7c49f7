// GitHub for setup (PROTOCOLS.md §5): the repository's ids, age and default branch, its OIDC
// subject customisation, its environments, and the three Actions variables. The user's token
// comes from GH_TOKEN / GITHUB_TOKEN or `gh auth token`; it is remembered as a secret at once.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { ActionError, InputError } from '../errors.js'
import {
  callGitHub,
  GitHubApiError,
  parseBody,
  repositoryPath,
  type GitHubApi
} from '../github/rest.js'
import { asRecord } from '../json.js'
import { rememberSecret } from '../secrets.js'
import type { Customisation } from './subjects.js'

const run = promisify(execFile)

/** `OWNER/REPO` from a remote URL of `host` (https, ssh or scp-like forms). */
export function repositoryFromRemote(remote: string, host: string): string | undefined {
  const text = remote.trim()
  const patterns = [
    new RegExp(
      `^https?://(?:[^@/]+@)?${escape(host)}(?::\\d+)?/([^/]+)/([^/]+?)(?:\\.git)?/?$`,
      'i'
    ),
    new RegExp(`^ssh://(?:[^@/]+@)?${escape(host)}(?::\\d+)?/([^/]+)/([^/]+?)(?:\\.git)?/?$`, 'i'),
    new RegExp(`^(?:[^@/]+@)?${escape(host)}:([^/]+)/([^/]+?)(?:\\.git)?/?$`, 'i')
  ]
  for (const pattern of patterns) {
    const match = pattern.exec(text)
    if (match) return `${match[1]}/${match[2]}`
  }
  return undefined
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `--repo`, else the clone's `origin` remote on the GitHub host. */
export async function repositoryOf(
  wanted: string | undefined,
  cwd: string,
  githubHost: string
): Promise<string> {
  if (wanted !== undefined) {
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(wanted)) return wanted
    throw new InputError(`--repo '${wanted}' is not OWNER/REPO.`, {
      fix: 'Pass --repo OWNER/REPO, e.g. --repo octo-org/octo-site.'
    })
  }
  let remote: string
  try {
    remote = (await run('git', ['config', '--get', 'remote.origin.url'], { cwd })).stdout
  } catch {
    remote = ''
  }
  const found = repositoryFromRemote(remote, githubHost)
  if (found) return found
  throw new InputError(
    remote.trim()
      ? `The clone's origin remote is not a repository on ${githubHost}.`
      : 'This folder is not a clone with an origin remote.',
    { fix: 'Run setup from a clone of the site repository, or pass --repo OWNER/REPO.' }
  )
}

/** The user's GitHub token: GH_TOKEN, GITHUB_TOKEN, or the GitHub CLI's; undefined without one. */
export async function gitHubToken(
  host: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<{ token: string; source: string } | undefined> {
  for (const name of ['GH_TOKEN', 'GITHUB_TOKEN']) {
    const value = env[name]?.trim()
    if (value) return { token: rememberSecret(value), source: name }
  }
  try {
    const { stdout } = await run('gh', ['auth', 'token', '--hostname', host], {
      timeout: 30_000,
      env: { ...env, GH_PROMPT_DISABLED: '1' },
      shell: process.platform === 'win32'
    })
    const token = stdout.trim()
    if (token) return { token: rememberSecret(token), source: 'gh auth token' }
  } catch {
    // No GitHub CLI, or not signed in: the caller says what that means.
  }
  return undefined
}

export interface RepositoryInfo {
  owner: string
  name: string
  ownerId: string
  repoId: string
  defaultBranch: string
  createdAt: string | undefined
  visibility: string | undefined
}

export async function readRepository(api: GitHubApi, repository: string): Promise<RepositoryInfo> {
  const step = `GitHub read repository ${repository}`
  const reply = await callGitHub(api, {
    step,
    method: 'GET',
    path: `/repos/${repositoryPath(repository)}`,
    permission: 'metadata: read'
  })
  const body = asRecord(parseBody(reply, step)) ?? {}
  const owner = asRecord(body.owner) ?? {}
  const [ownerName, repoName] = String(body.full_name ?? repository).split('/')
  return {
    owner: String(owner.login ?? ownerName),
    name: String(body.name ?? repoName),
    ownerId: String(owner.id ?? ''),
    repoId: String(body.id ?? ''),
    defaultBranch: String(body.default_branch ?? ''),
    createdAt: typeof body.created_at === 'string' ? body.created_at : undefined,
    visibility: typeof body.visibility === 'string' ? body.visibility : undefined
  }
}

/** The repository's subject template, its organisation's, or "cannot tell" with the reason. */
export async function readCustomisation(
  api: GitHubApi,
  info: RepositoryInfo
): Promise<Customisation> {
  const repository = `${info.owner}/${info.name}`
  let repoSettings: Record<string, unknown>
  try {
    const step = 'GitHub read OIDC subject customisation'
    const reply = await callGitHub(api, {
      step,
      method: 'GET',
      path: `/repos/${repositoryPath(repository)}/actions/oidc/customization/sub`,
      permission: 'actions: read'
    })
    repoSettings = asRecord(parseBody(reply, step)) ?? {}
  } catch (error) {
    if (error instanceof GitHubApiError) {
      return {
        kind: 'unknown',
        why: `the repository's subject settings could not be read (${error.message})`
      }
    }
    throw error
  }
  if (repoSettings.use_default !== false) return { kind: 'default' }
  const keys = Array.isArray(repoSettings.include_claim_keys)
    ? repoSettings.include_claim_keys.map(String)
    : []
  if (keys.length > 0) return { kind: 'keys', keys, from: 'repository' }
  try {
    const step = 'GitHub read organisation OIDC subject template'
    const reply = await callGitHub(api, {
      step,
      method: 'GET',
      path: `/orgs/${encodeURIComponent(info.owner)}/actions/oidc/customization/sub`,
      permission: 'read:org'
    })
    const orgKeys = asRecord(parseBody(reply, step))?.include_claim_keys
    if (Array.isArray(orgKeys) && orgKeys.length > 0) {
      return { kind: 'keys', keys: orgKeys.map(String), from: 'organisation' }
    }
    return {
      kind: 'unknown',
      why: "the repository uses its organisation's template, which has no keys"
    }
  } catch (error) {
    if (error instanceof GitHubApiError) {
      return {
        kind: 'unknown',
        why: `the repository uses its organisation's subject template, which could not be read (${error.reason}; a token with read:org can)`
      }
    }
    throw error
  }
}

/** Names of the repository's environments, or undefined when they cannot be read. */
export async function readEnvironments(
  api: GitHubApi,
  repository: string
): Promise<string[] | undefined> {
  const step = 'GitHub list environments'
  const names: string[] = []
  try {
    for (let page = 1; page <= 50; page++) {
      const reply = await callGitHub(api, {
        step,
        method: 'GET',
        path: `/repos/${repositoryPath(repository)}/environments?per_page=100&page=${page}`,
        permission: 'actions: read'
      })
      const body = asRecord(parseBody(reply, step)) ?? {}
      const list = Array.isArray(body.environments) ? body.environments : []
      names.push(...list.map((item) => String(asRecord(item)?.name ?? '')))
      if (list.length < 100 || names.length >= Number(body.total_count ?? 0)) break
    }
    return names
  } catch (error) {
    if (error instanceof GitHubApiError) return undefined
    throw error
  }
}

/** A repository variable's value, or undefined when it does not exist. */
export async function readVariable(
  api: GitHubApi,
  repository: string,
  name: string
): Promise<string | undefined> {
  const step = `GitHub read variable ${name}`
  try {
    const reply = await callGitHub(api, {
      step,
      method: 'GET',
      path: `/repos/${repositoryPath(repository)}/actions/variables/${encodeURIComponent(name)}`,
      permission: 'Variables: read'
    })
    const value = asRecord(parseBody(reply, step))?.value
    return typeof value === 'string' ? value : undefined
  } catch (error) {
    if (error instanceof GitHubApiError && error.reason === 'not-found') return undefined
    throw error
  }
}

/** Creates or updates a repository variable. */
export async function writeVariable(
  api: GitHubApi,
  repository: string,
  name: string,
  value: string,
  exists: boolean
): Promise<void> {
  const path = `/repos/${repositoryPath(repository)}/actions/variables`
  try {
    await callGitHub(api, {
      step: `GitHub write variable ${name}`,
      method: exists ? 'PATCH' : 'POST',
      path: exists ? `${path}/${encodeURIComponent(name)}` : path,
      body: { name, value },
      permission: 'Variables: write'
    })
  } catch (error) {
    if (error instanceof GitHubApiError && error.reason === 'forbidden') {
      throw new ActionError(`${error.message}`, {
        ...(error.step ? { step: error.step } : {}),
        doc: 'setup',
        fix: 'Use a token that may write Actions variables of the repository (fine-grained: "Variables: write"; classic: repo), e.g. gh auth refresh -s repo, or leave out --set-variables and add the three variables by hand.'
      })
    }
    throw error
  }
}
