// Puts the zip into the blob the content plane handed out, with the Blob service's REST API over
// the action's one transport (proxy, https only, shared retry): fixed-size blocks, a few staged at
// once, each retried on its own (a dropped connection costs one block, not the upload), then one
// block-list commit. No storage SDK: it cost ~80 ms of start-up and a copy of every block.
import type { Readable } from 'node:stream'
import { cancelledError } from '../cancel.js'
import { diagnoseTransient } from '../diagnose.js'
import { ActionError } from '../errors.js'
import { STEP_LIMITS, type StepLimits } from '../http/limits.js'
import { defaultRetryPolicy, isTransientStatus, type RetryPolicy } from '../http/retry.js'
import { send, type HttpReply } from '../http/transport.js'

export interface BlobUploadOptions {
  /** Default 8 MiB. */
  blockBytes?: number
  /** Blocks staged at once. Default 4. */
  concurrency?: number
  /** Bytes acknowledged by the blob service so far. */
  onProgress?: (uploadedBytes: number) => void
  /** The run's cancellation: stops the blocks in flight. */
  signal: AbortSignal
  retryPolicy?: RetryPolicy
}

export interface BlobUploadResult {
  bytes: number
  blocks: number
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

/** Uploads the stream as a block blob at the SAS URL. */
export async function uploadToBlob(
  sasUrl: string,
  source: Readable,
  options: BlobUploadOptions
): Promise<BlobUploadResult> {
  const url = checkSasUrl(sasUrl)
  const blockBytes = options.blockBytes ?? 8 * MiB
  const concurrency = options.concurrency ?? 4
  const policy = options.retryPolicy ?? defaultRetryPolicy(sasUrl)
  const put = (
    what: string,
    query: Record<string, string>,
    body: readonly Buffer[] | string,
    headers: Record<string, string>,
    limits: StepLimits
  ): Promise<void> =>
    putBlob(url, what, query, body, headers, { policy, limits, signal: options.signal })
  const blockIds: string[] = []
  const inFlight = new Set<Promise<void>>()
  let failure: unknown
  let uploaded = 0
  let total = 0

  const stage = (block: Block): void => {
    const index = blockIds.length
    const blockId = blockIdFor(index)
    blockIds.push(blockId)
    total += block.length
    const task = put(
      `block ${index + 1}`,
      { comp: 'block', blockid: blockId },
      block.parts,
      {},
      STEP_LIMITS.blobBlock
    ).then(
      () => {
        uploaded += block.length
        options.onProgress?.(uploaded)
      },
      (error: unknown) => {
        failure ??= error
      }
    )
    const tracked = task.finally(() => inFlight.delete(tracked))
    inFlight.add(tracked)
  }

  const blocks = new BlockCutter(blockBytes)
  try {
    for await (const chunk of source) {
      for (const block of blocks.push(chunk as Buffer)) {
        stage(block)
        // Reading waits while the window of blocks is full: memory stays flat.
        while (inFlight.size >= concurrency && failure === undefined) await Promise.race(inFlight)
      }
      if (failure !== undefined) throw failure
      if (options.signal.aborted) throw cancelledError(options.signal, STEP)
    }
    const last = blocks.flush()
    if (last !== undefined || blockIds.length === 0) stage(last ?? { parts: [], length: 0 })
    await Promise.all(inFlight)
    if (failure !== undefined) throw failure
    if (options.signal.aborted) throw cancelledError(options.signal, STEP)
    await put(
      'block list commit',
      { comp: 'blocklist' },
      blockListXml(blockIds),
      {
        'content-type': 'application/xml; charset=utf-8',
        'x-ms-blob-content-type': 'application/zip'
      },
      STEP_LIMITS.blobCommit
    )
  } catch (error) {
    source.destroy()
    if (options.signal.aborted) throw cancelledError(options.signal, STEP)
    throw error instanceof ActionError ? scrubbedError(error, url) : streamError(error, url)
  }
  return { bytes: total, blocks: blockIds.length }
}

/** Same length for every id, as the Blob service requires; base64 of a zero-padded counter. */
export function blockIdFor(index: number): string {
  return Buffer.from(`block-${String(index).padStart(8, '0')}`).toString('base64')
}

/** Removes the SAS query (and any stray signature) from a text meant for the log. */
export function scrubSas(text: string, url: URL): string {
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

  constructor(private readonly size: number) {}

  *push(chunk: Buffer): Generator<Block> {
    let data = chunk
    while (data.length > 0) {
      const take = Math.min(this.size - this.length, data.length)
      this.parts.push(data.subarray(0, take))
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

async function putBlob(
  url: URL,
  what: string,
  query: Record<string, string>,
  body: readonly Buffer[] | string,
  headers: Record<string, string>,
  how: { policy: RetryPolicy; limits: StepLimits; signal: AbortSignal }
): Promise<void> {
  const target = new URL(url)
  for (const [name, value] of Object.entries(query)) target.searchParams.set(name, value)
  const step = `${STEP} (${what})`
  const reply = await send(
    {
      step,
      method: 'PUT',
      url: target.toString(),
      headers: { 'x-ms-version': BLOB_API_VERSION, ...headers },
      body,
      signal: how.signal,
      limits: how.limits
    },
    how.policy
  )
  if (reply.status === 201) return
  throw blobRejection(step, reply)
}

function blockListXml(blockIds: readonly string[]): string {
  const latest = blockIds.map((id) => `<Latest>${id}</Latest>`).join('')
  return `<?xml version="1.0" encoding="utf-8"?><BlockList>${latest}</BlockList>`
}

/** The Blob service's own error code and message, e.g. AuthenticationFailed for an expired SAS. */
function blobRejection(step: string, reply: HttpReply): ActionError {
  if (isTransientStatus(reply.status)) return diagnoseTransient(step, reply.status, reply.attempts)
  const code = /<Code>([^<]*)<\/Code>/.exec(reply.body)?.[1]
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
