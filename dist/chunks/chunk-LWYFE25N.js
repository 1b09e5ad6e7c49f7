import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readPullRequestState
} from "./chunk-25OQJNCW.js";
import {
  PRODUCTION,
  Timings,
  elapsedMs,
  environmentNameProblem,
  isProductionName,
  pullRequestNumberOf,
  require_node_zlib
} from "./chunk-IDAMP2CR.js";
import {
  identityEndpoint
} from "./chunk-4KBQUX7X.js";
import {
  ActionError,
  CancelledError,
  InputError,
  STEP_LIMITS,
  __commonJS,
  __require,
  __toESM,
  asRecord,
  cancelledError,
  debug,
  defaultRetryPolicy,
  describeBody,
  diagnoseTransient,
  formatBytes,
  info,
  isDebug,
  isTransientStatus,
  knob,
  notice,
  parseRetryAfter,
  printable,
  redact,
  registerSecret,
  require_node_crypto,
  require_node_fs,
  require_node_os,
  require_node_path,
  require_node_stream,
  require_node_util,
  require_promises,
  send,
  throwIfCancelled,
  waitUnlessCancelled,
  warning,
  withRetry
} from "./chunk-I27EWPYI.js";

// builtin:node:worker_threads
var require_node_worker_threads = __commonJS({
  "builtin:node:worker_threads"(exports, module) {
    module.exports = __require("node:worker_threads");
  }
});

// builtin:node:fs/promises
var require_promises2 = __commonJS({
  "builtin:node:fs/promises"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// src/content/deploy.ts
var import_node_fs4 = __toESM(require_node_fs(), 1);

// src/payload/zip.ts
var import_node_stream = __toESM(require_node_stream(), 1);
var import_node_zlib2 = __toESM(require_node_zlib(), 1);

// src/payload/compressPool.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
var import_node_zlib = __toESM(require_node_zlib(), 1);

// src/payload/handOver.ts
var handedOver = /* @__PURE__ */ new WeakSet();
function handOver(bytes) {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
    handedOver.add(bytes.buffer);
  }
  return bytes;
}
function release(bytes) {
  const buffer = bytes.buffer;
  if (handedOver.delete(buffer))
    buffer.transfer(0);
}

// src/payload/zipFormat.ts
var STORED = 0;
var DEFLATED = 8;
var UTF8_NAMES = 1 << 11;
var SIZES_IN_DESCRIPTOR = 1 << 3;
var UNIX = 3 << 8;
var VERSION_DEFAULT = 20;
var VERSION_ZIP64 = 45;
var MAX_32 = 4294967295;
var FILE_ATTRIBUTES = 33188 << 16 >>> 0;
var DOS_TIME = 0;
var DOS_DATE = 1 << 5 | 1;
function needsZip64(value, force) {
  return force || value >= MAX_32;
}
function localHeader(entry, options = {}) {
  const zip64 = options.zip64Sizes ?? (needsZip64(entry.size, options.forceZip64 ?? false) || needsZip64(entry.compressedSize, options.forceZip64 ?? false));
  const extra = zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
  if (zip64) {
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(16, 2);
    writeUInt64(extra, entry.streamed ? 0 : entry.size, 4);
    writeUInt64(extra, entry.streamed ? 0 : entry.compressedSize, 12);
  }
  const header = Buffer.alloc(30);
  header.writeUInt32LE(67324752, 0);
  header.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_DEFAULT, 4);
  header.writeUInt16LE(UTF8_NAMES | (entry.streamed ? SIZES_IN_DESCRIPTOR : 0), 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.streamed ? 0 : entry.crc32, 14);
  header.writeUInt32LE(entry.streamed ? 0 : zip64 ? MAX_32 : entry.compressedSize, 18);
  header.writeUInt32LE(entry.streamed ? 0 : zip64 ? MAX_32 : entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(extra.length, 28);
  return Buffer.concat([header, entry.name, extra]);
}
function dataDescriptor(entry, zip64) {
  const descriptor = Buffer.alloc(zip64 ? 24 : 16);
  descriptor.writeUInt32LE(134695760, 0);
  descriptor.writeUInt32LE(entry.crc32, 4);
  if (zip64) {
    writeUInt64(descriptor, entry.compressedSize, 8);
    writeUInt64(descriptor, entry.size, 16);
  } else {
    descriptor.writeUInt32LE(entry.compressedSize, 8);
    descriptor.writeUInt32LE(entry.size, 12);
  }
  return descriptor;
}
function centralRecord(entry, force) {
  const wide = {
    size: needsZip64(entry.size, force),
    compressedSize: needsZip64(entry.compressedSize, force),
    offset: needsZip64(entry.offset, force)
  };
  const fields = [
    wide.size && entry.size,
    wide.compressedSize && entry.compressedSize,
    wide.offset && entry.offset
  ];
  const values = fields.filter((value) => value !== false);
  const extra = Buffer.alloc(values.length > 0 ? 4 + 8 * values.length : 0);
  if (values.length > 0) {
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(8 * values.length, 2);
    values.forEach((value, index) => writeUInt64(extra, value, 4 + 8 * index));
  }
  const zip64 = values.length > 0;
  const record = Buffer.alloc(46);
  record.writeUInt32LE(33639248, 0);
  record.writeUInt16LE(UNIX | (zip64 ? VERSION_ZIP64 : VERSION_DEFAULT), 4);
  record.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_DEFAULT, 6);
  record.writeUInt16LE(UTF8_NAMES | (entry.streamed ? SIZES_IN_DESCRIPTOR : 0), 8);
  record.writeUInt16LE(entry.method, 10);
  record.writeUInt16LE(DOS_TIME, 12);
  record.writeUInt16LE(DOS_DATE, 14);
  record.writeUInt32LE(entry.crc32, 16);
  record.writeUInt32LE(wide.compressedSize ? MAX_32 : entry.compressedSize, 20);
  record.writeUInt32LE(wide.size ? MAX_32 : entry.size, 24);
  record.writeUInt16LE(entry.name.length, 28);
  record.writeUInt16LE(extra.length, 30);
  record.writeUInt16LE(0, 32);
  record.writeUInt16LE(0, 34);
  record.writeUInt16LE(0, 36);
  record.writeUInt32LE(FILE_ATTRIBUTES, 38);
  record.writeUInt32LE(wide.offset ? MAX_32 : entry.offset, 42);
  return Buffer.concat([record, entry.name, extra]);
}
function centralDirectory(entries, directoryOffset, options = {}) {
  const force = options.forceZip64 ?? false;
  const records = Buffer.concat(entries.map((entry) => centralRecord(entry, force)));
  const directorySize = records.length;
  const zip64 = force || entries.length >= 65535 || directoryOffset >= MAX_32 || directorySize >= MAX_32;
  const parts = [records];
  if (zip64) {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(101075792, 0);
    writeUInt64(end64, 44, 4);
    end64.writeUInt16LE(UNIX | VERSION_ZIP64, 12);
    end64.writeUInt16LE(VERSION_ZIP64, 14);
    writeUInt64(end64, entries.length, 24);
    writeUInt64(end64, entries.length, 32);
    writeUInt64(end64, directorySize, 40);
    writeUInt64(end64, directoryOffset, 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(117853008, 0);
    writeUInt64(locator, directoryOffset + directorySize, 8);
    locator.writeUInt32LE(1, 16);
    parts.push(end64, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(101010256, 0);
  end.writeUInt16LE(zip64 ? 65535 : entries.length, 8);
  end.writeUInt16LE(zip64 ? 65535 : entries.length, 10);
  end.writeUInt32LE(zip64 ? MAX_32 : directorySize, 12);
  end.writeUInt32LE(zip64 ? MAX_32 : directoryOffset, 16);
  parts.push(end);
  return Buffer.concat(parts);
}
function writeUInt64(buffer, value, offset) {
  buffer.writeBigUInt64LE(BigInt(value), offset);
}

// src/payload/compressPool.ts
var CHUNK_BYTES = 1024 * 1024;
var DICTIONARY_BYTES = 32 * 1024;
var BATCH_BYTES = 256 * 1024;
var BATCH_FILES = 64;
var PREPARE_SOURCE = String.raw`({ fs, zlib }) => {
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
}`;
var WORKER_SOURCE = `
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
`;
var CLOSE_WAIT_MS = 2e3;
var CompressPool = class {
  constructor(levels, workerCount = defaultWorkerCount()) {
    this.levels = levels;
    for (let index = 0; index < workerCount; index++) {
      const worker = new import_node_worker_threads.Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { levels },
        resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 }
      });
      worker.unref();
      const entry = { worker, pendingBytes: 0, unanswered: 0 };
      worker.on("message", (reply) => {
        entry.unanswered--;
        entry.onReply?.();
        this.settle(reply);
      });
      worker.on("error", (error) => this.failAll(error));
      this.workers.push(entry);
    }
    this.here = preparerHere();
    this.alone = workerCount === 0;
  }
  levels;
  workers = [];
  waiting = /* @__PURE__ */ new Map();
  here;
  /** No workers: everything is prepared on this thread, at once. */
  alone;
  /** This thread's one job in hand, if any (see onThisThread). */
  hereBusy = false;
  closed = false;
  batch;
  nextId = 0;
  /** Threads that deflate: the workers, or this one. */
  get size() {
    return Math.max(this.workers.length, 1);
  }
  /** The entry read, checksummed and deflated (or stored); batched with its neighbours. */
  prepare(job) {
    return new Promise((resolve, reject) => {
      if (this.batch === void 0) {
        this.batch = { jobs: [], settle: [], bytes: 0 };
        queueMicrotask(() => this.flush());
      }
      this.batch.jobs.push(job);
      this.batch.settle.push({ resolve, reject });
      this.batch.bytes += job.size;
      if (this.batch.bytes >= BATCH_BYTES || this.batch.jobs.length >= BATCH_FILES) this.flush();
    });
  }
  /** One chunk of a large file, deflated. */
  async deflateChunk(job) {
    const chunk = { bytes: job.bytes, dictionary: job.dictionary, final: job.final };
    if (this.alone) return handOver(this.here.chunk(chunk, this.levels.large));
    if (!this.hereBusy) {
      const bytes = handOver(Buffer.from(job.bytes));
      const dictionary = job.dictionary && Buffer.from(job.dictionary);
      const copy = { bytes, dictionary, final: job.final };
      try {
        return handOver(await this.onThisThread(() => this.here.chunk(copy, this.levels.large)));
      } finally {
        release(bytes);
      }
    }
    const reply = await this.send({ chunk }, job.bytes.length);
    return handOver(asBuffer(reply.data));
  }
  async close() {
    this.closed = true;
    this.failAll(new Error("compression pool closed"));
    await Promise.all(
      this.workers.map(async (entry) => {
        await untilAnswered(entry);
        await entry.worker.terminate();
      })
    );
  }
  flush() {
    const batch = this.batch;
    if (batch === void 0) return;
    this.batch = void 0;
    const entries = batch.jobs.map((job) => ({
      ...job.source,
      size: job.size,
      deflate: job.deflate
    }));
    const done = this.alone ? Promise.resolve(this.here.entries(entries, this.levels.small)) : !this.hereBusy ? this.onThisThread(() => this.here.entries(entries, this.levels.small)) : this.send({ entries }, batch.bytes).then((reply) => ({
      results: reply.results ?? [],
      datas: (reply.datas ?? []).map(asBuffer)
    }));
    done.then(
      ({ results, datas }) => {
        batch.settle.forEach(({ resolve, reject }, index) => {
          const result = results[index];
          const data = datas[index];
          if (result?.error !== void 0 || result === void 0 || data === void 0) {
            reject(new Error(result?.error ?? "no reply from the compression worker"));
          } else {
            resolve({
              method: result.method === DEFLATED ? DEFLATED : STORED,
              crc32: result.crc32 ?? 0,
              size: result.size,
              data: handOver(data)
            });
          }
        });
      },
      (error) => batch.settle.forEach(({ reject }) => reject(error))
    );
  }
  /**
   * One job on this thread, when it has none in hand, after the I/O already due: with one worker
   * per core but one, the worker alone was the bottleneck (60 MB bench site, 2 cores) while this
   * thread idled half the upload. A job blocks it for a few milliseconds (a batch, one chunk).
   */
  onThisThread(work) {
    this.hereBusy = true;
    return new Promise((resolve, reject) => {
      setImmediate(() => {
        try {
          if (this.closed) throw new Error("compression pool closed");
          resolve(work());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          this.hereBusy = false;
        }
      });
    });
  }
  send(message, bytes) {
    const target = this.workers.reduce(
      (least, candidate) => candidate.pendingBytes < least.pendingBytes ? candidate : least
    );
    const id = this.nextId++;
    target.pendingBytes += bytes;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {
        resolve: (reply) => {
          target.pendingBytes -= bytes;
          if (reply.error !== void 0) reject(new Error(reply.error));
          else resolve(reply);
        },
        reject
      });
      target.unanswered++;
      target.worker.postMessage({ id, ...message });
    });
  }
  settle(reply) {
    const waiter = this.waiting.get(reply.id);
    if (waiter === void 0) return;
    this.waiting.delete(reply.id);
    waiter.resolve(reply);
  }
  failAll(error) {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
};
function untilAnswered(entry) {
  if (entry.unanswered <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      entry.onReply = void 0;
      entry.worker.off("exit", done);
      resolve();
    };
    const timer = setTimeout(done, CLOSE_WAIT_MS);
    entry.onReply = () => {
      if (entry.unanswered <= 0) done();
    };
    entry.worker.once("exit", done);
  });
}
function asBuffer(data) {
  if (data === void 0) throw new Error("no data from the compression worker");
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
var preparer;
function preparerHere() {
  const make = new Function(`return ${PREPARE_SOURCE}`)();
  preparer ??= make({ fs: import_node_fs.default, zlib: import_node_zlib.default });
  return preparer;
}
function defaultWorkerCount() {
  return Math.max(1, Math.min(import_node_os.default.availableParallelism() - 1, 8));
}

// src/payload/coalesce.ts
var PASS_THROUGH_BYTES = 256 * 1024;
var Coalescer = class {
  constructor(capacity = 1024 * 1024) {
    this.capacity = capacity;
  }
  capacity;
  buffer;
  used = 0;
  /** Takes bytes in order; yields every buffer that is ready to go. */
  *push(bytes) {
    if (bytes.length >= PASS_THROUGH_BYTES) {
      const held = this.flush();
      if (held !== void 0) yield held;
      yield bytes;
      return;
    }
    if (this.buffer !== void 0 && this.used + bytes.length > this.capacity) {
      yield this.flush();
    }
    this.buffer ??= Buffer.allocUnsafeSlow(this.capacity);
    bytes.copy(this.buffer, this.used);
    this.used += bytes.length;
    release(bytes);
  }
  /** What is held, in a buffer of its own (handed over), or undefined when nothing is. */
  flush() {
    const buffer = this.buffer;
    if (buffer === void 0 || this.used === 0) return void 0;
    const exact = buffer.buffer.transfer(this.used);
    this.buffer = void 0;
    this.used = 0;
    return handOver(Buffer.from(exact));
  }
};

// src/payload/sources.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_promises = __toESM(require_promises2(), 1);
function openSource(file, highWaterMark) {
  const source = file.source;
  if (source.kind === "disk") {
    return Promise.resolve(
      (0, import_node_fs2.createReadStream)(source.path, highWaterMark === void 0 ? {} : { highWaterMark })
    );
  }
  return new Promise((resolve, reject) => {
    source.archive.openReadStream(source.entry, (error, stream) => {
      if (error) reject(error);
      else resolve(stream);
    });
  });
}
async function readSource(file) {
  const bytes = file.source.kind === "disk" ? await (0, import_promises.readFile)(file.source.path) : await collect(await openSource(file));
  if (bytes.length !== file.size) throw changedWhilePackaging(file, bytes.length);
  return bytes;
}
async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}
function changedWhilePackaging(file, actual) {
  return new ActionError(
    `'${printable(file.name)}' was ${file.size} bytes when measured and ${actual} when packaged.`,
    {
      doc: "payload-unsafe",
      fix: "Make sure no other step writes to the site folder while this action runs."
    }
  );
}

// src/payload/types.ts
var CONFIG_FILE_NAME = "staticwebapp.config.json";
var KB = 1024;
var MB = 1024 * KB;
var DEFAULT_LIMITS = { maxFiles: 15e3, maxTotalBytes: 500 * MB };
var API_LIMITS = { maxFiles: 1e5, maxTotalBytes: 1024 * MB };
var SITE_PACKAGE = {
  input: "app-location",
  subject: "The payload",
  folder: "the site folder",
  limitOwner: "Azure Static Web Apps",
  perFiles: " per app",
  exposure: "they would be public on the site",
  fate: "will be public",
  shrink: "Upload only the built site (no node_modules or sources), or merge small files.",
  build: "Build the site before this step and point app-location at the build output."
};
var API_PACKAGE = {
  input: "api-location",
  subject: "The API",
  folder: "the API folder",
  limitOwner: "this action",
  perFiles: " in an API",
  exposure: "they would be deployed with the API",
  fate: "will be deployed with the API",
  shrink: "Point api-location at the built API (its publish output), not at the repository; leave out dev dependencies and tests.",
  build: "Build the API before this step and point api-location at its publish output."
};

// src/payload/zip.ts
var MAX_READS_AHEAD = 1024;
var SMALL_FILE_LEVEL = 2;
var LARGE_FILE_LEVEL = 3;
var WORKERS_WORTH_IT_BYTES = 4 * MB;
var MAX_322 = 4294967295;
var ALREADY_COMPRESSED = /* @__PURE__ */ new Set([
  "png",
  "jpg",
  "jpeg",
  "gif",
  "webp",
  "avif",
  "heic",
  "jxl",
  "woff",
  "woff2",
  "zip",
  "gz",
  "tgz",
  "br",
  "zst",
  "xz",
  "bz2",
  "7z",
  "rar",
  "mp4",
  "m4v",
  "mov",
  "webm",
  "mkv",
  "mp3",
  "m4a",
  "aac",
  "ogg",
  "oga",
  "opus",
  "flac",
  "pdf"
]);
function isAlreadyCompressed(name) {
  const dot = name.lastIndexOf(".");
  return dot !== -1 && ALREADY_COMPRESSED.has(name.slice(dot + 1).toLowerCase());
}
function writeZip(payload, options = {}) {
  return import_node_stream.Readable.from(zipChunks(payload.files, options), { objectMode: true, highWaterMark: 8 });
}
async function measureZip(payload, options = {}) {
  let bytes = 0;
  for await (const chunk of writeZip(payload, options)) bytes += chunk.length;
  return bytes;
}
async function* zipChunks(files, options) {
  const levels = {
    small: options.compressionLevel ?? SMALL_FILE_LEVEL,
    large: options.compressionLevel ?? LARGE_FILE_LEVEL
  };
  const bufferLimit = options.bufferLimitBytes ?? 4 * MB;
  const forceZip64 = options.forceZip64 ?? false;
  const compressibleBytes = files.filter((file) => file.size <= bufferLimit && !isAlreadyCompressed(file.name)).reduce((sum, file) => sum + file.size, 0);
  const pool = new CompressPool(
    levels,
    options.workers ?? (compressibleBytes >= WORKERS_WORTH_IT_BYTES ? void 0 : 0)
  );
  const prepare = async (file) => {
    const deflate = !isAlreadyCompressed(file.name);
    const source = file.source.kind === "disk" ? { path: file.source.path } : { bytes: await readSource(file) };
    const prepared = await pool.prepare({ source, size: file.size, deflate });
    if (prepared.size !== file.size) throw changedWhilePackaging(file, prepared.size);
    return prepared;
  };
  const readAhead = new ReadAhead(files, bufferLimit, options.windowBytes ?? 4 * MB, prepare);
  const coalesced = new Coalescer();
  const records = [];
  let offset = 0;
  let packaged = 0;
  try {
    for (const [index, file] of files.entries()) {
      const name = Buffer.from(file.name, "utf8");
      let record;
      if (file.size > bufferLimit) {
        const held2 = coalesced.flush();
        if (held2 !== void 0) yield held2;
        const streamed = streamEntry(file, name, offset, pool, forceZip64);
        let step = await streamed.next();
        while (!step.done) {
          offset += step.value.length;
          yield step.value;
          step = await streamed.next();
        }
        record = step.value;
      } else {
        const prepared = await readAhead.take(index);
        record = {
          name,
          method: prepared.method,
          crc32: prepared.crc32,
          compressedSize: prepared.data.length,
          size: file.size,
          offset,
          streamed: false
        };
        const header = localHeader(record, { forceZip64 });
        offset += header.length + prepared.data.length;
        yield* coalesced.push(header);
        yield* coalesced.push(prepared.data);
        readAhead.release(file.size);
      }
      records.push(record);
      packaged += file.size;
      options.onPackagedBytes?.(packaged);
    }
    const held = coalesced.flush();
    if (held !== void 0) yield held;
    yield centralDirectory(records, offset, { forceZip64 });
  } catch (error) {
    throw packagingError(error);
  } finally {
    readAhead.stop();
    await pool.close();
  }
}
async function* streamEntry(file, name, offset, pool, forceZip64) {
  const method = isAlreadyCompressed(file.name) ? STORED : DEFLATED;
  const record = {
    name,
    method,
    crc32: 0,
    compressedSize: 0,
    size: 0,
    offset,
    streamed: true
  };
  const zip64 = forceZip64 || file.size >= MAX_322;
  yield localHeader(record, { zip64Sizes: zip64 });
  const source = await openSource(file, CHUNK_BYTES);
  const own = file.source.kind === "disk" ? handOver : (bytes) => bytes;
  const deflating = [];
  const inFlight = Math.max(2, 2 * pool.size);
  let previous;
  try {
    for await (const read of inChunks(source, CHUNK_BYTES)) {
      const chunk = own(read);
      record.crc32 = import_node_zlib2.default.crc32(chunk, record.crc32);
      record.size += chunk.length;
      if (record.size > file.size) continue;
      if (method === STORED) {
        record.compressedSize += chunk.length;
        yield chunk;
        continue;
      }
      const dictionary = previous?.subarray(previous.length - DICTIONARY_BYTES);
      deflating.push(
        pool.deflateChunk({ bytes: chunk, dictionary, final: record.size === file.size })
      );
      deflating.at(-1).catch(() => void 0);
      if (previous !== void 0) release(previous);
      previous = chunk;
      while (deflating.length >= inFlight) {
        const deflated = await deflating.shift();
        record.compressedSize += deflated.length;
        yield deflated;
      }
    }
    if (record.size !== file.size) throw changedWhilePackaging(file, record.size);
    while (deflating.length > 0) {
      const deflated = await deflating.shift();
      record.compressedSize += deflated.length;
      yield deflated;
    }
  } finally {
    source.destroy();
  }
  yield dataDescriptor(record, zip64);
  return record;
}
async function* inChunks(source, size) {
  let parts = [];
  let length = 0;
  for await (const piece of source) {
    let data = piece;
    while (length + data.length >= size) {
      const take = size - length;
      parts.push(data.subarray(0, take));
      yield parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
      data = data.subarray(take);
      parts = [];
      length = 0;
    }
    if (data.length > 0) {
      parts.push(data);
      length += data.length;
    }
  }
  if (length > 0) yield parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
}
var ReadAhead = class {
  constructor(files, bufferLimit, windowBytes, prepare) {
    this.files = files;
    this.bufferLimit = bufferLimit;
    this.windowBytes = windowBytes;
    this.prepare = prepare;
  }
  files;
  bufferLimit;
  windowBytes;
  prepare;
  started = /* @__PURE__ */ new Map();
  nextIndex = 0;
  reservedBytes = 0;
  stopped = false;
  take(index) {
    this.fill();
    const job = this.started.get(index);
    if (job === void 0) throw new Error(`internal: entry ${index} was not read ahead`);
    this.started.delete(index);
    return job;
  }
  /** The entry's bytes were handed on: its share of the window is free again. */
  release(bytes) {
    this.reservedBytes -= bytes;
    this.fill();
  }
  stop() {
    this.stopped = true;
  }
  fill() {
    while (!this.stopped && this.nextIndex < this.files.length && this.started.size < MAX_READS_AHEAD) {
      const file = this.files[this.nextIndex];
      if (file.size > this.bufferLimit) {
        this.nextIndex++;
        continue;
      }
      if (this.reservedBytes > 0 && this.reservedBytes + file.size > this.windowBytes) return;
      this.reservedBytes += file.size;
      const job = this.prepare(file);
      job.catch(() => void 0);
      this.started.set(this.nextIndex, job);
      this.nextIndex++;
    }
  }
};
function packagingError(error) {
  if (error instanceof ActionError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ActionError(`Packaging the upload failed: ${printable(reason)}.`, {
    doc: "payload-unsafe",
    fix: "Check that the folder (or .zip) is readable and not changed by another step while this action runs."
  });
}

// src/payload/spool.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_promises2 = __toESM(require_promises2(), 1);
var import_node_os2 = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_stream2 = __toESM(require_node_stream(), 1);
var import_promises3 = __toESM(require_promises(), 1);
var FileSink = class extends import_node_stream2.Writable {
  constructor(handle) {
    super({ decodeStrings: true });
    this.handle = handle;
  }
  handle;
  _write(chunk, _encoding, done) {
    this.handle.write(chunk).then(
      () => {
        release(chunk);
        done();
      },
      (error) => done(error)
    );
  }
  _final(done) {
    this.close().then(() => done(), done);
  }
  _destroy(error, done) {
    this.close().then(
      () => done(error),
      () => done(error)
    );
  }
  closing;
  /** Once: _final closes the file, and the destroy that follows finds it closed. */
  close() {
    this.closing ??= this.handle.close();
    return this.closing;
  }
};
var Spool = class {
  path;
  removeOnExit = () => {
    this.remove();
  };
  constructor(folder = process.env.RUNNER_TEMP || import_node_os2.default.tmpdir(), name = "upload") {
    this.path = import_node_path.default.join(folder, `keyless-swa-${name}-${(0, import_node_crypto.randomUUID)()}.zip`);
    process.once("exit", this.removeOnExit);
  }
  /**
   * Writes the stream to the file (aborted with the signal), through `through` when given (which
   * sees every byte, and may refuse with an error); returns the file's size in bytes.
   */
  async write(source, signal, through) {
    const file = new FileSink(await (0, import_promises2.open)(this.path, "wx", 384));
    const options = signal ? { signal } : {};
    await (through ? (0, import_promises3.pipeline)(source, through, file, options) : (0, import_promises3.pipeline)(source, file, options));
    return (0, import_node_fs3.statSync)(this.path).size;
  }
  open() {
    return (0, import_node_fs3.createReadStream)(this.path);
  }
  dispose() {
    if (this.remove()) process.off("exit", this.removeOnExit);
  }
  remove() {
    try {
      (0, import_node_fs3.rmSync)(this.path, { force: true });
      return true;
    } catch {
      return false;
    }
  }
};

// src/content/wireShape.ts
var MAX_DEPTH = 6;
var MAX_LINE = 4e3;
function logWireShape(exchange) {
  if (!isDebug()) return;
  const status = exchange.status === void 0 ? "no reply" : String(exchange.status);
  const line = `wire: ${exchange.method} ${pathOf(exchange.url)} \u2192 ${status}; sent ${bodyShape(exchange.sent)}; received ${bodyShape(exchange.received)}`;
  debug(line, MAX_LINE);
}
function shapeOf(value, depth = 0) {
  if (value === null) return "null";
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return "[\u2026]";
    return `[${[...new Set(value.map((item) => shapeOf(item, depth + 1)))].join("|")}]`;
  }
  if (typeof value === "object") {
    if (depth >= MAX_DEPTH) return "{\u2026}";
    const fields = Object.entries(value).map(
      ([name, field]) => `${fieldName(name)}:${shapeOf(field, depth + 1)}`
    );
    return `{${fields.join(",")}}`;
  }
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function bodyShape(body) {
  if (body === void 0 || body === "") return "no body";
  if (typeof body === "object") return `${body.bytes} bytes`;
  try {
    return shapeOf(JSON.parse(body));
  } catch {
    return `${Buffer.byteLength(body)} bytes, not JSON`;
  }
}
function pathOf(url) {
  try {
    const parsed = new URL(url);
    const comp = parsed.searchParams.get("comp");
    return comp === null ? parsed.pathname : `${parsed.pathname}?comp=${fieldName(comp)}`;
  } catch {
    return "(invalid URL)";
  }
}
function fieldName(name) {
  const safe = name.replace(/[^\w$.-]/g, "?");
  return safe.length > 64 ? `${safe.slice(0, 64)}\u2026` : safe;
}

// src/content/blob.ts
var STEP = "Blob upload";
var MiB = 1024 * 1024;
var BLOB_API_VERSION = "2021-12-02";
function checkSasUrl(sasUrl) {
  let url;
  try {
    url = new URL(sasUrl);
  } catch {
    throw new ActionError(
      `${STEP}: the content plane returned an upload URL that is not a valid URL.`,
      {
        step: STEP,
        doc: "content-rejected"
      }
    );
  }
  if (url.protocol !== "https:") {
    throw new ActionError(
      `${STEP}: refused the upload URL from the content plane because it is not https (${url.protocol.replace(":", "")}).`,
      {
        step: STEP,
        doc: "content-rejected",
        fix: "The upload URL carries a credential and must only travel over https; this is a server-side fault."
      }
    );
  }
  return url;
}
async function uploadToBlob(sasUrl, openArchive, options) {
  const url = checkSasUrl(sasUrl);
  try {
    return await uploadInBlocks(url, openArchive(), options);
  } catch (error) {
    if (!(error instanceof BlocksRefused)) throw error;
    options.log?.(
      `The upload URL refuses blocks (${error.reason} on ${error.what}): uploading the archive as one Put Blob instead.`
    );
    return await uploadAsOneBlob(url, openArchive, options);
  }
}
var BlocksRefused = class extends Error {
  constructor(what, reason) {
    super(`${STEP}: the upload URL refuses ${what} (${reason}).`);
    this.what = what;
    this.reason = reason;
    this.name = "BlocksRefused";
  }
  what;
  reason;
};
async function uploadInBlocks(url, source, options) {
  const blockBytes = options.blockBytes ?? 8 * MiB;
  const budget = Math.max(options.inFlightBytes ?? 16 * MiB, blockBytes);
  const policy = options.retryPolicy ?? defaultRetryPolicy(url.toString());
  const signal = options.signal;
  const blockIds = [];
  const inFlight = /* @__PURE__ */ new Set();
  let inFlightBytes = 0;
  let failure;
  let uploaded = 0;
  let total = 0;
  const onAbort = () => {
    source.destroy();
  };
  const holds = /* @__PURE__ */ new Map();
  const hold = (bytes) => {
    const held = holds.get(bytes.buffer);
    if (held) held.pieces++;
    else holds.set(bytes.buffer, { pieces: 1, bytes });
  };
  const letGo = (bytes) => {
    const held = holds.get(bytes.buffer);
    if (held && --held.pieces > 0) return;
    holds.delete(bytes.buffer);
    release(bytes);
  };
  signal.addEventListener("abort", onAbort, { once: true });
  const stage = (block) => {
    const index = blockIds.length;
    const blockId = blockIdFor(index);
    blockIds.push(blockId);
    total += block.length;
    inFlightBytes += block.length;
    const task = putBlob(url, {
      what: `${named(options)}block ${index + 1}`,
      query: { comp: "block", blockid: blockId },
      body: block.parts,
      headers: {},
      policy,
      limits: STEP_LIMITS.blobBlock,
      signal
    }).then(
      () => {
        uploaded += block.length;
        options.onProgress?.(uploaded);
        for (const part of block.parts) letGo(part);
      },
      (error) => {
        failure ??= error;
      }
    );
    const tracked = task.finally(() => {
      inFlight.delete(tracked);
      inFlightBytes -= block.length;
    });
    inFlight.add(tracked);
  };
  const blocks = new BlockCutter(blockBytes, hold);
  try {
    for await (const chunk of source) {
      hold(chunk);
      for (const block of blocks.push(chunk)) {
        stage(block);
        while (inFlightBytes + blockBytes > budget && failure === void 0)
          await Promise.race(inFlight);
      }
      letGo(chunk);
      if (failure !== void 0) throw failure;
      if (signal.aborted) throw cancelledError(signal, STEP);
    }
    const last = blocks.flush();
    if (last !== void 0 || blockIds.length === 0) stage(last ?? { parts: [], length: 0 });
    await Promise.all(inFlight);
    if (failure !== void 0) throw failure;
    if (signal.aborted) throw cancelledError(signal, STEP);
    await putBlob(url, {
      what: `${named(options)}block list commit`,
      query: { comp: "blocklist" },
      body: blockListXml(blockIds),
      headers: {
        "content-type": "application/xml; charset=utf-8",
        "x-ms-blob-content-type": "application/zip"
      },
      policy,
      limits: STEP_LIMITS.blobCommit,
      signal
    });
  } catch (error) {
    source.destroy();
    await Promise.allSettled([...inFlight]);
    for (const { bytes } of holds.values()) release(bytes);
    holds.clear();
    if (signal.aborted) throw cancelledError(signal, STEP);
    if (error instanceof BlocksRefused) throw error;
    throw error instanceof ActionError ? scrubbedError(error, url) : streamError(error, url);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  return { bytes: total, blocks: blockIds.length, method: "blocks" };
}
async function uploadAsOneBlob(url, openArchive, options) {
  const spool = options.knownLength === void 0 ? new Spool(options.spoolDir) : void 0;
  try {
    const bytes = spool ? await spool.write(openArchive(), options.signal) : options.knownLength;
    if (options.signal.aborted) throw cancelledError(options.signal, STEP);
    options.log?.(`Uploading the ${bytes}-byte archive as one Put Blob.`);
    await putBlob(url, {
      what: `${named(options)}Put Blob`,
      query: {},
      body: { length: bytes, open: spool ? () => spool.open() : openArchive },
      headers: { "x-ms-blob-type": "BlockBlob", "content-type": "application/octet-stream" },
      policy: options.retryPolicy ?? defaultRetryPolicy(url.toString()),
      // An idle limit: the whole archive's time depends on the link, not on the server.
      limits: STEP_LIMITS.blobWhole,
      signal: options.signal
    });
    options.onProgress?.(bytes);
    return { bytes, blocks: 0, method: "put-blob" };
  } catch (error) {
    if (options.signal.aborted) throw cancelledError(options.signal, STEP);
    throw error instanceof ActionError ? scrubbedError(error, url) : streamError(error, url);
  } finally {
    spool?.dispose();
  }
}
function named(options) {
  return options.archiveName === void 0 ? "" : `${options.archiveName} `;
}
function blockIdFor(index) {
  return Buffer.from(`block-${String(index).padStart(8, "0")}`).toString("base64");
}
function scrubSas(text, url) {
  let scrubbed = text;
  if (url.search.length > 1) scrubbed = scrubbed.split(url.search.slice(1)).join("<sas>");
  return scrubbed.replace(/([?&]|\b)sig=[^&\s"']+/gi, "$1sig=<redacted>");
}
var BlockCutter = class {
  constructor(size, onPart) {
    this.size = size;
    this.onPart = onPart;
  }
  size;
  onPart;
  parts = [];
  length = 0;
  *push(chunk) {
    let data = chunk;
    while (data.length > 0) {
      const take = Math.min(this.size - this.length, data.length);
      const part = data.subarray(0, take);
      this.onPart(part);
      this.parts.push(part);
      this.length += take;
      data = data.subarray(take);
      if (this.length === this.size) yield this.take();
    }
  }
  flush() {
    return this.length > 0 ? this.take() : void 0;
  }
  take() {
    const block = { parts: this.parts, length: this.length };
    this.parts = [];
    this.length = 0;
    return block;
  }
};
async function putBlob(url, put) {
  const target = new URL(url);
  for (const [name, value] of Object.entries(put.query)) target.searchParams.set(name, value);
  const step = `${STEP} (${put.what})`;
  const sent = { bytes: bodyBytes(put.body) };
  let reply;
  try {
    reply = await send(
      {
        step,
        method: "PUT",
        url: target.toString(),
        headers: { "x-ms-version": BLOB_API_VERSION, ...put.headers },
        body: put.body,
        signal: put.signal,
        limits: put.limits
      },
      put.policy
    );
  } catch (error) {
    logWireShape({ method: "PUT", url: target.toString(), status: void 0, sent });
    throw error;
  }
  logWireShape({
    method: "PUT",
    url: target.toString(),
    status: reply.status,
    sent,
    received: reply.body
  });
  if (reply.status === 201) return;
  const refusal = "comp" in put.query ? blockRefusal(reply) : void 0;
  if (refusal !== void 0) throw new BlocksRefused(put.what, refusal);
  throw blobRejection(step, reply);
}
function blockRefusal(reply) {
  const code = errorCode(reply);
  if (reply.status === 403 && code === "AuthorizationPermissionMismatch") return `HTTP 403 ${code}`;
  if (reply.status === 400 || reply.status === 405) {
    return code ? `HTTP ${reply.status} ${code}` : `HTTP ${reply.status}`;
  }
  return void 0;
}
function errorCode(reply) {
  return reply.headers["x-ms-error-code"] ?? /<Code>([^<]*)<\/Code>/.exec(reply.body)?.[1];
}
function bodyBytes(body) {
  if (typeof body === "string" || Buffer.isBuffer(body)) return Buffer.byteLength(body);
  if (Array.isArray(body)) return body.reduce((sum, part) => sum + part.length, 0);
  return body.length;
}
function blockListXml(blockIds) {
  const latest = blockIds.map((id) => `<Latest>${id}</Latest>`).join("");
  return `<?xml version="1.0" encoding="utf-8"?><BlockList>${latest}</BlockList>`;
}
function blobRejection(step, reply) {
  if (isTransientStatus(reply.status)) return diagnoseTransient(step, reply.status, reply.attempts);
  const code = errorCode(reply);
  const message = /<Message>([^<\r\n]*)/.exec(reply.body)?.[1];
  const detail = [code, message].filter(Boolean).join(": ") || `HTTP ${reply.status}`;
  const refused = reply.status === 401 || reply.status === 403;
  return new ActionError(`${step} failed with HTTP ${reply.status}: ${detail}`, {
    step,
    status: reply.status,
    doc: "content-rejected",
    fix: refused ? "The storage service refused the upload URL (expired or invalid signature); re-run the job." : "This is a rejection by the storage service; re-run the job, and if it persists report it with the deployment id."
  });
}
function scrubbedError(error, url) {
  const message = scrubSas(error.message, url);
  if (message === error.message) return error;
  return new ActionError(message, {
    ...error.step === void 0 ? {} : { step: error.step },
    ...error.status === void 0 ? {} : { status: error.status },
    ...error.fix === void 0 ? {} : { fix: error.fix },
    ...error.doc === void 0 ? {} : { doc: error.doc }
  });
}
function streamError(error, url) {
  const reason = scrubSas(error instanceof Error ? error.message : String(error), url);
  return new ActionError(`${STEP} failed while reading the archive: ${reason}`, { step: STEP });
}

// src/content/serverTexts.ts
var TOKEN_REJECTED = {
  pattern: /No matching Static Web App was found or the api key was invalid/i,
  cause: `the content plane refused the deployment token: the site's deployment authorization policy is "GitHub", or the token was reset after it was read`,
  fix: "If the policy is GitHub, switch properties.deploymentAuthPolicy back to DeploymentToken with an ARM PATCH that also carries repositoryToken (a GitHub token), repositoryUrl and branch, or recreate the site without a linked repository; if the token was just reset, re-run the job.",
  doc: "content-token-rejected"
};
function tokenRejectedOnCheckedSite(site) {
  const policy = site.deploymentAuthPolicy === void 0 ? "ARM reports no deployment authorization policy (the DeploymentToken default)" : `ARM reports the deployment authorization policy "${site.deploymentAuthPolicy}"`;
  return {
    pattern: TOKEN_REJECTED.pattern,
    cause: `the content plane refused a deployment token this run listed from ARM seconds before, on a site where ${policy}: with the policy and the token ruled out, this text has come from healthy sites during Azure service incidents (2026: Azure/static-web-apps#1727, #1742, #1782, #1810), where resetting the token did not help`,
    fix: "Check Azure status (https://azure.status.microsoft/en-us/status) and the Static Web App's Resource health in the portal, then re-run the job later; resetting the deployment token is not the fix here. If it persists, open an Azure support request with the correlation id, region and UTC time below.",
    doc: "content-token-rejected"
  };
}
var ENVIRONMENT_LIMIT = {
  pattern: /already has the maximum number of staging environments/i,
  cause: "the plan\u2019s preview environment quota is reached (3 on Free, 10 on Standard)",
  fix: "Delete preview environments you no longer need (action: prune for those of closed pull requests, or action: close with their deployment-environment), set on-environment-limit: skip to skip previews while the plan is full, or move the site to the Standard plan.",
  doc: "environment-limit"
};
var SERVER_TEXTS = [
  TOKEN_REJECTED,
  ENVIRONMENT_LIMIT,
  {
    pattern: /size of the app content was too large/i,
    cause: "the app size quota (250 MB on Free, 500 MB on Standard, uncompressed)",
    fix: "Make the site smaller (host large media elsewhere), or move the site to the Standard plan.",
    doc: "content-quota"
  },
  {
    // A file count, not a size: the quota is 15,000 files per app on every plan.
    pattern: /number of static files was too large/i,
    cause: "the 15,000 files per app quota (a file count, not a size)",
    fix: "Upload only the built site (no node_modules or sources), or merge small files.",
    doc: "content-quota"
  },
  {
    // Compressed: the limit applies to api.zip, the figure UploadInfo.ApiSizeInBytes declares.
    pattern: /size of the function content was too large/i,
    cause: "the managed Functions API quota: api.zip may be at most 100 MiB (104,857,600 bytes)",
    fix: "Leave out what the API does not run (dev dependencies, tests, source maps), or link your own Functions app to the Static Web App instead of a managed API.",
    doc: "api-package"
  },
  {
    pattern: /Function language info isn't provided/i,
    cause: "the API was declared without its Functions language and version",
    fix: "Set api-language and api-language-version, or platform.apiRuntime (e.g. node:20) in staticwebapp.config.json.",
    doc: "api-package"
  },
  {
    // The official client's wording (Azure/static-web-apps#1206), not a server text PROTOCOLS.md lists.
    pattern: /function language detected is unsupported or invalid/i,
    cause: "the API\u2019s Functions language is not one the service runs",
    fix: "Use api-language node, python, dotnet or dotnetisolated, with a version Azure lists for managed functions.",
    doc: "api-package"
  },
  {
    pattern: /The environment name ".*" is invalid/i,
    cause: "the environment name is reserved: the service keeps `default` for production",
    fix: "Change deployment-environment (or the branch production-branch names it after) to another name of letters and digits.",
    doc: "inputs"
  },
  {
    // The service's 2023 wording (#1119) joined both rules in one text.
    pattern: /environment name provided exceeds the character limit of 16 or has invalid character/i,
    cause: "the environment name breaks the service\u2019s rule: 1 to 16 characters, each 0-9, a-z or A-Z",
    fix: "Change deployment-environment (or the branch production-branch names it after) to at most 16 letters and digits.",
    doc: "inputs"
  },
  {
    pattern: /environment name provided has invalid character/i,
    cause: "the environment name has a character other than 0-9, a-z and A-Z (no hyphens, underscores or dots)",
    fix: "Change deployment-environment (or the branch production-branch names it after) to letters and digits only.",
    doc: "inputs"
  },
  {
    pattern: /environment name provided exceeds the character limit of 16/i,
    cause: "the environment name is longer than the service\u2019s 16 characters",
    fix: "Change deployment-environment (or the branch production-branch names it after) to at most 16 letters and digits.",
    doc: "inputs"
  },
  {
    pattern: /An unexpected error has occurred\. Please try again later/i,
    cause: "a fault inside the Static Web Apps service, not in your site or setup",
    fix: "Re-run the job in a few minutes; if it keeps failing, report it to Azure support with the correlation id below.",
    doc: "content-server-fault"
  },
  {
    pattern: /Failure during content distribution/i,
    cause: "the service could not distribute the uploaded content to its regions; in 2026 this hit small sites too and outlived retries and token resets until Microsoft cleared the site\u2019s content-distribution state (Azure/static-web-apps#1793, #1803, #1805)",
    fix: "Re-run the job once; if it fails the same way again, further retries and token resets will not help: open an Azure support request asking to clear the site\u2019s content-distribution state, with the correlation id, content host (region), UTC time and last status below.",
    doc: "deployment-failed"
  }
];
function findServerText(text, checked) {
  const row = SERVER_TEXTS.find((candidate) => candidate.pattern.test(text));
  return row === TOKEN_REJECTED ? tokenRejected(checked) : row;
}
function tokenRejected(checked) {
  return checked === void 0 ? TOKEN_REJECTED : tokenRejectedOnCheckedSite(checked);
}

// src/content/client.ts
function buildPollingInfo(issued, eventInfo) {
  const text = (value) => typeof value === "string" ? value : null;
  return {
    DefaultHostname: text(issued.defaultHostname),
    StageSiteIdentifier: text(issued.stageSiteIdentifier),
    Version: text(issued.version),
    TenantId: text(issued.tenantId),
    Slice: eventInfo.Slice,
    GitHubRepoUrl: eventInfo.RepoUrl
  };
}
var TERMINAL_STATUSES = /* @__PURE__ */ new Set(["Succeeded", "Failed", "Canceled"]);
var KNOWN_STATUSES = /* @__PURE__ */ new Set(["InProgress", ...TERMINAL_STATUSES]);
var ContentPlaneRejection = class extends ActionError {
  constructor(message, details, attempts) {
    super(message, details);
    this.attempts = attempts;
    this.name = "ContentPlaneRejection";
  }
  attempts;
};
var SLOT_RETRY_STATUSES = /* @__PURE__ */ new Set([429, 503]);
var ContentClient = class {
  constructor(options) {
    this.options = options;
  }
  options;
  async validateToken(eventInfo) {
    await this.call("validateapitoken", eventInfo);
  }
  async requestUpload(eventInfo, uploadInfo) {
    const response = await this.call("request", {
      EventInfo: eventInfo,
      UploadInfo: uploadInfo,
      PollingInfo: null
    });
    const record = asRecord(response);
    const packageUris = asRecord(record?.packageUris);
    const sasUrl = packageUris?.app;
    const apiSasUrl = packageUris?.api;
    const pollingInfo = asRecord(record?.pollingInfo);
    if (typeof sasUrl !== "string" || sasUrl === "" || pollingInfo === void 0) {
      throw new ActionError(
        "Content plane request: the reply has no upload URL (packageUris.app) or pollingInfo.",
        {
          step: "Content plane request",
          doc: "content-rejected"
        }
      );
    }
    return {
      sasUrl,
      apiSasUrl: typeof apiSasUrl === "string" && apiSasUrl.trim() !== "" ? apiSasUrl : void 0,
      pollingInfo: buildPollingInfo(pollingInfo, eventInfo)
    };
  }
  /**
   * Reports the upload. Returns the refusal of a repeat that followed an unanswered attempt: the
   * server may already have the report, so that is a reason to poll, not to fail (PROTOCOLS.md §4.4).
   */
  async updateStatus(eventInfo, uploadInfo, pollingInfo) {
    try {
      await this.call("updatestatus", {
        EventInfo: eventInfo,
        UploadInfo: uploadInfo,
        PollingInfo: pollingInfo
      });
      return void 0;
    } catch (error) {
      if (error instanceof ContentPlaneRejection && error.attempts > 1) return error;
      throw error;
    }
  }
  /** One look at the deployment; `until` (deployment-timeout) cuts its retries short. */
  async checkStatus(pollingInfo, until) {
    const record = asRecord(await this.call("checkstatus", pollingInfo, STEP_LIMITS.contentStatus, until)) ?? {};
    return {
      status: typeof record.deploymentStatus === "string" ? record.deploymentStatus : "Unknown",
      siteUrl: typeof record.siteUrl === "string" ? record.siteUrl : "",
      errorDetails: typeof record.errorDetails === "string" ? record.errorDetails : textOf(record.errorDetails),
      unhealthyRegions: regionsOf(record.unhealthyRegions)
    };
  }
  async call(path3, body, limits = STEP_LIMITS.content, deadline) {
    const step = `Content plane ${path3}`;
    const url = new URL(`/api/upload/${path3}`, this.options.host);
    url.searchParams.set("apiVersion", "v1");
    url.searchParams.set("deploymentCorrelationId", this.options.correlationId);
    const sent = JSON.stringify(body);
    const request = {
      step,
      method: "POST",
      url: url.toString(),
      headers: {
        authorization: `token ${this.options.deploymentToken}`,
        "content-type": "application/json; charset=utf-8",
        accept: "application/json"
      },
      body: sent,
      signal: this.options.signal,
      limits,
      deadline
    };
    let reply;
    try {
      reply = await this.send(request, path3 === "request");
    } catch (error) {
      logWireShape({ method: "POST", url: request.url, status: void 0, sent });
      throw path3 === "request" ? notRetried(error) : error;
    }
    logWireShape({
      method: "POST",
      url: request.url,
      status: reply.status,
      sent,
      received: reply.body
    });
    const envelope = parseEnvelope(reply);
    if (envelope === void 0 && isTransientStatus(reply.status)) {
      const fault = diagnoseTransient(step, reply.status, reply.attempts);
      throw path3 === "request" && !SLOT_RETRY_STATUSES.has(reply.status) ? notRetried(fault) : fault;
    }
    const accepted = reply.status >= 200 && reply.status < 300 && envelope?.isSuccessStatusCode !== false;
    if (accepted && envelope !== void 0) return envelope.response ?? null;
    throw rejection(step, reply, envelope, this.options.deploymentToken, this.options.checkedSite);
  }
  async send(request, allocatesSlot) {
    const policy = this.options.retryPolicy ?? defaultRetryPolicy(request.url);
    if (!allocatesSlot) return await send(request, policy);
    let attempts = 0;
    const reply = await withRetry(
      async (attempt) => {
        attempts = attempt;
        return await send(request, { ...policy, attempts: 1 });
      },
      (outcome) => "value" in outcome && SLOT_RETRY_STATUSES.has(outcome.value.status) ? {
        retry: true,
        reason: `HTTP ${outcome.value.status}`,
        retryAfterMs: parseRetryAfter(outcome.value.headers["retry-after"])
      } : { retry: false },
      policy
    );
    return { ...reply, attempts };
  }
};
function notRetried(error) {
  if (!(error instanceof ActionError)) return error;
  return new ActionError(
    `${error.message.replace(/\.$/, "")}. It was not repeated: the server may already have allocated an upload slot whose answer was lost.`,
    {
      ...error.step === void 0 ? {} : { step: error.step },
      ...error.status === void 0 ? {} : { status: error.status },
      doc: error.doc ?? "network-errors",
      fix: "Re-run the job; a new run asks for a new upload slot."
    }
  );
}
function parseEnvelope(reply) {
  try {
    const parsed = JSON.parse(reply.body);
    return asRecord(parsed);
  } catch {
    return void 0;
  }
}
function rejection(step, reply, envelope, deploymentToken, checkedSite) {
  const serverText = scrub(
    envelope?.errorMessage || (envelope ? textOf(envelope.response) : "") || describeBody(reply.body),
    deploymentToken
  );
  const status = envelope?.statusCode ?? reply.status;
  const base = { step, status: reply.status };
  if (envelope === void 0 && reply.status >= 200 && reply.status < 300) {
    return new ContentPlaneRejection(
      `${step}: HTTP ${reply.status} with a body that is not the expected JSON envelope (${scrub(describeBody(reply.body), deploymentToken)}).`,
      { ...base, doc: "content-rejected" },
      reply.attempts
    );
  }
  const known = findServerText(serverText, checkedSite) ?? (status === 401 || status === 403 ? tokenRejected(checkedSite) : void 0);
  const said = `${step} was rejected (HTTP ${reply.status}${status !== reply.status ? `, status ${status}` : ""}): ${serverText}`;
  if (known === void 0) {
    return new ContentPlaneRejection(said, { ...base, doc: "content-rejected" }, reply.attempts);
  }
  return new ContentPlaneRejection(
    `${said} Cause: ${known.cause}.`,
    { ...base, doc: known.doc, fix: known.fix },
    reply.attempts
  );
}
function scrub(text, deploymentToken) {
  const once = deploymentToken ? text.split(deploymentToken).join("***") : text;
  return redact(once);
}
function textOf(value) {
  if (value === void 0 || value === null) return "";
  if (typeof value === "string") return value;
  return describeBody(JSON.stringify(value));
}
function regionsOf(value) {
  const list = Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
  return list.map((region) => printable(typeof region === "string" ? region : textOf(region), 80));
}

// src/content/deploy.ts
var DeploymentTimedOut = class extends ActionError {
  constructor(message, details) {
    super(message, details);
    this.name = "DeploymentTimedOut";
  }
};
function pollIntervalMs(contentHost) {
  return knob("pollIntervalMs", contentHost);
}
function buildUploadInfo(payload, status, eventInfo) {
  const api = payload.api;
  return {
    TotalAppSizeInBytes: payload.totalBytes,
    AppFileCount: payload.fileCount,
    MaxSingleFileSizeInBytes: payload.largestFile.size,
    ApiSizeInBytes: api?.archive.bytes ?? 0,
    HasFunctions: api !== void 0,
    HasDataApiFiles: false,
    HasDataApiConfigFile: false,
    DatabaseType: "",
    ApiContentHash: api?.archive.md5 ?? null,
    FunctionLanguage: api?.language ?? null,
    FunctionLanguageVersion: api?.languageVersion ?? null,
    HasRoutes: payload.hasRoutes,
    ConfiguredRoles: payload.configuredRoles,
    DefaultFileType: "index.html",
    ServerRenderFramework: "StaticWebApp",
    DeploymentProvider: "GitHub",
    BackendStartupCommandType: 0,
    ShouldDeployToWebApp: false,
    TenantId: "",
    DefaultHostname: eventInfo.DefaultHostname,
    Slice: eventInfo.Slice,
    Status: status
  };
}
function contentClient(target) {
  registerSecret(target.deploymentToken);
  return new ContentClient({
    host: target.contentHost,
    deploymentToken: target.deploymentToken,
    correlationId: target.trace.correlationId,
    signal: target.signal,
    ...target.retryPolicy ? { retryPolicy: target.retryPolicy } : {},
    checkedSite: target.checkedSite
  });
}
async function validateDeploymentToken(target) {
  await contentClient(target).validateToken(target.eventInfo);
}
async function deploy(options) {
  const log = options.log ?? info;
  const { payload, eventInfo, signal, trace } = options;
  const client = contentClient(options);
  const timings = new Timings();
  const timed = async (phase, work) => {
    throwIfCancelled(signal, phase);
    return await timings.measure(phase, work);
  };
  const api = payload.api;
  log(
    `Deployment ${trace.correlationId}: ${payload.fileCount} files, ${formatBytes(payload.totalBytes)} to ${environmentLabel(eventInfo)}${api ? `, with ${describeApi(api)}` : ""}.`
  );
  await timed("validate token", () => client.validateToken(eventInfo));
  const ticket = await timed(
    "request upload",
    () => client.requestUpload(eventInfo, buildUploadInfo(payload, "RequestingUpload", eventInfo))
  );
  for (const url2 of [ticket.sasUrl, api && ticket.apiSasUrl]) {
    const signature = url2 ? checkSasUrl(url2).searchParams.get("sig") : null;
    if (signature) registerSecret(signature);
  }
  const apiUpload = api === void 0 ? void 0 : await timed("upload API", () => uploadApi(options, api, ticket.apiSasUrl, log));
  const zipBytes = await timed("package and upload", () => upload(options, ticket.sasUrl, log));
  const refusedRepeat = await timed(
    "update status",
    () => client.updateStatus(
      eventInfo,
      buildUploadInfo(payload, "Succeeded", eventInfo),
      ticket.pollingInfo
    )
  );
  if (refusedRepeat !== void 0) {
    log(
      "The upload report was refused on a retry after an unanswered attempt: the server may already have it. Asking checkstatus."
    );
  }
  const finished = await timed(
    "content distribution",
    () => waitForDistribution(client, ticket.pollingInfo, options, log, refusedRepeat)
  );
  const url = siteUrlOf(
    finished.siteUrl,
    finished.siteUrl.trim() ? "" : await options.fallbackHostname()
  );
  log(`Deployment succeeded: ${url}`);
  return {
    url,
    correlationId: trace.correlationId,
    fileCount: payload.fileCount,
    totalBytes: payload.totalBytes,
    zipBytes,
    apiUpload,
    timings: timings.list()
  };
}
function describeApi(api) {
  return `an API (${api.fileCount} files, ${formatBytes(api.totalBytes)}; api.zip ${formatBytes(api.archive.bytes)}, ${api.language} ${api.languageVersion})`;
}
async function uploadApi(options, api, sasUrl, log) {
  if (sasUrl === void 0) {
    log(
      `API not uploaded: the content plane asked for none (no packageUris.api), as it does when api.zip has the MD5 of the API deployed last (${api.archive.md5}); that API stays deployed.`
    );
    return "unchanged";
  }
  const result = await uploadToBlob(sasUrl, () => (0, import_node_fs4.createReadStream)(api.archive.path), {
    ...options.blob,
    signal: options.signal,
    ...options.retryPolicy ? { retryPolicy: options.retryPolicy } : {},
    log,
    knownLength: api.archive.bytes,
    archiveName: "api.zip"
  });
  log(
    result.method === "blocks" ? `Uploaded the API: api.zip, ${formatBytes(result.bytes)} in ${result.blocks} block(s).` : `Uploaded the API: api.zip, ${formatBytes(result.bytes)} as one Put Blob.`
  );
  return "uploaded";
}
async function upload(options, sasUrl, log) {
  let packaged = 0;
  let lastLine = 0;
  const total = options.payload.totalBytes;
  const onPackagedBytes = (bytes) => {
    packaged = bytes;
    options.zip?.onPackagedBytes?.(bytes);
  };
  if (options.headStart) options.headStart.onPackagedBytes = onPackagedBytes;
  const openArchive = () => options.headStart?.take() ?? writeZip(options.payload, { ...options.zip, onPackagedBytes });
  const result = await uploadToBlob(sasUrl, openArchive, {
    ...options.blob,
    signal: options.signal,
    ...options.retryPolicy ? { retryPolicy: options.retryPolicy } : {},
    log,
    onProgress: (uploaded) => {
      const now = Date.now();
      if (now - lastLine < 2e3) return;
      lastLine = now;
      const percent = total === 0 ? 100 : Math.floor(packaged / total * 100);
      log(
        `Uploading: ${formatBytes(uploaded)} of the archive sent, ${percent}% of the site packaged.`
      );
    }
  });
  log(
    result.method === "blocks" ? `Uploaded ${formatBytes(result.bytes)} archive in ${result.blocks} block(s).` : `Uploaded ${formatBytes(result.bytes)} archive as one Put Blob.`
  );
  return result.bytes;
}
async function waitForDistribution(client, pollingInfo, options, log, refusedRepeat) {
  const warn = options.warn ?? warning;
  const { trace } = options;
  const started = Date.now();
  const deadline = started + options.timeoutSeconds * 1e3;
  const interval = pollIntervalMs(options.contentHost);
  const until = { at: deadline, what: `deployment-timeout (${options.timeoutSeconds} s)` };
  const unknownSeen = /* @__PURE__ */ new Set();
  let lastLine = 0;
  for (let poll = 0; ; poll++) {
    throwIfCancelled(options.signal, DISTRIBUTION);
    const state = await client.checkStatus(pollingInfo, until).catch((error) => {
      throw poll === 0 && refusedRepeat !== void 0 && error instanceof ContentPlaneRejection ? refusedRepeat : error;
    });
    const elapsed = Math.round((Date.now() - started) / 1e3);
    const status = printable(state.status, 64);
    if (status !== trace.lastStatus || Date.now() - lastLine >= 15e3) {
      log(`Deployment status: ${status} (${elapsed} s)`);
      lastLine = Date.now();
    }
    if (!KNOWN_STATUSES.has(state.status) && !unknownSeen.has(status)) {
      unknownSeen.add(status);
      warn(
        `The content plane reports deploymentStatus '${status}', which this action does not know; it keeps polling until Succeeded, Failed or Canceled, at most deployment-timeout (${options.timeoutSeconds} s). Please report the status with deployment id ${trace.correlationId}.`
      );
    }
    trace.lastStatus = status;
    if (state.unhealthyRegions.length > 0) trace.unhealthyRegions = state.unhealthyRegions;
    if (TERMINAL_STATUSES.has(state.status)) {
      if (state.status === "Succeeded") return state;
      const known = findServerText(state.errorDetails, options.checkedSite);
      throw new ActionError(
        `The deployment ended ${status}: ${printable(state.errorDetails, 2e3) || "the content plane gave no details"}${known ? ` Cause: ${known.cause}.` : ""} (correlation id ${trace.correlationId}).`,
        {
          step: "Content plane checkstatus",
          doc: known?.doc ?? "deployment-failed",
          fix: known?.fix ?? "Read the error details above (a staticwebapp.config.json the service rejects is a common cause), fix and re-run."
        }
      );
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw await timedOut(options, status);
    await waitUnlessCancelled(Math.min(interval, remaining), options.signal, DISTRIBUTION);
  }
}
var DISTRIBUTION = "the wait for the content distribution";
async function timedOut(options, lastStatus) {
  return await judgeTimeout(
    options,
    `The deployment did not finish within deployment-timeout (${options.timeoutSeconds} s); last status ${lastStatus}`
  );
}
async function judgeTimeout(check, waited, step = "Content plane checkstatus") {
  const { trace } = check;
  let armSays;
  let armStatus;
  try {
    armStatus = await check.environmentStatus?.();
    armSays = armStatus === void 0 ? "ARM does not list the environment yet" : `ARM reports the environment as '${printable(armStatus, 64)}'`;
  } catch (error) {
    armSays = `ARM could not be asked (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
  }
  if (armStatus?.toLowerCase() === "failed") {
    return new ActionError(
      `${waited}, and ARM reports the environment as Failed (correlation id ${trace.correlationId}).`,
      {
        step: "ARM read environment",
        doc: "deployment-failed",
        fix: "Look at the environment in the Azure portal for the reason, fix it and re-run."
      }
    );
  }
  return new DeploymentTimedOut(
    `${waited}; ${armSays}. It may still go live: correlation id ${trace.correlationId}.`,
    {
      step,
      doc: "deployment-timeout",
      fix: "Check the Static Web App in the Azure portal in a few minutes, or raise deployment-timeout."
    }
  );
}
function environmentLabel(eventInfo) {
  if (eventInfo.IsNamedEnvironment) return `environment '${eventInfo.EnvironmentName ?? ""}'`;
  if (eventInfo.IsPullRequest)
    return `the environment of pull request #${eventInfo.PullRequestId ?? ""}`;
  return "production";
}
function siteUrlOf(siteUrl, fallbackHostname) {
  const chosen = siteUrl.trim() || fallbackHostname;
  return /^https?:\/\//i.test(chosen) ? chosen : `https://${chosen}`;
}
async function dryRun(payload, zipOptions = {}) {
  const started = performance.now();
  const zipBytes = await measureZip(payload, zipOptions);
  return { zipBytes, ms: elapsedMs(started) };
}

// src/previews/skip.ts
var DEPENDABOT_ACTOR = "dependabot[bot]";
function skipBeforeStart(config, context, target, env) {
  const pr = context.pullRequest;
  if (config.action === "upload" && target.isPullRequest && pr?.state === "closed") {
    return closedPullRequest(pr.number, "the event says so");
  }
  if (config.skipWithoutIdentity && identityEndpoint(env) === void 0) {
    const why = noTokenPossible(context, env);
    if (why === void 0) return void 0;
    return {
      level: "warning",
      message: `This job has no GitHub OIDC token, and cannot have one: ${why}. Skipped, as skip-without-identity: true asks; nothing was deployed.`,
      reason: `no GitHub OIDC token for ${why} (skip-without-identity: true)`
    };
  }
  return void 0;
}
function noTokenPossible(context, env) {
  if (context.eventName === "pull_request" && context.pullRequest?.fromFork) {
    return "a pull request from a fork";
  }
  if (env.GITHUB_ACTOR === DEPENDABOT_ACTOR) return `a Dependabot run (${DEPENDABOT_ACTOR})`;
  return void 0;
}
async function closedSinceEvent(github, context) {
  const pr = context.pullRequest;
  if (github === void 0 || pr === void 0 || context.repository === "") return void 0;
  try {
    const now = await readPullRequestState(github, context.repository, pr.number);
    if (now?.state !== "closed") return void 0;
    return closedPullRequest(pr.number, "GitHub says so now, though the event said open");
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    info(
      `Could not confirm that pull request #${pr.number} is still open (${error instanceof Error ? error.message : String(error)}); deploying as the event says.`
    );
    return void 0;
  }
}
function closedPullRequest(number, how) {
  return {
    level: "notice",
    message: `Pull request #${number} is closed (${how}): nothing is deployed. Its preview environment is deleted by action: close or action: prune.`,
    reason: `pull request #${number} is closed`
  };
}
function skipOnLimitRejection(error, config, environment) {
  if (config.onEnvironmentLimit !== "skip" || !(error instanceof ContentPlaneRejection)) {
    return void 0;
  }
  if (!ENVIRONMENT_LIMIT.pattern.test(error.message)) return void 0;
  return {
    level: "warning",
    message: `The content plane refused the new preview environment '${environment ?? ""}': the plan's preview-environment limit was reached while this run was starting. Skipped (on-environment-limit: skip); nothing was deployed. Delete environments that are no longer needed with action: prune.`,
    reason: "the plan\u2019s preview-environment limit is reached (on-environment-limit: skip)"
  };
}
function announceSkip(skip) {
  if (skip.level === "notice") notice(skip.message);
  else warning(skip.message);
}

// src/target.ts
function resolveTarget(config, context) {
  const branch = currentBranch(context);
  const base = {
    isPullRequest: false,
    pullRequestId: void 0,
    pullRequestTitle: void 0,
    // On a pull request the ref is refs/pull/<n>/merge: the branch is the pull request's head.
    headBranch: branch ?? context.pullRequest?.headBranch ?? "",
    baseBranch: context.pullRequest?.baseBranch ?? "",
    repoUrl: repositoryUrl(context)
  };
  let target;
  if (config.deploymentEnvironment !== void 0 && isProductionName(config.deploymentEnvironment)) {
    target = { ...base, environment: PRODUCTION, isNamedEnvironment: false };
  } else if (config.deploymentEnvironment !== void 0) {
    target = {
      ...base,
      environment: checkEnvironmentName(config.deploymentEnvironment, "deployment-environment"),
      isNamedEnvironment: true
    };
  } else if (context.pullRequest !== void 0) {
    const pr = context.pullRequest;
    target = {
      ...base,
      environment: String(pr.number),
      isPullRequest: true,
      pullRequestId: String(pr.number),
      pullRequestTitle: pr.title,
      headBranch: pr.headBranch,
      baseBranch: pr.baseBranch,
      isNamedEnvironment: false
    };
  } else if (config.productionBranch && branch !== void 0 && branch !== config.productionBranch) {
    target = {
      ...base,
      baseBranch: config.productionBranch,
      environment: environmentFromBranch(branch),
      isNamedEnvironment: true
    };
  } else {
    target = { ...base, environment: PRODUCTION, isNamedEnvironment: false };
  }
  if (config.action === "close" && target.environment === PRODUCTION) {
    throw new InputError(
      "action: close would delete production; it only closes preview environments.",
      {
        fix: "Run close on pull_request events (closed), or set deployment-environment to the preview environment to delete."
      }
    );
  }
  return target;
}
function environmentFromBranch(branch) {
  const name = branch.replace(/[^0-9A-Za-z]/g, "").slice(0, 16);
  const fix = "Set deployment-environment to a name of letters and digits (at most 16) for this branch.";
  if (name.length === 0) {
    throw new InputError(
      `Branch '${branch}' has no letters or digits to name a preview environment after (production-branch is set).`,
      { fix }
    );
  }
  const problem = isProductionName(name) ? `'${name}' would mean production` : pullRequestNumberOf(name) !== void 0 ? `'${name}' is the name of pull request #${name}'s preview environment (pull requests' environments are named after their number), so this branch would overwrite that preview` : environmentNameProblem(name);
  if (problem !== void 0) {
    throw new InputError(
      `Branch '${branch}' cannot name a preview environment (production-branch is set): ${problem}`,
      { fix }
    );
  }
  return name;
}
function checkEnvironmentName(name, input) {
  const problem = environmentNameProblem(name);
  if (problem !== void 0) {
    throw new InputError(`${input}: ${problem}`, {
      fix: `Change ${input} to letters and digits only, at most 16 characters, not 'default'.`
    });
  }
  return name;
}
function currentBranch(context) {
  if (context.ref.startsWith("refs/heads/")) return context.ref.slice("refs/heads/".length);
  if (context.ref === "" && context.refName !== "") return context.refName;
  return void 0;
}
function repositoryUrl(context) {
  return context.repository ? `${context.serverUrl}/${context.repository}` : "";
}
function buildEventInfo(target, site) {
  return {
    RepoUrl: target.repoUrl || null,
    IsPullRequest: target.isPullRequest,
    IsNamedEnvironment: target.isNamedEnvironment,
    PullRequestId: target.pullRequestId ?? null,
    PullRequestTitle: target.pullRequestTitle ?? null,
    HeadBranch: target.headBranch,
    BaseBranch: target.baseBranch,
    EnvironmentName: target.isNamedEnvironment ? target.environment : null,
    TenantId: null,
    DefaultHostname: site.defaultHostname || null,
    Slice: sliceOf(site.contentDistributionEndpoint)
  };
}
function sliceOf(endpoint) {
  if (!endpoint) return 0;
  let host;
  try {
    host = new URL(endpoint).hostname;
  } catch {
    return 0;
  }
  const digits = /\.infrastructure\.(\d+)\./.exec(host)?.[1];
  return digits === void 0 ? 0 : Number(digits);
}

// src/engine/versions.ts
var CHANNELS = ["stable", "latest", "backup"];
var ENGINE_VERSION = /^(?:stable|latest|backup|[0-9a-fA-F]{40}|\d{1,9}(?:\.\d{1,9}){1,3})$/;
function sameBuildId(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}

// src/payload/apiLanguage.ts
var FUNCTION_LANGUAGES = {
  node: { apiRuntime: "node", example: "20" },
  python: { apiRuntime: "python", example: "3.11" },
  dotnet: { apiRuntime: "dotnet", example: "8.0" },
  dotnetisolated: { apiRuntime: "dotnet-isolated", example: "8.0" }
};
var LANGUAGE_VERSION = /^\d{1,4}(\.\d{1,4}){0,2}$/;
var LANGUAGE_NAMES = Object.keys(FUNCTION_LANGUAGES).map((name) => `\`${name}\``).join(", ").replace(/, ([^,]*)$/, " or $1");
function findFunctionLanguage(name) {
  const wanted = name.trim().toLowerCase();
  for (const [language, row] of Object.entries(FUNCTION_LANGUAGES)) {
    if (wanted === language || wanted === row.apiRuntime) return language;
  }
  return void 0;
}
function parseApiRuntime(value) {
  const [name = "", version = "", ...rest] = value.split(":");
  const language = findFunctionLanguage(name);
  if (language === void 0 || rest.length > 0 || !LANGUAGE_VERSION.test(version.trim())) {
    const examples = Object.values(FUNCTION_LANGUAGES).map((row) => `\`${row.apiRuntime}:${row.example}\``).join(", ");
    return { problem: `is not '<language>:<version>' with a Functions language (e.g. ${examples})` };
  }
  return { language, version: version.trim() };
}

// src/paths.ts
var import_node_fs5 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var import_node_util = __toESM(require_node_util(), 1);
function isInside(root, candidate, paths = import_node_path2.default) {
  const relative = paths.relative(root, candidate);
  if (relative === "") return true;
  if (paths.isAbsolute(relative)) return false;
  return relative !== ".." && !relative.startsWith(`..${paths.sep}`);
}
var NODE_DISK = {
  nativeRealpath: (file) => import_node_fs5.default.realpathSync.native(file),
  walkedRealpath: (file) => import_node_fs5.default.realpathSync(file),
  identity: (file) => {
    const stats = import_node_fs5.default.statSync(file, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  }
};
var MISSING = /* @__PURE__ */ new Set(["ENOENT", "ENOTDIR"]);
var NATIVE_REALPATH_UNSUPPORTED = "EISDIR";
function errorCode2(error) {
  return error?.code;
}
function realPath(file, disk = NODE_DISK) {
  for (const resolve of [disk.nativeRealpath, disk.walkedRealpath]) {
    try {
      return resolve(file);
    } catch (error) {
      const code = errorCode2(error);
      if (code !== void 0 && MISSING.has(code)) return void 0;
      if (code !== NATIVE_REALPATH_UNSUPPORTED) throw error;
    }
  }
  return void 0;
}
var realpathNative = (0, import_node_util.promisify)(import_node_fs5.default.realpath.native);
var realpathWalked = (0, import_node_util.promisify)(import_node_fs5.default.realpath);
async function resolveReal(file) {
  try {
    return await realpathNative(file);
  } catch (error) {
    if (errorCode2(error) !== NATIVE_REALPATH_UNSUPPORTED) throw error;
    return await realpathWalked(file);
  }
}
function isInsideOnDisk(root, candidate, disk = NODE_DISK) {
  const realRoot = realPath(root, disk);
  const realCandidate = realPath(candidate, disk);
  if (realRoot === void 0 || realCandidate === void 0) return isInside(root, candidate);
  if (isInside(realRoot, realCandidate)) return true;
  const rootIdentity = disk.identity(realRoot);
  for (let current = realCandidate; ; current = import_node_path2.default.dirname(current)) {
    if (disk.identity(current) === rootIdentity) return true;
    if (import_node_path2.default.dirname(current) === current) return false;
  }
}
function isSameFileOnDisk(first, second, disk = NODE_DISK) {
  const realFirst = realPath(first, disk);
  const realSecond = realPath(second, disk);
  if (realFirst === void 0 || realSecond === void 0) return false;
  return realFirst === realSecond || disk.identity(realFirst) === disk.identity(realSecond);
}

export {
  require_promises2 as require_promises,
  openSource,
  readSource,
  CONFIG_FILE_NAME,
  KB,
  MB,
  DEFAULT_LIMITS,
  API_LIMITS,
  SITE_PACKAGE,
  API_PACKAGE,
  isAlreadyCompressed,
  writeZip,
  Spool,
  findServerText,
  DeploymentTimedOut,
  validateDeploymentToken,
  deploy,
  describeApi,
  judgeTimeout,
  dryRun,
  skipBeforeStart,
  closedSinceEvent,
  skipOnLimitRejection,
  announceSkip,
  CHANNELS,
  ENGINE_VERSION,
  sameBuildId,
  FUNCTION_LANGUAGES,
  LANGUAGE_VERSION,
  LANGUAGE_NAMES,
  findFunctionLanguage,
  parseApiRuntime,
  isInside,
  realPath,
  resolveReal,
  isInsideOnDisk,
  isSameFileOnDisk,
  resolveTarget,
  buildEventInfo
};
