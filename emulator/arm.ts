// Azure Resource Manager for Microsoft.Web/staticSites: read the site, list its secrets, read and
// delete preview environments (a long-running delete polled through Azure-AsyncOperation).
// Order of checks follows ARM: authentication, subscription tenant, api-version, RBAC, and only
// then existence — a caller without rights never learns whether a resource exists.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { CLOUDS } from '../src/clouds.js'
import { listDirectory, parseDirectoryRoute } from './arm-directory.js'
import {
  authenticate,
  authorizationFailed,
  checkIssuer,
  isFailure,
  subscriptionRefusal,
  type ArmCaller,
  type ArmFailure
} from './arm-auth.js'
import {
  buildsPage,
  staticSiteBody,
  staticSiteBuildBody,
  staticSiteSecretsBody
} from './arm-resources.js'
import { handleRbac, parseRbacRoute } from './arm-rbac.js'
import { listResources, parseResourcesRoute } from './arm-resources-list.js'
import { toJwk, type SigningKey } from './jwt.js'
import { readBody, requestOrigin, sendJson } from './server.js'
import { findResourceGroup, findSite, isAllowed, type StaticSite, type World } from './world.js'

/** Published Microsoft.Web api-versions that carry staticSites. */
const STATIC_SITES_API_VERSIONS = [
  '2020-12-01',
  '2021-03-01',
  '2022-03-01',
  '2022-09-01',
  '2023-01-01',
  '2023-12-01',
  '2024-04-01',
  '2024-11-01',
  '2025-03-01',
  '2025-05-01'
]

export interface ArmOptions {
  world: () => World
  /** Entra's signing key: the only key ARM trusts. */
  entraKey: () => SigningKey
}

interface DeleteOperation {
  id: string
  subscriptionId: string
  site: StaticSite
  environment: string
  pollsLeft: number
  startTime: string
  endTime?: string
}

interface ResourceRoute {
  kind: 'site' | 'secrets' | 'build' | 'builds'
  subscriptionId: string
  resourceGroup: string
  name: string
  environment?: string
}

interface OperationRoute {
  kind: 'operation' | 'operationResult'
  subscriptionId: string
  location: string
  id: string
}

type Route = ResourceRoute | OperationRoute

function isOperationRoute(route: Route): route is OperationRoute {
  return route.kind === 'operation' || route.kind === 'operationResult'
}

function parseRoute(pathname: string): Route | undefined {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent)
  const lower = segments.map((segment) => segment.toLowerCase())
  if (lower[0] !== 'subscriptions' || !segments[1]) return undefined
  const subscriptionId = segments[1].toLowerCase()
  if (
    lower[2] === 'providers' &&
    lower[3] === 'microsoft.web' &&
    lower[4] === 'locations' &&
    segments[5]
  ) {
    const kind =
      lower[6] === 'operations'
        ? 'operation'
        : lower[6] === 'operationresults'
          ? 'operationResult'
          : undefined
    if (!kind || !segments[7] || segments.length !== 8) return undefined
    return { kind, subscriptionId, location: segments[5], id: segments[7] }
  }
  if (lower[2] !== 'resourcegroups' || !segments[3]) return undefined
  if (
    lower[4] !== 'providers' ||
    lower[5] !== 'microsoft.web' ||
    lower[6] !== 'staticsites' ||
    !segments[7]
  )
    return undefined
  const site = { subscriptionId, resourceGroup: segments[3], name: segments[7] }
  const tail = lower.slice(8)
  if (tail.length === 0) return { kind: 'site', ...site }
  if (tail.length === 1 && tail[0] === 'listsecrets') return { kind: 'secrets', ...site }
  if (tail.length === 1 && tail[0] === 'builds') return { kind: 'builds', ...site }
  if (tail.length === 2 && tail[0] === 'builds')
    return { kind: 'build', ...site, environment: segments[9]! }
  return undefined
}

// Which RBAC action each operation needs.
function requiredAction(kind: ResourceRoute['kind'], method: string): string | undefined {
  if (kind === 'site' && method === 'GET') return 'Microsoft.Web/staticSites/read'
  if (kind === 'secrets' && method === 'POST') return 'Microsoft.Web/staticSites/listSecrets/action'
  if (kind === 'build' && method === 'GET') return 'Microsoft.Web/staticSites/builds/read'
  if (kind === 'builds' && method === 'GET') return 'Microsoft.Web/staticSites/builds/read'
  if (kind === 'build' && method === 'DELETE') return 'Microsoft.Web/staticSites/builds/delete'
  return undefined
}

/**
 * ARM's answer for a read of a wedged site (PROTOCOLS.md §3, §4.5: #1779, #1780). The text after
 * 'Microsoft.Web' is inferred: the public threads quote it cut short.
 */
const GATEWAY_TIMEOUT: ArmFailure = {
  status: 504,
  code: 'GatewayTimeout',
  message:
    "The gateway did not receive a response from 'Microsoft.Web' within the specified time period."
}

export class ArmService {
  /** Deployment tokens handed out by listSecrets. */
  readonly issuedKeys: string[] = []
  private readonly operations = new Map<string, DeleteOperation>()
  /** Sites (by lower-case name) whose next reads time out at the gateway, and how many. */
  private readonly wedged = new Map<string, number>()

  /** Wedges a site: its next `reads` GETs (site, builds, a build) answer 504 GatewayTimeout. */
  wedge(siteName: string, reads = Number.POSITIVE_INFINITY): void {
    this.wedged.set(siteName.toLowerCase(), reads)
  }

  unwedgeAll(): void {
    this.wedged.clear()
  }

  /** Whether this read of `siteName` meets the gateway timeout (and counts it). */
  private timesOut(siteName: string, method: string): boolean {
    const left = this.wedged.get(siteName.toLowerCase()) ?? 0
    if (method !== 'GET' || left <= 0) return false
    this.wedged.set(siteName.toLowerCase(), left - 1)
    return true
  }

  constructor(private readonly options: ArmOptions) {}

  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // The endpoint is whatever host the client addressed: loopback, or a public cloud via the proxy.
    const endpoint = requestOrigin(req, 'management.azure.com')
    const url = new URL(req.url ?? '/', endpoint)
    const reply: Reply = (status, body, headers = {}) => {
      const armHeaders = {
        'x-ms-request-id': randomUUID(),
        'x-ms-correlation-request-id': randomUUID(),
        ...headers
      }
      if (body !== undefined) return sendJson(res, status, body, armHeaders)
      res.writeHead(status, { ...armHeaders, 'content-length': '0' })
      res.end()
    }
    const fail = (failure: ArmFailure): void =>
      reply(
        failure.status,
        { error: { code: failure.code, message: failure.message } },
        failure.headers
      )
    const rbacRoute = parseRbacRoute(url.pathname)
    // Only RBAC's writes carry a body ARM reads; everything else is drained unread.
    const body = rbacRoute ? await readBody(req, 1024 * 1024) : (req.resume(), Buffer.alloc(0))

    const caller = authenticate(req, endpoint, [toJwk(this.options.entraKey())])
    if (isFailure(caller)) return fail(caller)
    const untrusted = checkIssuer(caller, endpoint, this.options.world())
    if (untrusted) return fail(untrusted)
    const apiVersion = url.searchParams.get('api-version')
    if (!apiVersion) {
      return fail({
        status: 400,
        code: 'MissingApiVersionParameter',
        message: 'The api-version query parameter (?api-version=) is required for all requests.'
      })
    }
    const directory = parseDirectoryRoute(url.pathname)
    if (directory && req.method === 'GET') {
      const listed = listDirectory(directory, this.options.world(), caller, apiVersion)
      return 'code' in listed ? fail(listed) : reply(200, listed.body)
    }
    const resourcesOf = parseResourcesRoute(url.pathname)
    if (resourcesOf && req.method === 'GET') {
      const listed = listResources(this.options.world(), caller, resourcesOf, url)
      return 'code' in listed ? fail(listed) : reply(200, listed.body)
    }
    if (rbacRoute) {
      const answer = handleRbac({
        route: rbacRoute,
        caller,
        method: req.method ?? 'GET',
        apiVersion,
        filter: url.searchParams.get('$filter'),
        body,
        world: this.options.world()
      })
      return 'code' in answer ? fail(answer) : reply(answer.status, answer.body)
    }
    const route = parseRoute(url.pathname)
    if (!route) {
      return fail({
        status: 404,
        code: 'NotFound',
        message: `No HTTP resource was found that matches the request URI '${url.href}'.`
      })
    }
    const world = this.options.world()
    const refused = subscriptionRefusal(world, caller, route.subscriptionId)
    if (refused) return fail(refused)
    if (!STATIC_SITES_API_VERSIONS.includes(apiVersion)) {
      return fail({
        status: 400,
        code: 'NoRegisteredProviderFound',
        message:
          `No registered resource provider found for location 'westeurope' and API version '${apiVersion}' ` +
          `for type 'staticSites'. The supported api-versions are '${STATIC_SITES_API_VERSIONS.join(', ')}'. ` +
          "The supported locations are 'westus2, centralus, eastus2, westeurope, eastasia'."
      })
    }
    if (isOperationRoute(route)) return this.poll(route, url.href, reply, fail)
    if (!offersStaticWebApps(endpoint)) return fail(staticSitesNotOffered(apiVersion))
    this.resource(route, caller, req.method ?? '', apiVersion, url, reply, fail)
  }

  private resource(
    route: ResourceRoute,
    caller: ArmCaller,
    method: string,
    apiVersion: string,
    url: URL,
    reply: Reply,
    fail: (failure: ArmFailure) => void
  ): void {
    const endpoint = url.origin
    const world = this.options.world()
    const action = requiredAction(route.kind, method)
    if (!action) {
      return fail({
        status: 405,
        code: 'MethodNotAllowed',
        message: `The requested resource does not support http method '${method}'.`
      })
    }
    const siteScope = `/subscriptions/${route.subscriptionId}/resourceGroups/${route.resourceGroup}/providers/Microsoft.Web/staticSites/${route.name}`
    const scope = route.kind === 'build' ? `${siteScope}/builds/${route.environment}` : siteScope
    if (!isAllowed(world, caller.objectId, action, scope))
      return fail(authorizationFailed(caller, action, scope))
    if (!findResourceGroup(world, route.subscriptionId, route.resourceGroup)) {
      return fail({
        status: 404,
        code: 'ResourceGroupNotFound',
        message: `Resource group '${route.resourceGroup}' could not be found.`
      })
    }
    const site = findSite(world, route.subscriptionId, route.resourceGroup, route.name)
    if (!site) {
      return fail({
        status: 404,
        code: 'ResourceNotFound',
        message:
          `The Resource 'Microsoft.Web/staticSites/${route.name}' under resource group ` +
          `'${route.resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
      })
    }
    // Past RBAC and existence: the gateway waits on Microsoft.Web, which does not answer.
    if (this.timesOut(site.name, method)) return fail(GATEWAY_TIMEOUT)
    if (route.kind === 'site') return reply(200, staticSiteBody(site))
    if (route.kind === 'builds') {
      const page = buildsPage(site, url, world.armBuildsPageSize, world.armNextLinkOrigin)
      return 'code' in page ? fail(page) : reply(200, page.body)
    }
    if (route.kind === 'secrets') {
      this.issuedKeys.push(site.apiKey)
      return reply(200, staticSiteSecretsBody(site))
    }
    const environmentName = route.environment ?? ''
    const environment = site.environments.get(environmentName)
    if (!environment) {
      return fail({
        status: 404,
        code: 'NotFound',
        message: `Cannot find static site build with name '${environmentName}' for static site '${site.name}'.`
      })
    }
    if (method === 'GET') return reply(200, staticSiteBuildBody(site, environment))
    if (environmentName === 'default') {
      return fail({
        status: 400,
        code: 'BadRequest',
        message: 'The default build of a static site cannot be deleted.'
      })
    }
    environment.status = 'Deleting'
    const operation: DeleteOperation = {
      id: randomUUID(),
      subscriptionId: site.subscriptionId,
      site,
      environment: environmentName,
      pollsLeft: world.armOperationPolls,
      startTime: new Date().toISOString()
    }
    this.operations.set(operation.id, operation)
    const base = `${endpoint}/subscriptions/${site.subscriptionId}/providers/Microsoft.Web/locations/${locationName(site)}`
    reply(202, undefined, {
      'azure-asyncoperation': `${base}/operations/${operation.id}?api-version=${apiVersion}`,
      location: `${base}/operationResults/${operation.id}?api-version=${apiVersion}`,
      'retry-after': String(world.armOperationRetryAfterSeconds)
    })
  }

  private poll(
    { kind, id, subscriptionId }: OperationRoute,
    requestUrl: string,
    reply: Reply,
    fail: (failure: ArmFailure) => void
  ): void {
    const operation = this.operations.get(id)
    if (!operation || operation.subscriptionId !== subscriptionId) {
      return fail({
        status: 404,
        code: 'NotFound',
        message: `The operation '${id}' could not be found.`
      })
    }
    const running = this.advance(operation)
    const retryAfter = { 'retry-after': String(this.options.world().armOperationRetryAfterSeconds) }
    if (kind === 'operationResult') {
      if (!running) return reply(204, undefined)
      return reply(202, undefined, { ...retryAfter, location: requestUrl })
    }
    reply(
      200,
      {
        id: `/subscriptions/${subscriptionId}/providers/Microsoft.Web/locations/${locationName(operation.site)}/operations/${id}`,
        name: id,
        status: running ? 'InProgress' : 'Succeeded',
        startTime: operation.startTime,
        ...(operation.endTime ? { endTime: operation.endTime } : {})
      },
      running ? retryAfter : {}
    )
  }

  /** Counts a poll; true while the delete is still running. Completing removes the environment. */
  private advance(operation: DeleteOperation): boolean {
    if (operation.endTime) return false
    if (operation.pollsLeft > 0) {
      operation.pollsLeft -= 1
      return true
    }
    operation.site.environments.delete(operation.environment)
    operation.endTime = new Date().toISOString()
    return false
  }
}

type Reply = (status: number, body: unknown, headers?: Record<string, string>) => void

/** Static Web Apps is not offered in AzureUSGovernment or AzureChinaCloud (PROTOCOLS.md §2). */
function offersStaticWebApps(endpoint: string): boolean {
  const cloud = Object.values(CLOUDS).find((entry) => entry.resourceManagerEndpoint === endpoint)
  return cloud?.offersStaticWebApps ?? true
}

// Inferred: ARM's answer for a resource type its cloud does not have.
function staticSitesNotOffered(apiVersion: string): ArmFailure {
  return {
    status: 400,
    code: 'InvalidResourceType',
    message: `The resource type 'staticSites' could not be found in the namespace 'Microsoft.Web' for api version '${apiVersion}'.`
  }
}

/** ARM location names are lower case without spaces ('West Europe' → 'westeurope'). */
function locationName(site: StaticSite): string {
  return site.location.toLowerCase().replace(/\s+/g, '')
}
