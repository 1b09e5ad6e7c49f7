// The runner machine's managed identity → an ARM access token, through msal-node's
// ManagedIdentityApplication (which picks the source from the machine's variables: App Service,
// Azure Arc, Cloud Shell, Service Fabric, else IMDS) over the action's own transport: the
// endpoint's plain http allowed on the machine only, never proxied, retries and time limits ours.
import * as msal from '@azure/msal-node'
import type { NetworkRequestOptions, NetworkResponse } from '@azure/msal-node'
import { diagnoseTransient } from '../diagnose.js'
import { ActionError, errorText } from '../errors.js'
import { endSentence, printable } from '../format.js'
import { STEP_LIMITS } from '../http/limits.js'
import { isTransientStatus } from '../http/retry.js'
import {
  describeBody,
  isOnMachine,
  send,
  UnreachableHost,
  type HttpMethod
} from '../http/transport.js'
import { debug } from '../log.js'
import { registerSecret } from '../secrets.js'
import type { ArmAccessToken } from './exchange.js'
import { MsalNetwork, readJsonObject } from './msalNetwork.js'

const IDENTITY_STEP = 'Managed identity token request'

/**
 * Where msal-node goes without an endpoint variable: IMDS, and on an Azure Arc server found by its
 * agent's himds executable, the agent's local endpoint.
 */
const DEFAULT_ORIGINS = ['http://169.254.169.254', 'http://127.0.0.1:40342'] as const

/** The variables msal-node reads to find the endpoint; the origins they name are the only ones asked. */
const ENDPOINT_VARIABLES = [
  'AZURE_POD_IDENTITY_AUTHORITY_HOST',
  'IDENTITY_ENDPOINT',
  'IMDS_ENDPOINT',
  'MSI_ENDPOINT'
] as const

/** Secrets some sources hand the action in variables (App Service, Service Fabric; Cloud Shell). */
const SECRET_VARIABLES = ['IDENTITY_HEADER', 'MSI_SECRET'] as const

/** IMDS asks for 404 (not ready yet) and 410 (updating) to be retried too (PROTOCOLS §9). */
const ALSO_TRANSIENT: readonly number[] = [404, 410]
/** A link-local or loopback endpoint connects at once; a machine without one never does. */
const CONNECT_LIMIT_MS = 2000

/** Which identity signs in: the system-assigned one, or a user-assigned one by client id. */
export interface MachineIdentity {
  userAssignedClientId: string | undefined
}

/** The last reply of the identity endpoint, kept so errors quote its own words, not MSAL's. */
interface IdentityReply {
  status: number
  attempts: number
  error: string | undefined
  description: string | undefined
}

class IdentityEndpointNetwork extends MsalNetwork {
  lastReply: IdentityReply | undefined

  constructor(
    private readonly signal: AbortSignal,
    private readonly origins: ReadonlySet<string>
  ) {
    super()
  }

  protected async exchange<T>(
    method: HttpMethod,
    url: string,
    options: NetworkRequestOptions | undefined
  ): Promise<NetworkResponse<T>> {
    if (!this.origins.has(originOf(url))) {
      // msal-node only builds URLs from the variables above; anything else is not sent.
      throw this.fail(
        new ActionError(`${IDENTITY_STEP}: refused to send it to ${printable(originOf(url))}.`, {
          step: IDENTITY_STEP,
          doc: 'managed-identity-unavailable'
        })
      )
    }
    if (url.startsWith('http:') && !isOnMachine(url)) {
      throw this.fail(
        new ActionError(
          `auth-type: managed-identity: the identity endpoint ${printable(originOf(url))} is plain http on an address off this machine; the action sends plain http only to a link-local or loopback address.`,
          {
            step: IDENTITY_STEP,
            doc: 'managed-identity-unavailable',
            fix: `Check ${ENDPOINT_VARIABLES.join(', ')} in the runner's environment: on Azure they name an endpoint on the machine itself.`
          }
        )
      )
    }
    // Azure Arc's retry carries the agent's challenge secret as Basic credentials: masked first.
    for (const [name, value] of Object.entries(options?.headers ?? {})) {
      if (name.toLowerCase() !== 'authorization') continue
      registerSecret(value)
      registerSecret(value.replace(/^basic\s+/i, ''))
    }
    let reply
    try {
      reply = await send({
        step: IDENTITY_STEP,
        method,
        url,
        headers: { ...options?.headers },
        ...(options?.body === undefined ? {} : { body: options.body }),
        signal: this.signal,
        limits: STEP_LIMITS.managedIdentity,
        machineLocal: { alsoTransient: ALSO_TRANSIENT, connectLimitMs: CONNECT_LIMIT_MS }
      })
    } catch (error) {
      throw this.fail(error instanceof ActionError ? error : networkFailure(error))
    }
    const body = readJsonObject(reply.body)
    // Mask the access token the moment it exists, before MSAL caches or logs anything.
    if (typeof body?.access_token === 'string') registerSecret(body.access_token)
    this.lastReply = {
      status: reply.status,
      attempts: reply.attempts,
      error: typeof body?.error === 'string' ? body.error : undefined,
      description: typeof body?.error_description === 'string' ? body.error_description : undefined
    }
    // Azure Arc's first reply is a 401 challenge whose body need not be JSON; MSAL reads its header.
    const challenge = reply.status === 401 && reply.headers['www-authenticate'] !== undefined
    // A fault that outlived every retry is the endpoint's trouble, whatever its body says.
    const retried = isTransientStatus(reply.status) || ALSO_TRANSIENT.includes(reply.status)
    if (retried) throw this.fail(diagnoseTransient(IDENTITY_STEP, reply.status, reply.attempts))
    // Anything else that is not JSON did not come from an identity endpoint.
    if (body === undefined && !challenge) throw this.fail(unreadableReply(url, reply))
    return { status: reply.status, headers: reply.headers, body: (body ?? {}) as T }
  }
}

/** Asks the machine's identity endpoint for an ARM token; the token is masked before it is returned. */
export async function acquireManagedIdentityToken(
  identity: MachineIdentity,
  resourceManagerEndpoint: string,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal
): Promise<ArmAccessToken> {
  for (const name of SECRET_VARIABLES) {
    const value = env[name]?.trim()
    if (value) registerSecret(value)
  }
  const network = new IdentityEndpointNetwork(signal, endpointOrigins(env))
  const application = new msal.ManagedIdentityApplication({
    ...(identity.userAssignedClientId === undefined
      ? {}
      : { managedIdentityIdParams: { userAssignedClientId: identity.userAssignedClientId } }),
    system: {
      networkClient: network,
      // Retries are the transport's (backoff, time budget, cancellation, a log line each).
      disableInternalRetries: true,
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: msal.LogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (!containsPii && level <= msal.LogLevel.Warning) debug(`MSAL: ${message}`)
        }
      }
    }
  })
  let result: msal.AuthenticationResult
  try {
    // ARM's resource is its endpoint with a trailing slash, as IMDS expects it (PROTOCOLS §9).
    result = await application.acquireToken({ resource: `${resourceManagerEndpoint}/` })
  } catch (error) {
    throw explainFailure(error, network, identity)
  }
  const token = result.accessToken
  if (!token) {
    throw new ActionError(
      `${IDENTITY_STEP}: the identity endpoint replied without an access token.`,
      {
        step: IDENTITY_STEP,
        doc: 'managed-identity-unavailable'
      }
    )
  }
  registerSecret(token)
  return { token, expiresOn: result.expiresOn ?? new Date(Date.now() + 5 * 60 * 1000) }
}

/** The origins msal-node may call on this machine: IMDS, and those the endpoint variables name. */
function endpointOrigins(env: NodeJS.ProcessEnv): ReadonlySet<string> {
  const origins = new Set<string>(DEFAULT_ORIGINS)
  for (const name of ENDPOINT_VARIABLES) {
    const value = env[name]?.trim()
    if (value) origins.add(originOf(value))
  }
  return origins
}

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return url
  }
}

function networkFailure(error: unknown): ActionError {
  return new ActionError(`${IDENTITY_STEP} failed: ${printable(errorText(error))}`, {
    step: IDENTITY_STEP,
    doc: 'network-errors'
  })
}

/** Where there is no managed identity, the fix is another way of signing in, or a machine with one. */
const NO_ENDPOINT_FIX =
  'auth-type: managed-identity works only on a self-hosted runner on an Azure machine with a managed identity (VM, scale set, AKS, container instance, App Service, Azure Arc server). On GitHub-hosted runners and elsewhere use auth-type: oidc (the default) with client-id and tenant-id. On an Azure machine, check that no firewall blocks 169.254.169.254 (the action asks it directly, never through a proxy).'

function explainFailure(
  error: unknown,
  network: IdentityEndpointNetwork,
  identity: MachineIdentity
): ActionError {
  const failure = network.failure
  if (failure instanceof UnreachableHost) {
    return new ActionError(
      `auth-type: managed-identity: this machine has no managed identity endpoint: ${endSentence(failure.reason)}`,
      { step: IDENTITY_STEP, doc: 'managed-identity-unavailable', fix: NO_ENDPOINT_FIX }
    )
  }
  if (failure) return failure
  if (error instanceof ActionError) return error
  const reply = network.lastReply
  if (reply && reply.status === 400 && /identity not found/i.test(reply.description ?? '')) {
    return identityNotFound(identity, reply)
  }
  if (reply && reply.status >= 400) {
    const words = [reply.error, reply.description].filter(Boolean).join(': ')
    return new ActionError(
      `${IDENTITY_STEP}: HTTP ${reply.status}${reply.attempts > 1 ? ` after ${reply.attempts} attempts` : ''} (${printable(words || 'no error details', 500)}).`,
      {
        step: IDENTITY_STEP,
        status: reply.status,
        doc: 'managed-identity-unavailable',
        fix: 'Check the machine’s managed identity in the Azure portal (Identity blade) and re-run the job.'
      }
    )
  }
  const text = printable(errorText(error), 1000)
  return new ActionError(`${IDENTITY_STEP} failed: ${text}`, {
    step: IDENTITY_STEP,
    doc: 'managed-identity-unavailable',
    fix: NO_ENDPOINT_FIX
  })
}

function identityNotFound(identity: MachineIdentity, reply: IdentityReply): ActionError {
  const { userAssignedClientId } = identity
  if (userAssignedClientId !== undefined) {
    return new ActionError(
      `Input client-id: no user-assigned managed identity with client id '${userAssignedClientId}' is assigned to this machine (the identity endpoint answered HTTP ${reply.status} "${printable(reply.description ?? '', 200)}").`,
      {
        step: IDENTITY_STEP,
        status: reply.status,
        doc: 'managed-identity-not-found',
        fix: "Set client-id to the Client ID of a user-assigned identity assigned to the runner's machine (az vm identity show), or leave it blank to use the machine's system-assigned identity."
      }
    )
  }
  return new ActionError(
    `auth-type: managed-identity: this machine has no system-assigned managed identity (the identity endpoint answered HTTP ${reply.status} "${printable(reply.description ?? '', 200)}").`,
    {
      step: IDENTITY_STEP,
      status: reply.status,
      doc: 'managed-identity-not-found',
      fix: "Turn on the runner machine's system-assigned identity (az vm identity assign), or set client-id to a user-assigned identity assigned to it."
    }
  )
}

/**
 * A reply MSAL cannot read: something other than an identity endpoint answered (a firewall or a
 * proxy in front of 169.254.169.254), so the machine has none the action can use.
 */
function unreadableReply(
  url: string,
  reply: { status: number; body: string; attempts: number }
): ActionError {
  const after = reply.attempts > 1 ? ` after ${reply.attempts} attempts` : ''
  return new ActionError(
    `auth-type: managed-identity: ${originOf(url)} is not a managed identity endpoint: HTTP ${reply.status}${after} with a reply that is not a JSON object (${describeBody(reply.body)}).`,
    {
      step: IDENTITY_STEP,
      status: reply.status,
      doc: 'managed-identity-unavailable',
      fix: NO_ENDPOINT_FIX
    }
  )
}
