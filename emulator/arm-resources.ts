// Static Web App resources as ARM serialises them (the fields the action and SDK read, plus the
// neighbours a real reply carries so deserialisers meet a realistic shape).
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
