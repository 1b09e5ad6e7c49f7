// Puts the zip into the blob the content plane handed out: fixed-size blocks, a few staged at
// once, each retried on its own (a dropped connection costs one block, not the upload), then one
// block list commit. The SDK's own retry is off so that the shared helper is the only one.
import type { Readable } from 'node:stream'
import { AnonymousCredential, BlockBlobClient, RestError } from '@azure/storage-blob'
import { ActionError } from '../errors.js'
import {
  defaultRetryPolicy,
  isTransientStatus,
  parseRetryAfter,
  withRetry,
  type RetryPolicy,
  type RetryVerdict
} from '../http/retry.js'

export interface BlobUploadOptions {
  /** Default 8 MiB. */
  blockBytes?: number
  /** Blocks staged at once. Default 4. */
  concurrency?: number
  /** Bytes acknowledged by the blob service so far. */
  onProgress?: (uploadedBytes: number) => void
  signal?: AbortSignal
  retryPolicy?: RetryPolicy
}

export interface BlobUploadResult {
  bytes: number
  blocks: number
}

const STEP = 'Blob upload'
const MiB = 1024 * 1024

/** Per-try timeout; KEYLESS_SWA_HTTP_TIMEOUT_MS (shared with the transport) shortens it in fault tests. */
function tryTimeoutMs(): number {
  const configured = Number(process.env.KEYLESS_SWA_HTTP_TIMEOUT_MS)
  return Number.isFinite(configured) && configured > 0 ? configured : 100_000
}

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
  options: BlobUploadOptions = {}
): Promise<BlobUploadResult> {
  const url = checkSasUrl(sasUrl)
  const blockBytes = options.blockBytes ?? 8 * MiB
  const concurrency = options.concurrency ?? 4
  const policy = options.retryPolicy ?? defaultRetryPolicy()
  const client = new BlockBlobClient(url.toString(), new AnonymousCredential(), {
    retryOptions: { maxTries: 1, tryTimeoutInMs: tryTimeoutMs() }
  })
  const blockIds: string[] = []
  const inFlight = new Set<Promise<void>>()
  let failure: unknown
  let uploaded = 0
  let total = 0

  const stage = (block: Buffer): Promise<void> => {
    const index = blockIds.length
    const blockId = blockIdFor(index)
    blockIds.push(blockId)
    const task = withRetry(
      () =>
        client
          .stageBlock(blockId, block, block.length, abortOption(options.signal))
          .then(() => undefined),
      (outcome) => judge(outcome, options.signal),
      policy
    ).then(
      () => {
        uploaded += block.length
        options.onProgress?.(uploaded)
      },
      (error: unknown) => {
        failure ??= uploadError(`block ${index + 1}`, error, url)
      }
    )
    const tracked = task.finally(() => inFlight.delete(tracked))
    inFlight.add(tracked)
    return tracked
  }

  let pending: Buffer[] = []
  let pendingBytes = 0
  try {
    for await (const chunk of source) {
      let data = chunk as Buffer
      while (data.length > 0) {
        const take = Math.min(blockBytes - pendingBytes, data.length)
        pending.push(data.subarray(0, take))
        pendingBytes += take
        data = data.subarray(take)
        if (pendingBytes === blockBytes) {
          total += pendingBytes
          void stage(Buffer.concat(pending, pendingBytes))
          pending = []
          pendingBytes = 0
          // Reading waits while the window of blocks is full: memory stays flat.
          while (inFlight.size >= concurrency && failure === undefined) await Promise.race(inFlight)
        }
        if (failure !== undefined) throw failure
      }
      if (options.signal?.aborted) throw cancelled()
    }
    if (pendingBytes > 0 || blockIds.length === 0) {
      total += pendingBytes
      void stage(Buffer.concat(pending, pendingBytes))
    }
    await Promise.all(inFlight)
    if (failure !== undefined) throw failure
    await withRetry(
      () => client.commitBlockList(blockIds, abortOption(options.signal)),
      (outcome) => judge(outcome, options.signal),
      policy
    ).catch((error: unknown) => {
      throw uploadError('block list commit', error, url)
    })
  } catch (error) {
    source.destroy()
    await Promise.allSettled(inFlight)
    if (options.signal?.aborted) throw cancelled()
    throw error instanceof ActionError ? error : uploadError('stream', error, url)
  }
  return { bytes: total, blocks: blockIds.length }
}

/** Same length for every id, as the Blob service requires; base64 of a zero-padded counter. */
export function blockIdFor(index: number): string {
  return Buffer.from(`block-${String(index).padStart(8, '0')}`).toString('base64')
}

function abortOption(signal: AbortSignal | undefined): { abortSignal?: AbortSignal } {
  return signal ? { abortSignal: signal } : {}
}

function judge(
  outcome: { value: unknown } | { error: unknown },
  signal: AbortSignal | undefined
): RetryVerdict {
  if (!('error' in outcome) || signal?.aborted) return { retry: false }
  const error = outcome.error
  if (error instanceof RestError && error.statusCode !== undefined) {
    if (!isTransientStatus(error.statusCode)) return { retry: false }
    return {
      retry: true,
      reason: `HTTP ${error.statusCode}`,
      retryAfterMs: parseRetryAfter(error.response?.headers.get('retry-after'))
    }
  }
  if (error instanceof ActionError) return { retry: false }
  return { retry: true, reason: error instanceof Error ? error.message : String(error) }
}

function cancelled(): ActionError {
  return new ActionError(`${STEP} was cancelled.`, { step: STEP, doc: 'cancelled' })
}

function uploadError(what: string, error: unknown, url: URL): ActionError {
  if (error instanceof ActionError) return error
  const status = error instanceof RestError ? error.statusCode : undefined
  const code = error instanceof RestError && error.code ? `${error.code}: ` : ''
  const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
  const reason = scrubSas(`${code}${firstLine}`, url)
  const refused = status === 403 || status === 401
  return new ActionError(
    `${STEP} (${what}) failed${status !== undefined ? ` with HTTP ${status}` : ''}: ${reason}`,
    {
      step: STEP,
      ...(status !== undefined ? { status } : {}),
      doc: refused ? 'content-rejected' : 'network-errors',
      fix: refused
        ? 'The storage service refused the upload URL (expired or invalid signature); re-run the job.'
        : 'Check the runner can reach the storage endpoint (proxy settings: https_proxy, no_proxy) and re-run the job.'
      // No `cause`: the SDK's error keeps the request, whose URL carries the signature.
    }
  )
}

/** Removes the SAS query (and any stray signature) from a text meant for the log. */
export function scrubSas(text: string, url: URL): string {
  let scrubbed = text
  if (url.search.length > 1) scrubbed = scrubbed.split(url.search.slice(1)).join('<sas>')
  return scrubbed.replace(/([?&]|\b)sig=[^&\s"']+/gi, '$1sig=<redacted>')
}
