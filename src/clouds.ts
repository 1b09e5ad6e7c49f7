// One table of the public clouds' endpoints; overrides from inputs are applied in inputs/identity.ts.
// And one of other tools' names for them, answered with ours (never taken in their place).
import { didYouMean, matchAccepted, otherToolsWord } from './suggest.js'

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

/** Lookup in any case (the rule of every fixed-value input); undefined for an unknown name. */
export function findCloud(name: string): CloudEndpoints | undefined {
  const known = matchAccepted(name, CLOUD_NAMES)
  return known === undefined ? undefined : CLOUDS[known]
}

const CLOUD_NAMES = Object.keys(CLOUDS) as CloudName[]

/** Said of a name for a cloud Static Web Apps cannot be in: no name of ours is suggested. */
const GERMANY =
  "Microsoft Cloud Deutschland (AzureGermanCloud) closed on 29 October 2021, and Azure's regions in Germany are in AzureCloud."
const STACK = 'Azure Stack Hub offers no Static Web Apps.'

/**
 * Other tools' names for a cloud, keyed in lower case without spaces, hyphens or underscores:
 * the cloud meant and whose name it is, or what to say instead. Terraform azurerm's `environment`
 * (public, usgovernment, china, german, stack), azure/login's `environment` (azurecloud,
 * azureusgovernment and azurechinacloud are ours in lower case; azurestack, azuregermancloud), the
 * Azure SDK for Go's and kubelogin's names, and what people type.
 */
const OTHER_CLOUD_NAMES: Readonly<
  Record<string, { meant: CloudName; whose: string } | { instead: string }>
> = {
  public: { meant: 'AzureCloud', whose: "Terraform's name for it" },
  usgovernment: { meant: 'AzureUSGovernment', whose: "Terraform's name for it" },
  china: { meant: 'AzureChinaCloud', whose: "Terraform's name for it" },
  german: { instead: GERMANY },
  stack: { instead: STACK },
  azuregermancloud: { instead: GERMANY },
  azurestack: { instead: STACK },
  azurepubliccloud: { meant: 'AzureCloud', whose: "the Azure SDK for Go's name for it" },
  azureusgovernmentcloud: {
    meant: 'AzureUSGovernment',
    whose: "the Azure SDK for Go's name for it"
  },
  azurestackcloud: { instead: STACK },
  usgov: { meant: 'AzureUSGovernment', whose: 'a short name for it' },
  gov: { meant: 'AzureUSGovernment', whose: 'a short name for it' },
  fairfax: { meant: 'AzureUSGovernment', whose: 'its code name' },
  mooncake: { meant: 'AzureChinaCloud', whose: 'its code name' }
}

/**
 * What to say of a name no cloud has, for the action's `cloud` and setup's `--cloud`: "did you
 * mean 'X' (whose name it is)?" for another tool's name, what to know for a cloud Static Web Apps
 * cannot be in, "did you mean 'X'?" for a typo; undefined when it is none of these.
 */
export function aboutCloudName(name: string): string | undefined {
  const other = otherToolsWord(OTHER_CLOUD_NAMES, name)
  if (other === undefined) return didYouMean(name, CLOUD_NAMES)
  return 'instead' in other ? other.instead : `did you mean '${other.meant}' (${other.whose})?`
}

/** ARM token scope: the resource with `/.default`, which Entra requires for client credentials. */
export function armScope(resourceManagerEndpoint: string): string {
  return `${resourceManagerEndpoint.replace(/\/+$/, '')}/.default`
}
