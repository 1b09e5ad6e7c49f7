// Reading and deflating on every core. Worker threads, and this thread between its other work,
// read small files in batches (one message per batch, not per file; each entry's bytes come back
// moved, in a buffer of their own, which the upload frees once sent) and run zlib's synchronous
// raw deflate, which costs far less per small file than zlib's async API; large files are cut into
// chunks that deflate side by side, each primed with the 32 KiB before it (pigz's way), so that
// one big file no longer waits on one core. Without workers (two cores, tiny sites) those chunks
// deflate on libuv's thread pool, which needs no isolate.
// PREPARE_SOURCE is the one definition of that work: the workers run it, and so does this thread
// (beside them, and alone without them). It is source text so that the bundled dist/index.js
// stays one file.
import fs from 'node:fs'
import os from 'node:os'
import type { Worker } from 'node:worker_threads'
import zlib from 'node:zlib'
import { handOver, release } from './handOver.js'
import { DEFLATED, STORED } from './zipFormat.js'

export interface PreparedEntry {
  method: typeof STORED | typeof DEFLATED
  crc32: number
  /** The bytes that go into the archive (deflated or stored). */
  data: Buffer
  /** Uncompressed size actually read; another size than measured means the file changed. */
  size: number
}

export interface EntryJob {
  /** A file on disk (read by the worker), or bytes already in memory. */
  source: { path: string } | { bytes: Buffer }
  /** The size measured by the walk: the worker reads that many bytes, and one more to see growth. */
  size: number
  /** False for formats that are already compressed. */
  deflate: boolean
}

export interface ChunkJob {
  /** A piece of a large file, at a fixed offset. */
  bytes: Buffer
  /** The 32 KiB of the file before the piece (none for the first): matches may reach back into it. */
  dictionary: Buffer | undefined
  /** The file's last piece: its deflate ends the stream; the others end on a byte boundary. */
  final: boolean
}

/** zlib levels: for small files (deflated whole) and for the chunks of large ones. */
export interface CompressionLevels {
  small: number
  large: number
}

/** Large files are cut at these fixed offsets (the archive must not depend on the worker count). */
export const CHUNK_BYTES = 1024 * 1024
/** What a chunk may look back on: deflate's whole window. */
export const DICTIONARY_BYTES = 32 * 1024

/** A batch goes to a worker once it holds this many bytes or files, or at the end of the tick. */
const BATCH_BYTES = 256 * 1024
const BATCH_FILES = 64

interface EntryResult {
  crc32?: number
  size: number
  method?: number
  /** Bytes of the entry's data (its own buffer in the reply). */
  length?: number
  error?: string
}

interface Preparer {
  entries(
    jobs: readonly { path?: string; bytes?: Uint8Array; size: number; deflate: boolean }[],
    level: number
  ): { results: EntryResult[]; datas: Buffer[] }
  chunk(
    job: { bytes: Uint8Array; dictionary: Uint8Array | undefined; final: boolean },
    level: number
  ): Buffer
}

// Plain JavaScript, evaluated in each worker and on this thread: `fs` and `zlib` are handed in.
const PREPARE_SOURCE = String.raw`({ fs, zlib }) => {
  const { Z_FINISH, Z_SYNC_FLUSH } = zlib.constants
  const probe = Buffer.alloc(1)
  const SAMPLE_BYTES = 8192
  const message = (error) => String((error && error.message) || error)
  // Reads the file into target, which is its measured size long; returns the size found.
  function readInto(path, target) {
    const descriptor = fs.openSync(path, 'r')
    try {
      let read = 0
      while (read < target.length) {
        const got = fs.readSync(descriptor, target, read, target.length - read, read)
        if (got === 0) return read
        read += got
      }
      // A byte past the measured end: the file grew, and its size now is the one to report.
      const grew = fs.readSync(descriptor, probe, 0, 1, target.length) > 0
      return grew ? fs.fstatSync(descriptor).size : read
    } finally {
      fs.closeSync(descriptor)
    }
  }
  // Noise (random, encrypted, or compressed under another name) shows in its first 8 KiB: such a
  // file is stored without deflating all of it, which would only confirm it cannot shrink.
  function looksIncompressible(bytes) {
    if (bytes.length < 2 * SAMPLE_BYTES) return false
    const limit = Math.ceil(SAMPLE_BYTES * 0.97) - 1
    return deflated(bytes.subarray(0, SAMPLE_BYTES), 1, limit) === undefined
  }
  // One deflate state per level for the thread's life, reset between entries: zlib's one-shot
  // deflateRawSync builds and closes a stream object per call, which cost ~30% of a worker's CPU
  // on 5,000 small files. A reset keeps the window's old bytes, and Node's zlib (Chromium's) reads
  // a few past the input's end when it compares matches: so window bytes a shorter input will
  // not overwrite are first cleared with zeros, as a new state has them, and each entry gets the
  // bytes a new state gives (the archive must not depend on which thread deflated what). The
  // handle is internal to Node: without one, the one-shot call serves.
  const WINDOW_BYTES = 64 * 1024 + 1024
  const zeros = Buffer.alloc(WINDOW_BYTES)
  const engines = new Map()
  let scratch = Buffer.allocUnsafeSlow(64 * 1024)
  // The raw deflate of input if it is at most limit bytes (in a scratch buffer the next call
  // reuses), else undefined: deflate stops once it has written more, so noise costs less.
  function deflated(input, level, limit) {
    let engine = engines.get(level)
    if (engine === undefined) {
      const stream = zlib.createDeflateRaw({ level })
      const handle = stream._handle
      const usable = handle && typeof handle.writeSync === 'function' && stream._writeState
      engine = usable ? { handle, state: stream._writeState, dirty: 0 } : null
      engines.set(level, engine)
    }
    if (engine === null) {
      const whole = zlib.deflateRawSync(input, { level })
      return whole.length <= limit ? whole : undefined
    }
    // One byte more than the limit: output that fills the buffer did not fit (or is not done).
    if (scratch.length < limit + 1) {
      scratch = Buffer.allocUnsafeSlow(Math.max(limit + 1, 2 * scratch.length))
    }
    if (engine.dirty > input.length) {
      // Zeros deflate to a few hundred bytes: the scratch buffer (64 KiB at least) holds them.
      const clear = Math.min(engine.dirty, WINDOW_BYTES)
      engine.handle.reset()
      engine.handle.writeSync(Z_FINISH, zeros, 0, clear, scratch, 0, scratch.length)
    }
    engine.handle.reset()
    engine.dirty = input.length
    engine.handle.writeSync(Z_FINISH, input, 0, input.length, scratch, 0, limit + 1)
    const availableOut = engine.state[0]
    return availableOut === 0 ? undefined : scratch.subarray(0, limit + 1 - availableOut)
  }
  // Every entry gets a region of its measured size in one buffer: stored bytes are read straight
  // into it, deflated bytes (never longer, or the entry is stored) overwrite its start. Each entry
  // then goes back in a buffer of its exact size: the slack stays here, where the small heap
  // collects it soon.
  function entries(jobs, level) {
    const data = Buffer.allocUnsafeSlow(jobs.reduce((sum, job) => sum + job.size, 0))
    const results = []
    let start = 0
    for (const job of jobs) {
      const region = data.subarray(start, start + job.size)
      start += job.size
      try {
        let size = job.bytes === undefined ? readInto(job.path, region) : job.bytes.length
        if (size !== job.size) {
          results.push({ size })
          continue
        }
        if (job.bytes !== undefined) region.set(job.bytes)
        const crc32 = zlib.crc32(region)
        // Stored unless deflate makes it smaller.
        const smaller =
          job.deflate && size > 0 && !looksIncompressible(region)
            ? deflated(region, level, size - 1)
            : undefined
        if (smaller !== undefined) {
          region.set(smaller)
          results.push({ crc32, size, method: 8, length: smaller.length })
        } else {
          results.push({ crc32, size, method: 0, length: size })
        }
      } catch (error) {
        results.push({ size: job.size, error: message(error) })
      }
    }
    const datas = []
    start = 0
    jobs.forEach((job, index) => {
      const length = results[index].length ?? 0
      const own = Buffer.allocUnsafeSlow(length)
      data.copy(own, 0, start, start + length)
      datas.push(own)
      start += job.size
    })
    // Freed now, not at a collection: on the main thread's large heap that could be late.
    data.buffer.transfer(0)
    return { results, datas }
  }
  function chunk(job, level) {
    const options = { level, finishFlush: job.final ? Z_FINISH : Z_SYNC_FLUSH }
    if (job.dictionary !== undefined) options.dictionary = job.dictionary
    return zlib.deflateRawSync(job.bytes, options)
  }
  return { entries, chunk }
}`

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const prepare = (${PREPARE_SOURCE})({ fs: require('node:fs'), zlib: require('node:zlib') })
// Moved, not cloned: the main thread's large heap collects late, the worker's small one often.
const owned = (bytes) =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes)
parentPort.on('message', (job) => {
  try {
    if (job.chunk !== undefined) {
      const data = owned(prepare.chunk(job.chunk, workerData.levels.large))
      parentPort.postMessage({ id: job.id, data }, [data.buffer])
    } else {
      const { results, datas } = prepare.entries(job.entries, workerData.levels.small)
      const moved = datas.filter((data) => data.byteLength > 0).map((data) => data.buffer)
      parentPort.postMessage({ id: job.id, results, datas }, moved)
    }
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String((error && error.message) || error) })
  }
})
`

interface Reply {
  id: number
  results?: EntryResult[]
  data?: Uint8Array
  datas?: Uint8Array[]
  error?: string
}

interface Batch {
  jobs: EntryJob[]
  settle: { resolve: (entry: PreparedEntry) => void; reject: (error: Error) => void }[]
  bytes: number
}

interface PoolWorker {
  worker: Worker
  /** Bytes sent and not yet answered: the next batch goes to the least loaded worker. */
  pendingBytes: number
  /** Messages sent and not yet answered; close() waits for none before it terminates. */
  unanswered: number
  /** Called whenever a reply arrives (close() waiting for the last one). */
  onReply?: (() => void) | undefined
}

// A worker terminated inside zlib's synchronous deflate can abort the whole process (Node's
// "close before init" assertion, seen on the Put Blob fallback), so close() first lets the work in
// hand finish: a batch or one 1 MiB chunk, milliseconds. The cap bounds a worker stuck on a read.
const CLOSE_WAIT_MS = 2000

/** Prepares entries and chunks on worker threads, or on this thread when the pool has no workers. */
export class CompressPool {
  private readonly workers: PoolWorker[] = []
  private readonly waiting = new Map<
    number,
    { resolve: (reply: Reply) => void; reject: (error: Error) => void }
  >()
  private readonly here: Preparer
  /** No workers: everything is prepared on this thread, at once. */
  private readonly alone: boolean
  /** This thread's one job in hand, if any (see onThisThread). */
  private hereBusy = false
  private closed = false
  private batch: Batch | undefined
  private nextId = 0

  constructor(
    private readonly levels: CompressionLevels,
    workerCount: number = defaultWorkerCount()
  ) {
    // Loaded only when there are workers: on two cores Node's worker modules are never needed (issue 26).
    const { Worker } =
      workerCount > 0 ? process.getBuiltinModule('node:worker_threads') : { Worker: undefined }
    for (let index = 0; index < workerCount && Worker; index++) {
      // Small heaps make each worker collect its file buffers often: measured on the 60 MB bench
      // site, peak RSS fell from ~350 MB to ~230 MB. File bytes live off-heap, so 16 MB is ample.
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { levels },
        resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 }
      })
      worker.unref()
      const entry: PoolWorker = { worker, pendingBytes: 0, unanswered: 0 }
      worker.on('message', (reply: Reply) => {
        entry.unanswered--
        entry.onReply?.()
        this.settle(reply)
      })
      worker.on('error', (error) => this.failAll(error))
      this.workers.push(entry)
    }
    this.here = preparerHere()
    this.alone = workerCount === 0
  }

  /** Threads that deflate: the workers, or this one. */
  get size(): number {
    return Math.max(this.workers.length, 1)
  }

  /** The entry read, checksummed and deflated (or stored); batched with its neighbours. */
  prepare(job: EntryJob): Promise<PreparedEntry> {
    return new Promise((resolve, reject) => {
      if (this.batch === undefined) {
        this.batch = { jobs: [], settle: [], bytes: 0 }
        queueMicrotask(() => this.flush())
      }
      this.batch.jobs.push(job)
      this.batch.settle.push({ resolve, reject })
      this.batch.bytes += job.size
      if (this.batch.bytes >= BATCH_BYTES || this.batch.jobs.length >= BATCH_FILES) this.flush()
    })
  }

  /** One chunk of a large file, deflated. */
  async deflateChunk(job: ChunkJob): Promise<Buffer> {
    const chunk = { bytes: job.bytes, dictionary: job.dictionary, final: job.final }
    if (this.alone || !this.hereBusy) {
      // Copied now, as a message to a worker is: the caller frees the chunk before the job runs.
      const bytes = handOver(Buffer.from(job.bytes))
      const dictionary = job.dictionary && Buffer.from(job.dictionary)
      const copy = { bytes, dictionary, final: job.final }
      try {
        return handOver(
          await (this.alone
            ? deflateOnThreadPool(copy, this.levels.large)
            : this.onThisThread(() => this.here.chunk(copy, this.levels.large)))
        )
      } finally {
        release(bytes)
      }
    }
    const reply = await this.send({ chunk }, job.bytes.length)
    return handOver(asBuffer(reply.data))
  }

  async close(): Promise<void> {
    this.closed = true
    this.failAll(new Error('compression pool closed'))
    await Promise.all(
      this.workers.map(async (entry) => {
        await untilAnswered(entry)
        await entry.worker.terminate()
      })
    )
  }

  private flush(): void {
    const batch = this.batch
    if (batch === undefined) return
    this.batch = undefined
    const entries = batch.jobs.map((job) => ({
      ...job.source,
      size: job.size,
      deflate: job.deflate
    }))
    const done = this.alone
      ? Promise.resolve(this.here.entries(entries, this.levels.small))
      : !this.hereBusy
        ? this.onThisThread(() => this.here.entries(entries, this.levels.small))
        : this.send({ entries }, batch.bytes).then((reply) => ({
            results: reply.results ?? [],
            datas: (reply.datas ?? []).map(asBuffer)
          }))
    done.then(
      ({ results, datas }) => {
        batch.settle.forEach(({ resolve, reject }, index) => {
          const result = results[index]
          const data = datas[index]
          if (result?.error !== undefined || result === undefined || data === undefined) {
            reject(new Error(result?.error ?? 'no reply from the compression worker'))
          } else {
            resolve({
              method: result.method === DEFLATED ? DEFLATED : STORED,
              crc32: result.crc32 ?? 0,
              size: result.size,
              data: handOver(data)
            })
          }
        })
      },
      (error: Error) => batch.settle.forEach(({ reject }) => reject(error))
    )
  }

  /**
   * One job on this thread, when it has none in hand, after the I/O already due: with one worker
   * per core but one, the worker alone was the bottleneck (60 MB bench site, 2 cores) while this
   * thread idled half the upload. A job blocks it for a few milliseconds (a batch, one chunk).
   */
  private onThisThread<T>(work: () => T): Promise<T> {
    this.hereBusy = true
    return new Promise<T>((resolve, reject) => {
      setImmediate(() => {
        try {
          if (this.closed) throw new Error('compression pool closed')
          resolve(work())
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)))
        } finally {
          this.hereBusy = false
        }
      })
    })
  }

  private send(message: object, bytes: number): Promise<Reply> {
    const target = this.workers.reduce((least, candidate) =>
      candidate.pendingBytes < least.pendingBytes ? candidate : least
    )
    const id = this.nextId++
    target.pendingBytes += bytes
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(id, {
        resolve: (reply) => {
          target.pendingBytes -= bytes
          if (reply.error !== undefined) reject(new Error(reply.error))
          else resolve(reply)
        },
        reject
      })
      target.unanswered++
      target.worker.postMessage({ id, ...message })
    })
  }

  private settle(reply: Reply): void {
    const waiter = this.waiting.get(reply.id)
    if (waiter === undefined) return
    this.waiting.delete(reply.id)
    waiter.resolve(reply)
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error)
    this.waiting.clear()
  }
}

/** Resolves once `entry` has answered every message, or after CLOSE_WAIT_MS, or if it exits. */
function untilAnswered(entry: PoolWorker): Promise<void> {
  if (entry.unanswered <= 0) return Promise.resolve()
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer)
      entry.onReply = undefined
      entry.worker.off('exit', done)
      resolve()
    }
    const timer = setTimeout(done, CLOSE_WAIT_MS)
    entry.onReply = () => {
      if (entry.unanswered <= 0) done()
    }
    entry.worker.once('exit', done)
  })
}

function asBuffer(data: Uint8Array | undefined): Buffer {
  if (data === undefined) throw new Error('no data from the compression worker')
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
}

/**
 * PREPARE_SOURCE's chunk() with zlib's async API, which deflates on libuv's thread pool: beside
 * this thread, without a worker's isolate. The same options give the same bytes (zip.test.ts).
 */
function deflateOnThreadPool(job: ChunkJob, level: number): Promise<Buffer> {
  const { Z_FINISH, Z_SYNC_FLUSH } = zlib.constants
  const options: zlib.ZlibOptions = {
    level,
    finishFlush: job.final ? Z_FINISH : Z_SYNC_FLUSH,
    // Room for the whole output at once: zlib's 16 KiB default cost a callback per 16 KiB.
    chunkSize: job.bytes.length + 1024
  }
  if (job.dictionary !== undefined) options.dictionary = job.dictionary
  return new Promise((resolve, reject) => {
    zlib.deflateRaw(job.bytes, options, (error, deflated) =>
      error ? reject(error) : resolve(deflated)
    )
  })
}

let preparer: Preparer | undefined

/** PREPARE_SOURCE on this thread (for sites too small to be worth a worker, and beside them). */
function preparerHere(): Preparer {
  const make = new Function(`return ${PREPARE_SOURCE}`)() as (modules: object) => Preparer
  preparer ??= make({ fs, zlib })
  return preparer
}

/**
 * One per core but one, at most 8; none on two cores, where this thread deflates the small files
 * and libuv's thread pool the large files' chunks: a worker's isolate cost ~13 MB of peak RSS and
 * ~0.3 s of CPU on the 60 MB bench site (its messages, its own collector), on two cores the
 * emulator's or the upload's CPU shares.
 */
function defaultWorkerCount(): number {
  const cores = os.availableParallelism()
  return cores <= 2 ? 0 : Math.min(cores - 1, 8)
}
