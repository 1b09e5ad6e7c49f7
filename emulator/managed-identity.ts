// The machine's managed-identity endpoint, in its two forms (PROTOCOLS §9): IMDS
// (`GET /metadata/identity/oauth2/token?api-version=2018-02-01` with `Metadata: true`, reached
// through AZURE_POD_IDENTITY_AUTHORITY_HOST) and App Service (`IDENTITY_ENDPOINT`, api-version
// 2019-08-01, `X-IDENTITY-HEADER`). Plain http, as on a real machine. Its tokens are signed like
// Entra's, so the emulator's ARM honours them like any principal's: RBAC decides.
import { randomBytes, randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tenantCloud, withoutTrailingSlash } from './clouds.js'
import { signJwt, type SigningKey } from './jwt.js'
import { sendJson } from './server.js'
import { findTenant, type World } from './world.js'

/** One managed identity: a service principal in a tenant, with a client id and an object id. */
export interface ManagedIdentity {
  /** Name of the identity (a user-assigned identity's resource name; the VM's for system-assigned). */
  name: string
  tenantId: string
  clientId: string
  /** The service principal's object id: the principal role assignments name. */
  objectId: string
}

/** The identities of the machine the runner runs on. */
export interface MachineIdentities {
  systemAssigned?: ManagedIdentity | undefined
  userAssigned: ManagedIdentity[]
}

const IMDS_TOKEN_PATH = '/metadata/identity/oauth2/token'
/** Where the App Service form listens (the path of IDENTITY_ENDPOINT there). */
export const APP_SERVICE_TOKEN_PATH = '/msi/token'
const IMDS_API_VERSION = '2018-02-01'
const APP_SERVICE_API_VERSION = '2019-08-01'
/** Managed-identity tokens live about a day (inferred from IMDS's sample replies: expires_in "86399"). */
const TOKEN_LIFETIME_SECONDS = 86_399

export interface ManagedIdentityOptions {
  world: () => World
  entraKey: () => SigningKey
  /** Resources tokens may be issued for (the ARM endpoints). */
  knownResources: () => readonly string[]
  /** Every token handed out goes here too (the leak scan's list). */
  issued: string[]
}

/** A new identity in the world's first tenant (the one of its subscription). */
export function newManagedIdentity(world: World, name: string): ManagedIdentity {
  return {
    name,
    tenantId: world.subscriptions[0]?.tenantId ?? world.tenants[0]!.id,
    clientId: randomUUID(),
    objectId: randomUUID()
  }
}

export class ManagedIdentityEndpoint {
  /** The secret App Service hands its processes in IDENTITY_HEADER. */
  readonly identityHeader = randomBytes(24).toString('hex')
  /** The machine's identities; none until a test gives it some. */
  machine: MachineIdentities = { userAssigned: [] }

  constructor(private readonly options: ManagedIdentityOptions) {}

  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://identity.local')
    // msal-node sends the path of a URL from a variable with a trailing slash; both are served
    // (inferred: the real endpoints answer either, since MSAL's own requests reach them so).
    const path = url.pathname.replace(/\/$/, '')
    if (req.method === 'GET' && path === IMDS_TOKEN_PATH) return this.imds(req, url, res)
    if (req.method === 'GET' && path === APP_SERVICE_TOKEN_PATH) {
      return this.appService(req, url, res)
    }
    return sendJson(res, 404, { error: 'not_found', error_description: 'Not found' })
  }

  private imds(req: IncomingMessage, url: URL, res: ServerResponse): void {
    // IMDS refuses a request without the header (it guards against SSRF); wording inferred.
    if (req.headers['metadata'] !== 'true') {
      return invalidRequest(res, 'Required metadata header not specified')
    }
    if (url.searchParams.get('api-version') !== IMDS_API_VERSION) {
      return invalidRequest(res, 'Invalid api-version')
    }
    this.issue(url, res)
  }

  private appService(req: IncomingMessage, url: URL, res: ServerResponse): void {
    // Inferred wording: App Service's identity endpoint refuses a missing or wrong header.
    if (req.headers['x-identity-header'] !== this.identityHeader) {
      return sendJson(res, 401, { statusCode: 401, message: 'Unauthorized' })
    }
    if (url.searchParams.get('api-version') !== APP_SERVICE_API_VERSION) {
      return sendJson(res, 400, { statusCode: 400, message: 'Invalid api-version' })
    }
    this.issue(url, res)
  }

  /** The token reply both forms share (PROTOCOLS §9): its numbers are strings, as IMDS sends them. */
  private issue(url: URL, res: ServerResponse): void {
    const resource = url.searchParams.get('resource') ?? ''
    if (resource === '') return invalidRequest(res, 'Required query variable resource is missing')
    const clientId = url.searchParams.get('client_id')
    const identity =
      clientId === null
        ? this.machine.systemAssigned
        : this.machine.userAssigned.find(
            (candidate) => candidate.clientId === clientId.toLowerCase()
          )
    if (identity === undefined) return invalidRequest(res, 'Identity not found')
    if (!this.isKnownResource(resource)) {
      // Inferred: the identity endpoint relays Entra's refusal of an unknown resource.
      return sendJson(res, 400, {
        error: 'invalid_resource',
        error_description: `AADSTS500011: The resource principal named ${resource} was not found in the tenant named ${identity.tenantId}.`
      })
    }
    const tenant = findTenant(this.options.world(), identity.tenantId)
    if (tenant === undefined) return invalidRequest(res, 'Identity not found')
    const now = Math.floor(Date.now() / 1000)
    const stsIssuer = `${tenantCloud(tenant).stsIssuer}${tenant.id}/`
    const accessToken = signJwt(this.options.entraKey(), {
      aud: resource,
      iss: stsIssuer,
      iat: now,
      nbf: now,
      exp: now + TOKEN_LIFETIME_SECONDS,
      aio: randomUUID(),
      appid: identity.clientId,
      // 2: a managed identity authenticates with a certificate held by the platform.
      appidacr: '2',
      idp: stsIssuer,
      idtyp: 'app',
      oid: identity.objectId,
      sub: identity.objectId,
      tid: tenant.id,
      uti: randomUUID().replace(/-/g, ''),
      ver: '1.0',
      // The identity's ARM resource: the VM for system-assigned, the identity for user-assigned.
      xms_mirid: `/subscriptions/${this.options.world().subscriptions[0]?.id ?? ''}/resourcegroups/rg-runners/providers/${clientId === null ? 'Microsoft.Compute/virtualMachines' : 'Microsoft.ManagedIdentity/userAssignedIdentities'}/${identity.name}`
    })
    this.options.issued.push(accessToken)
    sendJson(res, 200, {
      access_token: accessToken,
      expires_in: String(TOKEN_LIFETIME_SECONDS),
      expires_on: String(now + TOKEN_LIFETIME_SECONDS),
      resource,
      token_type: 'Bearer',
      client_id: identity.clientId
    })
  }

  private isKnownResource(resource: string): boolean {
    const wanted = withoutTrailingSlash(resource).toLowerCase()
    return this.options
      .knownResources()
      .some((known) => withoutTrailingSlash(known).toLowerCase() === wanted)
  }
}

function invalidRequest(res: ServerResponse, description: string): void {
  sendJson(res, 400, { error: 'invalid_request', error_description: description })
}
