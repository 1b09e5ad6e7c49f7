// Microsoft Entra ID for a federated client_credentials grant: the v2.0 token endpoint, the
// tenant discovery document MSAL reads for a custom authority, and the keys ARM verifies with.
// It answers for whatever host it was reached by (its loopback URL, or a public cloud host via
// the proxy), so the issuer and endpoints it publishes match the authority the client used.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  cloudOfAuthorityHost,
  cloudOfGraphResource,
  cloudOfResource,
  GRAPH_APP_ID,
  tenantCloud,
  withoutTrailingSlash,
  type EmulatedCloud
} from './clouds.js'
import { instanceDiscovery } from './entra-instance-discovery.js'
import { resourceOfUserScope, UserSignIn, userRealm, type UserTokenReply } from './entra-users.js'
import { entraErrors, sendEntraError, type EntraError } from './entra-errors.js'
import { fetchIssuerKeys } from './issuer-keys.js'
import {
  createSigningKey,
  decodeJwt,
  JwtError,
  signJwt,
  toJwk,
  verifyJwt,
  type SigningKey
} from './jwt.js'
import { readBody, requestOrigin, sendJson } from './server.js'
import { findApp, findTenant, type AppRegistration, type Tenant, type World } from './world.js'
import { isFresh } from './world-directory.js'

/** Authorities that name no tenant: a user's home tenant is found from the account. */
const MULTI_TENANT_SEGMENTS = new Set(['organizations', 'common'])
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
const ACCESS_TOKEN_LIFETIME_SECONDS = 3599
// Entra tolerates a few minutes of clock skew on assertions.
const CLOCK_SKEW_SECONDS = 300

export interface EntraOptions {
  world: () => World
  /** PEM of the CA that signs the issuers' https certificates. */
  ca: string
  /** Resources (application ID URIs) tokens may be issued for: the ARM and Graph endpoints. */
  knownResources: () => readonly string[]
}

export class EntraService {
  /** Signs access tokens; ARM verifies with it. */
  readonly signingKey: SigningKey = createSigningKey('entra')
  /** Every access token handed out, in order. */
  readonly issued: string[] = []
  /** Every scope a token request asked for, in order (tests check each cloud's scope). */
  readonly scopes: string[] = []
  /** Every client_assertion received at the token endpoint, in order (token routing proofs). */
  readonly assertions: string[] = []

  /** Users at a public client: password and refresh token grants. */
  private readonly users: UserSignIn

  constructor(private readonly options: EntraOptions) {
    this.users = new UserSignIn(this.signingKey, this.issued)
  }

  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const base = requestOrigin(req, 'login.microsoftonline.com')
    const url = new URL(req.url ?? '/', base)
    const [tenantSegment, ...rest] = url.pathname.split('/').filter(Boolean)
    const route = rest.join('/')
    if (tenantSegment === 'common' && rest[0] === 'userrealm' && rest.length === 2) {
      return sendJson(res, 200, userRealm(this.options.world(), decodeURIComponent(rest[1]!)))
    }
    if (tenantSegment === 'common' && route === 'discovery/instance') {
      const answer = instanceDiscovery(url.searchParams)
      if ('status' in answer) return sendEntraError(res, answer, base)
      return sendJson(res, 200, answer)
    }
    if (tenantSegment && route === 'discovery/v2.0/keys') {
      return sendJson(res, 200, { keys: [toJwk(this.signingKey)] })
    }
    if (tenantSegment && route === 'v2.0/.well-known/openid-configuration') {
      return this.discovery(res, base, tenantSegment)
    }
    if (tenantSegment && route === 'oauth2/v2.0/token') {
      if (req.method !== 'POST')
        return sendEntraError(res, entraErrors.postOnly(req.method ?? ''), base)
      const form = new URLSearchParams((await readBody(req, 1024 * 1024)).toString('utf8'))
      const isForm = (req.headers['content-type'] ?? '').startsWith(
        'application/x-www-form-urlencoded'
      )
      const outcome = await this.exchange(
        base,
        tenantSegment,
        isForm ? form : new URLSearchParams()
      )
      if ('status' in outcome) return sendEntraError(res, outcome, base)
      return sendJson(res, 200, outcome, { 'cache-control': 'no-store, no-cache' })
    }
    sendJson(res, 404, { error: 'not_found', error_description: `No route for ${url.pathname}` })
  }

  private discovery(res: ServerResponse, base: string, tenantSegment: string): void {
    const multiTenant = MULTI_TENANT_SEGMENTS.has(tenantSegment)
    const tenant = multiTenant ? undefined : this.findTenantIn(base, tenantSegment)
    if (!multiTenant && !tenant)
      return sendEntraError(res, entraErrors.tenantNotFound(tenantSegment), base)
    const cloud = tenant
      ? tenantCloud(tenant)
      : (cloudOfAuthorityHost(new URL(base).hostname) ?? tenantCloud({}))
    // Endpoints always name the tenant by GUID, even when discovery was asked by domain; the
    // multi-tenant authorities keep their name and publish a templated issuer.
    const authority = `${base}/${tenant?.id ?? tenantSegment}`
    const issuer = tenant ? `${authority}/v2.0` : `${base}/{tenantid}/v2.0`
    sendJson(res, 200, {
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: [
        'client_secret_post',
        'private_key_jwt',
        'client_secret_basic'
      ],
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `https://${cloud.msgraphHost}/oidc/userinfo`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${authority}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'cloud_instance_name',
        'cloud_instance_host_name',
        'cloud_graph_host_name',
        'msgraph_host',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'acr',
        'nonce',
        'preferred_username',
        'name',
        'tid',
        'ver',
        'at_hash',
        'c_hash',
        'email'
      ],
      kerberos_endpoint: `${authority}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: cloud.cloudInstanceName,
      cloud_graph_host_name: cloud.cloudGraphHostName,
      msgraph_host: cloud.msgraphHost
    })
  }

  /** Validates the grant in the order Entra reports problems; MSAL's extra parameters are ignored. */
  private async exchange(
    base: string,
    tenantSegment: string,
    form: URLSearchParams
  ): Promise<EntraError | TokenReply | UserTokenReply> {
    const world = this.options.world()
    const grantType = form.get('grant_type')
    // A user may sign in at `organizations` or `common`: the account's home tenant answers.
    const isUserGrant = grantType === 'password' || grantType === 'refresh_token'
    const tenant =
      isUserGrant && MULTI_TENANT_SEGMENTS.has(tenantSegment)
        ? this.users.homeTenant(world, form)
        : this.findTenantIn(base, tenantSegment)
    if (!tenant) return entraErrors.tenantNotFound(tenantSegment)
    if (!grantType) return entraErrors.missingParameter('grant_type')
    if (grantType === 'password' || grantType === 'refresh_token')
      return this.userGrant(base, world, tenant, grantType, form)
    if (grantType !== 'client_credentials') return entraErrors.unsupportedGrant()
    const clientId = form.get('client_id')
    if (!clientId) return entraErrors.missingParameter('client_id')
    const scope = form.get('scope')
    if (!scope) return entraErrors.missingParameter('scope')
    this.scopes.push(scope)
    const scopes = scope.split(' ').filter(Boolean)
    if (scopes.length !== 1) return entraErrors.invalidScope(scope)
    if (!scope.endsWith('/.default')) return entraErrors.scopeWithoutDefault(scope)
    const app = findApp(world, tenant.id, clientId)
    if (!app) return entraErrors.appNotFound(clientId, tenant.id)
    const assertion = form.get('client_assertion')
    if (assertion) this.assertions.push(assertion)
    if (!assertion || form.get('client_assertion_type') !== JWT_BEARER)
      return entraErrors.missingAssertion()
    const rejection = await this.checkAssertion(app, assertion)
    if (rejection) return rejection
    if (app.hasServicePrincipal === false)
      return entraErrors.missingServicePrincipal(app.clientId, tenant.id)
    const resource = scope.slice(0, -'/.default'.length)
    if (!this.isKnownResource(resource, tenantCloud(tenant)))
      return entraErrors.resourceNotFound(resource, tenant.id)
    return this.issueAccessToken(tenant, app, resource)
  }

  /** A user's token at a first-party public client (the Azure CLI), by password or refresh token. */
  private userGrant(
    base: string,
    world: World,
    tenant: Tenant,
    grantType: 'password' | 'refresh_token',
    form: URLSearchParams
  ): EntraError | UserTokenReply {
    for (const name of [
      'client_id',
      'scope',
      grantType === 'password' ? 'username' : 'refresh_token'
    ]) {
      if (!form.get(name)) return entraErrors.missingParameter(name)
    }
    const scope = form.get('scope')!
    this.scopes.push(scope)
    const resource = resourceOfUserScope(scope)
    if (typeof resource !== 'string') return resource
    const user =
      grantType === 'password'
        ? this.users.password(world, tenant, form)
        : this.users.refresh(world, tenant, form)
    if ('status' in user) return user
    if (!this.isKnownResource(resource, tenantCloud(tenant)))
      return entraErrors.resourceNotFound(resource, tenant.id)
    return this.users.issue(tenant, user, form.get('client_id')!, resource, scope, base)
  }

  /** The tenant, when the cloud answering on `base`'s host is the one it lives in. */
  private findTenantIn(base: string, tenantSegment: string): Tenant | undefined {
    const tenant = findTenant(this.options.world(), tenantSegment)
    if (!tenant) return undefined
    // The loopback name stands for the tenant's own cloud.
    const answering = cloudOfAuthorityHost(new URL(base).hostname) ?? tenantCloud(tenant)
    return answering.name === tenantCloud(tenant).name ? tenant : undefined
  }

  private async checkAssertion(
    app: AppRegistration,
    assertion: string
  ): Promise<EntraError | undefined> {
    let claims: Record<string, unknown>
    try {
      claims = decodeJwt(assertion).claims
    } catch {
      return entraErrors.malformedAssertion()
    }
    const iss = stringClaim(claims['iss'])
    const sub = stringClaim(claims['sub'])
    const audiences = Array.isArray(claims['aud'])
      ? claims['aud'].map(stringClaim)
      : [stringClaim(claims['aud'])]
    // A credential added moments ago is not honoured yet (Graph replicates it to Entra).
    const delay = this.options.world().graph?.credentialPropagationMs ?? 0
    const credentials = app.federatedCredentials.filter(
      (credential) => !isFresh(credential.createdAt, delay)
    )
    if (credentials.length === 0)
      return entraErrors.noFederatedRecord(iss, sub, audiences.join(','))
    // Only an issuer some credential trusts is ever contacted for keys.
    const byIssuer = credentials.filter((credential) => credential.issuer === iss)
    if (byIssuer.length === 0) return entraErrors.issuerMismatch(iss)

    let keys
    try {
      keys = await fetchIssuerKeys(iss, this.options.ca)
    } catch {
      return entraErrors.issuerUnreachable(iss)
    }
    try {
      verifyJwt(assertion, keys)
    } catch (error) {
      if (error instanceof JwtError && error.reason === 'unknown-key') {
        return entraErrors.unknownSigningKey(
          String(decodeJwt(assertion).header['x5t'] ?? ''),
          app.clientId
        )
      }
      return error instanceof JwtError && error.reason === 'malformed'
        ? entraErrors.malformedAssertion()
        : entraErrors.badSignature()
    }
    const exp = claims['exp']
    const nbf = claims['nbf'] ?? claims['iat']
    if (typeof exp !== 'number' || typeof nbf !== 'number') return entraErrors.malformedAssertion()
    const now = Math.floor(Date.now() / 1000)
    if (now > exp + CLOCK_SKEW_SECONDS || now < nbf - CLOCK_SKEW_SECONDS) {
      return entraErrors.expiredAssertion(now, nbf, exp)
    }

    const byAudience = byIssuer.filter((credential) => audiences.includes(credential.audiences[0]))
    if (byAudience.length === 0) return entraErrors.audienceMismatch(audiences.join(','))
    if (byAudience.some((credential) => credential.subject === sub)) return undefined
    const lowered = sub.toLowerCase()
    if (byAudience.some((credential) => credential.subject.toLowerCase() === lowered)) {
      return entraErrors.subjectCaseMismatch(sub)
    }
    return entraErrors.subjectMismatch(sub)
  }

  /** A cloud's Entra knows its own cloud's ARM resources, and the emulator's loopback ARM. */
  private isKnownResource(resource: string, cloud: EmulatedCloud): boolean {
    if (resource === GRAPH_APP_ID) return true
    const owner = cloudOfResource(resource) ?? cloudOfGraphResource(resource)
    if (owner) return owner.name === cloud.name
    const wanted = withoutTrailingSlash(resource).toLowerCase()
    return this.options
      .knownResources()
      .some((known) => withoutTrailingSlash(known).toLowerCase() === wanted)
  }

  private issueAccessToken(tenant: Tenant, app: AppRegistration, resource: string): TokenReply {
    const now = Math.floor(Date.now() / 1000)
    const stsIssuer = `${tenantCloud(tenant).stsIssuer}${tenant.id}/`
    const accessToken = signJwt(this.signingKey, {
      aud: resource,
      iss: stsIssuer,
      iat: now,
      nbf: now,
      exp: now + ACCESS_TOKEN_LIFETIME_SECONDS,
      aio: randomUUID(),
      appid: app.clientId,
      // 2: the client authenticated with an assertion (certificate or federated token).
      appidacr: '2',
      idp: stsIssuer,
      idtyp: 'app',
      // Microsoft Graph application permissions the app was granted (Graph reads them).
      ...(app.graphAppRoles?.length ? { roles: app.graphAppRoles } : {}),
      oid: app.objectId,
      sub: app.objectId,
      tid: tenant.id,
      uti: randomUUID().replace(/-/g, ''),
      ver: '1.0'
    })
    this.issued.push(accessToken)
    return {
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
      ext_expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
      access_token: accessToken
    }
  }
}

interface TokenReply {
  token_type: 'Bearer'
  expires_in: number
  ext_expires_in: number
  access_token: string
}

function stringClaim(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)
}
