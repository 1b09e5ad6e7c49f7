// GitHub's REST API as the pull-request features meet it (PROTOCOLS.md §5): pull requests, issue
// comments (listed in pages linked by the Link header, created as the token's own user, updated),
// `GET /user` (a person's token only; an installation token is refused 403), the job token's
// permissions (403 "Resource not accessible by integration" without write, a fork's read-only
// token), private repositories hidden behind 404, and both kinds of rate limit. Served at the root
// (api.github.com) and below /api/v3 (GitHub Enterprise Server), the Link answering the same base.
import { randomBytes, randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  ACTIONS_BOT,
  commentBody,
  defaultRepositories,
  pullRequestBody,
  userBody,
  type GitHubRepository
} from './github-repos.js'
import { organizationTemplate, repositorySettings } from './github-settings.js'
import { defaultOrganizations } from './github-repos.js'
import { readBody, requestOrigin, sendJson, sendText } from './server.js'
import type { ApiToken, CallContext, Reply, Route } from './github-calls.js'

export type { ApiToken } from './github-calls.js'

/** The primary limit of the tokens: GITHUB_TOKEN gets 1,000 requests an hour per repository. */
export interface RateLimit {
  limit: number
  remaining: number
  /** Epoch seconds when `remaining` is refilled. */
  resetAt: number
  /**
   * Used up for this many seconds from the first request that meets it (then `resetAt` is set
   * from that moment): a test's wait that a slow start of the run cannot skip.
   */
  usedUpForSeconds?: number
}

export interface GitHubApiBehaviour {
  /** The next `times` requests meet a secondary rate limit (403 or 429, Retry-After when set). */
  secondaryLimit: { times: number; status: 403 | 429; retryAfterSeconds: number | undefined }
  /** Page links point at this origin instead of the one addressed (a hostile server). */
  linkOrigin: string | undefined
}

/** What one request carried, for tests that check the client speaks GitHub's dialect. */
export interface ApiCall {
  method: string
  path: string
  query: string
  /** `Bearer`, `token`, or undefined without Authorization. */
  scheme: string | undefined
  accept: string | undefined
  apiVersion: string | undefined
  contentType: string | undefined
  status: number
}

const SUPPORTED_API_VERSIONS = ['2022-11-28']
const DOCS = 'https://docs.github.com/rest'
const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 100
/** GitHub's limit on a comment's body. */
const MAX_BODY_CHARACTERS = 65_536

function defaultRateLimit(): RateLimit {
  return { limit: 1000, remaining: 1000, resetAt: Math.floor(Date.now() / 1000) + 3600 }
}

function defaultApiBehaviour(): GitHubApiBehaviour {
  return {
    secondaryLimit: { times: 0, status: 403, retryAfterSeconds: undefined },
    linkOrigin: undefined
  }
}

export class GitHubRestApi {
  repositories = defaultRepositories()
  /** Organisations by login (lower case): their OIDC subject templates. */
  organizations = defaultOrganizations()
  readonly tokens = new Map<string, ApiToken>()
  rateLimit: RateLimit = defaultRateLimit()
  behaviour: GitHubApiBehaviour = defaultApiBehaviour()
  readonly calls: ApiCall[] = []
  private nextCommentId = 1_000_000_001

  /**
   * A GITHUB_TOKEN-like token (`ghs_…`, writing as github-actions[bot]), or with `kind: 'user'` a
   * person's (`ghp_…`); default: octo-org/octo-site with `pull-requests: write`.
   */
  issueToken(options: Partial<Omit<ApiToken, 'value'>> = {}): string {
    const kind = options.kind ?? 'installation'
    const prefix = kind === 'user' ? 'ghp' : 'ghs'
    const value = `${prefix}_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'A').slice(0, 36)}`
    this.tokens.set(value, {
      value,
      repository: options.repository ?? 'octo-org/octo-site',
      permissions: options.permissions ?? { 'pull-requests': 'write', issues: 'none' },
      installationId: options.installationId ?? 60_000_001,
      kind,
      user: options.user ?? ACTIONS_BOT,
      readOrg: options.readOrg ?? false
    })
    return value
  }

  /** Every token handed out: the leak scanner looks for each. */
  issuedSecrets(): string[] {
    return [...this.tokens.keys()]
  }

  /** The repository by `owner/name`. */
  repository(fullName = 'octo-org/octo-site'): GitHubRepository {
    const found = this.repositories.get(fullName.toLowerCase())
    if (found === undefined) throw new Error(`no repository ${fullName}`)
    return found
  }

  /** Back to the default repositories, limits and behaviour (tokens stay valid). */
  reset(): void {
    this.repositories = defaultRepositories()
    this.organizations = defaultOrganizations()
    this.rateLimit = defaultRateLimit()
    this.behaviour = defaultApiBehaviour()
  }

  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'https://api.github.invalid')
    const call: ApiCall = {
      method: req.method ?? '',
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      scheme: req.headers.authorization?.split(' ')[0],
      accept: req.headers.accept,
      apiVersion: header(req, 'x-github-api-version'),
      contentType: req.headers['content-type'],
      status: 0
    }
    this.calls.push(call)
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-github-api-version-selected': SUPPORTED_API_VERSIONS[0]!
    }
    const reply: Reply = (status, body, extra = {}) => {
      call.status = status
      if (body !== undefined) return sendJson(res, status, body, { ...headers, ...extra })
      // 204: no body at all.
      res.writeHead(status, { ...headers, ...extra })
      res.end()
    }
    const refuse = (status: number, message: string, docs = DOCS, extra = {}): void =>
      reply(status, { message, documentation_url: docs, status: String(status) }, extra)
    const text = await readBody(req, 1024 * 1024)

    if (!req.headers['user-agent']) {
      call.status = 403
      // GitHub refuses requests without a User-Agent before anything else (wording inferred).
      return sendText(
        res,
        403,
        'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.\n'
      )
    }
    if (call.apiVersion !== undefined && !SUPPORTED_API_VERSIONS.includes(call.apiVersion)) {
      // Wording inferred: GitHub answers an unknown version with 400.
      return refuse(400, `Unsupported 'X-GitHub-Api-Version' header value: ${call.apiVersion}.`)
    }
    const token = this.authenticate(req.headers.authorization)
    if (token === 'invalid') return refuse(401, 'Bad credentials')
    if (token !== undefined) {
      const limited = this.throttle(token, headers)
      if (limited) return refuse(limited.status, limited.message, limited.docs, limited.headers)
    }
    const prefix = url.pathname.startsWith('/api/v3/') ? '/api/v3' : ''
    const base = `${this.behaviour.linkOrigin ?? requestOrigin(req, 'api.github.com')}${prefix}`
    if (url.pathname.slice(prefix.length) === '/user' && req.method === 'GET') {
      return this.authenticatedUser(token, base, reply, refuse)
    }
    const orgTemplate = organizationTemplate(
      this.organizations,
      url.pathname.slice(prefix.length),
      req.method ?? '',
      token
    )
    if (orgTemplate) return reply(orgTemplate.status, orgTemplate.body)
    const route = this.route(url.pathname.slice(prefix.length))
    if (route === undefined || !this.visible(route.repository, token))
      return refuse(404, 'Not Found')
    const context = { route, token, url, base, reply, refuse, text, method: req.method ?? '' }
    return this.dispatch(context)
  }

  /**
   * `GET /user`: a person's token learns who it is; an installation token (GITHUB_TOKEN) is
   * refused, as GitHub refuses it (403, "Resource not accessible by integration").
   */
  private authenticatedUser(
    token: ApiToken | undefined,
    base: string,
    reply: Reply,
    refuse: (status: number, message: string, docs?: string) => void
  ): void {
    const docs = `${DOCS}/users/users#get-the-authenticated-user`
    if (token === undefined) return refuse(401, 'Requires authentication', docs)
    if (token.kind === 'installation') {
      return refuse(403, 'Resource not accessible by integration', docs)
    }
    reply(200, userBody(base, token.user))
  }

  private authenticate(authorization: string | undefined): ApiToken | 'invalid' | undefined {
    if (authorization === undefined) return undefined
    const match = /^(?:Bearer|token)\s+(\S+)$/i.exec(authorization.trim())
    return (match && this.tokens.get(match[1]!)) || 'invalid'
  }

  /** Secondary limit first (it names a wait), then the hour's budget; sets the x-ratelimit headers. */
  private throttle(
    token: ApiToken,
    headers: Record<string, string>
  ):
    { status: number; message: string; docs: string; headers: Record<string, string> } | undefined {
    const now = Math.floor(Date.now() / 1000)
    const { usedUpForSeconds, ...limited } = this.rateLimit
    if (usedUpForSeconds !== undefined && limited.remaining <= 0) {
      this.rateLimit = { ...limited, resetAt: now + usedUpForSeconds }
    }
    if (now >= this.rateLimit.resetAt) {
      this.rateLimit = { ...this.rateLimit, remaining: this.rateLimit.limit, resetAt: now + 3600 }
    }
    const secondary = this.behaviour.secondaryLimit
    if (secondary.times > 0) {
      secondary.times -= 1
      return {
        status: secondary.status,
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${headers['x-github-request-id']}.`,
        docs: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
        headers:
          secondary.retryAfterSeconds === undefined
            ? {}
            : { 'retry-after': String(secondary.retryAfterSeconds) }
      }
    }
    const limit = this.rateLimit
    const exhausted = limit.remaining <= 0
    if (!exhausted) limit.remaining -= 1
    Object.assign(headers, {
      'x-ratelimit-limit': String(limit.limit),
      'x-ratelimit-remaining': String(limit.remaining),
      'x-ratelimit-reset': String(limit.resetAt),
      'x-ratelimit-used': String(limit.limit - limit.remaining),
      'x-ratelimit-resource': 'core'
    })
    if (!exhausted) return undefined
    return {
      status: 403,
      message: `API rate limit exceeded for installation ID ${token.installationId}.`,
      docs: `${DOCS}/overview/rate-limits-for-the-rest-api#about-primary-rate-limits`,
      headers: {}
    }
  }

  /** `/repos/O/R/…` or, as GitHub's page links spell it, `/repositories/ID/…`. */
  private route(pathname: string): Route | undefined {
    const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent)
    if (segments[0] === 'repos' && segments.length >= 3) {
      const repository = this.repositories.get(`${segments[1]}/${segments[2]}`.toLowerCase())
      return repository && { repository, rest: segments.slice(3) }
    }
    if (segments[0] === 'repositories' && segments.length >= 2) {
      const repository = [...this.repositories.values()].find(
        (candidate) => String(candidate.id) === segments[1]
      )
      return repository && { repository, rest: segments.slice(2) }
    }
    return undefined
  }

  /** A private repository is Not Found to anyone whose token is not for it. */
  private visible(repository: GitHubRepository, token: ApiToken | undefined): boolean {
    if (!repository.private) return true
    return (
      token !== undefined && token.repository.toLowerCase() === repository.fullName.toLowerCase()
    )
  }

  private dispatch(context: CallContext): void {
    const { route, method, refuse } = context
    if (repositorySettings(context)) return
    const [kind, id, sub] = route.rest
    const number = Number(id)
    if (kind === 'pulls' && id === undefined && method === 'GET') return this.listPulls(context)
    if (kind === 'pulls' && Number.isSafeInteger(number) && sub === undefined && method === 'GET') {
      return this.getPull(context, number)
    }
    if (kind === 'issues' && id === 'comments' && sub !== undefined && method === 'PATCH') {
      return this.updateComment(context, Number(sub))
    }
    if (kind === 'issues' && Number.isSafeInteger(number) && sub === 'comments') {
      if (method === 'GET') return this.listComments(context, number)
      if (method === 'POST') return this.createComment(context, number)
    }
    refuse(404, 'Not Found')
  }

  private getPull(context: CallContext, number: number): void {
    if (!this.may(context, 'read', 'pulls/pulls#get-a-pull-request')) return
    const pull = context.route.repository.pulls.get(number)
    if (pull === undefined)
      return context.refuse(404, 'Not Found', `${DOCS}/pulls/pulls#get-a-pull-request`)
    context.reply(200, pullRequestBody(context.base, context.route.repository, pull, true))
  }

  private listPulls(context: CallContext): void {
    if (!this.may(context, 'read', 'pulls/pulls#list-pull-requests')) return
    const state = context.url.searchParams.get('state') ?? 'open'
    const pulls = [...context.route.repository.pulls.values()]
      .filter((pull) => state === 'all' || pull.state === state)
      .sort((a, b) => b.number - a.number)
    this.page(context, pulls, 'pulls', (pull) =>
      pullRequestBody(context.base, context.route.repository, pull, false)
    )
  }

  private listComments(context: CallContext, number: number): void {
    if (!this.may(context, 'read', 'issues/comments#list-issue-comments')) return
    const { repository } = context.route
    if (!repository.pulls.has(number)) return context.refuse(404, 'Not Found')
    const comments = repository.comments.filter((comment) => comment.issue === number)
    this.page(context, comments, `issues/${number}/comments`, (comment) =>
      commentBody(context.base, repository, comment)
    )
  }

  private createComment(context: CallContext, number: number): void {
    if (!this.may(context, 'write', 'issues/comments#create-an-issue-comment')) return
    const { repository } = context.route
    if (!repository.pulls.has(number)) return context.refuse(404, 'Not Found')
    const body = this.commentText(context, 'issues/comments#create-an-issue-comment')
    if (body === undefined) return
    const now = new Date().toISOString()
    const comment = {
      id: this.nextCommentId++,
      issue: number,
      body,
      // Written by whoever the token acts as: github-actions[bot] for GITHUB_TOKEN.
      user: context.token?.user ?? ACTIONS_BOT,
      createdAt: now,
      updatedAt: now
    }
    repository.comments.push(comment)
    const location = `${context.base}/repos/${repository.fullName}/issues/comments/${comment.id}`
    context.reply(201, commentBody(context.base, repository, comment), { location })
  }

  private updateComment(context: CallContext, id: number): void {
    if (!this.may(context, 'write', 'issues/comments#update-an-issue-comment')) return
    const { repository } = context.route
    const comment = repository.comments.find((candidate) => candidate.id === id)
    if (comment === undefined) return context.refuse(404, 'Not Found')
    const body = this.commentText(context, 'issues/comments#update-an-issue-comment')
    if (body === undefined) return
    comment.body = body
    comment.updatedAt = new Date().toISOString()
    context.reply(200, commentBody(context.base, repository, comment))
  }

  /** The token must hold the permission: pull requests' or issues' (either serves comments). */
  private may(context: CallContext, level: 'read' | 'write', docs: string): boolean {
    const token = context.token
    const granted = token
      ? [token.permissions['pull-requests'], token.permissions.issues]
      : context.route.repository.private
        ? []
        : ['read']
    const enough = granted.some((permission) =>
      level === 'read' ? permission === 'read' || permission === 'write' : permission === 'write'
    )
    if (!enough) context.refuse(403, 'Resource not accessible by integration', `${DOCS}/${docs}`)
    return enough
  }

  /** The `body` of a comment request, or undefined with GitHub's refusal sent (wording inferred). */
  private commentText(context: CallContext, docs: string): string | undefined {
    let parsed: unknown
    try {
      parsed = JSON.parse(context.text.toString('utf8'))
    } catch {
      context.refuse(400, 'Problems parsing JSON', `${DOCS}/${docs}`)
      return undefined
    }
    const body = (parsed as { body?: unknown } | null)?.body
    if (typeof body !== 'string') {
      context.refuse(422, `Invalid request.\n\n"body" wasn't supplied.`, `${DOCS}/${docs}`)
      return undefined
    }
    if (body.length > MAX_BODY_CHARACTERS) {
      context.reply(422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`
          }
        ],
        documentation_url: `${DOCS}/${docs}`,
        status: '422'
      })
      return undefined
    }
    return body
  }

  /** `per_page` (30 by default, at most 100) and `page`, with GitHub's Link header. */
  private page<T>(
    context: CallContext,
    items: T[],
    path: string,
    toJson: (item: T) => Record<string, unknown>
  ): void {
    const params = context.url.searchParams
    const perPage = Math.min(MAX_PER_PAGE, positive(params.get('per_page')) ?? DEFAULT_PER_PAGE)
    const page = positive(params.get('page')) ?? 1
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const linkTo = (target: number, rel: string): string => {
      const query = new URLSearchParams(params)
      query.set('per_page', String(perPage))
      query.set('page', String(target))
      return `<${context.base}/repositories/${context.route.repository.id}/${path}?${query.toString()}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page > 1) links.push(linkTo(page - 1, 'prev'))
    if (page < last) links.push(linkTo(page + 1, 'next'), linkTo(last, 'last'))
    if (page > 1) links.push(linkTo(1, 'first'))
    context.reply(200, slice.map(toJson), links.length > 0 ? { link: links.join(', ') } : {})
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

function positive(value: string | null): number | undefined {
  const number = Number(value)
  return value !== null && Number.isSafeInteger(number) && number > 0 ? number : undefined
}
