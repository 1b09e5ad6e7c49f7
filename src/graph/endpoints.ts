// Microsoft Graph per cloud (PROTOCOLS.md §7); `--graph-endpoint` overrides it.
import type { CloudName } from '../clouds.js'

export const GRAPH_ENDPOINTS: Readonly<Record<CloudName, string>> = {
  AzureCloud: 'https://graph.microsoft.com',
  AzureUSGovernment: 'https://graph.microsoft.us',
  AzureChinaCloud: 'https://microsoftgraph.chinacloudapi.cn'
}

/** The API version every call uses. */
export const GRAPH_VERSION = 'v1.0'

/** Token scope: the host with `/.default`. */
export function graphScope(graphEndpoint: string): string {
  return `${new URL(graphEndpoint).origin}/.default`
}
