// Microsoft Graph over the project's own transport: the eight calls setup needs do not justify a
// second HTTP stack (proxies, https only, no redirects, time limits, retries and cancellation are
// already there). Refusals become errors naming the right that is missing (PROTOCOLS.md §7).
import { waitUnlessCancelled } from '../cancel.js'
import { ActionError } from '../errors.js'
import { printable } from '../format.js'
import { asRecord } from '../json.js'
import { knob } from '../knobs.js'
import { STEP_LIMITS } from '../http/limits.js'
import { describeBody, send, type HttpMethod, type HttpReply } from '../http/transport.js'
import { GRAPH_VERSION } from './endpoints.js'

export interface GraphApi {
  /** e.g. https://graph.microsoft.com (no version, no trailing slash). */
  endpoint: string
  /** A Graph access token (remembered as a secret by whoever made it). */
  token: () => Promise<string>
  signal: AbortSignal
}

export interface GraphCall {
  /** Names the call, e.g. 'Graph create app registration'. */
  step: string
  method: HttpMethod
  /** Below `/v1.0`, query included. */
  path: string
  body?: unknown
  headers?: Record<string, string>
  /**
   * Right after a create, another replica may not know the object yet (404, or a 400 naming the
   * app): such a reply is waited out with backoff instead of reported.
   */
  replication?: boolean
}

/** A refusal from Graph, with its `error.code`. */
export class GraphError extends ActionError {
  constructor(
    message: string,
    details: ConstructorParameters<typeof ActionError>[1],
    readonly code: string
  ) {
    super(message, details)
    this.name = 'GraphError'
  }
}

/** What each Graph refusal means for the user, by `error.code` (PROTOCOLS.md §7). */
const GRAPH_FIXES: Readonly<Record<string, string>> = {
  Authorization_RequestDenied:
    'Ask an administrator for the Application Developer role in Microsoft Entra ID (it lets you register apps and manage the ones you own), or to run setup once for you; a tenant can forbid members to register apps.',
  InvalidAuthenticationToken:
    'Sign in again (az login) to the tenant of the subscription; --graph-endpoint must be the Graph of the same cloud.'
}

/** Replication waits: 1, 2, 4, 8, 16 s (about half a minute), shorter only against the emulator. */
const REPLICATION_ATTEMPTS = 6

export async function callGraph(api: GraphApi, call: GraphCall): Promise<HttpReply> {
  const url = `${api.endpoint}/${GRAPH_VERSION}${call.path}`
  const base = knob('retryBaseMs', url)
  for (let attempt = 1; ; attempt++) {
    const reply = await send({
      step: call.step,
      method: call.method,
      url,
      headers: {
        authorization: `Bearer ${await api.token()}`,
        accept: 'application/json',
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...call.headers
      },
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      signal: api.signal,
      limits: STEP_LIMITS.arm
    })
    if (reply.status >= 200 && reply.status < 300) return reply
    const error = graphError(call, reply)
    if (!call.replication || attempt >= REPLICATION_ATTEMPTS || !isReplicationLag(reply, error)) {
      throw error
    }
    await waitUnlessCancelled(base * 2 ** (attempt - 1), api.signal, call.step)
  }
}

function isReplicationLag(reply: HttpReply, error: GraphError): boolean {
  if (reply.status === 404) return true
  return (
    reply.status === 400 &&
    /does not reference a valid application|does not exist/i.test(error.message)
  )
}

/** The reply's JSON object; anything else is an error naming the step. */
export function graphJson(reply: HttpReply, step: string): Record<string, unknown> {
  try {
    const value = asRecord(JSON.parse(reply.body))
    if (value !== undefined) return value
  } catch {
    // Reported below.
  }
  throw new ActionError(
    `${step}: HTTP ${reply.status} with a body that is not a JSON object (${describeBody(reply.body)}).`,
    { step, status: reply.status }
  )
}

function graphError(call: GraphCall, reply: HttpReply): GraphError {
  let code = ''
  let message = describeBody(reply.body)
  try {
    const error = asRecord(asRecord(JSON.parse(reply.body))?.error)
    if (typeof error?.code === 'string') code = error.code
    if (typeof error?.message === 'string') message = printable(error.message, 500)
  } catch {
    // Not JSON: the excerpt says what came.
  }
  const fix =
    GRAPH_FIXES[code] ??
    (reply.status >= 500 || reply.status === 429
      ? 'Run setup again in a few minutes; if it persists, check the Azure status page.'
      : 'Check the message above; run setup --check to see what is in place.')
  return new GraphError(
    `${call.step} failed: HTTP ${reply.status}${code ? ` ${code}` : ''} (${message}).`,
    { step: call.step, status: reply.status, fix, doc: 'setup' },
    code
  )
}

/** A `$filter` string literal: single quotes doubled (OData). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`
}
