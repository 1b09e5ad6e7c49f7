// Microsoft Graph as the setup command and the Azure CLI meet it (PROTOCOLS.md §7): applications,
// service principals and federated identity credentials, over the world's one directory (Entra
// honours exactly the credentials listed here). Strict like Graph: a token for Graph only, the
// caller's right checked per operation (Authorization_RequestDenied), the uniqueness and count
// rules of credentials, a replica that misses a fresh object, and 429 with Retry-After.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { cloudOfGraphResource, GRAPH_APP_ID } from './clouds.js'
import { graphErrors, graphRequestIds, sendGraphError, type GraphError } from './graph-errors.js'
import {
  applicationBody,
  applicationId,
  credentialBody,
  credentialId,
  hasServicePrincipal,
  parseFilter,
  servicePrincipalBody,
  userBody
} from './graph-objects.js'
import { verifyJwt, toJwk, type SigningKey } from './jwt.js'
import { readBody, requestOrigin, sendJson } from './server.js'
import {
  APP_MANAGING_ROLES,
  APP_REGISTERING_ROLES,
  isFresh,
  type DirectoryUser
} from './world-directory.js'
import {
  findTenant,
  type AppRegistration,
  type FederatedCredential,
  type Tenant,
  type World
} from './world.js'

/** Entra's limit on federated identity credentials per application. */
const MAX_FEDERATED_CREDENTIALS = 20
const MAX_CREDENTIAL_NAME = 120
// URL-safe: RFC 3986's unreserved characters (Graph's exact set is not published).
const CREDENTIAL_NAME = /^[A-Za-z0-9._~-]+$/

export interface GraphOptions {
  world: () => World
  /** Entra's signing key: the only key Graph trusts. */
  entraKey: () => SigningKey
}

/** Who called: a user (delegated) or an app (app-only, its Graph application permissions). */
type GraphCaller =
  | { kind: 'user'; tenant: Tenant; user: DirectoryUser }
  | { kind: 'app'; tenant: Tenant; objectId: string; roles: string[] }

interface Call {
  req: IncomingMessage
  res: ServerResponse
  world: World
  caller: GraphCaller
  /** `https://graph.microsoft.com/v1.0` or the loopback origin with its version. */
  base: string
  segments: string[]
  query: URLSearchParams
  method: string
  body: Buffer
}

export class GraphService {
  constructor(private readonly options: GraphOptions) {}

  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = requestOrigin(req, 'graph.microsoft.com')
    const url = new URL(req.url ?? '/', origin)
    const body = await readBody(req, 4 * 1024 * 1024)
    const world = this.options.world()
    const fail = (failure: GraphError): void => sendGraphError(req, res, failure)
    const throttle = world.graph.throttle
    if (throttle.times > 0) {
      throttle.times -= 1
      return fail(graphErrors.throttled(throttle.retryAfterSeconds))
    }
    const caller = this.authenticate(req, origin, world)
    if ('status' in caller) return fail(caller)
    const [version, ...segments] = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
    if (version !== 'v1.0' && version !== 'beta') return fail(graphErrors.noRoute(version ?? ''))
    const call: Call = {
      req,
      res,
      world,
      caller,
      base: `${origin}/${version}`,
      segments,
      query: url.searchParams,
      method: req.method ?? 'GET',
      body
    }
    const outcome = this.route(call)
    if (outcome) fail(outcome)
  }

  private authenticate(
    req: IncomingMessage,
    origin: string,
    world: World
  ): GraphCaller | GraphError {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    if (!match) return graphErrors.noToken()
    let claims: Record<string, unknown>
    try {
      claims = verifyJwt(match[1]!, [toJwk(this.options.entraKey())]).claims
    } catch {
      return graphErrors.badToken()
    }
    const audience = String(claims['aud'] ?? '')
    // Graph's public host takes its URL or its app id; the loopback Graph its own origin too.
    const accepted =
      audience === GRAPH_APP_ID ||
      (cloudOfGraphResource(origin) !== undefined
        ? cloudOfGraphResource(audience)?.msgraphHost === new URL(origin).hostname
        : audience.replace(/\/+$/, '') === origin)
    if (!accepted) return graphErrors.wrongAudience()
    const exp = claims['exp']
    if (typeof exp !== 'number' || exp <= Date.now() / 1000) return graphErrors.expired()
    const tenant = findTenant(world, String(claims['tid'] ?? ''))
    if (!tenant) return graphErrors.badToken()
    const objectId = String(claims['oid'] ?? '')
    if (claims['idtyp'] === 'user') {
      const user = world.users.find(
        (candidate) => candidate.objectId === objectId && candidate.tenantId === tenant.id
      )
      return user ? { kind: 'user', tenant, user } : graphErrors.badToken()
    }
    const roles = Array.isArray(claims['roles']) ? claims['roles'].map(String) : []
    return { kind: 'app', tenant, objectId, roles }
  }

  /** Dispatches on the path; returns a failure to send, or undefined once it replied. */
  private route(call: Call): GraphError | undefined {
    const [collection, second, third, ...rest] = call.segments
    const { method } = call
    if (collection === undefined) return graphErrors.noRoute('')
    if (collection === 'me' && second === undefined && method === 'GET') return this.me(call)
    if (collection === 'directoryObjects' && second === 'getByIds' && method === 'POST')
      return this.getByIds(call)
    const keyed = /^(applications|servicePrincipals)\(appId='([^']*)'\)$/.exec(collection)
    const name = keyed ? keyed[1]! : collection
    if (name === 'applications') {
      if (!keyed && second === undefined) {
        if (method === 'GET') return this.listApplications(call)
        if (method === 'POST') return this.createApplication(call)
        return graphErrors.methodNotAllowed()
      }
      const key = keyed ? { appId: keyed[2]! } : { id: second! }
      const tail = keyed ? [second, third, ...rest] : [third, ...rest]
      const app = this.findApplication(call, key)
      if ('status' in app) return app
      if (tail[0] === undefined) {
        if (method === 'GET') return this.reply(call, 200, this.applicationJson(call, app))
        return graphErrors.methodNotAllowed()
      }
      const credentialKey = /^federatedIdentityCredentials(?:\(name='((?:[^']|'')*)'\))?$/.exec(
        tail[0]
      )
      if (credentialKey && tail.length <= 2)
        return this.credentials(call, app, credentialKey[1]?.replace(/''/g, "'") ?? tail[1])
      return graphErrors.noRoute(tail[0])
    }
    if (name === 'servicePrincipals') {
      if (!keyed && second === undefined) {
        if (method === 'GET') return this.listServicePrincipals(call)
        if (method === 'POST') return this.createServicePrincipal(call)
        return graphErrors.methodNotAllowed()
      }
      if ((keyed && second === undefined) || (!keyed && third === undefined)) {
        if (method !== 'GET') return graphErrors.methodNotAllowed()
        const app = this.findServicePrincipal(call, keyed ? { appId: keyed[2]! } : { id: second! })
        return 'status' in app ? app : this.reply(call, 200, this.spJson(call, app))
      }
    }
    return graphErrors.noRoute(collection)
  }

  // --- rights -------------------------------------------------------------------------------

  private mayRead(caller: GraphCaller): boolean {
    if (caller.kind === 'user') return true
    return caller.roles.some((role) =>
      ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All'].includes(role)
    )
  }

  private mayRegister(caller: GraphCaller): boolean {
    if (caller.kind === 'app')
      return caller.roles.some((role) =>
        ['Application.ReadWrite.All', 'AppRegistration.Create'].includes(role)
      )
    return (
      caller.tenant.usersMayRegisterApps !== false ||
      caller.user.directoryRoles.some((role) => APP_REGISTERING_ROLES.includes(role))
    )
  }

  /** Changing an app (its credentials, its service principal): its owner or an app administrator. */
  private mayManage(caller: GraphCaller, app: AppRegistration): boolean {
    if (caller.kind === 'app')
      return (
        caller.roles.includes('Application.ReadWrite.All') ||
        (app.owners ?? []).includes(caller.objectId)
      )
    return (
      (app.owners ?? []).includes(caller.user.objectId) ||
      caller.user.directoryRoles.some((role) => APP_MANAGING_ROLES.includes(role))
    )
  }

  // --- applications -------------------------------------------------------------------------

  private appsOf(call: Call): AppRegistration[] {
    return call.world.apps.filter((app) => app.tenantId === call.caller.tenant.id)
  }

  private findApplication(
    call: Call,
    key: { id: string } | { appId: string }
  ): AppRegistration | GraphError {
    if (!this.mayRead(call.caller)) return graphErrors.denied()
    const wanted = ('id' in key ? key.id : key.appId).toLowerCase()
    const app = this.appsOf(call).find((candidate) =>
      'id' in key ? applicationId(candidate) === wanted : candidate.clientId === wanted
    )
    // A replica that has not seen a fresh app answers as if it did not exist.
    if (!app || isFresh(app.createdAt, call.world.graph.replicationDelayMs))
      return graphErrors.notFound('id' in key ? key.id : key.appId)
    return app
  }

  private applicationJson(call: Call, app: AppRegistration): Record<string, unknown> {
    return {
      '@odata.context': `${call.base}/$metadata#applications/$entity`,
      ...applicationBody(app, call.caller.tenant.domain)
    }
  }

  private listApplications(call: Call): GraphError | undefined {
    if (!this.mayRead(call.caller)) return graphErrors.denied()
    const filter = call.query.get('$filter')
    let apps = this.appsOf(call)
    if (filter !== null) {
      const clause = parseFilter(filter)
      const match: Record<string, (app: AppRegistration, value: string) => boolean> = {
        displayName: (app, value) =>
          clause?.prefix ? app.displayName.startsWith(value) : app.displayName === value,
        appId: (app, value) => app.clientId === value.toLowerCase(),
        // No emulated app has identifier URIs.
        identifierUris: () => false
      }
      const test = clause && match[clause.property]
      if (!clause || !test || (clause.prefix && clause.property !== 'displayName'))
        return graphErrors.unsupportedFilter(filter)
      apps = apps.filter((app) => test(app, clause.value))
    }
    return this.reply(call, 200, {
      '@odata.context': `${call.base}/$metadata#applications`,
      value: apps.map((app) => applicationBody(app, call.caller.tenant.domain))
    })
  }

  private createApplication(call: Call): GraphError | undefined {
    if (!this.mayRegister(call.caller)) return graphErrors.denied()
    const body = jsonObject(call.body)
    if (!body) return graphErrors.badBody()
    if (typeof body['displayName'] !== 'string' || body['displayName'] === '')
      return graphErrors.missingProperty('displayName', 'Application')
    const now = Date.now()
    const owner = call.caller.kind === 'user' ? call.caller.user.objectId : call.caller.objectId
    const app: AppRegistration = {
      displayName: body['displayName'],
      tenantId: call.caller.tenant.id,
      clientId: randomUUID(),
      objectId: randomUUID(),
      applicationObjectId: randomUUID(),
      federatedCredentials: [],
      hasServicePrincipal: false,
      owners: [owner],
      createdAt: now,
      signInAudience:
        typeof body['signInAudience'] === 'string' ? body['signInAudience'] : 'AzureADMyOrg'
    }
    call.world.apps.push(app)
    const location = `${call.base}/applications/${applicationId(app)}`
    return this.reply(call, 201, this.applicationJson(call, app), { location })
  }

  // --- service principals -------------------------------------------------------------------

  private findServicePrincipal(
    call: Call,
    key: { id: string } | { appId: string }
  ): AppRegistration | GraphError {
    if (!this.mayRead(call.caller)) return graphErrors.denied()
    const wanted = ('id' in key ? key.id : key.appId).toLowerCase()
    const app = this.appsOf(call).find(
      (candidate) =>
        hasServicePrincipal(candidate) &&
        ('id' in key ? candidate.objectId === wanted : candidate.clientId === wanted)
    )
    const delay = call.world.graph.replicationDelayMs
    if (!app || isFresh(app.servicePrincipalCreatedAt, delay))
      return graphErrors.notFound('id' in key ? key.id : key.appId)
    return app
  }

  private spJson(call: Call, app: AppRegistration): Record<string, unknown> {
    return {
      '@odata.context': `${call.base}/$metadata#servicePrincipals/$entity`,
      ...servicePrincipalBody(app)
    }
  }

  private listServicePrincipals(call: Call): GraphError | undefined {
    if (!this.mayRead(call.caller)) return graphErrors.denied()
    const filter = call.query.get('$filter')
    let apps = this.appsOf(call).filter(hasServicePrincipal)
    if (filter !== null) {
      const clause = parseFilter(filter)
      const match: Record<string, (app: AppRegistration, value: string) => boolean> = {
        appId: (app, value) => app.clientId === value.toLowerCase(),
        displayName: (app, value) =>
          clause?.prefix ? app.displayName.startsWith(value) : app.displayName === value,
        servicePrincipalNames: (app, value) => app.clientId === value.toLowerCase()
      }
      const test = clause && match[clause.property]
      if (!clause || !test || (clause.prefix && clause.property !== 'displayName'))
        return graphErrors.unsupportedFilter(filter)
      apps = apps.filter((app) => test(app, clause.value))
    }
    return this.reply(call, 200, {
      '@odata.context': `${call.base}/$metadata#servicePrincipals`,
      value: apps.map(servicePrincipalBody)
    })
  }

  private createServicePrincipal(call: Call): GraphError | undefined {
    const body = jsonObject(call.body)
    if (!body) return graphErrors.badBody()
    const appId = body['appId']
    if (typeof appId !== 'string' || appId === '')
      return graphErrors.missingProperty('appId', 'ServicePrincipal')
    const app = this.appsOf(call).find((candidate) => candidate.clientId === appId.toLowerCase())
    if (!app) return graphErrors.noSuchApplication(appId)
    if (!this.mayManage(call.caller, app) && !this.mayRegister(call.caller))
      return graphErrors.denied()
    if (hasServicePrincipal(app)) return graphErrors.servicePrincipalExists(appId)
    app.hasServicePrincipal = true
    app.servicePrincipalCreatedAt = Date.now()
    const location = `${call.base}/servicePrincipals/${app.objectId}`
    return this.reply(call, 201, this.spJson(call, app), { location })
  }

  // --- federated identity credentials -------------------------------------------------------

  private credentials(
    call: Call,
    app: AppRegistration,
    key: string | undefined
  ): GraphError | undefined {
    const { method } = call
    const listBase = `${call.base}/$metadata#applications('${applicationId(app)}')/federatedIdentityCredentials`
    if (key === undefined) {
      if (method === 'GET')
        return this.reply(call, 200, {
          '@odata.context': listBase,
          value: app.federatedCredentials.map(credentialBody)
        })
      if (method === 'POST') return this.addCredential(call, app)
      return graphErrors.methodNotAllowed()
    }
    // Graph takes a credential's id or its name here.
    const existing = app.federatedCredentials.find(
      (credential) => credentialId(credential) === key || credential.name === key
    )
    if (method === 'GET') {
      if (!existing) return graphErrors.notFound(key)
      return this.reply(call, 200, {
        '@odata.context': `${listBase}/$entity`,
        ...credentialBody(existing)
      })
    }
    if (!this.mayManage(call.caller, app)) return graphErrors.denied()
    if (method === 'DELETE') {
      if (!existing) return graphErrors.notFound(key)
      app.federatedCredentials.splice(app.federatedCredentials.indexOf(existing), 1)
      return this.reply(call, 204, undefined)
    }
    if (method !== 'PATCH') return graphErrors.methodNotAllowed()
    const body = jsonObject(call.body)
    if (!body) return graphErrors.badBody()
    if (existing) return this.updateCredential(call, app, existing, body)
    const prefer = String(call.req.headers['prefer'] ?? '')
    if (!/(^|[,;\s])create-if-missing($|[,;\s])/i.test(prefer)) return graphErrors.notFound(key)
    return this.addCredential(call, app, { name: key, ...body })
  }

  private addCredential(
    call: Call,
    app: AppRegistration,
    given?: Record<string, unknown>
  ): GraphError | undefined {
    if (!this.mayManage(call.caller, app)) return graphErrors.denied()
    const body = given ?? jsonObject(call.body)
    if (!body) return graphErrors.badBody()
    const checked = checkCredential(body, true)
    if ('status' in checked) return checked
    if (app.federatedCredentials.some((credential) => credential.name === checked.name))
      return graphErrors.nameTaken(checked.name)
    const clash = app.federatedCredentials.find(
      (credential) => credential.issuer === checked.issuer && credential.subject === checked.subject
    )
    if (clash) return graphErrors.issuerSubjectTaken(checked.issuer, checked.subject)
    if (app.federatedCredentials.length >= MAX_FEDERATED_CREDENTIALS) return graphErrors.tooMany()
    const credential: FederatedCredential = { ...checked, id: randomUUID(), createdAt: Date.now() }
    app.federatedCredentials.push(credential)
    const listBase = `${call.base}/$metadata#applications('${applicationId(app)}')/federatedIdentityCredentials`
    return this.reply(
      call,
      201,
      { '@odata.context': `${listBase}/$entity`, ...credentialBody(credential) },
      {
        location: `${call.base}/applications/${applicationId(app)}/federatedIdentityCredentials/${credential.id}`
      }
    )
  }

  private updateCredential(
    call: Call,
    app: AppRegistration,
    existing: FederatedCredential,
    body: Record<string, unknown>
  ): GraphError | undefined {
    if (body['name'] !== undefined && body['name'] !== existing.name)
      return graphErrors.nameImmutable()
    const merged = {
      name: existing.name,
      issuer: existing.issuer,
      subject: existing.subject,
      audiences: existing.audiences,
      description: existing.description ?? null,
      ...body
    }
    const checked = checkCredential(merged, false)
    if ('status' in checked) return checked
    const clash = app.federatedCredentials.find(
      (credential) =>
        credential !== existing &&
        credential.issuer === checked.issuer &&
        credential.subject === checked.subject
    )
    if (clash) return graphErrors.issuerSubjectTaken(checked.issuer, checked.subject)
    Object.assign(existing, checked)
    // A changed credential reaches Entra like a new one.
    existing.createdAt = Date.now()
    return this.reply(call, 204, undefined)
  }

  // --- users and directory objects ----------------------------------------------------------

  private me(call: Call): GraphError | undefined {
    if (call.caller.kind !== 'user')
      // Inferred wording: /me needs a signed-in user.
      return {
        status: 400,
        code: 'BadRequest',
        message: '/me request is only valid with delegated authentication flow.'
      }
    return this.reply(call, 200, {
      '@odata.context': `${call.base}/$metadata#users/$entity`,
      ...userBody(call.caller.user)
    })
  }

  private getByIds(call: Call): GraphError | undefined {
    const body = jsonObject(call.body)
    if (!body || !Array.isArray(body['ids']))
      return graphErrors.missingProperty('ids', 'directoryObject')
    const ids = new Set((body['ids'] as unknown[]).map((id) => String(id).toLowerCase()))
    const tenantId = call.caller.tenant.id
    const users = call.world.users
      .filter((user) => user.tenantId === tenantId && ids.has(user.objectId))
      .map(userBody)
    const principals = this.appsOf(call)
      .filter((app) => hasServicePrincipal(app) && ids.has(app.objectId))
      .map(servicePrincipalBody)
    return this.reply(call, 200, {
      '@odata.context': `${call.base}/$metadata#directoryObjects`,
      value: [...users, ...principals]
    })
  }

  private reply(
    call: Call,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): undefined {
    const { requestId, clientRequestId } = graphRequestIds(call.req)
    const common = { 'request-id': requestId, 'client-request-id': clientRequestId, ...headers }
    if (body === undefined) {
      call.res.writeHead(status, common)
      call.res.end()
      return undefined
    }
    sendJson(call.res, status, body, {
      ...common,
      'content-type':
        'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8'
    })
    return undefined
  }
}

function jsonObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'))
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** A credential's fields as Graph checks them: a URL-safe name, issuer, subject, one audience. */
function checkCredential(
  body: Record<string, unknown>,
  isNew: boolean
): Omit<FederatedCredential, 'id' | 'createdAt'> | GraphError {
  const name = body['name']
  if (typeof name !== 'string' || name === '')
    return graphErrors.missingProperty('name', 'FederatedIdentityCredential')
  if (isNew && (name.length > MAX_CREDENTIAL_NAME || !CREDENTIAL_NAME.test(name)))
    return graphErrors.invalidValue('name', name)
  const issuer = body['issuer']
  if (typeof issuer !== 'string' || issuer === '')
    return graphErrors.missingProperty('issuer', 'FederatedIdentityCredential')
  const subject = body['subject']
  if (typeof subject !== 'string' || subject === '')
    return graphErrors.missingProperty('subject', 'FederatedIdentityCredential')
  const audiences = body['audiences']
  if (audiences === undefined)
    return graphErrors.missingProperty('audiences', 'FederatedIdentityCredential')
  if (!Array.isArray(audiences) || audiences.length !== 1 || typeof audiences[0] !== 'string')
    return graphErrors.invalidValue('audiences', JSON.stringify(audiences))
  const description = body['description']
  return {
    name,
    issuer,
    subject,
    audiences: [audiences[0]],
    description: typeof description === 'string' ? description : null
  }
}
