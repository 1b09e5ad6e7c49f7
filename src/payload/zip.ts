// The upload archive, streamed: entries at the root in byte order of their names, fixed
// timestamps and modes, UTF-8 names, zip64 only when needed. Small files are read ahead inside a
// bounded window and deflated on worker threads; large files stream, cut into chunks that
// deflate on the workers side by side; already-compressed formats, files deflate cannot shrink,
// and small files whose first 8 KiB are noise, are stored.
import { Readable } from 'node:stream'
import zlib from 'node:zlib'
import { ActionError } from '../errors.js'
import { CHUNK_BYTES, CompressPool, DICTIONARY_BYTES, type PreparedEntry } from './compressPool.js'
import { endSentence, printable } from '../format.js'
import { Coalescer } from './coalesce.js'
import { handOver, release } from './handOver.js'
import { changedWhilePackaging, openSource, readSource } from './sources.js'
import { MB, type Payload, type PayloadFile } from './types.js'
import {
  centralDirectory,
  dataDescriptor,
  DEFLATED,
  localHeader,
  STORED,
  type ZipEntryRecord
} from './zipFormat.js'

export interface ZipWriteOptions {
  /** Bytes of small files read ahead and not yet written out. Default 4 MiB. */
  windowBytes?: number
  /** Files up to this size are read whole and deflated in parallel; larger ones stream. Default 4 MiB. */
  bufferLimitBytes?: number
  /**
   * zlib level for compressible files. Default 2 for small files and 3 for the chunks of large
   * ones: level 3 packaged the 60 MB bench site ~20% faster than level 6 (what `zip` uses) for a
   * 1.2% larger archive, and level 2 its 5,000 small files with 12% less CPU again for 0.6% more;
   * large files keep 3, as at 2 the 300 MB site's archive came within 0.35% of the 2% allowed
   * beside `zip -6`. The upload is rarely the bottleneck.
   */
  compressionLevel?: number
  /** Worker threads for deflate, beside this thread; default one per core but one (at most 8), none on two cores or for tiny sites. */
  workers?: number
  /** Write zip64 records even when nothing needs them (tests). */
  forceZip64?: boolean
  /** Uncompressed bytes packaged so far, called as entries are written. */
  onPackagedBytes?: (bytes: number) => void
}

const MAX_READS_AHEAD = 1024
/** See ZipWriteOptions.compressionLevel. */
const SMALL_FILE_LEVEL = 2
const LARGE_FILE_LEVEL = 3
/** Below this many compressible bytes, starting worker threads costs more than it saves. */
const WORKERS_WORTH_IT_BYTES = 4 * MB
const MAX_32 = 0xffffffff

/** Formats that deflate cannot shrink; compressing them only costs time. */
const ALREADY_COMPRESSED = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'heic',
  'jxl',
  'woff',
  'woff2',
  'zip',
  'gz',
  'tgz',
  'br',
  'zst',
  'xz',
  'bz2',
  '7z',
  'rar',
  'mp4',
  'm4v',
  'mov',
  'webm',
  'mkv',
  'mp3',
  'm4a',
  'aac',
  'ogg',
  'oga',
  'opus',
  'flac',
  'pdf'
])

export function isAlreadyCompressed(name: string): boolean {
  const dot = name.lastIndexOf('.')
  return dot !== -1 && ALREADY_COMPRESSED.has(name.slice(dot + 1).toLowerCase())
}

/**
 * Streams the payload as a zip; a failure (a file changed, a .zip entry lied about its size) errors
 * the stream. One buffer per read (object mode): a byte stream would concatenate what it holds, and
 * the buffers handed over (handOver.ts) would no longer be the ones read. Small entries come
 * copied together (coalesce.ts), large ones in their own chunks.
 */
export function writeZip(payload: Pick<Payload, 'files'>, options: ZipWriteOptions = {}): Readable {
  // 8 buffers ahead: on the 300 MB bench site 16 peaked ~10 MB higher, 4 no lower, none slower.
  return Readable.from(zipChunks(payload.files, options), { objectMode: true, highWaterMark: 8 })
}

/** Counts the bytes a zip of the payload would have, without keeping or sending it. */
export async function measureZip(
  payload: Pick<Payload, 'files'>,
  options: ZipWriteOptions = {}
): Promise<number> {
  let bytes = 0
  for await (const chunk of writeZip(payload, options)) bytes += (chunk as Buffer).length
  return bytes
}

async function* zipChunks(
  files: readonly PayloadFile[],
  options: ZipWriteOptions
): AsyncGenerator<Buffer> {
  const levels = {
    small: options.compressionLevel ?? SMALL_FILE_LEVEL,
    large: options.compressionLevel ?? LARGE_FILE_LEVEL
  }
  const bufferLimit = options.bufferLimitBytes ?? 4 * MB
  const forceZip64 = options.forceZip64 ?? false
  const compressibleBytes = files
    .filter((file) => file.size <= bufferLimit && !isAlreadyCompressed(file.name))
    .reduce((sum, file) => sum + file.size, 0)
  const pool = new CompressPool(
    levels,
    options.workers ?? (compressibleBytes >= WORKERS_WORTH_IT_BYTES ? undefined : 0)
  )
  const prepare = async (file: PayloadFile): Promise<PreparedEntry> => {
    const deflate = !isAlreadyCompressed(file.name)
    const source =
      file.source.kind === 'disk' ? { path: file.source.path } : { bytes: await readSource(file) }
    const prepared = await pool.prepare({ source, size: file.size, deflate })
    if (prepared.size !== file.size) throw changedWhilePackaging(file, prepared.size)
    return prepared
  }
  const readAhead = new ReadAhead(files, bufferLimit, options.windowBytes ?? 4 * MB, prepare)
  const coalesced = new Coalescer()
  const records: ZipEntryRecord[] = []
  let offset = 0
  let packaged = 0
  try {
    for (const [index, file] of files.entries()) {
      const name = Buffer.from(file.name, 'utf8')
      let record: ZipEntryRecord
      if (file.size > bufferLimit) {
        const held = coalesced.flush()
        if (held !== undefined) yield held
        const streamed = streamEntry(file, name, offset, pool, forceZip64)
        let step = await streamed.next()
        while (!step.done) {
          offset += step.value.length
          yield step.value
          step = await streamed.next()
        }
        record = step.value
      } else {
        const prepared = await readAhead.take(index)
        record = {
          name,
          method: prepared.method,
          crc32: prepared.crc32,
          compressedSize: prepared.data.length,
          size: file.size,
          offset,
          streamed: false
        }
        const header = localHeader(record, { forceZip64 })
        offset += header.length + prepared.data.length
        yield* coalesced.push(header)
        yield* coalesced.push(prepared.data)
        readAhead.release(file.size)
      }
      records.push(record)
      packaged += file.size
      options.onPackagedBytes?.(packaged)
    }
    const held = coalesced.flush()
    if (held !== undefined) yield held
    yield centralDirectory(records, offset, { forceZip64 })
  } catch (error) {
    throw packagingError(error)
  } finally {
    readAhead.stop()
    await pool.close()
  }
}

/**
 * One large file, streamed: sizes and CRC go in a data descriptor. A compressible one is cut into
 * fixed chunks that deflate on the workers side by side, written out in order.
 */
async function* streamEntry(
  file: PayloadFile,
  name: Buffer,
  offset: number,
  pool: CompressPool,
  forceZip64: boolean
): AsyncGenerator<Buffer, ZipEntryRecord> {
  const method = isAlreadyCompressed(file.name) ? STORED : DEFLATED
  const record: ZipEntryRecord = {
    name,
    method,
    crc32: 0,
    compressedSize: 0,
    size: 0,
    offset,
    streamed: true
  }
  const zip64 = forceZip64 || file.size >= MAX_32
  yield localHeader(record, { zip64Sizes: zip64 })
  const source = await openSource(file, CHUNK_BYTES)
  // A file on disk comes in read buffers of its own (a .zip entry's pieces may share theirs).
  const own = file.source.kind === 'disk' ? handOver : (bytes: Buffer): Buffer => bytes
  // The chunks deflating now, oldest first: enough to keep every worker busy, and no more.
  const deflating: Promise<Buffer>[] = []
  const inFlight = Math.max(2, 2 * pool.size)
  let previous: Buffer | undefined
  try {
    for await (const read of inChunks(source, CHUNK_BYTES)) {
      const chunk = own(read)
      record.crc32 = zlib.crc32(chunk, record.crc32)
      record.size += chunk.length
      // Past the measured size the file has changed: counted to the end for the message, not sent.
      if (record.size > file.size) continue
      if (method === STORED) {
        record.compressedSize += chunk.length
        yield chunk
        continue
      }
      const dictionary = previous?.subarray(previous.length - DICTIONARY_BYTES)
      deflating.push(
        pool.deflateChunk({ bytes: chunk, dictionary, final: record.size === file.size })
      )
      // Observed when taken; this keeps an early failure from being reported as unhandled.
      deflating.at(-1)!.catch(() => undefined)
      // The chunk before went to the worker with its dictionary copied out of it: no longer needed.
      if (previous !== undefined) release(previous)
      previous = chunk
      while (deflating.length >= inFlight) {
        const deflated = await deflating.shift()!
        record.compressedSize += deflated.length
        yield deflated
      }
    }
    if (record.size !== file.size) throw changedWhilePackaging(file, record.size)
    while (deflating.length > 0) {
      const deflated = await deflating.shift()!
      record.compressedSize += deflated.length
      yield deflated
    }
  } finally {
    source.destroy()
  }
  yield dataDescriptor(record, zip64)
  return record
}

/** The stream cut at fixed offsets: every chunk `size` bytes long but the last. */
async function* inChunks(source: Readable, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = []
  let length = 0
  for await (const piece of source) {
    let data = piece as Buffer
    while (length + data.length >= size) {
      const take = size - length
      parts.push(data.subarray(0, take))
      yield parts.length === 1 ? parts[0]! : Buffer.concat(parts, size)
      data = data.subarray(take)
      parts = []
      length = 0
    }
    if (data.length > 0) {
      parts.push(data)
      length += data.length
    }
  }
  if (length > 0) yield parts.length === 1 ? parts[0]! : Buffer.concat(parts, length)
}

/** Starts the preparation of upcoming small files in order, inside a window of bytes. */
class ReadAhead {
  private readonly started = new Map<number, Promise<PreparedEntry>>()
  private nextIndex = 0
  private reservedBytes = 0
  private stopped = false

  constructor(
    private readonly files: readonly PayloadFile[],
    private readonly bufferLimit: number,
    private readonly windowBytes: number,
    private readonly prepare: (file: PayloadFile) => Promise<PreparedEntry>
  ) {}

  take(index: number): Promise<PreparedEntry> {
    this.fill()
    const job = this.started.get(index)
    if (job === undefined) throw new Error(`internal: entry ${index} was not read ahead`)
    this.started.delete(index)
    return job
  }

  /** The entry's bytes were handed on: its share of the window is free again. */
  release(bytes: number): void {
    this.reservedBytes -= bytes
    this.fill()
  }

  stop(): void {
    this.stopped = true
  }

  private fill(): void {
    while (
      !this.stopped &&
      this.nextIndex < this.files.length &&
      this.started.size < MAX_READS_AHEAD
    ) {
      const file = this.files[this.nextIndex] as PayloadFile
      if (file.size > this.bufferLimit) {
        this.nextIndex++
        continue
      }
      if (this.reservedBytes > 0 && this.reservedBytes + file.size > this.windowBytes) return
      this.reservedBytes += file.size
      const job = this.prepare(file)
      // Observed when taken; this keeps an early failure from being reported as unhandled.
      job.catch(() => undefined)
      this.started.set(this.nextIndex, job)
      this.nextIndex++
    }
  }
}

function packagingError(error: unknown): ActionError {
  if (error instanceof ActionError) return error
  const reason = error instanceof Error ? error.message : String(error)
  return new ActionError(`Packaging the upload failed: ${endSentence(printable(reason))}`, {
    doc: 'payload-unsafe',
    fix: 'Check that the folder (or .zip) is readable and not changed by another step while this action runs.'
  })
}
