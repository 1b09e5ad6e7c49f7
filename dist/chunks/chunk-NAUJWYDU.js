import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  API_LIMITS,
  API_PACKAGE,
  CONFIG_FILE_NAME,
  ContentClient,
  ContentPlaneRejection,
  DEFAULT_LIMITS,
  DeploymentTimedOut,
  FUNCTION_LANGUAGES,
  KB,
  KNOWN_STATUSES,
  LANGUAGE_NAMES,
  MB,
  SITE_PACKAGE,
  TERMINAL_STATUSES,
  findServerText,
  isInside,
  logWireShape,
  parseApiRuntime,
  resolveReal
} from "./chunk-LZZURRD6.js";
import {
  Timings,
  elapsedMs
} from "./chunk-JWWNSDB2.js";
import {
  asRecord,
  isRecord
} from "./chunk-QHVDYYVQ.js";
import {
  diagnoseTransient
} from "./chunk-RAYSHZJF.js";
import {
  STEP_LIMITS,
  cancelledError,
  defaultRetryPolicy,
  isTransientStatus,
  knob,
  send,
  throwIfCancelled,
  waitUnlessCancelled
} from "./chunk-EUBNWP6M.js";
import {
  ActionError,
  InputError,
  counted,
  endSentence,
  forCount,
  formatBytes,
  formatCount,
  info,
  printable,
  registerSecret,
  warning
} from "./chunk-B36TA7D5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// builtin:node:fs?src/content/deploy.ts
var require_node_fs = __commonJS({
  "builtin:node:fs?src/content/deploy.ts"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:stream?src/payload/zip.ts
var require_node_stream = __commonJS({
  "builtin:node:stream?src/payload/zip.ts"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// builtin:node:zlib?src/payload/zip.ts
var require_node_zlib = __commonJS({
  "builtin:node:zlib?src/payload/zip.ts"(exports, module) {
    module.exports = __require("node:zlib");
  }
});

// builtin:node:fs?src/payload/compressPool.ts
var require_node_fs2 = __commonJS({
  "builtin:node:fs?src/payload/compressPool.ts"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:os?src/payload/compressPool.ts
var require_node_os = __commonJS({
  "builtin:node:os?src/payload/compressPool.ts"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin:node:zlib?src/payload/compressPool.ts
var require_node_zlib2 = __commonJS({
  "builtin:node:zlib?src/payload/compressPool.ts"(exports, module) {
    module.exports = __require("node:zlib");
  }
});

// builtin:node:fs?src/payload/sources.ts
var require_node_fs3 = __commonJS({
  "builtin:node:fs?src/payload/sources.ts"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:fs/promises?src/payload/sources.ts
var require_promises = __commonJS({
  "builtin:node:fs/promises?src/payload/sources.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:stream?src/content/blob.ts
var require_node_stream2 = __commonJS({
  "builtin:node:stream?src/content/blob.ts"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// builtin:node:crypto?src/payload/spool.ts
var require_node_crypto = __commonJS({
  "builtin:node:crypto?src/payload/spool.ts"(exports, module) {
    module.exports = __require("node:crypto");
  }
});

// builtin:node:fs?src/payload/spool.ts
var require_node_fs4 = __commonJS({
  "builtin:node:fs?src/payload/spool.ts"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:fs/promises?src/payload/spool.ts
var require_promises2 = __commonJS({
  "builtin:node:fs/promises?src/payload/spool.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:os?src/payload/spool.ts
var require_node_os2 = __commonJS({
  "builtin:node:os?src/payload/spool.ts"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin:node:path?src/payload/spool.ts
var require_node_path = __commonJS({
  "builtin:node:path?src/payload/spool.ts"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin:node:stream?src/payload/spool.ts
var require_node_stream3 = __commonJS({
  "builtin:node:stream?src/payload/spool.ts"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// builtin:node:stream/promises?src/payload/spool.ts
var require_promises3 = __commonJS({
  "builtin:node:stream/promises?src/payload/spool.ts"(exports, module) {
    module.exports = __require("node:stream/promises");
  }
});

// builtin:node:fs/promises?src/payload/prepare.ts
var require_promises4 = __commonJS({
  "builtin:node:fs/promises?src/payload/prepare.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:crypto?src/payload/api.ts
var require_node_crypto2 = __commonJS({
  "builtin:node:crypto?src/payload/api.ts"(exports, module) {
    module.exports = __require("node:crypto");
  }
});

// builtin:node:stream?src/payload/api.ts
var require_node_stream4 = __commonJS({
  "builtin:node:stream?src/payload/api.ts"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// builtin:node:fs/promises?src/payload/collect.ts
var require_promises5 = __commonJS({
  "builtin:node:fs/promises?src/payload/collect.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:fs?src/payload/credentials.ts
var require_node_fs5 = __commonJS({
  "builtin:node:fs?src/payload/credentials.ts"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:fs?src/payload/folder.ts
var require_node_fs6 = __commonJS({
  "builtin:node:fs?src/payload/folder.ts"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:fs/promises?src/payload/folder.ts
var require_promises6 = __commonJS({
  "builtin:node:fs/promises?src/payload/folder.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:path?src/payload/folder.ts
var require_node_path2 = __commonJS({
  "builtin:node:path?src/payload/folder.ts"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin:node:path?src/payload/functionsApp.ts
var require_node_path3 = __commonJS({
  "builtin:node:path?src/payload/functionsApp.ts"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin:node:path?src/payload/defaultFile.ts
var require_node_path4 = __commonJS({
  "builtin:node:path?src/payload/defaultFile.ts"(exports, module) {
    module.exports = __require("node:path");
  }
});

// src/content/deploy.ts
var import_node_fs4 = __toESM(require_node_fs(), 1);

// src/payload/zip.ts
var import_node_stream = __toESM(require_node_stream(), 1);
var import_node_zlib2 = __toESM(require_node_zlib(), 1);

// src/payload/compressPool.ts
var import_node_fs = __toESM(require_node_fs2(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_zlib = __toESM(require_node_zlib2(), 1);

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
    const { Worker } = workerCount > 0 ? process.getBuiltinModule("node:worker_threads") : { Worker: void 0 };
    for (let index = 0; index < workerCount && Worker; index++) {
      const worker = new Worker(WORKER_SOURCE, {
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
    if (this.alone || !this.hereBusy) {
      const bytes = handOver(Buffer.from(job.bytes));
      const dictionary = job.dictionary && Buffer.from(job.dictionary);
      const copy = { bytes, dictionary, final: job.final };
      try {
        return handOver(
          await (this.alone ? deflateOnThreadPool(copy, this.levels.large) : this.onThisThread(() => this.here.chunk(copy, this.levels.large)))
        );
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
function deflateOnThreadPool(job, level) {
  const { Z_FINISH, Z_SYNC_FLUSH } = import_node_zlib.default.constants;
  const options = {
    level,
    finishFlush: job.final ? Z_FINISH : Z_SYNC_FLUSH,
    // Room for the whole output at once: zlib's 16 KiB default cost a callback per 16 KiB.
    chunkSize: job.bytes.length + 1024
  };
  if (job.dictionary !== void 0) options.dictionary = job.dictionary;
  return new Promise((resolve, reject) => {
    import_node_zlib.default.deflateRaw(
      job.bytes,
      options,
      (error, deflated) => error ? reject(error) : resolve(deflated)
    );
  });
}
var preparer;
function preparerHere() {
  const make = new Function(`return ${PREPARE_SOURCE}`)();
  preparer ??= make({ fs: import_node_fs.default, zlib: import_node_zlib.default });
  return preparer;
}
function defaultWorkerCount() {
  const cores = import_node_os.default.availableParallelism();
  return cores <= 2 ? 0 : Math.min(cores - 1, 8);
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
var import_node_fs2 = __toESM(require_node_fs3(), 1);
var import_promises = __toESM(require_promises(), 1);
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
    `'${printable(file.name)}' was ${counted(file.size, "byte")} when measured and ${formatCount(actual)} when packaged.`,
    {
      doc: "payload-unsafe",
      fix: "Make sure no other step writes to the site folder while this action runs."
    }
  );
}

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
  return new ActionError(`Packaging the upload failed: ${endSentence(printable(reason))}`, {
    doc: "payload-unsafe",
    fix: "Check that the folder (or .zip) is readable and not changed by another step while this action runs."
  });
}

// src/content/blob.ts
var import_node_stream3 = __toESM(require_node_stream2(), 1);

// src/payload/spool.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs3 = __toESM(require_node_fs4(), 1);
var import_promises2 = __toESM(require_promises2(), 1);
var import_node_os2 = __toESM(require_node_os2(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_stream2 = __toESM(require_node_stream3(), 1);
var import_promises3 = __toESM(require_promises3(), 1);
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
async function uploadToBlob(sasUrl, openArchive2, options) {
  const url = checkSasUrl(sasUrl);
  try {
    return await uploadInBlocks(url, openArchive2(), options);
  } catch (error) {
    if (!(error instanceof BlocksRefused)) throw error;
    options.log?.(
      `The upload URL refuses blocks (${error.reason} on ${error.what}): uploading the archive as one Put Blob instead.`
    );
    return await uploadAsOneBlob(url, openArchive2, options, error.archive);
  }
}
var BlocksRefused = class extends Error {
  constructor(what, reason, archive) {
    super(`${STEP}: the upload URL refuses ${what} (${reason}).`);
    this.what = what;
    this.reason = reason;
    this.archive = archive;
    this.name = "BlocksRefused";
  }
  what;
  reason;
  archive;
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
  let unacknowledged = options.knownLength === void 0 ? [] : void 0;
  const reader = source[Symbol.asyncIterator]();
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
        unacknowledged = void 0;
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
    for (let read = await reader.next(); read.done !== true; read = await reader.next()) {
      const chunk = read.value;
      unacknowledged?.push(chunk);
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
    const refused = error instanceof BlocksRefused && !signal.aborted;
    if (!refused) source.destroy();
    await Promise.allSettled([...inFlight]);
    if (refused && unacknowledged !== void 0 && !signal.aborted) {
      holds.clear();
      throw new BlocksRefused(error.what, error.reason, carriedOn(unacknowledged, reader, source));
    }
    source.destroy();
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
function carriedOn(read, reader, source) {
  async function* chunks() {
    try {
      for (let chunk = read.shift(); chunk !== void 0; chunk = read.shift()) yield chunk;
      for (let next = await reader.next(); next.done !== true; next = await reader.next()) {
        yield next.value;
      }
    } finally {
      source.destroy();
    }
  }
  return import_node_stream3.Readable.from(chunks(), { objectMode: true, highWaterMark: 1 });
}
async function uploadAsOneBlob(url, openArchive2, options, carried) {
  const spool = options.knownLength === void 0 ? new Spool(options.spoolDir) : void 0;
  try {
    const bytes = spool ? await spool.write(carried ?? openArchive2(), options.signal) : options.knownLength;
    if (options.signal.aborted) throw cancelledError(options.signal, STEP);
    options.log?.(`Uploading the ${bytes}-byte archive as one Put Blob.`);
    await putBlob(url, {
      what: `${named(options)}Put Blob`,
      query: {},
      body: { length: bytes, open: spool ? () => spool.open() : openArchive2 },
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
    carried?.destroy();
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

// src/content/deploy.ts
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
    `Deployment ${trace.correlationId}: ${counted(payload.fileCount, "file")}, ${formatBytes(payload.totalBytes)} to ${environmentLabel(eventInfo)}${api ? `, with ${describeApi(api)}` : ""}.`
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
  trace.committed = true;
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
  return `an API (${counted(api.fileCount, "file")}, ${formatBytes(api.totalBytes)}; api.zip ${formatBytes(api.archive.bytes)}, ${api.language} ${api.languageVersion})`;
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
    result.method === "blocks" ? `Uploaded the API: api.zip, ${formatBytes(result.bytes)} in ${counted(result.blocks, "block")}.` : `Uploaded the API: api.zip, ${formatBytes(result.bytes)} as one Put Blob.`
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
  const openArchive2 = () => options.headStart?.take() ?? writeZip(options.payload, { ...options.zip, onPackagedBytes });
  const result = await uploadToBlob(sasUrl, openArchive2, {
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
    result.method === "blocks" ? `Uploaded ${formatBytes(result.bytes)} archive in ${counted(result.blocks, "block")}.` : `Uploaded ${formatBytes(result.bytes)} archive as one Put Blob.`
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

// src/payload/limits.ts
var SKU_LIMIT_BYTES = { Free: 250 * MB, Standard: 500 * MB };
function formatMegabytes(bytes) {
  const megabytes = bytes / MB;
  return `${megabytes >= 100 || Number.isInteger(megabytes) ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}
function tooManyFiles(limits, counted2, kind = SITE_PACKAGE) {
  return new InputError(
    `${kind.subject} has ${counted2} files; ${kind.limitOwner} accepts at most ${formatCount(limits.maxFiles)}${kind.perFiles}.`,
    { doc: "payload-limits", fix: kind.shrink }
  );
}
function checkTotals(payload, limits, kind = SITE_PACKAGE) {
  if (payload.fileCount === 0) {
    throw new InputError(`${kind.subject} '${payload.location}' contains no files.`, {
      doc: "payload-limits",
      fix: kind.build
    });
  }
  if (payload.fileCount > limits.maxFiles)
    throw tooManyFiles(limits, formatCount(payload.fileCount), kind);
  if (payload.totalBytes > limits.maxTotalBytes) {
    throw new InputError(
      `${kind.subject} is ${formatMegabytes(payload.totalBytes)} (${payload.totalBytes} bytes), over the ${formatMegabytes(limits.maxTotalBytes)} limit of ${kind.limitOwner}.`,
      {
        doc: "payload-limits",
        fix: kind === SITE_PACKAGE ? "Remove large files from the site (host media elsewhere)." : kind.shrink
      }
    );
  }
}
function checkSkuLimit(payload, sku) {
  const free = /free/i.test(sku);
  const limit = free ? SKU_LIMIT_BYTES.Free : SKU_LIMIT_BYTES.Standard;
  if (payload.totalBytes <= limit) return;
  throw new InputError(
    `The payload is ${formatMegabytes(payload.totalBytes)} (${payload.totalBytes} bytes), over the ${formatMegabytes(limit)} app size limit of the ${free ? "Free" : sku || "Standard"} plan.`,
    {
      doc: "payload-limits",
      fix: free ? "Make the site smaller or move the Static Web App to the Standard plan (500 MB)." : "Make the site smaller (host large media elsewhere)."
    }
  );
}

// src/payload/prepare.ts
var import_promises6 = __toESM(require_promises4(), 1);

// src/payload/api.ts
var import_node_crypto2 = __toESM(require_node_crypto2(), 1);
var import_node_stream4 = __toESM(require_node_stream4(), 1);

// src/payload/collect.ts
var import_promises5 = __toESM(require_promises5(), 1);

// src/payload/credentials.ts
var import_node_fs5 = __toESM(require_node_fs5(), 1);
var PRIVATE_KEY = {
  marker: ["PRIVATE KEY", "PuTTY-User-Key-File-"],
  pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|^PuTTY-User-Key-File-\d+:/m
};
var NPM_AUTH = {
  marker: ["_auth", "_password"],
  pattern: /^[^#;\n]*_(?:authToken|auth|password)\s*=\s*(?!\$\{)\S/m
};
var fileName = (segments) => segments.at(-1) ?? "";
var inFolder = (folder) => (segments) => segments.slice(0, -1).includes(folder);
var KINDS = [
  {
    what: "a Google Cloud credentials file (google-github-actions/auth writes gha-creds-*.json)",
    name: (segments) => /^gha-creds-.*\.json$/i.test(fileName(segments))
  },
  { what: "Azure CLI profile and tokens (.azure/)", name: inFolder(".azure") },
  { what: "AWS CLI credentials (.aws/)", name: inFolder(".aws") },
  {
    what: "an .npmrc with a registry auth token",
    name: (segments) => fileName(segments) === ".npmrc",
    content: NPM_AUTH
  },
  {
    what: "an SSH private key",
    name: (segments) => /^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/.test(fileName(segments))
  },
  {
    what: "a PKCS#12 key store (.pfx/.p12)",
    name: (segments) => /\.(pfx|p12)$/i.test(fileName(segments))
  },
  { what: "a private key", content: PRIVATE_KEY }
];
var SCAN_BYTES = 64 * 1024;
var CredentialScan = class {
  bytes = SCAN_BYTES;
  judged = /* @__PURE__ */ new Map();
  buffer = Buffer.allocUnsafe(SCAN_BYTES);
  observe(file, head) {
    this.judged.set(
      file,
      judge(file, () => head)
    );
  }
  /** The files that look like credentials, each with what it looks like, in the files' order. */
  async findIn(files) {
    const found = [];
    for (const file of files) {
      const credential = this.judged.has(file) ? this.judged.get(file) : file.source.kind === "disk" ? judge(file, () => this.readFromDisk(file)) : judge(file, await entryHead(file));
      if (credential !== void 0) found.push(credential);
    }
    return found;
  }
  readFromDisk(file) {
    if (file.source.kind !== "disk" || file.size === 0) return this.buffer.subarray(0, 0);
    const descriptor = (0, import_node_fs5.openSync)(file.source.path, "r");
    try {
      return this.buffer.subarray(0, (0, import_node_fs5.readSync)(descriptor, this.buffer, 0, SCAN_BYTES, 0));
    } finally {
      (0, import_node_fs5.closeSync)(descriptor);
    }
  }
};
function judge(file, head) {
  const segments = file.name.toLowerCase().split("/");
  let bytes;
  for (const kind of KINDS) {
    const named2 = kind.name === void 0 || kind.name(segments);
    if (!named2) continue;
    if (kind.content === void 0) return { name: file.name, what: kind.what };
    if (kind.name === void 0 && isAlreadyCompressed(file.name)) continue;
    bytes ??= head();
    const { marker, pattern } = kind.content;
    if (!marker.some((text) => bytes?.includes(text))) continue;
    if (pattern.test(bytes.toString("latin1"))) return { name: file.name, what: kind.what };
  }
  return void 0;
}
async function entryHead(file) {
  const stream = await openSource(file);
  const head = await new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const done = () => {
      stream.off("data", onData);
      stream.destroy();
      resolve(Buffer.concat(chunks).subarray(0, SCAN_BYTES));
    };
    const onData = (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= SCAN_BYTES) done();
    };
    stream.on("data", onData);
    stream.once("end", done);
    stream.on("error", reject);
  });
  return () => head;
}

// src/payload/folder.ts
var import_node_fs6 = __toESM(require_node_fs6(), 1);
var import_promises4 = __toESM(require_promises6(), 1);
var import_node_path2 = __toESM(require_node_path2(), 1);

// src/payload/names.ts
function entryNameProblem(name) {
  if (name.length === 0) return "an empty name";
  if (hasControlCharacter(name)) return "a control character in the name";
  if (name.includes("\\")) return "a backslash, which a server may read as a folder separator";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "an absolute path";
  const segments = name.split("/");
  if (segments.includes("..")) return "a '..' segment (path traversal)";
  if (segments.some((segment) => segment === "" || segment === "."))
    return 'an empty or "." segment';
  if (Buffer.byteLength(name) > 65535) return "a name longer than a zip entry allows";
  return void 0;
}
function checkEntryName(name, origin) {
  const problem = entryNameProblem(name);
  if (problem !== void 0) {
    throw new InputError(`Refused ${origin} '${printable(name)}': ${problem}.`, {
      doc: "payload-unsafe",
      fix: "Remove or rename that file; nothing was uploaded."
    });
  }
  return name;
}
function hasControlCharacter(text) {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 32 || code === 127 || code >= 128 && code <= 159) return true;
  }
  return false;
}

// src/payload/folder.ts
var BROKEN_LINK = /* @__PURE__ */ new Set(["ENOENT", "ENOTDIR", "ELOOP"]);
async function walkFolder(folder, workspace, limits, kind = SITE_PACKAGE) {
  const walk = {
    workspace: await resolveReal(workspace),
    limits,
    kind,
    files: [],
    skipped: []
  };
  const root = await resolveReal(folder);
  assertInside(walk, root, folder);
  await walkDirectory(walk, root, "", []);
  return { files: walk.files, skipped: walk.skipped };
}
async function walkDirectory(walk, directory, prefix, ancestors) {
  const descent = [...ancestors, directory];
  const entries = await (0, import_promises4.readdir)(directory, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const name = checkEntryName(prefix + entry.name, "file");
      const fullPath = import_node_path2.default.join(directory, entry.name);
      if (entry.isSymbolicLink()) await followLink(walk, fullPath, name, descent);
      else if (entry.isDirectory()) await walkDirectory(walk, fullPath, `${name}/`, descent);
      else if (entry.isFile()) addFile(walk, name, fullPath, (0, import_node_fs6.lstatSync)(fullPath).size);
      else walk.skipped.push(name);
    })
  );
}
async function followLink(walk, linkPath, name, ancestors) {
  let target;
  try {
    target = await resolveReal(linkPath);
  } catch (error) {
    const code = error.code ?? "unknown";
    const broken = BROKEN_LINK.has(code);
    throw new InputError(
      `Refused symlink '${printable(name)}': ${broken ? "it points to nothing" : `it cannot be followed (${printable(code)})`}.`,
      {
        doc: "payload-unsafe",
        fix: broken ? "Remove the broken symlink or replace it with the file itself." : "Make its target readable by the runner, or replace the symlink with the file itself."
      }
    );
  }
  assertInside(walk, target, name);
  const targetStat = await (0, import_promises4.stat)(target);
  if (targetStat.isDirectory()) {
    if (ancestors.includes(target)) {
      throw new InputError(
        `Refused symlink '${printable(name)}': it loops back to a folder above it.`,
        {
          doc: "payload-unsafe",
          fix: `Remove the symlink loop from ${walk.kind.folder}.`
        }
      );
    }
    await walkDirectory(walk, target, `${name}/`, ancestors);
  } else if (targetStat.isFile()) {
    addFile(walk, name, target, targetStat.size);
  } else {
    walk.skipped.push(name);
  }
}
function addFile(walk, name, diskPath, size) {
  walk.files.push({ name, size, source: { kind: "disk", path: diskPath } });
  if (walk.files.length > walk.limits.maxFiles)
    throw tooManyFiles(walk.limits, `more than ${walk.limits.maxFiles}`, walk.kind);
}
function assertInside(walk, realTarget, shownName) {
  if (isInside(walk.workspace, realTarget)) return;
  throw new InputError(
    `Refused '${printable(shownName)}': it resolves outside the workspace (GITHUB_WORKSPACE).`,
    {
      doc: "payload-unsafe",
      fix: `Copy the file into ${walk.kind.folder} instead of linking to it; nothing was uploaded.`
    }
  );
}

// src/payload/zipInput.ts
var UNIX_HOST = 3;
var DOS_HOSTS = /* @__PURE__ */ new Set([0, 10, 14]);
var SYMLINK_MODE = 40960;
var FILE_TYPE_MASK = 61440;
var STORED2 = 0;
var DEFLATED2 = 8;
async function readZipInput(zipPath, limits, observer, kind = SITE_PACKAGE) {
  const { default: yauzl } = await import("./yauzl-VKWOS24K.js");
  const archive = await openArchive(yauzl, zipPath, kind);
  try {
    const files = await listEntries(yauzl, archive, limits, kind);
    await verifyInflatedSizes(files, observer);
    return { archive, files };
  } catch (error) {
    archive.close();
    throw error;
  }
}
function openArchive(yauzl, zipPath, kind) {
  return new Promise((resolve, reject) => {
    yauzl.open(
      zipPath,
      // decodeStrings off: names are decoded and judged here, so the error can name the entry.
      {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true,
        strictFileNames: true
      },
      (error, archive) => {
        if (error) reject(unreadable(zipPath, error, kind));
        else resolve(archive);
      }
    );
  });
}
function listEntries(yauzl, archive, limits, kind) {
  return new Promise((resolve, reject) => {
    const files = [];
    let declaredBytes = 0;
    const fail = (error) => {
      archive.removeAllListeners("entry");
      reject(error);
    };
    archive.on("error", (error) => fail(unreadable("the .zip", error, kind)));
    archive.on("end", () => resolve(files));
    archive.on("entry", (entry) => {
      try {
        const file = judgeEntry(yauzl, archive, entry);
        if (file !== void 0) {
          files.push(file);
          declaredBytes += file.size;
          if (files.length > limits.maxFiles)
            throw tooManyFiles(limits, `more than ${limits.maxFiles}`, kind);
          if (declaredBytes > limits.maxTotalBytes) {
            throw new InputError(
              `The .zip declares more than ${formatMegabytes(limits.maxTotalBytes)} of content (${declaredBytes} bytes once entry ${files.length}, '${printable(file.name)}', is counted), over the limit of ${kind.limitOwner}.`,
              {
                doc: "payload-limits",
                fix: `${kind.shrink} A .zip is measured by its uncompressed size.`
              }
            );
          }
        }
        archive.readEntry();
      } catch (error) {
        fail(error);
      }
    });
    archive.readEntry();
  });
}
function judgeEntry(yauzl, archive, entry) {
  const rawName = yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    true
  );
  const written = DOS_HOSTS.has(entry.versionMadeBy >> 8) ? rawName.replaceAll("\\", "/") : rawName;
  const isFolder = written.endsWith("/") && entry.uncompressedSize === 0;
  const name = checkEntryName(isFolder ? written.slice(0, -1) : written, ".zip entry");
  const refuse = (problem) => new InputError(`Refused .zip entry '${printable(name)}': ${problem}.`, {
    doc: "payload-unsafe",
    fix: "Rebuild the .zip from its folder (plain files, no links, no encryption); nothing was uploaded."
  });
  const mode = entry.externalFileAttributes >>> 16 & FILE_TYPE_MASK;
  if (entry.versionMadeBy >> 8 === UNIX_HOST && mode === SYMLINK_MODE)
    throw refuse("it is a symbolic link");
  if ((entry.generalPurposeBitFlag & 1) !== 0) throw refuse("it is encrypted");
  if (isFolder) return void 0;
  if (entry.compressionMethod !== STORED2 && entry.compressionMethod !== DEFLATED2) {
    throw refuse(
      `it uses compression method ${entry.compressionMethod} (only stored and deflate are read)`
    );
  }
  return { name, size: entry.uncompressedSize, source: { kind: "zip-entry", archive, entry } };
}
var VERIFY_CONCURRENCY = 4;
async function verifyInflatedSizes(files, observer) {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      await inflateAndDiscard(file, observer);
    }
  };
  await Promise.all(Array.from({ length: VERIFY_CONCURRENCY }, worker));
}
function inflateAndDiscard(file, observer) {
  const source = file.source;
  if (source.kind !== "zip-entry") return Promise.resolve();
  const refuse = (error) => {
    const reason = error instanceof Error ? error.message : String(error);
    const problem = /too many bytes/i.test(reason) ? `it inflates to more than the ${counted(file.size, "byte")} it declares (a zip bomb, or a corrupt archive)` : /not enough bytes/i.test(reason) ? `it inflates to fewer than the ${counted(file.size, "byte")} it declares (a corrupt archive)` : `its data cannot be read (${printable(reason)})`;
    return new InputError(`Refused .zip entry '${printable(file.name)}': ${problem}.`, {
      doc: "payload-unsafe",
      fix: "Rebuild the .zip from its folder; nothing was uploaded."
    });
  };
  return new Promise((resolve, reject) => {
    source.archive.openReadStream(source.entry, (error, stream) => {
      if (error) return reject(refuse(error));
      stream.on("error", (streamError2) => reject(refuse(streamError2)));
      stream.on("end", () => {
        observer?.observe(file, Buffer.concat(head));
        resolve();
      });
      const head = [];
      let kept = 0;
      stream.on("data", (chunk) => {
        if (observer === void 0 || kept >= observer.bytes) return;
        head.push(chunk.subarray(0, observer.bytes - kept));
        kept += head.at(-1).length;
      });
    });
  });
}
function unreadable(what, error, kind) {
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError(`Cannot read ${what} as a zip archive: ${endSentence(printable(reason))}`, {
    doc: "payload-unsafe",
    fix: `Point ${kind.input} at a valid .zip or at the build folder.`
  });
}

// src/payload/collect.ts
async function collectFiles(location, workspace, limits, kind) {
  const origin = await locationKind(location, kind);
  const credentials = new CredentialScan();
  let files;
  let close = async () => {
  };
  if (origin === "zip") {
    const input = await readZipInput(location, limits, credentials, kind);
    files = input.files;
    close = async () => input.archive.close();
  } else {
    const walked = await walkFolder(location, workspace, limits, kind);
    files = walked.files;
    for (const name of walked.skipped) info(`Skipped '${printable(name)}': not a regular file.`);
  }
  try {
    files.sort((a, b) => compareNames(a.name, b.name));
    assertUniqueNames(files);
  } catch (error) {
    await close();
    throw error;
  }
  return { origin, files, credentials, close };
}
async function locationKind(location, kind) {
  const found = await (0, import_promises5.stat)(location).catch(() => void 0);
  if (found?.isDirectory()) return "folder";
  if (found?.isFile() && location.toLowerCase().endsWith(".zip")) return "zip";
  throw new InputError(
    found === void 0 ? `${kind.input} '${location}' does not exist.` : `${kind.input} '${location}' is neither a folder nor a .zip file.`,
    { fix: `${kind.build.replace(/\.$/, "")} (or a .zip of it).` }
  );
}
function compareNames(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
function assertUniqueNames(sorted) {
  const seen = /* @__PURE__ */ new Set();
  for (const file of sorted) {
    if (seen.has(file.name)) {
      throw new InputError(`The payload has '${printable(file.name)}' twice.`, {
        doc: "payload-unsafe",
        fix: "Rebuild the .zip so that each path appears once."
      });
    }
    seen.add(file.name);
  }
}
function measure(files) {
  let totalBytes = 0;
  let largestFile = { name: "", size: 0 };
  for (const file of files) {
    totalBytes += file.size;
    if (file.size > largestFile.size || largestFile.name === "")
      largestFile = { name: file.name, size: file.size };
  }
  return { fileCount: files.length, totalBytes, largestFile };
}
var CREDENTIAL_FILES_SHOWN = 20;
function checkCredentialFiles(found, allowed, kind) {
  if (found.length === 0) return;
  const line = (file) => `'${printable(file.name)}': ${file.what}`;
  if (allowed) {
    for (const file of found) {
      warning(`Uploading ${line(file)}, because allow-credential-files is true; it ${kind.fate}.`);
    }
    return;
  }
  const listed = found.slice(0, CREDENTIAL_FILES_SHOWN).map((file) => `  - ${line(file)}`);
  if (found.length > CREDENTIAL_FILES_SHOWN) {
    listed.push(`  - and ${found.length - CREDENTIAL_FILES_SHOWN} more`);
  }
  throw new InputError(
    `${kind.subject} holds ${counted(found.length, "file that looks like credentials", "files that look like credentials")}; ${forCount(found.length, "it", "they")} ${kind.exposure}. Nothing was uploaded.
${listed.join("\n")}`,
    {
      doc: "payload-credentials",
      fix: `Remove them from ${kind.input} (write credentials outside the workspace, e.g. to RUNNER_TEMP, or run the step that writes them after this one), or set allow-credential-files: true if they are meant to be uploaded.`
    }
  );
}
var STRAY_KINDS = [
  {
    label: ".git/",
    matches: (s) => s.slice(0, -1).includes(".git"),
    why: "it holds the repository history",
    in: ["app-location", "api-location"]
  },
  {
    label: ".github/",
    matches: (s) => s.slice(0, -1).includes(".github"),
    why: "workflow files are not part of a site or an API",
    in: ["app-location", "api-location"]
  },
  {
    label: "node_modules/",
    matches: (s) => s.slice(0, -1).includes("node_modules"),
    why: "dependencies are usually not meant to be served",
    in: ["app-location"]
  },
  {
    label: ".env*",
    matches: (s) => (s.at(-1) ?? "").startsWith(".env"),
    why: "environment files often hold secrets",
    in: ["app-location", "api-location"]
  },
  {
    label: "local.settings.json",
    matches: (s) => s.at(-1) === "local.settings.json",
    why: "it holds local settings, often connection strings, and the deployed API does not read it",
    in: ["api-location"]
  }
];
var DEPENDENCIES = /* @__PURE__ */ new Set(["node_modules", ".python_packages"]);
function strayFileWarnings(files, kind = SITE_PACKAGE) {
  const warnings = [];
  for (const stray of STRAY_KINDS) {
    if (!stray.in.includes(kind.input)) continue;
    const matching = files.filter((file) => {
      const segments = file.name.split("/");
      const dependency = kind.input === "api-location" && segments.some((s) => DEPENDENCIES.has(s));
      return !dependency && stray.matches(segments);
    });
    const first = matching[0];
    if (first === void 0) continue;
    warnings.push(
      `${kind.subject} contains ${stray.label} (${counted(matching.length, "file")}, e.g. '${printable(first.name)}'): ${stray.why}. ${forCount(matching.length, "It", "They")} ${kind.fate}; remove ${forCount(matching.length, "it", "them")} from ${kind.input} if that is not intended.`
    );
  }
  return warnings;
}

// src/payload/functionsApp.ts
var import_node_path3 = __toESM(require_node_path3(), 1);
var HOST_JSON = "host.json";
var PACKAGE_JSON = "package.json";
var HOST_JSON_VERSION = "2.0";
var MAX_HOST_JSON_BYTES = 1024 * 1024;
async function checkHostJson(file, location) {
  const refuse = (problem) => new InputError(
    `The API '${location}': ${HOST_JSON} ${problem}; the Functions host would not start it, and no function would run.`,
    {
      doc: "api-package",
      fix: `Make ${HOST_JSON} one JSON object with "version": "${HOST_JSON_VERSION}" (the file \`func init\` writes), then rebuild the API.`
    }
  );
  if (file.size > MAX_HOST_JSON_BYTES) throw refuse(`is ${file.size} bytes`);
  const text = (await readSource(file)).toString("utf8").replace(/^\uFEFF/, "");
  if (text.trim() === "") throw refuse("is empty");
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw refuse(
      `is not JSON (${printable(error instanceof Error ? error.message : String(error), 200)})`
    );
  }
  if (!isRecord(parsed)) {
    const what = Array.isArray(parsed) ? "an array" : parsed === null ? "null" : `a ${typeof parsed}`;
    throw refuse(`is ${what}, not a JSON object`);
  }
  if (parsed.version === void 0) throw refuse("has no 'version'");
  if (parsed.version !== HOST_JSON_VERSION) {
    throw refuse(`has 'version' ${printable(JSON.stringify(parsed.version), 40)}`);
  }
}
async function nodeEntryProblem(files) {
  if (files.some((file) => /^[^/]+\/function\.json$/.test(file.name))) return void 0;
  const manifest = files.find((file) => file.name === PACKAGE_JSON);
  if (manifest === void 0) {
    return `it has no ${PACKAGE_JSON} and no function.json, so nothing would tell the Node.js worker which files register functions`;
  }
  let parsed;
  try {
    parsed = JSON.parse((await readSource(manifest)).toString("utf8").replace(/^\uFEFF/, ""));
  } catch {
    return `its ${PACKAGE_JSON} is not JSON`;
  }
  const main = isRecord(parsed) ? parsed.main : void 0;
  if (typeof main !== "string" || main.trim() === "") {
    return `its ${PACKAGE_JSON} has no "main" (and it has no function.json), so the Node.js worker (programming model v4) loads no file that registers a function`;
  }
  const pattern = import_node_path3.default.posix.normalize(main.trim().replace(/\\/g, "/")).replace(/^\.\//, "");
  const names = files.map((file) => file.name);
  const matched = names.some(
    (name) => name === pattern || name === `${pattern}/index.js` || import_node_path3.default.posix.matchesGlob(name, pattern)
  );
  if (matched) return void 0;
  return `"main" in its ${PACKAGE_JSON} is '${printable(main, 200)}', which matches no file in it, so the Node.js worker (programming model v4) loads no file that registers a function`;
}

// src/payload/api.ts
var MAX_API_ARCHIVE_BYTES = 104857600;
async function prepareApi(config, apiRuntime, options = {}) {
  const location = config.apiLocation;
  const limits = options.limits ?? API_LIMITS;
  const runtime = resolveLanguage(config, apiRuntime);
  const collected = await collectFiles(location, config.workspace, limits, API_PACKAGE);
  try {
    const { files } = collected;
    const totals = measure(files);
    checkTotals({ ...totals, location }, limits, API_PACKAGE);
    await checkHostJson(hostJsonAtRoot(files, location, collected.origin), location);
    checkCredentialFiles(
      await collected.credentials.findIn(files),
      config.allowCredentialFiles ?? false,
      API_PACKAGE
    );
    for (const line of strayFileWarnings(files, API_PACKAGE)) warning(line);
    const unregistered = runtime.language === "node" ? await nodeEntryProblem(files) : void 0;
    if (unregistered !== void 0) {
      warning(
        `The API '${location}': ${unregistered}. It is deployed, but it would register no function and answer no /api request. Set "main" in package.json to the built files that register the functions (for example "dist/src/functions/*.js"; see docs/api.md).`
      );
    }
    const archive = await writeArchive(files, totals.totalBytes, options);
    info(
      `API '${location}': ${counted(totals.fileCount, "file")}, ${formatBytes(totals.totalBytes)}; api.zip ${formatBytes(archive.bytes)} (MD5 ${archive.md5}); ${runtime.language} ${runtime.languageVersion} from ${runtime.languageSource}.`
    );
    return {
      location,
      origin: collected.origin,
      fileCount: totals.fileCount,
      totalBytes: totals.totalBytes,
      ...runtime,
      archive: { path: archive.path, bytes: archive.bytes, md5: archive.md5 },
      close: async () => archive.dispose()
    };
  } finally {
    await collected.close();
  }
}
var CONFIG_RUNTIME = "platform.apiRuntime of staticwebapp.config.json";
function resolveLanguage(config, apiRuntime) {
  const configured = apiRuntime === void 0 ? void 0 : parseApiRuntime(apiRuntime);
  if (configured !== void 0 && "problem" in configured) {
    const problem = `${CONFIG_RUNTIME}: '${printable(apiRuntime ?? "")}' ${configured.problem}`;
    if (config.apiLanguage === void 0 || config.apiLanguageVersion === void 0) {
      throw new InputError(`${problem}.`, {
        doc: "api-package",
        fix: "Set platform.apiRuntime to one of the values Azure lists for managed functions (e.g. node:20), or set api-language and api-language-version."
      });
    }
    warning(
      `${problem}; the inputs give the API's language, but the service may refuse the config.`
    );
  }
  const fromConfig = configured !== void 0 && "language" in configured ? configured : void 0;
  const language = config.apiLanguage ?? fromConfig?.language;
  if (language === void 0) throw missingLanguage("its Functions language");
  const sameLanguage = fromConfig?.language === language;
  const languageVersion = config.apiLanguageVersion ?? (sameLanguage ? fromConfig?.version : void 0);
  if (languageVersion === void 0) throw missingLanguage(`the version of ${language}`, language);
  if (fromConfig !== void 0 && (!sameLanguage || fromConfig.version !== languageVersion)) {
    warning(
      `The API is deployed as ${language} ${languageVersion} (the inputs), but ${CONFIG_RUNTIME} says '${printable(apiRuntime ?? "")}'; the service may go by either: make them agree.`
    );
  }
  const source = config.apiLanguage !== void 0 && config.apiLanguageVersion !== void 0 ? "api-language and api-language-version" : config.apiLanguage === void 0 && config.apiLanguageVersion === void 0 ? CONFIG_RUNTIME : `${config.apiLanguage === void 0 ? "api-language-version" : "api-language"} and ${CONFIG_RUNTIME}`;
  return { language, languageVersion, languageSource: source };
}
function missingLanguage(what, language) {
  const example = language ?? "node";
  const version = FUNCTION_LANGUAGES[example].example;
  return new InputError(
    `The API needs ${what}, and neither the inputs nor ${CONFIG_RUNTIME} give it; the service would refuse it ("Cannot deploy to the function app because Function language info isn't provided").`,
    {
      doc: "api-package",
      fix: `Set api-language (${LANGUAGE_NAMES}) and api-language-version (e.g. ${version}), or add "platform": { "apiRuntime": "${FUNCTION_LANGUAGES[example].apiRuntime}:${version}" } to staticwebapp.config.json.`
    }
  );
}
function hostJsonAtRoot(files, location, origin) {
  const atRoot = files.find((file) => file.name === HOST_JSON);
  if (atRoot !== void 0) return atRoot;
  const nested = files.map((file) => file.name).filter((name) => name.toLowerCase().split("/").at(-1) === HOST_JSON).sort((a, b) => a.split("/").length - b.split("/").length)[0];
  const hint = nested === void 0 ? "" : nested.includes("/") ? ` (there is one at '${printable(nested)}')` : ` (there is '${printable(nested)}': the name is host.json, in lower case)`;
  const folder = nested?.includes("/") ? nested.slice(0, nested.lastIndexOf("/")) : void 0;
  throw new InputError(
    `The API '${location}' has no ${HOST_JSON} at its root${hint}: api-location must be a prebuilt Functions app, whose root holds ${HOST_JSON}.`,
    {
      doc: "api-package",
      fix: folder === void 0 ? "Point api-location at the API's build output: the folder `func` or `dotnet publish` writes, with host.json at its root (see docs/api.md)." : origin === "zip" ? `Rebuild the .zip from inside '${printable(folder)}' so that host.json is at its root.` : `Point api-location at '${printable(folder)}' inside it.`
    }
  );
}
async function writeArchive(files, totalBytes, options) {
  const spool = new Spool(options.archiveDir, "api");
  const md5 = (0, import_node_crypto2.createHash)("md5");
  let bytes = 0;
  const measured = new import_node_stream4.Transform({
    transform(chunk, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > MAX_API_ARCHIVE_BYTES) return callback(archiveTooLarge(totalBytes));
      md5.update(chunk);
      callback(null, chunk);
    }
  });
  try {
    await spool.write(writeZip({ files }, options.zip), void 0, measured);
  } catch (error) {
    spool.dispose();
    throw error;
  }
  return {
    path: spool.path,
    bytes,
    md5: md5.digest("hex").toUpperCase(),
    dispose: () => spool.dispose()
  };
}
function archiveTooLarge(totalBytes) {
  return new InputError(
    `The API's archive (api.zip) is over ${formatCount(MAX_API_ARCHIVE_BYTES)} bytes (100 MiB), the most Azure Static Web Apps takes for a managed Functions API ("The size of the function content was too large"); its files are ${formatBytes(totalBytes)} uncompressed. Nothing was uploaded.`,
    {
      doc: "api-package",
      fix: "Leave out what the API does not run: dev dependencies (npm ci --omit=dev), tests, source maps, local tooling; or link your own Functions app to the Static Web App instead of a managed API."
    }
  );
}

// src/payload/defaultFile.ts
var import_node_path4 = __toESM(require_node_path4(), 1);
var DEFAULT_FILES = /* @__PURE__ */ new Set(["index.html", "Index.html"]);
var NAMED_FOLDERS = 3;
function missingDefaultFile(files, config, location) {
  if (files.some((file) => DEFAULT_FILES.has(file.name))) return void 0;
  if (asRecord(config)?.navigationFallback !== void 0) return void 0;
  const shown = import_node_path4.default.relative(location.workspace, location.path).split(import_node_path4.default.sep).join("/") || ".";
  const lead = `The upload has no index.html at its root (app-location '${shown}'): the site's root will answer 404, and Microsoft's own deploy refuses such a folder ("Failed to find a default file in the app artifacts folder").`;
  const folders = location.origin === "folder" ? nearestFolders(files, shown) : [];
  if (folders.length === 1)
    return `${lead} It holds ${folders[0]}/index.html: set app-location to '${folders[0]}' if that is the built site.`;
  if (folders.length > 1)
    return `${lead} Point app-location at the build output, the one of ${folders.map((folder) => `'${folder}'`).join(", ")} that holds the built site.`;
  return `${lead} Point app-location at the build output, the folder that holds index.html (a navigationFallback rule in staticwebapp.config.json also serves the root).`;
}
function nearestFolders(files, shown) {
  const holding = files.filter((file) => DEFAULT_FILES.has(import_node_path4.default.posix.basename(file.name))).map((file) => import_node_path4.default.posix.dirname(file.name));
  if (holding.length === 0) return [];
  const depth = (folder) => folder.split("/").length;
  const nearest = Math.min(...holding.map(depth));
  return [...new Set(holding.filter((folder) => depth(folder) === nearest))].sort().slice(0, NAMED_FOLDERS).map((folder) => shown === "." ? folder : `${shown}/${folder}`);
}

// src/payload/diskNames.ts
var AS_WRITTEN = (segment) => segment;
var WINDOWS_FORBIDDEN = /[<>:"|?*]/;
var WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$/i;
function windowsSegmentProblem(segment) {
  if (WINDOWS_FORBIDDEN.test(segment))
    return 'a character Windows forbids in names (< > : " | ? *; a colon names a hidden stream)';
  if (/[. ]$/.test(segment)) return "a trailing dot or space, which Windows drops";
  if (WINDOWS_DEVICE.test(segment.trim())) return "a device name Windows reserves";
  return void 0;
}
var DISKS = {
  linux: { key: AS_WRITTEN },
  win32: { key: (segment) => segment.toUpperCase(), segmentProblem: windowsSegmentProblem },
  darwin: { key: (segment) => segment.normalize("NFD").toUpperCase() }
};
function unholdableNames(names, platform = process.platform) {
  const rules = DISKS[platform] ?? DISKS.linux ?? { key: AS_WRITTEN };
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  const claim = (name, folder) => {
    const key = name.split("/").map(rules.key).join("/");
    const earlier = seen.get(key);
    if (earlier === void 0) seen.set(key, { name, folder });
    else if (earlier.name !== name || !earlier.folder || !folder)
      problems.push(
        `'${printable(earlier.name)}' and '${printable(name)}' (one ${earlier.folder || folder ? "path" : "file"} on this runner's disk)`
      );
  };
  for (const name of names) {
    const segments = name.split("/");
    const segmentProblem = segments.map((segment) => rules.segmentProblem?.(segment)).find((problem) => problem !== void 0);
    if (segmentProblem !== void 0) problems.push(`'${printable(name)}' (${segmentProblem})`);
    for (let depth = 1; depth < segments.length; depth++)
      claim(segments.slice(0, depth).join("/"), true);
    claim(name, false);
  }
  return [...new Set(problems)];
}
var SHOWN = 5;
function checkHoldable(names, kind, platform = process.platform) {
  const problems = unholdableNames(names, platform);
  if (problems.length === 0) return;
  const more = problems.length > SHOWN ? `, and ${problems.length - SHOWN} more` : "";
  throw new InputError(
    `The .zip in ${kind.input} has entries this runner's file system cannot hold as files, and engine: official must write them out for StaticSitesClient: ${problems.slice(0, SHOWN).join(", ")}${more}.`,
    {
      doc: "payload-unsafe",
      fix: `Rename those entries in the .zip, or use engine: native (the default), which uploads the .zip's entries as they are; nothing was uploaded.`
    }
  );
}

// src/payload/prepare.ts
var LEGACY_ROUTES_FILE = "routes.json";
var MAX_CONFIG_BYTES = 20 * KB;
async function preparePayload(config, limits = DEFAULT_LIMITS) {
  const site = await prepareSite(config, limits);
  if (config.apiLocation === void 0) return site;
  try {
    const api = await prepareApi({ ...config, apiLocation: config.apiLocation }, site.apiRuntime);
    if (writesOutZip(config, api.origin)) {
      await checkApiHoldable(api).catch(async (error) => {
        await api.close();
        throw error;
      });
    }
    return {
      ...site,
      api,
      close: async () => {
        await site.close();
        await api.close();
      }
    };
  } catch (error) {
    await site.close();
    throw error;
  }
}
async function prepareSite(config, limits) {
  const location = config.appLocation;
  const collected = await collectFiles(location, config.workspace, limits, SITE_PACKAGE);
  const { files, close } = collected;
  try {
    const placedConfigFile = await placeConfigFile(files, config.configFile);
    if (writesOutZip(config, collected.origin))
      checkHoldable(
        files.map((file) => file.name),
        SITE_PACKAGE
      );
    const rootConfig = files.find((file) => file.name === CONFIG_FILE_NAME);
    const configJson = rootConfig ? await readConfigJson(rootConfig) : void 0;
    const configuredRoles = configJson ? rolesOf(configJson) : [];
    const totals = measure(files);
    checkTotals({ ...totals, location }, limits);
    checkCredentialFiles(
      await collected.credentials.findIn(files),
      config.allowCredentialFiles ?? false,
      SITE_PACKAGE
    );
    const warnings = strayFileWarnings(files, SITE_PACKAGE);
    const hasRoutes = rootConfig !== void 0 || files.some((file) => file.name === LEGACY_ROUTES_FILE);
    if (!hasRoutes) {
      warnings.push(
        `The upload has no ${CONFIG_FILE_NAME} at its root: every route is served anonymously, with the platform's defaults (no route rules, roles or headers). Add one, or set config-file-location, if the site needs any.`
      );
    }
    const noDefaultFile = missingDefaultFile(files, configJson, {
      path: location,
      workspace: config.workspace,
      origin: collected.origin
    });
    if (noDefaultFile !== void 0) warnings.push(noDefaultFile);
    for (const line of warnings) warning(line);
    return {
      location,
      origin: collected.origin,
      files,
      ...totals,
      hasRoutes,
      configuredRoles,
      placedConfigFile,
      apiRuntime: configJson ? apiRuntimeOf(configJson) : void 0,
      api: void 0,
      warnings,
      close
    };
  } catch (error) {
    await close();
    throw error;
  }
}
function writesOutZip(config, origin) {
  return config.engine?.name === "official" && origin === "zip";
}
async function checkApiHoldable(api) {
  const { archive, files } = await readZipInput(
    api.archive.path,
    API_LIMITS,
    void 0,
    API_PACKAGE
  );
  try {
    checkHoldable(
      files.map((file) => file.name),
      API_PACKAGE
    );
  } finally {
    archive.close();
  }
}
async function placeConfigFile(files, configFile) {
  if (configFile === void 0) return void 0;
  if (files.some((file) => file.name === CONFIG_FILE_NAME)) {
    warning(
      `${CONFIG_FILE_NAME} is already at the root of app-location; config-file-location is not used.`
    );
    return void 0;
  }
  const found = await (0, import_promises6.stat)(configFile).catch(() => void 0);
  if (!found?.isFile()) {
    throw new InputError(`config-file-location: '${configFile}' is not a file.`, {
      fix: `Point config-file-location at ${CONFIG_FILE_NAME} or the folder holding it.`
    });
  }
  const placed = {
    name: CONFIG_FILE_NAME,
    size: found.size,
    source: { kind: "disk", path: configFile }
  };
  const index = files.findIndex((file) => compareNames(file.name, CONFIG_FILE_NAME) > 0);
  files.splice(index === -1 ? files.length : index, 0, placed);
  return configFile;
}
async function readConfigJson(file) {
  const refuse = (problem) => new InputError(`${CONFIG_FILE_NAME} ${problem}.`, {
    fix: `Fix ${CONFIG_FILE_NAME}: it must be one JSON object (see the Static Web Apps configuration reference).`
  });
  if (file.size > MAX_CONFIG_BYTES) {
    throw new InputError(
      `${CONFIG_FILE_NAME} is ${formatCount(file.size)} bytes; Azure Static Web Apps accepts at most 20 KB (${formatCount(MAX_CONFIG_BYTES)} bytes) and would refuse it ("The file size exceeds the limit of 20 KB").`,
      {
        doc: "payload-limits",
        fix: `Shrink ${CONFIG_FILE_NAME}: merge routes with wildcards, drop unused headers or rules.`
      }
    );
  }
  const text = (await readSource(file)).toString("utf8").replace(/^\uFEFF/, "");
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw refuse(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw refuse("is not a JSON object");
  return parsed;
}
var BUILT_IN_ROLES = /* @__PURE__ */ new Set(["anonymous", "authenticated"]);
function rolesOf(config) {
  const routes = config.routes;
  const roles = /* @__PURE__ */ new Set();
  if (Array.isArray(routes)) {
    for (const route of routes) {
      const allowed = route?.allowedRoles;
      if (!Array.isArray(allowed)) continue;
      for (const role of allowed)
        if (typeof role === "string" && !BUILT_IN_ROLES.has(role)) roles.add(role);
    }
  }
  return [...roles].sort();
}
function apiRuntimeOf(config) {
  const platform = config.platform;
  const runtime = platform?.apiRuntime;
  if (runtime === void 0 || runtime === null) return void 0;
  return typeof runtime === "string" ? runtime : JSON.stringify(runtime);
}

export {
  openSource,
  writeZip,
  validateDeploymentToken,
  deploy,
  describeApi,
  judgeTimeout,
  dryRun,
  checkSkuLimit,
  readZipInput,
  checkHoldable,
  preparePayload
};
