// One table of the public clouds' endpoints; overrides from inputs are applied in inputs/identity.ts.

export type CloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud'

export interface CloudEndpoints {
  name: CloudName
  /** Entra authority host, no trailing slash. Authority = `${authorityHost}/${tenantId}`. */
  authorityHost: string
  /** ARM endpoint, no trailing slash. */
  resourceManagerEndpoint: string
  /** Audience requested for the GitHub OIDC token. */
  audience: string
  /** Static Web Apps is offered only in AzureCloud (2026, PROTOCOLS.md §2): elsewhere only the identity half works. */
  offersStaticWebApps: boolean
}

export const CLOUDS: Readonly<Record<CloudName, CloudEndpoints>> = {
  AzureCloud: {
    name: 'AzureCloud',
    authorityHost: 'https://login.microsoftonline.com',
    resourceManagerEndpoint: 'https://management.azure.com',
    audience: 'api://AzureADTokenExchange',
    offersStaticWebApps: true
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    authorityHost: 'https://login.microsoftonline.us',
    resourceManagerEndpoint: 'https://management.usgovcloudapi.net',
    audience: 'api://AzureADTokenExchangeUSGov',
    offersStaticWebApps: false
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    authorityHost: 'https://login.chinacloudapi.cn',
    resourceManagerEndpoint: 'https://management.chinacloudapi.cn',
    audience: 'api://AzureADTokenExchangeChina',
    offersStaticWebApps: false
  }
}

/** Case-insensitive lookup; undefined for an unknown name. */
export function findCloud(name: string): CloudEndpoints | undefined {
  const wanted = name.trim().toLowerCase()
  return Object.values(CLOUDS).find((cloud) => cloud.name.toLowerCase() === wanted)
}

/** ARM token scope: the resource with `/.default`, which Entra requires for client credentials. */
export function armScope(resourceManagerEndpoint: string): string {
  return `${resourceManagerEndpoint.replace(/\/+$/, '')}/.default`
}
