// What separates the clouds as the emulator plays them: each cloud's Entra answers on its own
// host names, knows only its own tenants and issues tokens only for its own resources; each
// cloud's ARM accepts only its own audiences and its own token issuer. The loopback services
// stand for the cloud of the tenant they are asked about (tests with URL overrides).
import { CLOUDS, type CloudName } from '../src/clouds.js'
import type { Tenant } from './world.js'

export interface EmulatedCloud {
  name: CloudName
  /** Host names its Entra answers on (MSAL's preferred-network alias included). */
  authorityHosts: readonly string[]
  /** Its ARM endpoint (origin). */
  armEndpoint: string
  /**
   * Resources its Entra issues ARM tokens for, which are also the audiences its ARM accepts, in
   * the order ARM lists them: the classic management resource `az` asks for, then the endpoint.
   */
  armResources: readonly string[]
  /** Prefix of the v1 access token issuer, `<prefix><tenant id>/`. */
  stsIssuer: string
  /** Entra's discovery document fields that name the cloud. */
  cloudInstanceName: string
  msgraphHost: string
  cloudGraphHostName: string
}

/** Microsoft Graph's first-party application id: a token for it may name it instead of the URL. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000'

/** The cloud whose Microsoft Graph is `resource` (its https origin or Graph's app id's cloud). */
export function cloudOfGraphResource(resource: string): EmulatedCloud | undefined {
  const wanted = withoutTrailingSlash(resource).toLowerCase()
  return Object.values(EMULATED_CLOUDS).find((cloud) => `https://${cloud.msgraphHost}` === wanted)
}

// The v1 issuers are Microsoft's (sovereign-cloud token issuers, Microsoft Q&A 1190472); the
// graph hosts of the sovereign discovery documents are inferred from the clouds' endpoint lists.
export const EMULATED_CLOUDS: Readonly<Record<CloudName, EmulatedCloud>> = {
  AzureCloud: {
    name: 'AzureCloud',
    authorityHosts: ['login.microsoftonline.com'],
    armEndpoint: CLOUDS.AzureCloud.resourceManagerEndpoint,
    armResources: [
      'https://management.core.windows.net',
      CLOUDS.AzureCloud.resourceManagerEndpoint
    ],
    stsIssuer: 'https://sts.windows.net/',
    cloudInstanceName: 'microsoftonline.com',
    msgraphHost: 'graph.microsoft.com',
    cloudGraphHostName: 'graph.windows.net'
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    authorityHosts: ['login.microsoftonline.us'],
    armEndpoint: CLOUDS.AzureUSGovernment.resourceManagerEndpoint,
    armResources: [
      'https://management.core.usgovcloudapi.net',
      CLOUDS.AzureUSGovernment.resourceManagerEndpoint
    ],
    stsIssuer: 'https://sts.windows.net/',
    cloudInstanceName: 'microsoftonline.us',
    msgraphHost: 'graph.microsoft.us',
    cloudGraphHostName: 'graph.windows.net'
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    authorityHosts: ['login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'],
    armEndpoint: CLOUDS.AzureChinaCloud.resourceManagerEndpoint,
    armResources: [
      'https://management.core.chinacloudapi.cn',
      CLOUDS.AzureChinaCloud.resourceManagerEndpoint
    ],
    stsIssuer: 'https://sts.chinacloudapi.cn/',
    cloudInstanceName: 'partner.microsoftonline.cn',
    msgraphHost: 'microsoftgraph.chinacloudapi.cn',
    cloudGraphHostName: 'graph.chinacloudapi.cn'
  }
}

/** A tenant without a stated cloud lives in the public cloud. */
export function tenantCloud(tenant: Pick<Tenant, 'cloud'>): EmulatedCloud {
  return EMULATED_CLOUDS[tenant.cloud ?? 'AzureCloud']
}

/** The cloud whose Entra answers on `host`; undefined for the loopback name. */
export function cloudOfAuthorityHost(host: string): EmulatedCloud | undefined {
  const wanted = host.toLowerCase()
  return Object.values(EMULATED_CLOUDS).find((cloud) => cloud.authorityHosts.includes(wanted))
}

/** The cloud whose ARM is `endpoint` (an origin); undefined for the loopback ARM. */
export function cloudOfArmEndpoint(endpoint: string): EmulatedCloud | undefined {
  const wanted = withoutTrailingSlash(endpoint).toLowerCase()
  return Object.values(EMULATED_CLOUDS).find((cloud) => cloud.armEndpoint.toLowerCase() === wanted)
}

/** The public cloud a resource URI belongs to; undefined for any other (the loopback ARM). */
export function cloudOfResource(resource: string): EmulatedCloud | undefined {
  const wanted = withoutTrailingSlash(resource).toLowerCase()
  return Object.values(EMULATED_CLOUDS).find((cloud) =>
    cloud.armResources.some((known) => known.toLowerCase() === wanted)
  )
}

export function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
