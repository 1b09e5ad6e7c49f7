// Who signs in, and where: the GitHub OIDC token's app registration and tenant, or the machine's
// managed identity; and the cloud's endpoints.
import { CLOUDS, aboutCloudName, armScope, findCloud, type CloudName } from '../clouds.js'
import { matchAccepted, useAccepted } from '../suggest.js'
import type { Problems } from './problems.js'
import { GUID, readHttpsUrl, readRequired, type ReadInput } from './rules.js'

/** How the action signs in: the job's GitHub OIDC token, or the runner machine's managed identity. */
const AUTH_TYPES = ['oidc', 'managed-identity'] as const
export type AuthType = (typeof AUTH_TYPES)[number]

export interface IdentityInputs {
  authType: AuthType
  /** With oidc: the app registration's client id. With managed-identity: '' (see managedIdentityClientId). */
  clientId: string
  /** With oidc: the tenant. With managed-identity: '' (the identity's own tenant is used). */
  tenantId: string
  /** With managed-identity: the user-assigned identity's client id; undefined means system-assigned. */
  managedIdentityClientId: string | undefined
  /** Inputs given that managed-identity ignores (named in a notice). */
  ignoredInputs: readonly string[]
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
  const authType = readAuthType(read('auth-type'), problems)
  const endpoints = readEndpoints(read, problems)
  // An unknown auth-type cannot say which of client-id and tenant-id it needs: its typo is the
  // one sign-in problem reported (blaming them would mislead whoever meant managed-identity).
  const signIn = authType === undefined ? UNKNOWN_SIGN_IN : READ_SIGN_IN[authType](read, problems)
  return { ...signIn, ...endpoints }
}

/** The inputs that say who signs in, each way's own. */
type SignInInputs = Pick<
  IdentityInputs,
  'authType' | 'clientId' | 'tenantId' | 'managedIdentityClientId' | 'ignoredInputs'
>

/** How each way of signing in reads and checks its inputs. */
const READ_SIGN_IN: Readonly<
  Record<AuthType, (read: ReadInput, problems: Problems) => SignInInputs>
> = {
  oidc: readAppRegistration,
  'managed-identity': readManagedIdentity
}

/** Stands in for an unknown auth-type's inputs: the auth-type problem stops the run before use. */
const UNKNOWN_SIGN_IN: SignInInputs = {
  authType: 'oidc',
  clientId: '',
  tenantId: '',
  managedIdentityClientId: undefined,
  ignoredInputs: []
}

/** The GitHub OIDC token's app registration and its tenant: both required. */
function readAppRegistration(read: ReadInput, problems: Problems): SignInInputs {
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
  return {
    authType: 'oidc',
    clientId: clientId as string,
    tenantId: tenantId as string,
    managedIdentityClientId: undefined,
    ignoredInputs: []
  }
}

/** The machine's identity: a user-assigned one by its client id, else the system-assigned one. */
function readManagedIdentity(read: ReadInput, problems: Problems): SignInInputs {
  const clientId = read('client-id')
  if (clientId !== undefined && !GUID.test(clientId)) {
    problems.add(
      'client-id',
      `Input client-id: '${clientId}' is not a GUID; with auth-type: managed-identity use the user-assigned identity's Client ID, or leave it blank for the machine's system-assigned identity.`
    )
  }
  return {
    authType: 'managed-identity',
    clientId: '',
    tenantId: '',
    managedIdentityClientId: clientId,
    // The identity's tenant and the token's audience are the machine's, not the workflow's.
    ignoredInputs: MANAGED_IDENTITY_IGNORES.filter((name) => read(name) !== undefined)
  }
}

/** Inputs that mean nothing with managed-identity: given, they are named in a notice. */
const MANAGED_IDENTITY_IGNORES = ['tenant-id', 'audience'] as const

/** The cloud and its endpoints, overrides applied; read for either way of signing in. */
function readEndpoints(
  read: ReadInput,
  problems: Problems
): Pick<
  IdentityInputs,
  'cloud' | 'audience' | 'authorityHost' | 'resourceManagerEndpoint' | 'armScope'
> {
  const cloud = CLOUDS[readCloud(read('cloud'), problems) ?? 'AzureCloud']
  const authorityHost = readHttpsUrl(read, 'authority-host', problems)
  const resourceManagerEndpoint =
    readHttpsUrl(read, 'resource-manager-endpoint', problems) ?? cloud.resourceManagerEndpoint
  return {
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

/** The way of signing in; undefined (a problem recorded) when the value names none. */
function readAuthType(value: string | undefined, problems: Problems): AuthType | undefined {
  if (value === undefined) return 'oidc'
  const authType = matchAccepted(value, AUTH_TYPES)
  if (authType !== undefined) return authType
  const fix = useAccepted(value, AUTH_TYPES, AUTH_TYPES.join(' or '))
  problems.add('auth-type', `Input auth-type: '${value}' is not a way of signing in; ${fix}.`)
  return undefined
}

function readCloud(value: string | undefined, problems: Problems): CloudName | undefined {
  if (value === undefined) return 'AzureCloud'
  const cloud = findCloud(value)
  if (cloud) return cloud.name
  const list = `one of ${Object.keys(CLOUDS).join(', ')}`
  const about = aboutCloudName(value)
  const fix = about === undefined ? `use ${list}` : `${about} Use ${list}`
  problems.add('cloud', `Input cloud: '${value}' is not a known cloud; ${fix}.`)
  return undefined
}
