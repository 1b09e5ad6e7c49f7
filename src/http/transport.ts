// The one way the action talks to a server: proxy-aware agents from @actions/http-client (so
// https_proxy/no_proxy are honoured), https only (one exception: the machine's own managed-identity
// endpoint, plain http on a link-local or loopback address, never proxied), no redirects (a token must never follow one to
// another host; only a credential-less GET may have one handed back to follow), bounded replies
// (or streamed to a sink), a time limit on every attempt that covers the whole reply, the run's
// cancellation signal on every request, and transient faults retried by the shared helper,
// each retry logged. Error statuses are returned, not thrown: each caller knows what a 4xx means.
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { HttpClient } from '@actions/http-client'
import manifest from '../../package.json' with { type: 'json' }
import { cancelledError, throwIfCancelled, waitUnlessCancelled } from '../cancel.js'
import { ActionError } from '../errors.js'
import { counted, endSentence, formatSeconds, printable } from '../format.js'
import { isLoopback, knob } from '../knobs.js'
import { info } from '../log.js'
import type { AttemptLimit, Deadline, StepLimits } from './limits.js'
import {
  defaultRetryPolicy,
  isTransientStatus,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  withRetry,
  type GiveUp,
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
  /** The run's cancellation: aborting it stops the request in flight and every retry. */
  signal: AbortSignal
  /** One attempt's limit and the step's whole budget (STEP_LIMITS). */
  limits: StepLimits
  /** No attempt starts after this, whatever the budget says, e.g. the GitHub token's expiry. */
  deadline?: Deadline | undefined
  /**
   * A service's own way of saying "wait, then retry" (GitHub's rate limit can be a 403): the wait
   * it asks for in ms, or undefined when the reply is not one. Waits over the longest the action
   * grants end the retries, as a long Retry-After does.
   */
  throttled?: (reply: RawReply) => number | undefined
  /**
   * 'return' hands a redirect back to the caller, who follows it (src/http/download.ts); only a
   * GET that carries no credential may ask for that. Default 'refuse'.
   */
  redirects?: 'refuse' | 'return' | undefined
  /** A 2xx reply too big for memory (a downloaded binary) is streamed here instead of buffered. */
  replyTo?: ReplySink | undefined
  /**
   * The machine's own endpoint (the managed-identity token service): plain http is allowed, to a
   * link-local or loopback host only; never proxied; a host that cannot be reached is final (no
   * retry), since it means the machine has no such endpoint.
   */
  machineLocal?: MachineLocal | undefined
  /**
   * Told each time an attempt's request has been written out whole, so a caller can do work that
   * overlaps the server's reply (the action loads MSAL while GitHub mints its token).
   */
  onSent?: (() => void) | undefined
}

interface MachineLocal {
  /** Statuses retried beyond the usual 408/429/5xx (IMDS asks for 404 and 410 too). */
  alsoTransient: readonly number[]
  /** The connection must be made within this; the attempt's own limit then covers the reply. */
  connectLimitMs: number
}

/** A body too large for memory (a spooled archive): opened afresh for every attempt. */
interface StreamBody {
  length: number
  open: () => NodeJS.ReadableStream
}

/** Where a streamed reply goes: a fresh sink for every attempt, so a retry starts clean. */
export interface ReplySink {
  open: () => NodeJS.WritableStream
  /** A longer body is refused. */
  maxBytes: number
}

export interface HttpReply {
  status: number
  headers: Record<string, string>
  /** The reply's body; '' when it was streamed to `replyTo`. */
  body: string
  /** Attempts it took, the successful one included. */
  attempts: number
}

export type RawReply = Omit<HttpReply, 'attempts'>

/** Sent on every request, so a server's logs can tell this action (and its version) apart. */
export const USER_AGENT = `${manifest.name}/${manifest.version}`

const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024
/** Request bodies are written in slices this big, so an idle limit sees the upload progress. */
const WRITE_SLICE_BYTES = 64 * 1024

let client: HttpClient | undefined

// Only its agents are used: they route through https_proxy and honour no_proxy.
function httpClient(): HttpClient {
  client ??= new HttpClient(USER_AGENT, [], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: true
  })
  return client
}

/** Releases kept-alive sockets so the process can exit. */
export function closeTransport(): void {
  client?.dispose()
  client = undefined
}

/** A transport failure with no HTTP reply (refused, reset, timed out, TLS). */
class NetworkError extends ActionError {
  constructor(step: string, cause: unknown, attempts: number, stoppedEarly?: string) {
    const reason = networkFailureReason(cause)
    const early = stoppedEarly ? `; not retried: ${stoppedEarly}` : ''
    super(`${step} failed after ${counted(attempts, 'attempt')}: ${reason}${early}`, {
      step,
      fix: 'Check the runner can reach the endpoint (proxy settings: https_proxy, no_proxy) and retry the job.',
      doc: 'network-errors'
    })
    this.name = 'NetworkError'
  }
}

/** A machine-local endpoint that is not there (refused, no route, no connection in time); the caller says what that means. */
export class UnreachableHost extends ActionError {
  constructor(
    step: string,
    readonly reason: string
  ) {
    super(`${step} failed: ${endSentence(reason)}`, { step, doc: 'network-errors' })
    this.name = 'UnreachableHost'
  }
}

/** An attempt that ran past its time limit. */
class AttemptTimeout extends Error {
  constructor(readonly limit: AttemptLimit) {
    super(timedOutReason(limit))
    this.name = 'AttemptTimeout'
  }
}

/** Sends one request, retrying network errors and 408/429/5xx; returns the final reply. */
export async function send(
  request: HttpRequest,
  policy: RetryPolicy = defaultRetryPolicy(request.url)
): Promise<HttpReply> {
  assertHttps(request)
  assertRedirectsSafe(request)
  throwIfCancelled(request.signal, request.step)
  const now = policy.now ?? Date.now
  const end = stepEnd(request, now())
  let attempts = 0
  let stoppedEarly: string | undefined
  try {
    const reply = await withRetry(
      async (attemptNumber) => {
        attempts = attemptNumber
        return await sendOnce(request, attemptLimit(request, end.at - now()))
      },
      (outcome) => judgeReply(outcome, request),
      {
        ...policy,
        sleep: (ms) => waitUnlessCancelled(ms, request.signal, request.step),
        onRetry: (retry) => {
          info(
            `${request.step}: ${retry.reason}; retrying in ${formatSeconds(retry.delayMs)} (attempt ${retry.attempt + 1} of ${policy.attempts}).`
          )
          policy.onRetry?.(retry)
        },
        onGiveUp: (giveUp) => {
          stoppedEarly = giveUpText(giveUp, end)
          info(`${request.step}: ${giveUp.reason}; not retried: ${stoppedEarly}.`)
          policy.onGiveUp?.(giveUp)
        }
      },
      end.at
    )
    if (request.redirects !== 'return') refuseRedirect(request.step, reply)
    return { ...reply, attempts }
  } catch (error) {
    if (error instanceof ActionError) throw error
    if (error instanceof Unreachable) throw new UnreachableHost(request.step, error.reason)
    throw new NetworkError(request.step, error, attempts, stoppedEarly)
  }
}

/**
 * After when no new attempt starts: the step's own budget, or an earlier deadline the caller
 * gave. The attempt in flight then may still run to its own limit.
 */
function stepEnd(request: HttpRequest, started: number): Deadline {
  const budget: Deadline = {
    at: started + request.limits.budgetMs,
    what: `the step's ${formatSeconds(request.limits.budgetMs)} time budget`
  }
  return request.deadline !== undefined && request.deadline.at < budget.at
    ? request.deadline
    : budget
}

/**
 * An attempt's limit: the step's, capped by the test knob (which only acts on loopback). An
 * 'idle' attempt also ends where the step does, however steadily its bytes trickle.
 */
function attemptLimit(request: HttpRequest, remainingMs: number): AttemptLimit {
  const { kind, ms } = request.limits.attempt
  const limit = { kind, ms: Math.min(ms, knob('attemptLimitMs', request.url)) }
  return kind === 'idle' ? { ...limit, ceilingMs: Math.max(limit.ms, remainingMs) } : limit
}

function giveUpText(giveUp: GiveUp, end: Deadline): string {
  const wait = formatSeconds(giveUp.delayMs)
  return giveUp.why === 'retry-after'
    ? `the server asked to wait ${wait}, longer than the ${formatSeconds(MAX_RETRY_AFTER_MS)} the action waits`
    : `waiting ${wait} more would run past ${end.what}`
}

/**
 * What happened to a request that got no reply, in words a user can act on; the raw texts
 * ("socket hang up", "ECONNRESET") say neither that nor which side gave up.
 */
function networkFailureReason(error: unknown): string {
  if (error instanceof AttemptTimeout || error instanceof Unreachable) return error.message
  const message = error instanceof Error ? error.message : String(error)
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  if (
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    /socket hang up|aborted/i.test(message)
  ) {
    return `the connection was dropped before a reply (${printable(message)})`
  }
  if (code === 'ECONNREFUSED') return `the connection was refused (${printable(message)})`
  return printable(message)
}

function timedOutReason(limit: AttemptLimit): string {
  return limit.kind === 'idle'
    ? `timed out: no data moved for ${formatSeconds(limit.ms)}`
    : `timed out: no complete reply within ${formatSeconds(limit.ms)}`
}

function judgeReply(
  outcome: { value: RawReply } | { error: unknown },
  request: Pick<HttpRequest, 'throttled' | 'machineLocal'>
): RetryVerdict {
  if ('error' in outcome) {
    if (outcome.error instanceof ActionError || outcome.error instanceof Unreachable) {
      return { retry: false }
    }
    return { retry: true, reason: networkFailureReason(outcome.error) }
  }
  const { status, headers } = outcome.value
  const throttleMs = request.throttled?.(outcome.value)
  if (throttleMs !== undefined) {
    return { retry: true, reason: `HTTP ${status} (rate limited)`, retryAfterMs: throttleMs }
  }
  const alsoTransient = request.machineLocal?.alsoTransient ?? []
  if (!isTransientStatus(status) && !alsoTransient.includes(status)) return { retry: false }
  return {
    retry: true,
    reason: `HTTP ${status}`,
    retryAfterMs: parseRetryAfter(headers['retry-after'])
  }
}

// Not followed (a token must not travel to another host) and not handed on as if it were an answer.
function refuseRedirect(step: string, reply: RawReply): void {
  if (reply.status < 300 || reply.status >= 400 || reply.status === 304) return
  let target = 'no Location'
  try {
    // The origin only: a Location's query may carry a signature.
    if (reply.headers.location) target = `to ${new URL(reply.headers.location).origin}`
  } catch {
    target = 'to an invalid Location'
  }
  throw new ActionError(
    `${step}: the server answered with a redirect (HTTP ${reply.status}, ${printable(target)}); redirects are refused so that no credential follows one.`,
    {
      step,
      status: reply.status,
      doc: 'network-errors',
      fix: 'Check the endpoint inputs point at the service itself, not at a gateway or proxy that redirects.'
    }
  )
}

// A redirect is only ever followed where nothing secret could travel with it.
function assertRedirectsSafe(request: HttpRequest): void {
  if (request.redirects !== 'return') return
  const names = Object.keys(request.headers ?? {}).map((name) => name.toLowerCase())
  if (request.method !== 'GET' || request.body !== undefined || names.some(isCredentialHeader)) {
    throw new Error(`${request.step}: only a GET without a credential may follow redirects.`)
  }
}

function isCredentialHeader(name: string): boolean {
  return name === 'authorization' || name === 'cookie' || name.startsWith('x-ms-')
}

function assertHttps(request: HttpRequest): void {
  let protocol: string
  try {
    protocol = new URL(request.url).protocol
  } catch {
    throw new ActionError(`${request.step}: the URL is not valid.`, { step: request.step })
  }
  if (protocol === 'http:' && request.machineLocal !== undefined && isOnMachine(request.url)) return
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

/**
 * Hosts plain http may reach: link-local (169.254.0.0/16, fe80::/10: never routed off the link;
 * IMDS is 169.254.169.254) and loopback (App Service, Azure Arc, emulators), as IP literals, and
 * `localhost` (Azure Arc's documented IDENTITY_ENDPOINT). Nothing on them leaves the machine.
 */
export function isOnMachine(url: string): boolean {
  let host: string
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase()
  } catch {
    return false
  }
  if (host === 'localhost' || isLoopback(`http://[${host}]/`) || isLoopback(`http://${host}/`)) {
    return true
  }
  if (isIP(host) === 4) return /^169\.254\.\d{1,3}\.\d{1,3}$/.test(host)
  return isIP(host) === 6 && /^fe[89ab][0-9a-f]:/.test(host)
}

/** A machine-local host that did not take the connection: there is no endpoint to retry. */
class Unreachable extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'Unreachable'
  }
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN'])

/**
 * One attempt: the request, its body and the whole reply, under one timer. A 'total' timer runs
 * from the start; an 'idle' one restarts whenever a slice of the body is written or a chunk of the
 * reply arrives. The timer, the run's signal and any socket error all end the attempt the same
 * way: the request is destroyed, so nothing stays in flight.
 */
function sendOnce(request: HttpRequest, limit: AttemptLimit): Promise<RawReply> {
  const url = new URL(request.url)
  const body = request.body
  const parts = isStreamBody(body) ? undefined : bodyParts(body)
  const headers: Record<string, string> = lowercaseKeys(request.headers ?? {})
  headers['user-agent'] = headers['user-agent']
    ? `${USER_AGENT} ${headers['user-agent']}`
    : USER_AGENT
  // Blob storage refuses chunked uploads (411): always send an exact Content-Length.
  if (isStreamBody(body)) headers['content-length'] = String(body.length)
  else if (parts !== undefined) {
    headers['content-length'] = String(parts.reduce((sum, part) => sum + part.length, 0))
  }
  return new Promise<RawReply>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined
    let settled = false
    const ceiling =
      limit.ceilingMs === undefined
        ? undefined
        : setTimeout(
            () => end(new AttemptTimeout({ kind: 'total', ms: limit.ceilingMs as number })),
            limit.ceilingMs
          )
    const restartTimer = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => end(new AttemptTimeout(limit)), limit.ms)
    }
    const end = (error: unknown, reply?: RawReply): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearTimeout(ceiling)
      request.signal.removeEventListener('abort', onAbort)
      if (reply !== undefined) return resolve(reply)
      req.destroy(error instanceof Error ? error : new Error(String(error)))
      reject(error)
    }
    const onAbort = (): void => end(cancelledError(request.signal, request.step))
    const progress = (): void => {
      if (limit.kind === 'idle' && !settled) restartTimer()
    }

    const plain = url.protocol === 'http:'
    const req = (plain ? http : https).request({
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port ? Number(url.port) : plain ? 80 : 443,
      path: `${url.pathname}${url.search}`,
      method: request.method,
      headers,
      // The machine's own endpoint: a fresh direct socket, never a proxy's (NO_PROXY or not).
      agent: request.machineLocal ? false : httpClient().getAgent(request.url)
    })
    restartTimer()
    request.signal.addEventListener('abort', onAbort, { once: true })
    const local = request.machineLocal
    if (local !== undefined) {
      const connectTimer = setTimeout(
        () =>
          end(
            new Unreachable(
              `no connection within ${formatSeconds(local.connectLimitMs)} (nothing answers at ${url.host})`
            )
          ),
        local.connectLimitMs
      )
      req.on('socket', (socket) => socket.once('connect', () => clearTimeout(connectTimer)))
      req.on('close', () => clearTimeout(connectTimer))
    }
    req.on('error', (error) => end(local ? unreachableOr(error, url.host) : error))
    if (request.onSent) req.once('finish', request.onSent)
    req.on('response', (response) => {
      progress()
      readReply(response, request, progress).then(
        (reply) => end(undefined, reply),
        (error: unknown) => end(error)
      )
    })
    const writing = isStreamBody(body)
      ? writeStream(req, body.open(), progress)
      : writeBody(req, parts, progress)
    writing.catch((error: unknown) => end(error))
  })
}

/** A connection error on the machine-local endpoint that means nothing listens there. */
function unreachableOr(error: Error, host: string): Error {
  const code = (error as { code?: unknown }).code
  if (typeof code !== 'string' || !UNREACHABLE_CODES.has(code)) return error
  return new Unreachable(`the connection to ${host} was refused or has no route (${code})`)
}

function isStreamBody(body: HttpRequest['body']): body is StreamBody {
  return typeof body === 'object' && !Buffer.isBuffer(body) && !Array.isArray(body)
}

function bodyParts(body: Exclude<HttpRequest['body'], StreamBody>): readonly Buffer[] | undefined {
  if (body === undefined) return undefined
  if (typeof body === 'string') return [Buffer.from(body, 'utf8')]
  return Buffer.isBuffer(body) ? [body] : body
}

/** Writes the body in slices, waiting for the socket to drain, so progress is seen as it happens. */
async function writeBody(
  req: ReturnType<typeof https.request>,
  parts: readonly Buffer[] | undefined,
  progress: () => void,
  last = true
): Promise<void> {
  for (const part of parts ?? []) {
    for (let offset = 0; offset < part.length; offset += WRITE_SLICE_BYTES) {
      if (req.destroyed) return
      const slice = part.subarray(offset, offset + WRITE_SLICE_BYTES)
      if (!req.write(slice, () => progress())) await drained(req)
    }
  }
  if (last && !req.destroyed) req.end()
}

/** Streams a spooled body; the source is closed however the attempt ends. */
async function writeStream(
  req: ReturnType<typeof https.request>,
  source: NodeJS.ReadableStream,
  progress: () => void
): Promise<void> {
  try {
    for await (const chunk of source) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      await writeBody(req, [buffer], progress, false)
      if (req.destroyed) return
    }
    if (!req.destroyed) req.end()
  } finally {
    ;(source as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.()
  }
}

function drained(req: ReturnType<typeof https.request>): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      req.off('drain', done)
      req.off('close', done)
      resolve()
    }
    req.on('drain', done)
    req.on('close', done)
  })
}

/** The reply's status, headers and body, refusing a body over the request's limit. */
function readReply(
  response: IncomingMessage,
  request: HttpRequest,
  progress: () => void
): Promise<RawReply> {
  const status = response.statusCode ?? 0
  if (request.replyTo !== undefined && status >= 200 && status < 300) {
    return streamReply(response, request.step, request.replyTo, progress)
  }
  const limit = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    response.on('data', (chunk: Buffer) => {
      progress()
      size += chunk.length
      if (size > limit) {
        response.destroy()
        reject(
          new ActionError(
            `${request.step}: the server's reply exceeded ${limit} bytes and was refused.`,
            { step: request.step }
          )
        )
        return
      }
      chunks.push(chunk)
    })
    response.on('error', reject)
    response.on('close', () => {
      if (!response.complete) reject(new Error('aborted: the reply was cut off'))
    })
    response.on('end', () =>
      resolve({
        status: response.statusCode ?? 0,
        headers: flattenHeaders(response.headers),
        body: Buffer.concat(chunks).toString('utf8')
      })
    )
  })
}

/** Pipes a 2xx body into a fresh sink, with backpressure, counting it against the sink's limit. */
async function streamReply(
  response: IncomingMessage,
  step: string,
  sink: ReplySink,
  progress: () => void
): Promise<RawReply> {
  let size = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      progress()
      size += chunk.length
      if (size <= sink.maxBytes) return done(null, chunk)
      done(
        new ActionError(`${step}: the reply exceeded ${sink.maxBytes} bytes and was refused.`, {
          step
        })
      )
    }
  })
  await pipeline(response, counter, sink.open())
  if (!response.complete) throw new Error('aborted: the reply was cut off')
  return { status: response.statusCode ?? 0, headers: flattenHeaders(response.headers), body: '' }
}

function lowercaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])
  )
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

/**
 * A short, single-line excerpt of a reply body for error messages: through the printable
 * filter, so secrets are replaced before the cut and control characters are shown escaped.
 */
export function describeBody(body: string, limit = 200): string {
  const oneLine = body.replace(/\s+/g, ' ').trim()
  return oneLine.length === 0 ? 'empty body' : printable(oneLine, limit)
}
