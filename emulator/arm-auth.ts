// ARM's front door for a bearer token: who signed it, for which audience, until when, from which
// tenant. Each failure carries ARM's own code and message so clients can be tested against them.
import type { IncomingMessage } from 'node:http'
import { cloudOfArmEndpoint, tenantCloud } from './clouds.js'
import { verifyJwt, type Jwk } from './jwt.js'
import { findSubscription, findTenant, type World } from './world.js'

export interface ArmFailure {
  status: number
  code: string
  message: string
  headers?: Record<string, string>
}

export interface ArmCaller {
  tenantId: string
  /** Application (client) id. */
  appId: string
  /** Service principal object id. */
  objectId: string
  /** The token's `iss`: the STS of the cloud that issued it. */
  issuer: string
  /** A user's sign-in name (`upn`); ARM names a user by it in its errors. */
  userPrincipalName?: string
}

/**
 * Audiences a token must carry to be accepted at `endpoint` (e.g. https://management.azure.com):
 * a public cloud's ARM accepts its own endpoint and its classic management resource, never
 * another cloud's; the loopback ARM only itself.
 */
function allowedAudiences(endpoint: string): string[] {
  const bases = cloudOfArmEndpoint(endpoint)?.armResources ?? [endpoint]
  return bases.flatMap((base) => [`${base}/`, base])
}

function unauthorized(code: string, message: string): ArmFailure {
  // ARM's WWW-Authenticate tells clients where to get a token; SDK challenge handlers read it.
  return {
    status: 401,
    code,
    message,
    headers: {
      'www-authenticate':
        'Bearer authorization_uri="https://login.windows.net/", error="invalid_token", ' +
        `error_description="${message.replace(/"/g, "'")}"`
    }
  }
}

/** ARM prints times like .NET's en-US default: 11/22/2025 4:05:06 AM. */
function armTime(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000)
  const hours = date.getUTCHours()
  const pad = (value: number): string => String(value).padStart(2, '0')
  return (
    `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ` +
    `${hours % 12 || 12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'}`
  )
}

/** Authenticates a request; `endpoint` is the ARM base URL the request came in on. */
export function authenticate(
  req: IncomingMessage,
  endpoint: string,
  entraKeys: readonly Jwk[]
): ArmCaller | ArmFailure {
  const header = req.headers.authorization
  if (!header)
    return unauthorized(
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is missing."
    )
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  if (!match) {
    return unauthorized(
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is provided in an invalid format."
    )
  }
  let claims: Record<string, unknown>
  try {
    claims = verifyJwt(match[1]!, entraKeys).claims
  } catch {
    return unauthorized('InvalidAuthenticationToken', 'The access token is invalid.')
  }
  const audience = typeof claims['aud'] === 'string' ? claims['aud'] : ''
  const allowed = allowedAudiences(endpoint)
  if (!allowed.includes(audience)) {
    return unauthorized(
      'InvalidAuthenticationTokenAudience',
      `The 'EvolvedSecurityTokenService' access token has been obtained for wrong audience or resource '${audience}'. It should exactly ` +
        `match with one of the allowed audiences ${allowed.map((value) => `'${value}'`).join(',')}.`
    )
  }
  const exp = claims['exp']
  const now = Math.floor(Date.now() / 1000)
  if (typeof exp !== 'number' || exp <= now) {
    return unauthorized(
      'ExpiredAuthenticationToken',
      `The access token expiry UTC time '${armTime(typeof exp === 'number' ? exp : 0)}' is earlier than ` +
        `current UTC time '${armTime(now)}'.`
    )
  }
  const tenantId = claims['tid']
  const appId = claims['appid']
  const objectId = claims['oid']
  const issuer = claims['iss']
  if (
    typeof tenantId !== 'string' ||
    typeof appId !== 'string' ||
    typeof objectId !== 'string' ||
    typeof issuer !== 'string'
  ) {
    return unauthorized('InvalidAuthenticationToken', 'The access token is invalid.')
  }
  const upn = claims['upn']
  return {
    tenantId,
    appId,
    objectId,
    issuer,
    ...(claims['idtyp'] === 'user' && typeof upn === 'string' ? { userPrincipalName: upn } : {})
  }
}

/**
 * A cloud's ARM trusts only its own cloud's STS (the loopback ARM: the STS of the token tenant's
 * cloud). Inferred answer: the one ARM gives a token it cannot validate.
 */
export function checkIssuer(
  caller: ArmCaller,
  endpoint: string,
  world: World
): ArmFailure | undefined {
  const tenant = findTenant(world, caller.tenantId)
  const cloud = cloudOfArmEndpoint(endpoint) ?? (tenant && tenantCloud(tenant))
  if (tenant && cloud && caller.issuer === `${cloud.stsIssuer}${caller.tenantId}/`) return undefined
  return unauthorized('InvalidAuthenticationToken', 'The access token is invalid.')
}

/** 401 when the token's tenant is not the subscription's. */
function wrongTenant(tokenTenant: string, subscriptionTenant: string): ArmFailure {
  return unauthorized(
    'InvalidAuthenticationTokenTenant',
    `The access token is from the wrong issuer 'https://sts.windows.net/${tokenTenant}/'. It must match ` +
      `the tenant 'https://sts.windows.net/${subscriptionTenant}/' associated with this subscription. ` +
      `Please use the authority (URL) 'https://login.windows.net/${subscriptionTenant}' to get the token. ` +
      'Note, if the subscription is transferred to another tenant there is no impact to the services, but ' +
      'information about new tenant could take time to propagate (up to an hour). If you just transferred ' +
      'your subscription and see this error message, please try back later.'
  )
}

/** ARM's first check of a call under `/subscriptions/<id>`: the subscription exists, in the caller's tenant. */
export function subscriptionRefusal(
  world: World,
  caller: ArmCaller,
  subscriptionId: string
): ArmFailure | undefined {
  const subscription = findSubscription(world, subscriptionId)
  if (!subscription)
    return {
      status: 404,
      code: 'SubscriptionNotFound',
      message: `The subscription '${subscriptionId}' could not be found.`
    }
  if (subscription.tenantId !== caller.tenantId)
    return wrongTenant(caller.tenantId, subscription.tenantId)
  return undefined
}

/** An api-version the resource type does not publish (inferred wording: ARM's usual answer). */
export function invalidApiVersion(apiVersion: string, supported: readonly string[]): ArmFailure {
  return {
    status: 400,
    code: 'InvalidApiVersionParameter',
    message: `The api-version '${apiVersion}' is invalid. The supported versions are '${[...supported].reverse().join(',')}'.`
  }
}

export function isFailure(value: ArmCaller | ArmFailure): value is ArmFailure {
  return 'status' in value
}

export function authorizationFailed(caller: ArmCaller, action: string, scope: string): ArmFailure {
  return {
    status: 403,
    code: 'AuthorizationFailed',
    message:
      // ARM names a user by sign-in name, an app by client id.
      `The client '${caller.userPrincipalName ?? caller.appId}' with object id '${caller.objectId}' does not have authorization to ` +
      `perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently ` +
      'granted, please refresh your credentials.'
  }
}
