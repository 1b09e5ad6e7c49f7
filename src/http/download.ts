// Credential-less downloads over the one transport: redirects followed here, explicitly, https
// only and a few hops at most (the transport refuses them for every other call), and a body too
// big for memory streamed to a file whose SHA-256 is taken as it is written. The file is created
// without execute permission: whoever runs it checks the digest first.
import { createHash } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import { Writable } from 'node:stream'
import { ActionError } from '../errors.js'
import { printable } from '../format.js'
import type { StepLimits } from './limits.js'
import { send, type HttpReply, type ReplySink } from './transport.js'

/** aka.ms → the manifest is one hop today; a few more leave room for a moved CDN. */
export const MAX_REDIRECTS = 5
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308])

export interface GetRequest {
  step: string
  url: string
  signal: AbortSignal
  limits: StepLimits
  maxResponseBytes?: number
  replyTo?: ReplySink | undefined
}

export interface FollowedReply extends HttpReply {
  /** Every URL asked, the first included: the last one answered. */
  chain: string[]
}

/** GET that follows up to MAX_REDIRECTS redirects, each to an https URL; the final reply whatever its status. */
export async function getFollowingRedirects(request: GetRequest): Promise<FollowedReply> {
  const chain = [request.url]
  for (;;) {
    const url = chain.at(-1) as string
    const reply = await send({ ...request, method: 'GET', url, redirects: 'return' })
    if (!REDIRECT_STATUSES.has(reply.status)) return { ...reply, chain }
    if (chain.length > MAX_REDIRECTS) {
      throw new ActionError(
        `${request.step}: more than ${MAX_REDIRECTS} redirects from ${originOf(request.url)}; refused.`,
        { step: request.step, status: reply.status, doc: 'network-errors' }
      )
    }
    chain.push(redirectTarget(request.step, url, reply))
  }
}

function redirectTarget(step: string, from: string, reply: HttpReply): string {
  const location = reply.headers.location
  let target: URL | undefined
  try {
    if (location) target = new URL(location, from)
  } catch {
    target = undefined
  }
  if (target === undefined) {
    throw new ActionError(
      `${step}: HTTP ${reply.status} from ${originOf(from)} without a valid Location.`,
      { step, status: reply.status, doc: 'network-errors' }
    )
  }
  if (target.protocol !== 'https:') {
    throw new ActionError(
      `${step}: ${originOf(from)} redirected to ${printable(target.protocol.replace(/:$/, ''))} (${printable(target.host)}); only https is followed.`,
      { step, status: reply.status, doc: 'network-errors' }
    )
  }
  return target.toString()
}

/** The scheme and host of a URL, for messages: a query may carry a signature. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return 'an invalid URL'
  }
}

export type Download =
  | {
      ok: true
      bytes: number
      /** Lowercase hex SHA-256 of the bytes written. */
      sha256: string
      /** The URLs asked, redirects included. */
      chain: string[]
    }
  /** Any final status but 200: the caller knows what it means for its file. */
  | { ok: false; status: number; chain: string[] }

/**
 * Downloads `request.url` (following redirects) into `file`, created with mode 0600. A retry
 * starts the file and the digest afresh.
 */
export async function downloadFile(
  request: Omit<GetRequest, 'replyTo' | 'maxResponseBytes'> & { maxBytes: number },
  file: string
): Promise<Download> {
  let sink: DigestingFile | undefined
  const { maxBytes, ...get } = request
  const reply = await getFollowingRedirects({
    ...get,
    replyTo: {
      maxBytes,
      open: () => {
        sink = new DigestingFile(file)
        return sink
      }
    }
  })
  if (reply.status !== 200 || sink === undefined) {
    return { ok: false, status: reply.status, chain: reply.chain }
  }
  return { ok: true, bytes: sink.bytes, sha256: sink.digest(), chain: reply.chain }
}

/** A file sink that hashes what it writes; 'finish' comes after the file is closed. */
class DigestingFile extends Writable {
  bytes = 0
  private readonly hash = createHash('sha256')
  private handle: Promise<FileHandle> | undefined
  private hex: string | undefined

  constructor(private readonly file: string) {
    super()
  }

  digest(): string {
    if (this.hex === undefined) throw new Error('the download did not finish')
    return this.hex
  }

  private opened(): Promise<FileHandle> {
    this.handle ??= open(this.file, 'w', 0o600)
    return this.handle
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error) => void): void {
    this.hash.update(chunk)
    this.bytes += chunk.length
    this.opened()
      .then((handle) => writeAll(handle, chunk))
      .then(
        () => done(),
        (error: Error) => done(error)
      )
  }

  override _final(done: (error?: Error) => void): void {
    this.opened()
      .then((handle) => handle.close())
      .then(
        () => {
          this.hex = this.hash.digest('hex')
          done()
        },
        (error: Error) => done(error)
      )
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    if (this.handle === undefined || this.hex !== undefined) return done(error)
    this.handle
      .then((handle) => handle.close())
      .then(
        () => done(error),
        () => done(error)
      )
  }
}

async function writeAll(handle: FileHandle, chunk: Buffer): Promise<void> {
  for (let offset = 0; offset < chunk.length;) {
    offset += (await handle.write(chunk, offset)).bytesWritten
  }
}
