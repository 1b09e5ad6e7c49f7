// Entra ID for a user at a first-party public client (the Azure CLI): user realm discovery, the
// password grant (ROPC, `az login -u … -p …`) and the refresh token grant MSAL uses for every
// later token (`az account get-access-token --resource …`). Tokens carry what MSAL and its cache
// read: an id_token, client_info (uid.utid, the account's home id) and a refresh token.
import { randomBytes, randomUUID } from 'node:crypto'
import { tenantCloud } from './clouds.js'
import { entraErrors, type EntraError } from './entra-errors.js'
import { signJwt, type SigningKey } from './jwt.js'
import { FIRST_PARTY_PUBLIC_CLIENTS, type DirectoryUser } from './world-directory.js'
import type { Tenant, World } from './world.js'

const USER_TOKEN_LIFETIME_SECONDS = 3599
/** Scopes MSAL adds to every user request; they name no resource. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email'])

export interface UserTokenReply {
  token_type: 'Bearer'
  scope: string
  expires_in: number
  ext_expires_in: number
  access_token: string
  refresh_token: string
  id_token: string
  client_info: string
}

interface RefreshGrant {
  tenantId: string
  userObjectId: string
  clientId: string
}

/** `GET /common/userrealm/<username>`: every user of an emulated tenant is a managed (cloud) account. */
export function userRealm(world: World, username: string): Record<string, unknown> {
  const domain = username.split('@')[1]?.toLowerCase() ?? ''
  const tenant = world.tenants.find((candidate) => candidate.domain.toLowerCase() === domain)
  if (!tenant)
    return { ver: '1.0', account_type: 'Unknown', cloud_instance_name: 'microsoftonline.com' }
  const cloud = tenantCloud(tenant)
  return {
    ver: '1.0',
    account_type: 'Managed',
    domain_name: tenant.domain,
    cloud_instance_name: cloud.cloudInstanceName,
    cloud_audience_urn: 'urn:federation:MicrosoftOnline'
  }
}

/** The one resource a user request names, MSAL's OIDC scopes aside (`<resource>/.default` or `<resource>/<permission>`). */
export function resourceOfUserScope(scope: string): string | EntraError {
  const named = scope.split(' ').filter((item) => item && !OIDC_SCOPES.has(item))
  if (named.length !== 1) return entraErrors.invalidScope(scope)
  const [only] = named as [string]
  const slash = only.lastIndexOf('/')
  if (slash <= 0) return entraErrors.invalidScope(scope)
  return only.slice(0, slash)
}

export class UserSignIn {
  private readonly refreshGrants = new Map<string, RefreshGrant>()

  constructor(
    private readonly signingKey: SigningKey,
    /** Every token handed out goes here too (the leak scanner looks for each). */
    private readonly issued: string[]
  ) {}

  /** The tenant of the account a multi-tenant request names (by username, or by refresh token). */
  homeTenant(world: World, form: URLSearchParams): Tenant | undefined {
    const username = form.get('username')?.toLowerCase()
    const tenantId = username
      ? world.users.find((user) => user.userPrincipalName.toLowerCase() === username)?.tenantId
      : this.refreshGrants.get(form.get('refresh_token') ?? '')?.tenantId
    return world.tenants.find((tenant) => tenant.id === tenantId)
  }

  /** grant_type=password. */
  password(world: World, tenant: Tenant, form: URLSearchParams): DirectoryUser | EntraError {
    const clientId = form.get('client_id') ?? ''
    if (!FIRST_PARTY_PUBLIC_CLIENTS.includes(clientId.toLowerCase()))
      return entraErrors.appNotFound(clientId, tenant.id)
    const username = (form.get('username') ?? '').toLowerCase()
    const user = world.users.find(
      (candidate) =>
        candidate.tenantId === tenant.id && candidate.userPrincipalName.toLowerCase() === username
    )
    if (!user) return entraErrors.unknownUser(tenant.id)
    if (form.get('password') !== user.password) return entraErrors.wrongPassword()
    return user
  }

  /** grant_type=refresh_token: a token this Entra issued to the same client, for a user still there. */
  refresh(world: World, tenant: Tenant, form: URLSearchParams): DirectoryUser | EntraError {
    const grant = this.refreshGrants.get(form.get('refresh_token') ?? '')
    if (!grant || grant.clientId !== (form.get('client_id') ?? '').toLowerCase())
      return entraErrors.badRefreshToken()
    // A refresh token is good at any tenant the user belongs to; ours live in one.
    if (grant.tenantId !== tenant.id) return entraErrors.unknownUser(tenant.id)
    const user = world.users.find((candidate) => candidate.objectId === grant.userObjectId)
    return user ?? entraErrors.unknownUser(tenant.id)
  }

  issue(
    tenant: Tenant,
    user: DirectoryUser,
    clientId: string,
    resource: string,
    scope: string,
    authorityBase: string
  ): UserTokenReply {
    const now = Math.floor(Date.now() / 1000)
    const stsIssuer = `${tenantCloud(tenant).stsIssuer}${tenant.id}/`
    const accessToken = signJwt(this.signingKey, {
      aud: resource,
      iss: stsIssuer,
      iat: now,
      nbf: now,
      exp: now + USER_TOKEN_LIFETIME_SECONDS,
      acr: '1',
      aio: randomUUID(),
      amr: ['pwd'],
      appid: clientId,
      // 0: a public client (no client authentication).
      appidacr: '0',
      idtyp: 'user',
      name: user.displayName,
      oid: user.objectId,
      scp: 'user_impersonation',
      sub: randomBytes(32).toString('base64url'),
      tid: tenant.id,
      unique_name: user.userPrincipalName,
      upn: user.userPrincipalName,
      uti: randomUUID().replace(/-/g, ''),
      ver: '1.0'
    })
    const idToken = signJwt(this.signingKey, {
      aud: clientId,
      iss: `${authorityBase}/${tenant.id}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + USER_TOKEN_LIFETIME_SECONDS,
      name: user.displayName,
      oid: user.objectId,
      preferred_username: user.userPrincipalName,
      rh: randomUUID(),
      sub: randomBytes(32).toString('base64url'),
      tid: tenant.id,
      uti: randomUUID().replace(/-/g, ''),
      ver: '2.0'
    })
    const refreshToken = `1.A${randomBytes(96).toString('base64url')}`
    this.refreshGrants.set(refreshToken, {
      tenantId: tenant.id,
      userObjectId: user.objectId,
      clientId: clientId.toLowerCase()
    })
    this.issued.push(accessToken, refreshToken, idToken)
    const clientInfo = Buffer.from(
      JSON.stringify({ uid: user.objectId, utid: tenant.id })
    ).toString('base64url')
    return {
      token_type: 'Bearer',
      scope: scope
        .split(' ')
        .filter((item) => !OIDC_SCOPES.has(item))
        .join(' '),
      expires_in: USER_TOKEN_LIFETIME_SECONDS,
      ext_expires_in: USER_TOKEN_LIFETIME_SECONDS,
      access_token: accessToken,
      refresh_token: refreshToken,
      id_token: idToken,
      client_info: clientInfo
    }
  }
}
