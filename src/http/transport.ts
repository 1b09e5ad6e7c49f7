// The one way the action talks to a server: @actions/http-client (so https_proxy/no_proxy are
// honoured), https only, no redirects (a token must never follow one to another host), bounded
// replies, and transient faults retried by the shared helper. Error statuses are returned, not
// thrown: each caller knows what a 4xx means for its service.
import { Readable } from 'node:stream'
import { HttpClient } from '@actions/http-client'
import { ActionError } from '../errors.js'
import {
  defaultRetryPolicy,
  isTransientStatus,
  parseRetryAfter,
  withRetry,
  type RetryPolicy,
  type RetryVerdict
} from './retry.js'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD'

export interface HttpRequest {
  /** Names the step in errors and retry lines, e.g. 'Entra token request'. */
  step: string
  method: HttpMethod
  url: string
  headers?: Record<string, string>
  /** Parts of a binary body are sent in order, so a caller never has to copy them into one buffer. */
  body?: string | Buffer | readonly Buffer[] | StreamBody
  /** Replies larger than this are refused (a hostile or broken server). Default 4 MiB. */
  maxResponseBytes?: number
}

/** A body too large for memory (a spooled archive): opened afresh for every attempt. */
export interface StreamBody {
  length: number
  open: () => NodeJS.ReadableStream
}

export interface HttpReply {
  status: number
  headers: Record<string, string>
  body: string
  /** Attempts it took, the successful one included. */
  attempts: number
}

const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024

/** Per-request socket timeout; KEYLESS_SWA_HTTP_TIMEOUT_MS lets the fault tests use a short one. */
function socketTimeoutMs(): number {
  const configured = Number(process.env.KEYLESS_SWA_HTTP_TIMEOUT_MS)
  return Number.isFinite(configured) && configured > 0 ? configured : 100_000
}

let client: HttpClient | undefined

function httpClient(): HttpClient {
  client ??= new HttpClient('keyless-swa-deploy', [], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: true,
    socketTimeout: socketTimeoutMs()
  })
  return client
}

/** Releases kept-alive sockets so the process can exit. */
export function closeTransport(): void {
  client?.dispose()
  client = undefined
}

/** A transport failure with no HTTP reply (refused, reset, timed out, TLS). */
export class NetworkError extends ActionError {
  constructor(step: string, cause: unknown, attempts: number) {
    const reason = networkFailureReason(cause)
    super(`${step} failed after ${attempts} attempt(s): ${reason}`, {
      step,
      fix: 'Check the runner can reach the endpoint (proxy settings: https_proxy, no_proxy) and retry the job.',
      doc: 'network-errors'
    })
    this.name = 'NetworkError'
  }
}

/** Sends one request, retrying network errors and 408/429/5xx; returns the final reply. */
export async function send(
  request: HttpRequest,
  policy: RetryPolicy = defaultRetryPolicy()
): Promise<HttpReply> {
  assertHttps(request)
  let attempts = 0
  try {
    const reply = await withRetry(
      async (attemptNumber) => {
        attempts = attemptNumber
        return await sendOnce(request)
      },
      judgeReply,
      policy
    )
    refuseRedirect(request.step, reply)
    return { ...reply, attempts }
  } catch (error) {
    if (error instanceof ActionError) throw error
    throw new NetworkError(request.step, error, attempts)
  }
}

/**
 * What happened to a request that got no reply, in words a user can act on; the raw texts
 * ("socket hang up", "Request timeout: <path>") say neither that nor which side gave up.
 */
export function networkFailureReason(error: unknown, timeoutMs = socketTimeoutMs()): string {
  const message = error instanceof Error ? error.message : String(error)
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  const name = error instanceof Error ? error.name : ''
  if (/^Request timeout/i.test(message) || code === 'ETIMEDOUT' || name === 'TimeoutError') {
    return timedOutReason(timeoutMs)
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(message)) {
    return `the connection was dropped before a reply (${message})`
  }
  if (code === 'ECONNREFUSED') return `the connection was refused (${message})`
  return message
}

export function timedOutReason(timeoutMs: number): string {
  return `timed out: no reply within ${timeoutMs / 1000} s`
}

function judgeReply(
  outcome: { value: Omit<HttpReply, 'attempts'> } | { error: unknown }
): RetryVerdict {
  if ('error' in outcome) {
    if (outcome.error instanceof ActionError) return { retry: false }
    return { retry: true, reason: networkFailureReason(outcome.error) }
  }
  const { status, headers } = outcome.value
  if (!isTransientStatus(status)) return { retry: false }
  return {
    retry: true,
    reason: `HTTP ${status}`,
    retryAfterMs: parseRetryAfter(headers['retry-after'])
  }
}

// Not followed (a token must not travel to another host) and not handed on as if it were an answer.
function refuseRedirect(step: string, reply: Omit<HttpReply, 'attempts'>): void {
  if (reply.status < 300 || reply.status >= 400 || reply.status === 304) return
  let target = 'no Location'
  try {
    // The origin only: a Location's query may carry a signature.
    if (reply.headers.location) target = `to ${new URL(reply.headers.location).origin}`
  } catch {
    target = 'to an invalid Location'
  }
  throw new ActionError(
    `${step}: the server answered with a redirect (HTTP ${reply.status}, ${target}); redirects are refused so that no credential follows one.`,
    {
      step,
      status: reply.status,
      doc: 'network-errors',
      fix: 'Check the endpoint inputs point at the service itself, not at a gateway or proxy that redirects.'
    }
  )
}

function assertHttps(request: HttpRequest): void {
  let protocol: string
  try {
    protocol = new URL(request.url).protocol
  } catch {
    throw new ActionError(`${request.step}: the URL is not valid.`, { step: request.step })
  }
  if (protocol !== 'https:') {
    // Deliberately omits the URL: a SAS URL carries a signature in its query string.
    throw new ActionError(
      `${request.step}: refused to send a request over ${protocol} (https only).`,
      {
        step: request.step,
        fix: 'Endpoints must be https URLs.'
      }
    )
  }
}

async function sendOnce(request: HttpRequest): Promise<Omit<HttpReply, 'attempts'>> {
  const headers: Record<string, string> = { ...request.headers }
  let data: string | NodeJS.ReadableStream | null = null
  if (isStreamBody(request.body)) {
    headers['content-length'] = String(request.body.length)
    data = request.body.open()
  } else if (request.body !== undefined) {
    // Blob storage refuses chunked uploads (411): always send an exact Content-Length.
    const parts =
      typeof request.body === 'string' || Buffer.isBuffer(request.body)
        ? [request.body]
        : request.body
    headers['content-length'] = String(
      parts.reduce((sum, part) => sum + Buffer.byteLength(part), 0)
    )
    data = typeof request.body === 'string' ? request.body : Readable.from(parts)
  }
  const response = await httpClient().request(request.method, request.url, data, headers)
  const limit = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
  const body = await readBounded(response.message, limit, request.step)
  return {
    status: response.message.statusCode ?? 0,
    headers: flattenHeaders(response.message.headers),
    body
  }
}

function isStreamBody(body: HttpRequest['body']): body is StreamBody {
  return typeof body === 'object' && !Buffer.isBuffer(body) && !Array.isArray(body)
}

async function readBounded(
  stream: NodeJS.ReadableStream,
  limit: number,
  step: string
): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > limit) {
      ;(stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.()
      throw new ActionError(
        `${step}: the server's reply exceeded ${limit} bytes and was refused.`,
        {
          step
        }
      )
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function flattenHeaders(headers: NodeJS.Dict<string | string[]>): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined)
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return flat
}

/** Parses a JSON reply body; a body that is not JSON becomes an error naming the step. */
export function parseJson<T>(reply: HttpReply, step: string): T {
  try {
    return JSON.parse(reply.body) as T
  } catch {
    throw new ActionError(
      `${step}: HTTP ${reply.status} with a body that is not JSON (${describeBody(reply.body)}).`,
      { step, status: reply.status }
    )
  }
}

/** A short, single-line excerpt of a reply body for error messages. */
export function describeBody(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim()
  if (oneLine.length === 0) return 'empty body'
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine
}
