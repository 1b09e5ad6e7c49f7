// Static Web App resources as ARM serialises them (the fields the action and SDK read, plus the
// neighbours a real reply carries so deserialisers meet a realistic shape).
import type { ArmFailure } from './arm-auth.js'
import { pageStart, skipTokenFor } from './arm-paging.js'
import { staticSiteId, type StaticSite, type StaticSiteEnvironment } from './world.js'

export function staticSiteBody(site: StaticSite): Record<string, unknown> {
  return {
    id: staticSiteId(site),
    name: site.name,
    type: 'Microsoft.Web/staticSites',
    location: site.location,
    tags: {},
    properties: {
      defaultHostname: site.defaultHostname,
      repositoryUrl: site.repositoryUrl,
      branch: site.branch,
      customDomains: [],
      privateEndpointConnections: [],
      stagingEnvironmentPolicy: site.stagingEnvironmentPolicy,
      deploymentAuthPolicy: site.deploymentAuthPolicy,
      allowConfigFileUpdates: true,
      contentDistributionEndpoint: site.contentDistributionEndpoint,
      keyVaultReferenceIdentity: 'SystemAssigned',
      userProvidedFunctionApps: [],
      linkedBackends: [],
      provider: site.provider,
      enterpriseGradeCdnStatus: 'Disabled',
      databaseConnections: []
    },
    sku: { name: site.sku, tier: site.sku }
  }
}

export function staticSiteSecretsBody(site: StaticSite): Record<string, unknown> {
  return {
    id: `${staticSiteId(site)}/secrets`,
    name: 'secrets',
    type: 'Microsoft.Web/staticSites/secrets',
    location: site.location,
    properties: { apiKey: site.apiKey }
  }
}

export function staticSiteBuildBody(
  site: StaticSite,
  environment: StaticSiteEnvironment
): Record<string, unknown> {
  return {
    id: `${staticSiteId(site)}/builds/${environment.name}`,
    name: environment.name,
    type: 'Microsoft.Web/staticSites/builds',
    location: site.location,
    properties: {
      buildId: environment.name,
      sourceBranch: environment.sourceBranch ?? site.branch,
      pullRequestTitle: environment.pullRequestTitle ?? '',
      hostname: environment.hostname,
      createdTimeUtc: environment.createdAt,
      lastUpdatedOn: environment.lastUpdatedOn,
      status: environment.status,
      userProvidedFunctionApps: [],
      linkedBackends: [],
      databaseConnections: []
    }
  }
}

/**
 * One page of `GET …/builds` (production's `default` first): a `nextLink` with the next page's
 * `$skipToken`, and `nextLink: null` on the last page, as Microsoft.Web's lists end. The page size
 * and the token's form are the emulator's own (inferred); clients must follow the link as given.
 */
export function buildsPage(
  site: StaticSite,
  url: URL,
  pageSize: number,
  linkOrigin = url.origin
): { status: 200; body: Record<string, unknown> } | ArmFailure {
  const builds = [...site.environments.values()]
  const start = pageStart('builds', url.searchParams.get('$skipToken'), builds.length)
  if (typeof start !== 'number') return start
  const end = start + Math.max(1, pageSize)
  let nextLink: string | null = null
  if (end < builds.length) {
    const next = new URL(url.pathname, linkOrigin)
    next.searchParams.set('api-version', url.searchParams.get('api-version') ?? '')
    next.searchParams.set('$skipToken', skipTokenFor('builds', end))
    nextLink = next.href
  }
  return {
    status: 200,
    body: {
      value: builds.slice(start, end).map((build) => staticSiteBuildBody(site, build)),
      nextLink
    }
  }
}
