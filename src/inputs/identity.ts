// Who signs in, and where: the app registration, its tenant, and the cloud's endpoints.
import { CLOUDS, armScope, findCloud, type CloudName } from '../clouds.js'
import type { Problems } from './problems.js'
import { GUID, readHttpsUrl, readRequired, type ReadInput } from './rules.js'

export interface IdentityInputs {
  clientId: string
  tenantId: string
  cloud: CloudName
  /** Audience for the GitHub OIDC token (input or the cloud's default). */
  audience: string
  /** Authority host without trailing slash (input override or the cloud's). */
  authorityHost: string
  /** ARM endpoint without trailing slash (input override or the cloud's). */
  resourceManagerEndpoint: string
  /** `<resourceManagerEndpoint>/.default` */
  armScope: string
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i
const MULTI_TENANT_ALIASES = new Set(['common', 'organizations', 'consumers'])

/** Reads the identity inputs; a value left out here is a problem recorded, so no Config is made. */
export function readIdentity(read: ReadInput, problems: Problems): IdentityInputs {
  const clientId = readRequired(
    read,
    'client-id',
    'the application (client) id of the app registration',
    problems
  )
  if (clientId !== undefined && !GUID.test(clientId)) {
    problems.add(
      'client-id',
      `Input client-id: '${clientId}' is not a GUID; use the app registration's Application (client) ID.`
    )
  }
  const tenantId = readRequired(
    read,
    'tenant-id',
    "your Entra tenant's id (GUID) or verified domain",
    problems
  )
  if (tenantId !== undefined) checkTenant(tenantId, problems)
  const cloud = CLOUDS[readCloud(read('cloud'), problems) ?? 'AzureCloud']
  const authorityHost = readHttpsUrl(read, 'authority-host', problems)
  const resourceManagerEndpoint =
    readHttpsUrl(read, 'resource-manager-endpoint', problems) ?? cloud.resourceManagerEndpoint
  return {
    clientId: clientId as string,
    tenantId: tenantId as string,
    cloud: cloud.name,
    audience: read('audience') ?? cloud.audience,
    authorityHost: authorityHost ?? cloud.authorityHost,
    resourceManagerEndpoint,
    armScope: armScope(resourceManagerEndpoint)
  }
}

function checkTenant(tenantId: string, problems: Problems): void {
  if (MULTI_TENANT_ALIASES.has(tenantId.toLowerCase())) {
    problems.add(
      'tenant-id',
      `Input tenant-id: '${tenantId}' is a multi-tenant alias; use your tenant's id (GUID) or verified domain.`
    )
  } else if (!GUID.test(tenantId) && !DOMAIN.test(tenantId)) {
    problems.add(
      'tenant-id',
      `Input tenant-id: '${tenantId}' is neither a GUID nor a domain; use the Directory (tenant) ID from the app registration's overview.`
    )
  }
}

function readCloud(value: string | undefined, problems: Problems): CloudName | undefined {
  if (value === undefined) return 'AzureCloud'
  const cloud = findCloud(value)
  if (cloud) return cloud.name
  problems.add(
    'cloud',
    `Input cloud: '${value}' is not a known cloud; use one of ${Object.keys(CLOUDS).join(', ')}.`
  )
  return undefined
}
