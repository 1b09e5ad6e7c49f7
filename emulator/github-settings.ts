// What the setup command reads and writes on GitHub (PROTOCOLS.md §5): the repository (ids,
// creation date, default branch), its OIDC subject customisation and the organisation's template,
// its environments (paged), and its Actions variables, with the 403 a token without the right gets.
import type { ApiToken, CallContext } from './github-calls.js'
import type { GitHubOrganization, GitHubRepository } from './github-repos.js'

const DOCS = 'https://docs.github.com/rest'
const MAX_PER_PAGE = 100
const DEFAULT_PER_PAGE = 30

/** The 403 GitHub gives a token without the permission, worded for its kind. */
function notAccessible(token: ApiToken | undefined): string {
  return token?.kind === 'user'
    ? 'Resource not accessible by personal access token'
    : 'Resource not accessible by integration'
}

function repositoryBody(base: string, repository: GitHubRepository): Record<string, unknown> {
  const [owner, name] = repository.fullName.split('/') as [string, string]
  const web = base.replace('://api.github.com', '://github.com').replace(/\/api\/v3$/, '')
  const createdAt = repository.createdAt ?? '2024-03-01T12:00:00Z'
  return {
    id: repository.id,
    node_id: `R_${Buffer.from(String(repository.id)).toString('base64url')}`,
    name,
    full_name: repository.fullName,
    private: repository.private,
    owner: {
      login: owner,
      id: repository.ownerId ?? 0,
      node_id: `O_${Buffer.from(owner).toString('base64url')}`,
      url: `${base}/users/${owner}`,
      type: repository.ownerType ?? 'Organization',
      site_admin: false
    },
    html_url: `${web}/${repository.fullName}`,
    description: null,
    fork: false,
    url: `${base}/repos/${repository.fullName}`,
    created_at: createdAt,
    updated_at: createdAt,
    pushed_at: createdAt,
    default_branch: repository.defaultBranch ?? 'main',
    visibility: repository.private ? 'private' : 'public',
    archived: false,
    disabled: false
  }
}

/** Answers the repository-settings routes; false when the route is not one of them. */
export function repositorySettings(context: CallContext): boolean {
  const { route, method, refuse, reply, token, base } = context
  const repository = route.repository
  const rest = route.rest
  const path = rest.join('/')
  if (rest.length === 0 && method === 'GET') {
    reply(200, repositoryBody(base, repository))
    return true
  }
  if (path === 'actions/oidc/customization/sub' && method === 'GET') {
    const custom = repository.oidcSubject ?? { useDefault: true }
    reply(
      200,
      custom.useDefault
        ? { use_default: true }
        : {
            use_default: false,
            ...(custom.includeClaimKeys ? { include_claim_keys: custom.includeClaimKeys } : {})
          }
    )
    return true
  }
  if (path === 'environments' && method === 'GET') {
    environments(context)
    return true
  }
  if (rest[0] === 'actions' && rest[1] === 'variables' && rest.length <= 3) {
    const level = method === 'GET' ? 'read' : 'write'
    const granted = token?.permissions.variables ?? 'none'
    const enough = level === 'read' ? granted !== 'none' : granted === 'write'
    const docs = `${DOCS}/actions/variables`
    if (!enough) {
      refuse(403, notAccessible(token), docs)
      return true
    }
    variables(context, rest[2], docs)
    return true
  }
  return false
}

function environments(context: CallContext): void {
  const { url, reply, route, base } = context
  const all = [...(route.repository.environments ?? new Map()).entries()]
  const perPage = Math.min(
    MAX_PER_PAGE,
    Number(url.searchParams.get('per_page')) || DEFAULT_PER_PAGE
  )
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1)
  const slice = all.slice((page - 1) * perPage, page * perPage)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const link = (target: number, rel: string): string =>
    `<${base}/repositories/${route.repository.id}/environments?per_page=${perPage}&page=${target}>; rel="${rel}"`
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  reply(
    200,
    {
      total_count: all.length,
      environments: slice.map(([name, environment]) => ({
        id: environment.id,
        node_id: `EN_${Buffer.from(String(environment.id)).toString('base64url')}`,
        name,
        url: `${base}/repos/${route.repository.fullName}/environments/${encodeURIComponent(name)}`,
        html_url: `${base.replace('://api.github.com', '://github.com')}/${route.repository.fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
        created_at: environment.createdAt,
        updated_at: environment.createdAt,
        protection_rules: [],
        deployment_branch_policy: null
      }))
    },
    links.length > 0 ? { link: links.join(', ') } : {}
  )
}

function variables(context: CallContext, name: string | undefined, docs: string): void {
  const { method, reply, refuse, route } = context
  const store = (route.repository.variables ??= new Map())
  const body = (): { name?: unknown; value?: unknown } | undefined => {
    try {
      return JSON.parse(context.text.toString('utf8')) as { name?: unknown; value?: unknown }
    } catch {
      return undefined
    }
  }
  // Variable names are case-insensitive and stored upper case.
  const key = name?.toUpperCase()
  const json = (variable: {
    name: string
    value: string
    createdAt: string
    updatedAt: string
  }) => ({
    name: variable.name,
    value: variable.value,
    created_at: variable.createdAt,
    updated_at: variable.updatedAt
  })
  if (key === undefined && method === 'POST') {
    const given = body()
    if (typeof given?.name !== 'string' || typeof given.value !== 'string')
      return refuse(422, 'Invalid request.\n\n"name" and "value" are required.', docs)
    const upper = given.name.toUpperCase()
    if (store.has(upper)) return refuse(409, 'Already exists - Variable already exists', docs)
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    store.set(upper, { name: upper, value: given.value, createdAt: now, updatedAt: now })
    return reply(201, {})
  }
  if (key === undefined && method === 'GET') {
    const listed = [...store.values()]
    return reply(200, { total_count: listed.length, variables: listed.map(json) })
  }
  if (key === undefined) return refuse(404, 'Not Found', docs)
  const existing = store.get(key)
  if (method === 'GET') {
    if (!existing) return refuse(404, 'Not Found', docs)
    return reply(200, json(existing))
  }
  if (method === 'PATCH') {
    if (!existing) return refuse(404, 'Not Found', docs)
    const given = body()
    if (given === undefined) return refuse(400, 'Problems parsing JSON', docs)
    if (typeof given.value === 'string') existing.value = given.value
    existing.updatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    context.reply(204, undefined)
    return
  }
  if (method === 'DELETE') {
    if (!existing) return refuse(404, 'Not Found', docs)
    store.delete(key)
    return reply(204, undefined)
  }
  refuse(404, 'Not Found', docs)
}

/**
 * `GET /orgs/O/actions/oidc/customization/sub`: the organisation's template, for a token that may
 * read the organisation (404 for an unknown one, 403 without `read:org`); undefined for other paths.
 */
export function organizationTemplate(
  organizations: Map<string, GitHubOrganization>,
  pathname: string,
  method: string,
  token: ApiToken | undefined
): { status: number; body: unknown } | undefined {
  const match = /^\/orgs\/([^/]+)\/actions\/oidc\/customization\/sub$/.exec(pathname)
  if (!match || method !== 'GET') return undefined
  const docs = `${DOCS}/actions/oidc#get-the-customization-template-for-an-oidc-subject-claim-for-an-organization`
  const organization = organizations.get(decodeURIComponent(match[1]!).toLowerCase())
  if (!organization || token === undefined)
    return { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } }
  if (!token.readOrg)
    return {
      status: 403,
      body: { message: notAccessible(token), documentation_url: docs, status: '403' }
    }
  // Inferred: an organisation that never set a template answers the default keys.
  return {
    status: 200,
    body: { include_claim_keys: organization.includeClaimKeys ?? ['repo', 'context'] }
  }
}
