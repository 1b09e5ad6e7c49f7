// Entra's instance discovery (`/common/discovery/instance`): which authority hosts are Microsoft's,
// which of them are aliases of one another, and where the tenant's discovery document lives. MSAL
// asks it for authorities it does not know and to find cached tokens under alias hosts.
import { entraErrors, type EntraError } from './entra-errors.js'

interface AliasGroup {
  preferred_network: string
  preferred_cache: string
  aliases: string[]
}

// Microsoft's own alias groups, as both MSALs hard-code them (msal-common AuthorityMetadata).
const ALIAS_GROUPS: readonly AliasGroup[] = [
  {
    preferred_network: 'login.microsoftonline.com',
    preferred_cache: 'login.windows.net',
    aliases: [
      'login.microsoftonline.com',
      'login.windows.net',
      'login.microsoft.com',
      'sts.windows.net'
    ]
  },
  {
    preferred_network: 'login.partner.microsoftonline.cn',
    preferred_cache: 'login.partner.microsoftonline.cn',
    aliases: ['login.partner.microsoftonline.cn', 'login.chinacloudapi.cn']
  },
  {
    preferred_network: 'login.microsoftonline.de',
    preferred_cache: 'login.microsoftonline.de',
    aliases: ['login.microsoftonline.de']
  },
  {
    preferred_network: 'login.microsoftonline.us',
    preferred_cache: 'login.microsoftonline.us',
    aliases: ['login.microsoftonline.us', 'login.usgovcloudapi.net']
  },
  {
    preferred_network: 'login-us.microsoftonline.com',
    preferred_cache: 'login-us.microsoftonline.com',
    aliases: ['login-us.microsoftonline.com']
  }
]

export interface InstanceDiscovery {
  tenant_discovery_endpoint: string
  'api-version': string
  metadata: readonly AliasGroup[]
}

/** The answer for `authorization_endpoint`: discovery for a Microsoft host, 50049 for any other. */
export function instanceDiscovery(query: URLSearchParams): InstanceDiscovery | EntraError {
  let endpoint: URL
  try {
    endpoint = new URL(query.get('authorization_endpoint') ?? '')
  } catch {
    return entraErrors.invalidInstance()
  }
  const host = endpoint.hostname.toLowerCase()
  const known = ALIAS_GROUPS.some((group) => group.aliases.includes(host))
  // Path: /<tenant>/oauth2/authorize (v1) or /<tenant>/oauth2/v2.0/authorize.
  const [tenant, oauth2, ...rest] = endpoint.pathname.split('/').filter(Boolean)
  if (endpoint.protocol !== 'https:' || !known || !tenant || oauth2 !== 'oauth2') {
    return entraErrors.invalidInstance()
  }
  const version = rest[0] === 'v2.0' ? '/v2.0' : ''
  return {
    tenant_discovery_endpoint: `https://${host}/${tenant}${version}/.well-known/openid-configuration`,
    'api-version': query.get('api-version') ?? '1.1',
    metadata: ALIAS_GROUPS
  }
}
