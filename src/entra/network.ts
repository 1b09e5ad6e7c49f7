// MSAL's network client over the action's one transport: proxies honoured, transient faults
// retried before MSAL sees them (MSAL would otherwise remember a 429/5xx and refuse to retry),
// error replies resolved for MSAL to read, and replies MSAL cannot read turned into real errors.
import type { NetworkRequestOptions, NetworkResponse } from '@azure/msal-node'
import { diagnoseTransient } from '../diagnose.js'
import { ActionError } from '../errors.js'
import { counted, printable } from '../format.js'
import { STEP_LIMITS, type Deadline } from '../http/limits.js'
import { isTransientStatus } from '../http/retry.js'
import { describeBody, send, type HttpMethod, type HttpReply } from '../http/transport.js'
import { registerSecret } from '../secrets.js'
import { MsalNetwork, readJsonObject } from './msalNetwork.js'

export const TOKEN_STEP = 'Entra token request'
const METADATA_STEP = 'Entra metadata request'

/** The token endpoint's error JSON, kept so diagnose reads Entra's own words, not MSAL's. */
interface EntraErrorBody {
  error?: string
  error_description?: string
  error_codes?: number[]
  [field: string]: unknown
}

/** Status, attempts and error body of one reply from Entra. */
export interface EntraReply {
  status: number
  attempts: number
  error: EntraErrorBody | undefined
}

export class EntraNetwork extends MsalNetwork {
  /** Status, attempts and error body of the last token-endpoint reply. */
  lastTokenReply: EntraReply | undefined
  /** The tenant discovery's error reply (e.g. AADSTS90002 for an unknown tenant), if it failed. */
  metadataError: EntraReply | undefined

  /**
   * `signal`: the run's cancellation. `assertionExpires`: retries stop before the GitHub token
   * they present expires, since Entra ID would refuse every attempt after it (AADSTS700024).
   */
  constructor(
    private readonly signal: AbortSignal,
    private readonly assertionExpires: Deadline
  ) {
    super()
  }

  protected async exchange<T>(
    method: HttpMethod,
    url: string,
    options: NetworkRequestOptions | undefined
  ): Promise<NetworkResponse<T>> {
    const step = method === 'POST' ? TOKEN_STEP : METADATA_STEP
    let reply: HttpReply
    try {
      reply = await send({
        step,
        method,
        url,
        headers: { ...options?.headers },
        ...(options?.body === undefined ? {} : { body: options.body }),
        signal: this.signal,
        limits: STEP_LIMITS.entra,
        deadline: this.assertionExpires
      })
    } catch (error) {
      throw this.fail(
        error instanceof ActionError
          ? error
          : new ActionError(`${step} failed: ${printable(String(error))}`, {
              step,
              doc: 'network-errors'
            })
      )
    }
    const body = readJsonObject(reply.body)
    if (step === TOKEN_STEP) {
      // Mask the access token the moment it exists, before MSAL caches or logs anything.
      if (typeof body?.access_token === 'string') registerSecret(body.access_token)
      this.lastTokenReply = {
        status: reply.status,
        attempts: reply.attempts,
        error: body && reply.status >= 400 ? (body as EntraErrorBody) : undefined
      }
    } else if (body && reply.status >= 400 && hasEntraError(body)) {
      // MSAL reports a failed discovery as endpoints_resolution_error and drops Entra's reason.
      this.metadataError = { status: reply.status, attempts: reply.attempts, error: body }
    }
    const readable = body !== undefined && (reply.status < 400 || hasEntraError(body))
    if (!readable) throw this.fail(unreadableReply(step, reply))
    return { status: reply.status, headers: reply.headers, body: body as T }
  }
}

function hasEntraError(body: Record<string, unknown>): boolean {
  return typeof body.error === 'string' || typeof body.error_description === 'string'
}

/** A reply MSAL would misread (empty token, TypeError): name what really happened. */
function unreadableReply(step: string, reply: HttpReply): ActionError {
  const { status } = reply
  if (status === 429) {
    return new ActionError(
      `Entra ID throttled the request (HTTP 429) after ${counted(reply.attempts, 'attempt')}.`,
      {
        step,
        status,
        doc: 'entra-throttled',
        fix: 'Wait a few minutes and re-run the job; avoid starting many jobs of the same app registration at once.'
      }
    )
  }
  if (isTransientStatus(status)) return diagnoseTransient(step, status, reply.attempts)
  const excerpt = describeBody(reply.body)
  const what =
    status < 400 ? 'a reply that is not a JSON object' : 'an error without Entra error details'
  return new ActionError(`${step}: HTTP ${status} with ${what} (${excerpt}).`, {
    step,
    status,
    doc: 'entra-other',
    fix: 'Check authority-host and tenant-id point at an Entra ID (or compatible) token service, and any proxy in between.'
  })
}
