// Resources - List (`GET /subscriptions/S/resources?$filter=resourceType eq '…'`), how setup finds
// a Static Web App by name (PROTOCOLS.md §3): the subscription's sites the caller may read, named
// by id (the resource group is its 4th segment), in pages joined by `nextLink`. Inferred: a caller
// who may read none gets an empty list rather than a 403 (ARM's answer is not documented).
import type { ArmCaller, ArmFailure } from './arm-auth.js'
import { pageStart, skipTokenFor } from './arm-paging.js'
import { invalidApiVersion, subscriptionRefusal } from './arm-auth.js'
import { isAllowed } from './world-rbac.js'
import { findSubscription, staticSiteId, type World } from './world.js'

/** Published Microsoft.Resources api-versions of Resources - List. */
const RESOURCES_API_VERSIONS = [
  '2019-10-01',
  '2020-06-01',
  '2020-10-01',
  '2021-01-01',
  '2021-04-01',
  '2022-09-01',
  '2023-07-01',
  '2024-03-01'
]

/** The subscription id of `/subscriptions/S/resources`, or undefined for any other path. */
export function parseResourcesRoute(pathname: string): string | undefined {
  const match = /^\/subscriptions\/([^/]+)\/resources\/?$/i.exec(pathname)
  return match ? decodeURIComponent(match[1]!).toLowerCase() : undefined
}

export function listResources(
  world: World,
  caller: ArmCaller,
  subscriptionId: string,
  url: URL
): { status: 200; body: Record<string, unknown> } | ArmFailure {
  const apiVersion = url.searchParams.get('api-version') ?? ''
  const filter = url.searchParams.get('$filter')
  const refused = subscriptionRefusal(world, caller, subscriptionId)
  if (refused) return refused
  const subscription = findSubscription(world, subscriptionId)!
  if (!RESOURCES_API_VERSIONS.includes(apiVersion))
    return invalidApiVersion(apiVersion, RESOURCES_API_VERSIONS)
  const type =
    filter === null ? undefined : /^\s*resourceType\s+eq\s+'([^']+)'\s*$/i.exec(filter)?.[1]
  if (filter !== null && type === undefined)
    // Inferred wording: the emulator knows resource-type filters only.
    return {
      status: 400,
      code: 'InvalidFilterInQueryString',
      message: `Invalid $filter '${filter}'.`
    }
  const wanted = type?.toLowerCase()
  const value = world.sites
    // Static sites are the only resource type the emulator holds.
    .filter(() => wanted === undefined || wanted === 'microsoft.web/staticsites')
    .filter((site) => site.subscriptionId === subscription.id)
    .filter((site) =>
      isAllowed(world, caller.objectId, 'Microsoft.Web/staticSites/read', staticSiteId(site))
    )
    .map((site) => ({
      id: staticSiteId(site),
      name: site.name,
      type: 'Microsoft.Web/staticSites',
      sku: { name: site.sku, tier: site.sku },
      location: site.location.toLowerCase().replace(/\s+/g, ''),
      tags: {}
    }))
  return page(value, url, world)
}

/**
 * One page, and a `nextLink` (this request with a `$skiptoken`) while more remain; the last page
 * has none (PROTOCOLS.md §3: `"nextLink"?`). The token's form is the emulator's own.
 */
function page(
  all: Record<string, unknown>[],
  url: URL,
  world: World
): { status: 200; body: Record<string, unknown> } | ArmFailure {
  const start = pageStart('resources', url.searchParams.get('$skiptoken'), all.length)
  if (typeof start !== 'number') return start
  const end = start + Math.max(1, world.armResourcesPageSize)
  const body: Record<string, unknown> = { value: all.slice(start, end) }
  if (end < all.length) {
    const next = new URL(url.pathname + url.search, world.armNextLinkOrigin ?? url.origin)
    next.searchParams.set('$skiptoken', skipTokenFor('resources', end))
    body.nextLink = next.href
  }
  return { status: 200, body }
}
