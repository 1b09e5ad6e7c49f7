// GitHub's REST API for the pull-request features (a pull request's state, the preview comment),
// over the action's one transport. The token is masked before its first use and goes only to
// GITHUB_API_URL (GHES: https://HOST/api/v3): a page link that leads anywhere else is not followed.
import { ActionError } from '../errors.js'
import { counted, printable } from '../format.js'
import { STEP_LIMITS } from '../http/limits.js'
import { isTransientStatus, parseRetryAfter } from '../http/retry.js'
import {
  describeBody,
  send,
  type HttpMethod,
  type HttpReply,
  type RawReply
} from '../http/transport.js'
import type { Config } from '../inputs/index.js'
import { registerSecret } from '../secrets.js'

/** The REST API version every call asks for (PROTOCOLS.md §5). */
const GITHUB_API_VERSION = '2022-11-28'
/** GitHub's advice when a secondary rate limit names no wait: at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000
/** Items per page asked for (GitHub's maximum). */
export const PER_PAGE = 100
/** Pages followed at most, so a server that links forever cannot keep the step running. */
const MAX_PAGES = 50

export interface GitHubApi {
  /** GITHUB_API_URL without a trailing slash. */
  baseUrl: string
  /** Registered as a secret when the client was made. */
  token: string
  /** The run's cancellation. */
  signal: AbortSignal
}

/**
 * The client, or undefined without a token or a usable GITHUB_API_URL; the token is masked here,
 * before anything can use it.
 */
export function connectGitHub(
  config: Pick<Config, 'githubToken' | 'githubApiUrl'>,
  signal: AbortSignal
): GitHubApi | undefined {
  if (config.githubToken === undefined || config.githubApiUrl === undefined) return undefined
  return {
    baseUrl: config.githubApiUrl.replace(/\/+$/, ''),
    token: registerSecret(config.githubToken),
    signal
  }
}

export interface GitHubCall {
  /** Names the call in errors and retry lines, e.g. 'GitHub read pull request #42'. */
  step: string
  method: HttpMethod
  /** Below the base URL, e.g. `/repos/octo-org/octo-site/pulls/42`, query included. */
  path: string
  body?: unknown
  /** The job permission the call needs, named in the fix of a 403, e.g. `pull-requests: write`. */
  permission: string
}

export type GitHubFailure = 'unauthorized' | 'forbidden' | 'not-found' | 'rate-limited' | 'other'

/** A call GitHub refused, or that could not be answered; `reason` says which kind. */
export class GitHubApiError extends ActionError {
  constructor(
    message: string,
    details: ConstructorParameters<typeof ActionError>[1],
    readonly reason: GitHubFailure,
    /** GitHub's own `message`, as received (through the printable filter). */
    readonly githubMessage: string
  ) {
    super(message, details)
    this.name = 'GitHubApiError'
  }
}

/** One call; a 2xx reply is returned, anything else thrown as a GitHubApiError. */
export async function callGitHub(api: GitHubApi, call: GitHubCall): Promise<HttpReply> {
  return await sendTo(api, call, `${api.baseUrl}${call.path}`)
}

/** Every item of a listing, following the Link header's `next` (only inside GITHUB_API_URL). */
export async function listAll<T>(api: GitHubApi, call: GitHubCall): Promise<T[]> {
  const items: T[] = []
  let url: string | undefined = `${api.baseUrl}${call.path}`
  for (let page = 1; url !== undefined; page++) {
    if (page > MAX_PAGES) {
      throw new GitHubApiError(
        `${call.step}: GitHub linked more than ${MAX_PAGES} pages; the listing was not finished.`,
        { step: call.step, doc: 'github-api' },
        'other',
        ''
      )
    }
    const reply = await sendTo(api, call, url)
    const body = parseBody(reply, call.step)
    if (!Array.isArray(body)) throw notAList(call.step, reply)
    items.push(...(body as T[]))
    url = nextPage(reply.headers.link, api, call.step)
  }
  return items
}

async function sendTo(api: GitHubApi, call: GitHubCall, url: string): Promise<HttpReply> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${api.token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': GITHUB_API_VERSION
  }
  if (call.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8'
  const reply = await send({
    step: call.step,
    method: call.method,
    url,
    headers,
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    signal: api.signal,
    limits: STEP_LIMITS.githubApi,
    throttled: (answer) => rateLimitWait(answer)
  })
  if (reply.status >= 200 && reply.status < 300) return reply
  throw gitHubError(call, reply)
}

/**
 * How long GitHub asks to wait (docs: "Rate limits for the REST API"): `retry-after` when it is
 * there; else until `x-ratelimit-reset` when `x-ratelimit-remaining` is 0, counted on GitHub's own
 * clock (its Date header); else a minute for a secondary limit. Undefined: not a rate limit.
 */
export function rateLimitWait(reply: RawReply, now = Date.now()): number | undefined {
  if (reply.status !== 403 && reply.status !== 429) return undefined
  const retryAfter = parseRetryAfter(reply.headers['retry-after'], now)
  if (retryAfter !== undefined) return retryAfter
  if (reply.headers['x-ratelimit-remaining']?.trim() === '0') {
    const reset = Number(reply.headers['x-ratelimit-reset'])
    const serverNow = Date.parse(reply.headers.date ?? '')
    if (!Number.isFinite(reset)) return SECONDARY_LIMIT_WAIT_MS
    return Math.max(0, reset * 1000 - (Number.isNaN(serverNow) ? now : serverNow))
  }
  if (/secondary rate limit/i.test(reply.body)) return SECONDARY_LIMIT_WAIT_MS
  return undefined
}

/** The `rel="next"` URL of a Link header, refused when it leads outside GITHUB_API_URL. */
export function nextPage(
  link: string | undefined,
  api: Pick<GitHubApi, 'baseUrl'>,
  step: string
): string | undefined {
  if (!link) return undefined
  const target = link
    .split(',')
    .map((part) => /^\s*<([^>]*)>(.*)$/.exec(part))
    .find((match) => match !== null && relationsOf(match[2]!).includes('next'))?.[1]
  if (target === undefined) return undefined
  if (!isBelowBaseUrl(api.baseUrl, target)) {
    throw new GitHubApiError(
      `${step}: GitHub's next-page link leads outside GITHUB_API_URL (to ${originOf(target)}); it was not followed, so the token stays with ${originOf(api.baseUrl)}.`,
      {
        step,
        doc: 'github-api',
        fix: 'Check GITHUB_API_URL is the API of the GitHub that runs the workflow (GHES: https://HOST/api/v3).'
      },
      'other',
      ''
    )
  }
  return target
}

/** The `rel` of one Link entry's parameters, e.g. `; rel="next"` → ['next']. */
function relationsOf(parameters: string): string[] {
  const rel = /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(parameters)?.[1] ?? ''
  return rel.trim().toLowerCase().split(/\s+/)
}

/** Same origin and below the base path: where the token may go. */
function isBelowBaseUrl(baseUrl: string, target: string): boolean {
  try {
    const base = new URL(baseUrl)
    const url = new URL(target)
    const basePath = base.pathname.replace(/\/+$/, '')
    return (
      url.origin === base.origin &&
      url.username === '' &&
      url.password === '' &&
      (basePath === '' || url.pathname.startsWith(`${basePath}/`))
    )
  } catch {
    return false
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return 'an invalid URL'
  }
}

/** The reply's JSON; a body that is not JSON is an error naming the step. */
export function parseBody(reply: HttpReply, step: string): unknown {
  try {
    return JSON.parse(reply.body) as unknown
  } catch {
    throw new GitHubApiError(
      `${step}: HTTP ${reply.status} with a body that is not JSON (${describeBody(reply.body)}).`,
      { step, status: reply.status, doc: 'github-api' },
      'other',
      ''
    )
  }
}

function notAList(step: string, reply: HttpReply): GitHubApiError {
  return new GitHubApiError(
    `${step}: HTTP ${reply.status} with a body that is not a JSON list (${describeBody(reply.body)}).`,
    { step, status: reply.status, doc: 'github-api' },
    'other',
    ''
  )
}

/** GitHub's `{"message": …}`, or an excerpt of the body. */
function messageOf(body: string): string {
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message
    if (typeof message === 'string' && message !== '') return printable(message, 300)
  } catch {
    // Not JSON: the excerpt below says what came.
  }
  return describeBody(body)
}

/** What each refusal means and how to fix it, by status (the permission is the call's own). */
const REFUSALS: Record<
  number,
  { reason: GitHubFailure; said: string; fix: (permission: string) => string }
> = {
  401: {
    reason: 'unauthorized',
    said: ': GitHub refused the token',
    fix: () =>
      'Leave github-token at its default (${{ github.token }}), or give it a token that is still valid for this repository.'
  },
  403: {
    reason: 'forbidden',
    said: ': the token may not do this',
    fix: (permission) =>
      `Give the job \`permissions: ${permission}\` (with contents: read and id-token: write). Pull requests from forks only ever get a read-only token.`
  },
  404: {
    reason: 'not-found',
    said: '',
    fix: (permission) =>
      `Check GITHUB_REPOSITORY and that the token can read it (\`permissions: ${permission}\`).`
  }
}

/** A refusal → its cause and fix. */
function gitHubError(call: GitHubCall, reply: HttpReply): GitHubApiError {
  const said = messageOf(reply.body)
  const base = { step: call.step, status: reply.status, doc: 'github-api' }
  const failed = `${call.step} failed: HTTP ${reply.status} (${said})`
  if (rateLimitWait(reply) !== undefined) {
    const reset = Number(reply.headers['x-ratelimit-reset'])
    const when = Number.isFinite(reset)
      ? `; the limit resets at ${new Date(reset * 1000).toISOString()}`
      : ''
    const fix =
      'Run fewer jobs that call the GitHub API with this token at once (GITHUB_TOKEN allows 1,000 requests an hour per repository), or re-run the job after the reset.'
    return new GitHubApiError(
      `${failed}: GitHub's API rate limit is used up${when}.`,
      { ...base, fix },
      'rate-limited',
      said
    )
  }
  const refusal = REFUSALS[reply.status]
  if (refusal !== undefined) {
    const fix = refusal.fix(call.permission)
    return new GitHubApiError(`${failed}${refusal.said}.`, { ...base, fix }, refusal.reason, said)
  }
  const after = isTransientStatus(reply.status)
    ? ` after ${counted(reply.attempts, 'attempt')}`
    : ''
  const fix = 'Re-run the job; if it persists, check https://www.githubstatus.com.'
  return new GitHubApiError(
    `${call.step} failed: HTTP ${reply.status}${after} (${said}).`,
    { ...base, fix },
    'other',
    said
  )
}

/** `owner/name` as two escaped path segments. */
export function repositoryPath(repository: string): string {
  return repository
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/')
}
