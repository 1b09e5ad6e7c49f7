// Puts the zip into the blob the content plane handed out, with the Blob service's REST API over
// the action's one transport (proxy, https only, shared retry). Fast path: fixed-size blocks, a
// few staged at once, each retried on its own (a dropped connection costs one block, not the
// upload), then one block-list commit. No public client shows a content-plane SAS accepting
// blocks, so when it refuses them the same archive goes up as one Put Blob with Content-Length,
// the shape every public client uses (PROTOCOLS.md §4.3): the packaging already under way carries
// on into the Put Blob's spool file. No storage SDK: it cost ~80 ms of start-up and a copy of
// every block.
import { Readable } from 'node:stream'
import { cancelledError } from '../cancel.js'
import { diagnoseTransient } from '../diagnose.js'
import { ActionError } from '../errors.js'
import { STEP_LIMITS, type StepLimits } from '../http/limits.js'
import { defaultRetryPolicy, isTransientStatus, type RetryPolicy } from '../http/retry.js'
import { send, type HttpReply, type HttpRequest } from '../http/transport.js'
import { release } from '../payload/handOver.js'
import { Spool } from '../payload/spool.js'
import { logWireShape } from './wireShape.js'

export interface BlobUploadOptions {
  /** Default 8 MiB. */
  blockBytes?: number
  /**
   * Bytes of blocks staged and not yet acknowledged, at most (at least one block). Default 16 MiB:
   * two 8 MiB blocks keep a runner's link busy while packaging (two cores) makes ~20 MB/s, and
   * 32 MiB peaked the 500 MB bench site ~25 MB higher for no less time.
   */
  inFlightBytes?: number
  /** Bytes acknowledged by the blob service so far. */
  onProgress?: (uploadedBytes: number) => void
  /** The run's cancellation: stops the blocks in flight. */
  signal: AbortSignal
  retryPolicy?: RetryPolicy
  /** Folder of the Put Blob fallback's one file; default RUNNER_TEMP, else the OS temp folder. */
  spoolDir?: string
  /** Says when the upload falls back to one Put Blob. */
  log?: (line: string) => void
  /** The archive's length when it is a file already: the Put Blob fallback then sends it as is. */
  knownLength?: number
  /** Names the archive in step names and errors when it is not the site's, e.g. 'api.zip'. */
  archiveName?: string
}

export interface BlobUploadResult {
  bytes: number
  /** Blocks committed; 0 when the archive went up as one Put Blob. */
  blocks: number
  method: 'blocks' | 'put-blob'
}

const STEP = 'Blob upload'
const MiB = 1024 * 1024
/** A Blob service version every current account and Azurite accept for Put Block / Put Block List. */
const BLOB_API_VERSION = '2021-12-02'

/** Refuses anything but https without echoing the URL: its query is a signature. */
export function checkSasUrl(sasUrl: string): URL {
  let url: URL
  try {
    url = new URL(sasUrl)
  } catch {
    throw new ActionError(
      `${STEP}: the content plane returned an upload URL that is not a valid URL.`,
      {
        step: STEP,
        doc: 'content-rejected'
      }
    )
  }
  if (url.protocol !== 'https:') {
    throw new ActionError(
      `${STEP}: refused the upload URL from the content plane because it is not https (${url.protocol.replace(':', '')}).`,
      {
        step: STEP,
        doc: 'content-rejected',
        fix: 'The upload URL carries a credential and must only travel over https; this is a server-side fault.'
      }
    )
  }
  return url
}

/**
 * Uploads the archive as a block blob at the SAS URL: in blocks, or, when the SAS refuses
 * blocks, as one Put Blob. `openArchive` is called once, and once more only if blocks were
 * acknowledged before the refusal (their bytes are freed by then).
 */
export async function uploadToBlob(
  sasUrl: string,
  openArchive: () => Readable,
  options: BlobUploadOptions
): Promise<BlobUploadResult> {
  const url = checkSasUrl(sasUrl)
  try {
    return await uploadInBlocks(url, openArchive(), options)
  } catch (error) {
    if (!(error instanceof BlocksRefused)) throw error
    options.log?.(
      `The upload URL refuses blocks (${error.reason} on ${error.what}): uploading the archive as one Put Blob instead.`
    )
    return await uploadAsOneBlob(url, openArchive, options, error.archive)
  }
}

/** The SAS refused Put Block or Put Block List: the cue to fall back to one Put Blob. */
class BlocksRefused extends Error {
  constructor(
    readonly what: string,
    readonly reason: string,
    /** The whole archive, its first bytes from memory, when no block had been acknowledged. */
    readonly archive?: Readable
  ) {
    super(`${STEP}: the upload URL refuses ${what} (${reason}).`)
    this.name = 'BlocksRefused'
  }
}

async function uploadInBlocks(
  url: URL,
  source: Readable,
  options: BlobUploadOptions
): Promise<BlobUploadResult> {
  const blockBytes = options.blockBytes ?? 8 * MiB
  const budget = Math.max(options.inFlightBytes ?? 16 * MiB, blockBytes)
  const policy = options.retryPolicy ?? defaultRetryPolicy(url.toString())
  const signal = options.signal
  const blockIds: string[] = []
  const inFlight = new Set<Promise<void>>()
  let inFlightBytes = 0
  let failure: unknown
  let uploaded = 0
  let total = 0
  // Every chunk read, in order, until a block is acknowledged (none is freed before): a refusal
  // then hands them on with the rest of the archive, and nothing is packaged twice.
  let unacknowledged: Buffer[] | undefined = options.knownLength === undefined ? [] : undefined
  // Read by hand, not by for-await, which would destroy the source on leaving the loop.
  const reader = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  const onAbort = (): void => {
    source.destroy()
  }
  // Pieces of each archive buffer not yet uploaded: at none, a handed-over buffer is freed at once.
  const holds = new Map<ArrayBufferLike, { pieces: number; bytes: Buffer }>()
  const hold = (bytes: Buffer): void => {
    const held = holds.get(bytes.buffer)
    if (held) held.pieces++
    else holds.set(bytes.buffer, { pieces: 1, bytes })
  }
  const letGo = (bytes: Buffer): void => {
    const held = holds.get(bytes.buffer)
    if (held && --held.pieces > 0) return
    holds.delete(bytes.buffer)
    release(bytes)
  }
  signal.addEventListener('abort', onAbort, { once: true })

  const stage = (block: Block): void => {
    const index = blockIds.length
    const blockId = blockIdFor(index)
    blockIds.push(blockId)
    total += block.length
    inFlightBytes += block.length
    const task = putBlob(url, {
      what: `${named(options)}block ${index + 1}`,
      query: { comp: 'block', blockid: blockId },
      body: block.parts,
      headers: {},
      policy,
      limits: STEP_LIMITS.blobBlock,
      signal
    }).then(
      () => {
        unacknowledged = undefined
        uploaded += block.length
        options.onProgress?.(uploaded)
        for (const part of block.parts) letGo(part)
      },
      (error: unknown) => {
        failure ??= error
      }
    )
    const tracked = task.finally(() => {
      inFlight.delete(tracked)
      inFlightBytes -= block.length
    })
    inFlight.add(tracked)
  }

  const blocks = new BlockCutter(blockBytes, hold)
  try {
    for (let read = await reader.next(); read.done !== true; read = await reader.next()) {
      const chunk = read.value
      unacknowledged?.push(chunk)
      hold(chunk)
      for (const block of blocks.push(chunk)) {
        stage(block)
        // Reading waits while the next block would overflow the bytes in flight: memory stays flat.
        while (inFlightBytes + blockBytes > budget && failure === undefined)
          await Promise.race(inFlight)
      }
      letGo(chunk)
      if (failure !== undefined) throw failure
      if (signal.aborted) throw cancelledError(signal, STEP)
    }
    const last = blocks.flush()
    if (last !== undefined || blockIds.length === 0) stage(last ?? { parts: [], length: 0 })
    await Promise.all(inFlight)
    if (failure !== undefined) throw failure
    if (signal.aborted) throw cancelledError(signal, STEP)
    await putBlob(url, {
      what: `${named(options)}block list commit`,
      query: { comp: 'blocklist' },
      body: blockListXml(blockIds),
      headers: {
        'content-type': 'application/xml; charset=utf-8',
        'x-ms-blob-content-type': 'application/zip'
      },
      policy,
      limits: STEP_LIMITS.blobCommit,
      signal
    })
  } catch (error) {
    const refused = error instanceof BlocksRefused && !signal.aborted
    if (!refused) source.destroy()
    // Blocks still in flight finish first: a fallback must not race them (and one may be taken).
    await Promise.allSettled([...inFlight])
    if (refused && unacknowledged !== undefined && !signal.aborted) {
      // The bytes held are the archive's first ones: the Put Blob's spool frees them once written.
      holds.clear()
      throw new BlocksRefused(error.what, error.reason, carriedOn(unacknowledged, reader, source))
    }
    source.destroy()
    // Nothing sends these bytes again (a fallback packages anew): freed now, not at a collection.
    for (const { bytes } of holds.values()) release(bytes)
    holds.clear()
    if (signal.aborted) throw cancelledError(signal, STEP)
    if (error instanceof BlocksRefused) throw error
    throw error instanceof ActionError ? scrubbedError(error, url) : streamError(error, url)
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
  return { bytes: total, blocks: blockIds.length, method: 'blocks' }
}

/** The archive from its first byte: the chunks already read, then the rest of the same stream. */
function carriedOn(read: Buffer[], reader: AsyncIterator<Buffer>, source: Readable): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      // Taken out as they go: the spool frees each once written.
      for (let chunk = read.shift(); chunk !== undefined; chunk = read.shift()) yield chunk
      for (let next = await reader.next(); next.done !== true; next = await reader.next()) {
        yield next.value
      }
    } finally {
      source.destroy()
    }
  }
  return Readable.from(chunks(), { objectMode: true, highWaterMark: 1 })
}

/**
 * The archive spooled to RUNNER_TEMP (Put Blob needs its length first), then sent in one PUT: the
 * archive carried on from the blocks' attempt, else a new one; an archive that is a file already
 * (knownLength) is sent from it.
 */
async function uploadAsOneBlob(
  url: URL,
  openArchive: () => Readable,
  options: BlobUploadOptions,
  carried: Readable | undefined
): Promise<BlobUploadResult> {
  const spool = options.knownLength === undefined ? new Spool(options.spoolDir) : undefined
  try {
    const bytes = spool
      ? await spool.write(carried ?? openArchive(), options.signal)
      : options.knownLength!
    if (options.signal.aborted) throw cancelledError(options.signal, STEP)
    options.log?.(`Uploading the ${bytes}-byte archive as one Put Blob.`)
    await putBlob(url, {
      what: `${named(options)}Put Blob`,
      query: {},
      body: { length: bytes, open: spool ? () => spool.open() : openArchive },
      headers: { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/octet-stream' },
      policy: options.retryPolicy ?? defaultRetryPolicy(url.toString()),
      // An idle limit: the whole archive's time depends on the link, not on the server.
      limits: STEP_LIMITS.blobWhole,
      signal: options.signal
    })
    options.onProgress?.(bytes)
    return { bytes, blocks: 0, method: 'put-blob' }
  } catch (error) {
    if (options.signal.aborted) throw cancelledError(options.signal, STEP)
    throw error instanceof ActionError ? scrubbedError(error, url) : streamError(error, url)
  } finally {
    // Stops the packaging if the spool never read it to the end (a failure, a cancellation).
    carried?.destroy()
    spool?.dispose()
  }
}

/** 'api.zip ' before a request's name when the archive is not the site's. */
function named(options: BlobUploadOptions): string {
  return options.archiveName === undefined ? '' : `${options.archiveName} `
}

/** Same length for every id, as the Blob service requires; base64 of a zero-padded counter. */
function blockIdFor(index: number): string {
  return Buffer.from(`block-${String(index).padStart(8, '0')}`).toString('base64')
}

/** Removes the SAS query (and any stray signature) from a text meant for the log. */
function scrubSas(text: string, url: URL): string {
  let scrubbed = text
  if (url.search.length > 1) scrubbed = scrubbed.split(url.search.slice(1)).join('<sas>')
  return scrubbed.replace(/([?&]|\b)sig=[^&\s"']+/gi, '$1sig=<redacted>')
}

/** A block as the chunks it was cut from: sent in order, never copied into one buffer. */
interface Block {
  parts: Buffer[]
  length: number
}

/** Cuts a byte stream into blocks of exactly `size` bytes (the last one shorter). */
class BlockCutter {
  private parts: Buffer[] = []
  private length = 0

  constructor(
    private readonly size: number,
    /** Told of each piece cut: it is held until its block is uploaded. */
    private readonly onPart: (part: Buffer) => void
  ) {}

  *push(chunk: Buffer): Generator<Block> {
    let data = chunk
    while (data.length > 0) {
      const take = Math.min(this.size - this.length, data.length)
      const part = data.subarray(0, take)
      this.onPart(part)
      this.parts.push(part)
      this.length += take
      data = data.subarray(take)
      if (this.length === this.size) yield this.take()
    }
  }

  flush(): Block | undefined {
    return this.length > 0 ? this.take() : undefined
  }

  private take(): Block {
    const block = { parts: this.parts, length: this.length }
    this.parts = []
    this.length = 0
    return block
  }
}

interface BlobPut {
  /** Names the request in errors, e.g. 'block 3'. */
  what: string
  query: Record<string, string>
  body: NonNullable<HttpRequest['body']>
  headers: Record<string, string>
  policy: RetryPolicy
  limits: StepLimits
  signal: AbortSignal
}

async function putBlob(url: URL, put: BlobPut): Promise<void> {
  const target = new URL(url)
  for (const [name, value] of Object.entries(put.query)) target.searchParams.set(name, value)
  const step = `${STEP} (${put.what})`
  const sent = { bytes: bodyBytes(put.body) }
  let reply: HttpReply
  try {
    reply = await send(
      {
        step,
        method: 'PUT',
        url: target.toString(),
        headers: { 'x-ms-version': BLOB_API_VERSION, ...put.headers },
        body: put.body,
        signal: put.signal,
        limits: put.limits
      },
      put.policy
    )
  } catch (error) {
    logWireShape({ method: 'PUT', url: target.toString(), status: undefined, sent })
    throw error
  }
  logWireShape({
    method: 'PUT',
    url: target.toString(),
    status: reply.status,
    sent,
    received: reply.body
  })
  if (reply.status === 201) return
  const refusal = 'comp' in put.query ? blockRefusal(reply) : undefined
  if (refusal !== undefined) throw new BlocksRefused(put.what, refusal)
  throw blobRejection(step, reply)
}

/** 403 AuthorizationPermissionMismatch, 400 or 405 on Put Block / Put Block List (PROTOCOLS.md §4.3). */
function blockRefusal(reply: HttpReply): string | undefined {
  const code = errorCode(reply)
  if (reply.status === 403 && code === 'AuthorizationPermissionMismatch') return `HTTP 403 ${code}`
  if (reply.status === 400 || reply.status === 405) {
    return code ? `HTTP ${reply.status} ${code}` : `HTTP ${reply.status}`
  }
  return undefined
}

function errorCode(reply: HttpReply): string | undefined {
  return reply.headers['x-ms-error-code'] ?? /<Code>([^<]*)<\/Code>/.exec(reply.body)?.[1]
}

function bodyBytes(body: BlobPut['body']): number {
  if (typeof body === 'string' || Buffer.isBuffer(body)) return Buffer.byteLength(body)
  if (Array.isArray(body)) return body.reduce((sum: number, part: Buffer) => sum + part.length, 0)
  return (body as { length: number }).length
}

function blockListXml(blockIds: readonly string[]): string {
  const latest = blockIds.map((id) => `<Latest>${id}</Latest>`).join('')
  return `<?xml version="1.0" encoding="utf-8"?><BlockList>${latest}</BlockList>`
}

/** The Blob service's own error code and message, e.g. AuthenticationFailed for an expired SAS. */
function blobRejection(step: string, reply: HttpReply): ActionError {
  if (isTransientStatus(reply.status)) return diagnoseTransient(step, reply.status, reply.attempts)
  const code = errorCode(reply)
  const message = /<Message>([^<\r\n]*)/.exec(reply.body)?.[1]
  const detail = [code, message].filter(Boolean).join(': ') || `HTTP ${reply.status}`
  const refused = reply.status === 401 || reply.status === 403
  return new ActionError(`${step} failed with HTTP ${reply.status}: ${detail}`, {
    step,
    status: reply.status,
    doc: 'content-rejected',
    fix: refused
      ? 'The storage service refused the upload URL (expired or invalid signature); re-run the job.'
      : 'This is a rejection by the storage service; re-run the job, and if it persists report it with the deployment id.'
  })
}

function scrubbedError(error: ActionError, url: URL): ActionError {
  const message = scrubSas(error.message, url)
  if (message === error.message) return error
  return new ActionError(message, {
    ...(error.step === undefined ? {} : { step: error.step }),
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.fix === undefined ? {} : { fix: error.fix }),
    ...(error.doc === undefined ? {} : { doc: error.doc })
  })
}

function streamError(error: unknown, url: URL): ActionError {
  const reason = scrubSas(error instanceof Error ? error.message : String(error), url)
  return new ActionError(`${STEP} failed while reading the archive: ${reason}`, { step: STEP })
}
