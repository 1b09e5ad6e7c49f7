import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  API_LIMITS,
  API_PACKAGE,
  CHANNELS,
  CONFIG_FILE_NAME,
  DEFAULT_LIMITS,
  ENGINE_VERSION,
  FUNCTION_LANGUAGES,
  KB,
  LANGUAGE_NAMES,
  MB,
  SITE_PACKAGE,
  Spool,
  buildEventInfo,
  closedSinceEvent,
  deploy,
  describeApi,
  dryRun,
  findServerText,
  isAlreadyCompressed,
  isInside,
  judgeTimeout,
  openSource,
  parseApiRuntime,
  readSource,
  require_promises,
  resolveReal,
  sameBuildId,
  validateDeploymentToken,
  writeZip
} from "./chunk-LWYFE25N.js";
import "./chunk-25OQJNCW.js";
import {
  describeEnvironment,
  getStaticSite,
  listPreviewEnvironments,
  listStaticSiteSecrets,
  readEnvironment,
  utcMinute
} from "./chunk-KDVDTPSL.js";
import {
  GitHubApiError,
  LIST_SECRETS_STEP,
  PER_PAGE,
  PRODUCTION,
  armError,
  callGitHub,
  connectGitHub,
  elapsedMs,
  listAll,
  parseBody,
  repositoryPath,
  require_node_zlib,
  runUrl,
  signInFor
} from "./chunk-IDAMP2CR.js";
import "./chunk-4KBQUX7X.js";
import {
  ActionError,
  CancelledError,
  InputError,
  Interruption,
  STEP_LIMITS,
  __commonJS,
  __require,
  __toESM,
  cancelledError,
  describeBody,
  errorText,
  formatBytes,
  formatCount,
  formatSeconds,
  group,
  info,
  isDebug,
  isRecord,
  knob,
  parseJson,
  printable,
  registerSecret,
  relayed,
  require_node_child_process,
  require_node_crypto,
  require_node_events,
  require_node_fs,
  require_node_os,
  require_node_path,
  require_node_stream,
  require_node_util,
  require_promises as require_promises2,
  send,
  staticSiteResourceId,
  throwIfCancelled,
  troubleshootingUrl,
  warning
} from "./chunk-I27EWPYI.js";

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs = require_node_fs();
    var util = require_node_util();
    var stream = require_node_stream();
    var Readable = stream.Readable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = require_node_events().EventEmitter;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd) {
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.refCount > 0) return;
      fs.close(self.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.push(null);
        this._cleanup();
        return;
      }
      self.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.push(null);
            self._cleanup();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer) {
      EventEmitter.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports, module) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc32(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module.exports = crc32;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs = require_node_fs();
    var zlib = require_node_zlib();
    var fd_slicer = require_fd_slicer();
    var util = require_node_util();
    var EventEmitter = require_node_events().EventEmitter;
    var Transform2 = require_node_stream().Transform;
    var PassThrough = require_node_stream().PassThrough;
    var Writable2 = require_node_stream().Writable;
    var crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : require_crc32();
    exports.open = open2;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.openPromise = openPromise;
    exports.fromFdPromise = fromFdPromise;
    exports.fromBufferPromise = fromBufferPromise;
    exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader;
    function openPromise(path7, options2) {
      return new Promise((resolve, reject) => {
        open2(path7, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function open2(path7, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.open(path7, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      self.hasEachEntryBeenCalled = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage = validateFileName(entry.fileName);
            if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self = this;
      if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self.on("entry", onEntry);
      self.on("end", onEnd);
      self.on("error", onError);
      function cleanup() {
        self.removeListener("entry", onEntry);
        self.removeListener("end", onEnd);
        self.removeListener("error", onError);
        if (self.autoClose) self.close();
      }
      function onEntry(entry) {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        resolve({ value: entry });
      }
      function onEnd() {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise = new Promise((resolve, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve, reject };
          });
          self.readEntry();
          return promise;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry.compressionMethod === 0 || // Naturally without compression.
      entry.compressionMethod === 8 && options2.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName2 = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc32(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName2 = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName2 == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName2 = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName2 = fileName2.replace(/\\/g, "/");
      }
      return fileName2;
    }
    function validateFileName(fileName2) {
      if (fileName2.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName2;
      }
      if (/^[a-zA-Z]:/.test(fileName2) || /^\//.test(fileName2)) {
        return "absolute path: " + fileName2;
      }
      if (fileName2.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName2;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform2);
    function AssertByteCountStream(byteCount) {
      Transform2.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable2();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error) {
        callback(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// builtin:node:timers/promises
var require_promises3 = __commonJS({
  "builtin:node:timers/promises"(exports, module) {
    module.exports = __require("node:timers/promises");
  }
});

// src/actions/upload.ts
var import_node_crypto4 = __toESM(require_node_crypto(), 1);

// src/arm/authPolicy.ts
var DEPLOYMENT_TOKEN_POLICY = "DeploymentToken";
var GITHUB_POLICY = "GitHub";
function policyFixes(where, site) {
  const body = JSON.stringify({
    properties: {
      deploymentAuthPolicy: DEPLOYMENT_TOKEN_POLICY,
      repositoryToken: "<a GitHub token with access to the repository>",
      repositoryUrl: site?.repositoryUrl || "<repository URL>",
      branch: site?.branch || "<branch>"
    }
  });
  return `Either switch properties.deploymentAuthPolicy back to ${DEPLOYMENT_TOKEN_POLICY} with an ARM PATCH that also carries repositoryToken, repositoryUrl and branch (az rest --method patch --url "${where.resourceManagerEndpoint}${where.resourceId}?api-version=2025-05-01" --body '${body}'), or recreate the Static Web App without linking a repository (deployment source "Other"); then re-run the job.`;
}
function checkDeploymentAuthPolicy(site, where) {
  if (site.deploymentAuthPolicy?.toLowerCase() !== GITHUB_POLICY.toLowerCase()) return;
  throw new ActionError(
    `Static Web App '${where.appName}' has the deployment authorization policy "${GITHUB_POLICY}": it accepts uploads only from the workflow of its linked repository, and the content plane rejects the deployment token this action would read ("No matching Static Web App was found or the api key was invalid."). Nothing was read or uploaded.`,
    {
      step: "ARM read Static Web App",
      doc: "deployment-auth-policy",
      fix: policyFixes(where, site)
    }
  );
}

// src/arm/staticSite.ts
var READ_STEP = "ARM read Static Web App";
async function readStaticSite(client, config) {
  let site;
  let deploymentAuthPolicy;
  try {
    site = await getStaticSite(client, config.resourceGroup, config.appName, {
      // The SDK's model has no deploymentAuthPolicy (19.x): it is read from the reply itself.
      onResponse: (response) => {
        deploymentAuthPolicy = authPolicyOf(response.bodyAsText);
      }
    });
  } catch (error) {
    throw armError(error, config, READ_STEP);
  }
  if (!site.defaultHostname) {
    throw new ActionError(
      `${READ_STEP}: the Static Web App '${config.appName}' has no default hostname.`,
      {
        step: READ_STEP,
        doc: "arm-other",
        fix: "Check app-name names a Static Web App that finished provisioning."
      }
    );
  }
  return {
    defaultHostname: site.defaultHostname,
    deploymentAuthPolicy,
    contentDistributionEndpoint: site.contentDistributionEndpoint,
    sku: site.sku?.name ?? "Free",
    repositoryUrl: site.repositoryUrl,
    branch: site.branch
  };
}
function authPolicyOf(body) {
  try {
    const policy = JSON.parse(body ?? "").properties?.deploymentAuthPolicy;
    return typeof policy === "string" && policy !== "" ? policy : void 0;
  } catch {
    return void 0;
  }
}
async function readDeploymentToken(client, config) {
  let secrets;
  try {
    secrets = await listStaticSiteSecrets(client, config.resourceGroup, config.appName);
  } catch (error) {
    throw armError(error, config, LIST_SECRETS_STEP);
  }
  const apiKey = secrets.properties?.apiKey;
  if (typeof apiKey !== "string" || apiKey === "") {
    throw new ActionError(
      `${LIST_SECRETS_STEP}: the reply has no deployment token (properties.apiKey).`,
      {
        step: LIST_SECRETS_STEP,
        doc: "arm-other",
        fix: "Check the Static Web App in the portal ('Manage deployment token'); reset the token if it is missing."
      }
    );
  }
  return registerSecret(apiKey);
}

// src/engine/deploy.ts
var import_promises11 = __toESM(require_promises(), 1);
var import_node_os4 = __toESM(require_node_os(), 1);
var import_node_path6 = __toESM(require_node_path(), 1);

// src/tempFolder.ts
var import_promises = __toESM(require_promises(), 1);
var removeTree = (folder) => (0, import_promises.rm)(folder, { recursive: true, force: true });
var TRANSIENT = /* @__PURE__ */ new Set(["EBUSY", "EPERM", "ENOTEMPTY", "EMFILE", "ENFILE"]);
var REMOVAL_DELAYS_MS = [100, 200, 400, 800, 1600];
async function removeTempFolder(folder, remove = removeTree, delaysMs = REMOVAL_DELAYS_MS) {
  for (let attempt = 0; ; attempt++) {
    try {
      await remove(folder);
      return;
    } catch (error) {
      const code2 = error?.code ?? String(error);
      const delay = delaysMs[attempt];
      if (TRANSIENT.has(code2) && delay !== void 0) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        continue;
      }
      warning(
        `Could not remove the temporary folder ${printable(folder)} (${printable(code2)}); the deployment's result stands. RUNNER_TEMP is emptied after the job; elsewhere delete it by hand.`
      );
      return;
    }
  }
}

// src/engine/appFolder.ts
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_promises5 = __toESM(require_promises(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);
var import_promises6 = __toESM(require_promises2(), 1);

// src/payload/prepare.ts
var import_promises4 = __toESM(require_promises(), 1);

// src/payload/api.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_stream = __toESM(require_node_stream(), 1);

// src/payload/collect.ts
var import_promises3 = __toESM(require_promises(), 1);

// src/payload/credentials.ts
var import_node_fs = __toESM(require_node_fs(), 1);
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
    const descriptor = (0, import_node_fs.openSync)(file.source.path, "r");
    try {
      return this.buffer.subarray(0, (0, import_node_fs.readSync)(descriptor, this.buffer, 0, SCAN_BYTES, 0));
    } finally {
      (0, import_node_fs.closeSync)(descriptor);
    }
  }
};
function judge(file, head) {
  const segments = file.name.toLowerCase().split("/");
  let bytes;
  for (const kind of KINDS) {
    const named = kind.name === void 0 || kind.name(segments);
    if (!named) continue;
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
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_promises2 = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);

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
    const code2 = text.charCodeAt(index);
    if (code2 < 32 || code2 === 127 || code2 >= 128 && code2 <= 159) return true;
  }
  return false;
}

// src/payload/limits.ts
var SKU_LIMIT_BYTES = { Free: 250 * MB, Standard: 500 * MB };
function formatMegabytes(bytes) {
  const megabytes = bytes / MB;
  return `${megabytes >= 100 || Number.isInteger(megabytes) ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}
function tooManyFiles(limits, counted, kind = SITE_PACKAGE) {
  return new InputError(
    `${kind.subject} has ${counted} files; ${kind.limitOwner} accepts at most ${formatCount(limits.maxFiles)}${kind.perFiles}.`,
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
  const entries = await (0, import_promises2.readdir)(directory, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const name = checkEntryName(prefix + entry.name, "file");
      const fullPath = import_node_path.default.join(directory, entry.name);
      if (entry.isSymbolicLink()) await followLink(walk, fullPath, name, descent);
      else if (entry.isDirectory()) await walkDirectory(walk, fullPath, `${name}/`, descent);
      else if (entry.isFile()) addFile(walk, name, fullPath, (0, import_node_fs2.lstatSync)(fullPath).size);
      else walk.skipped.push(name);
    })
  );
}
async function followLink(walk, linkPath, name, ancestors) {
  let target;
  try {
    target = await resolveReal(linkPath);
  } catch (error) {
    const code2 = error.code ?? "unknown";
    const broken = BROKEN_LINK.has(code2);
    throw new InputError(
      `Refused symlink '${printable(name)}': ${broken ? "it points to nothing" : `it cannot be followed (${printable(code2)})`}.`,
      {
        doc: "payload-unsafe",
        fix: broken ? "Remove the broken symlink or replace it with the file itself." : "Make its target readable by the runner, or replace the symlink with the file itself."
      }
    );
  }
  assertInside(walk, target, name);
  const targetStat = await (0, import_promises2.stat)(target);
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
var import_yauzl = __toESM(require_yauzl(), 1);
var UNIX_HOST = 3;
var DOS_HOSTS = /* @__PURE__ */ new Set([0, 10, 14]);
var SYMLINK_MODE = 40960;
var FILE_TYPE_MASK = 61440;
var STORED = 0;
var DEFLATED = 8;
async function readZipInput(zipPath, limits, observer, kind = SITE_PACKAGE) {
  const archive = await openArchive(zipPath, kind);
  try {
    const files = await listEntries(archive, limits, kind);
    await verifyInflatedSizes(files, observer);
    return { archive, files };
  } catch (error) {
    archive.close();
    throw error;
  }
}
function openArchive(zipPath, kind) {
  return new Promise((resolve, reject) => {
    import_yauzl.default.open(
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
function listEntries(archive, limits, kind) {
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
        const file = judgeEntry(archive, entry);
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
function judgeEntry(archive, entry) {
  const rawName = import_yauzl.default.getFileNameLowLevel(
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
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
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
    const problem = /too many bytes/i.test(reason) ? `it inflates to more than the ${file.size} bytes it declares (a zip bomb, or a corrupt archive)` : /not enough bytes/i.test(reason) ? `it inflates to fewer than the ${file.size} bytes it declares (a corrupt archive)` : `its data cannot be read (${printable(reason)})`;
    return new InputError(`Refused .zip entry '${printable(file.name)}': ${problem}.`, {
      doc: "payload-unsafe",
      fix: "Rebuild the .zip from its folder; nothing was uploaded."
    });
  };
  return new Promise((resolve, reject) => {
    source.archive.openReadStream(source.entry, (error, stream) => {
      if (error) return reject(refuse(error));
      stream.on("error", (streamError) => reject(refuse(streamError)));
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
  return new InputError(`Cannot read ${what} as a zip archive: ${printable(reason)}.`, {
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
  const found = await (0, import_promises3.stat)(location).catch(() => void 0);
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
    `${kind.subject} holds ${found.length} file(s) that look like credentials; ${kind.exposure}. Nothing was uploaded.
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
      `${kind.subject} contains ${stray.label} (${matching.length} file(s), e.g. '${printable(first.name)}'): ${stray.why}. They ${kind.fate}; remove them from ${kind.input} if that is not intended.`
    );
  }
  return warnings;
}

// src/payload/functionsApp.ts
var import_node_path2 = __toESM(require_node_path(), 1);
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
  const pattern = import_node_path2.default.posix.normalize(main.trim().replace(/\\/g, "/")).replace(/^\.\//, "");
  const names = files.map((file) => file.name);
  const matched = names.some(
    (name) => name === pattern || name === `${pattern}/index.js` || import_node_path2.default.posix.matchesGlob(name, pattern)
  );
  if (matched) return void 0;
  return `"main" in its ${PACKAGE_JSON} is '${printable(main, 200)}', which matches no file in it, so the Node.js worker (programming model v4) loads no file that registers a function`;
}

// src/payload/api.ts
var MAX_API_ARCHIVE_BYTES = 104857600;
async function prepareApi(config, apiRuntime, options2 = {}) {
  const location = config.apiLocation;
  const limits = options2.limits ?? API_LIMITS;
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
    const archive = await writeArchive(files, totals.totalBytes, options2);
    info(
      `API '${location}': ${totals.fileCount} files, ${formatBytes(totals.totalBytes)}; api.zip ${formatBytes(archive.bytes)} (MD5 ${archive.md5}); ${runtime.language} ${runtime.languageVersion} from ${runtime.languageSource}.`
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
async function writeArchive(files, totalBytes, options2) {
  const spool = new Spool(options2.archiveDir, "api");
  const md5 = (0, import_node_crypto.createHash)("md5");
  let bytes = 0;
  const measured = new import_node_stream.Transform({
    transform(chunk, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > MAX_API_ARCHIVE_BYTES) return callback(archiveTooLarge(totalBytes));
      md5.update(chunk);
      callback(null, chunk);
    }
  });
  try {
    await spool.write(writeZip({ files }, options2.zip), void 0, measured);
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
  const found = await (0, import_promises4.stat)(configFile).catch(() => void 0);
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

// src/engine/appFolder.ts
async function appFolderFor(payload, env = process.env, kind = SITE_PACKAGE) {
  const hasRootConfig = payload.files.some((file) => file.name === CONFIG_FILE_NAME);
  if (payload.origin === "folder") {
    const configFileLocation = payload.placedConfigFile !== void 0 ? import_node_path3.default.dirname(payload.placedConfigFile) : hasRootConfig ? payload.location : void 0;
    return { location: payload.location, configFileLocation, dispose: async () => {
    } };
  }
  checkHoldable(
    payload.files.map((file) => file.name),
    kind
  );
  const location = await (0, import_promises5.mkdtemp)(import_node_path3.default.join(env.RUNNER_TEMP?.trim() || import_node_os.default.tmpdir(), "swa-app-"));
  const dispose = () => removeTempFolder(location);
  try {
    for (const file of payload.files) {
      const target = import_node_path3.default.join(location, ...file.name.split("/"));
      await (0, import_promises5.mkdir)(import_node_path3.default.dirname(target), { recursive: true });
      await (0, import_promises6.pipeline)(
        await openSource(file),
        (0, import_node_fs3.createWriteStream)(target, { mode: 420, flags: "wx" })
      );
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return { location, configFileLocation: hasRootConfig ? location : void 0, dispose };
}
async function apiFolderFor(api, env = process.env) {
  if (api.origin === "folder") return { location: api.location, dispose: async () => {
  } };
  const { archive, files } = await readZipInput(
    api.archive.path,
    API_LIMITS,
    void 0,
    API_PACKAGE
  );
  try {
    return await appFolderFor(
      { origin: "zip", location: api.archive.path, files, placedConfigFile: void 0 },
      env,
      API_PACKAGE
    );
  } finally {
    archive.close();
  }
}

// src/engine/environment.ts
var import_promises7 = __toESM(require_promises(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);
var RUNNER_FILES = {
  GITHUB_OUTPUT: "the step's outputs are the action's verdict (url, static_web_app_url, outcome), set from what the client did",
  GITHUB_ENV: "a line there sets a variable for every later step (NODE_OPTIONS, LD_PRELOAD: code that runs in them)",
  GITHUB_PATH: "a line there puts a folder first on every later step\u2019s PATH",
  GITHUB_STATE: "the action's own state for a post step (it has none today): nothing another program should seed",
  GITHUB_STEP_SUMMARY: "the step summary is the action\u2019s report: what the client wrote there would read as the action\u2019s word"
};
async function discardedRunnerFiles(folder) {
  const files = {};
  for (const name of Object.keys(RUNNER_FILES)) {
    files[name] = import_node_path4.default.join(folder, `discarded-${name.toLowerCase()}`);
    await (0, import_promises7.writeFile)(files[name], "", { flag: "wx" });
  }
  return files;
}
var CLIENT_VARIABLES = {
  DEPLOYMENT_ACTION: () => "upload",
  DEPLOYMENT_TOKEN: (run) => run.deploymentToken,
  DEPLOYMENT_PROVIDER: () => "GitHub",
  REPOSITORY_BASE: (run) => run.repositoryBase,
  APP_LOCATION: (run) => run.appLocation,
  // The payload is prebuilt: the client must not run Oryx on it.
  SKIP_APP_BUILD: () => "true",
  SKIP_API_BUILD: () => "true",
  CONFIG_FILE_LOCATION: (run) => run.configFileLocation,
  API_LOCATION: (run) => run.api?.location,
  FUNCTION_LANGUAGE: (run) => run.api?.language,
  FUNCTION_LANGUAGE_VERSION: (run) => run.api?.languageVersion,
  DEPLOYMENT_ENVIRONMENT: (run) => run.environment,
  VERBOSE: (run) => run.verbose ? "true" : "false",
  ...Object.fromEntries(
    Object.keys(RUNNER_FILES).map((name) => [
      name,
      (run) => run.runnerFiles[name]
    ])
  )
};
var SECTION_6_VARIABLES = [
  "DEPLOYMENT_ACTION",
  "DEPLOYMENT_TOKEN",
  "DEPLOYMENT_PROVIDER",
  "REPOSITORY_BASE",
  "APP_LOCATION",
  "SKIP_APP_BUILD",
  "SKIP_API_BUILD",
  "API_LOCATION",
  "CONFIG_FILE_LOCATION",
  "DEPLOYMENT_ENVIRONMENT",
  "FUNCTION_LANGUAGE",
  "FUNCTION_LANGUAGE_VERSION",
  "VERBOSE"
];
var WITHHELD = [
  { pattern: /^INPUT_/i, why: "this action's inputs (github-token among them)" },
  {
    pattern: /^ACTIONS_/i,
    why: "the OIDC token request credential, the runtime and cache tokens, debug flags (VERBOSE carries that one)"
  },
  { pattern: /^GITHUB_TOKEN$/i, why: "a token a workflow may have put in env" },
  {
    pattern: /^GITHUB_(EVENT_NAME|EVENT_PATH|REF|REF_NAME|REF_TYPE|HEAD_REF|BASE_REF)$/i,
    why: "the event: this action settled the target, and DEPLOYMENT_ENVIRONMENT says it"
  }
];
function clientEnvironment(run, inherited) {
  const own = new Set(
    [...SECTION_6_VARIABLES, ...Object.keys(RUNNER_FILES)].map((name) => name.toUpperCase())
  );
  const env = {};
  for (const [name, value] of Object.entries(inherited)) {
    if (value === void 0 || own.has(name.toUpperCase())) continue;
    if (WITHHELD.some((rule) => rule.pattern.test(name))) continue;
    env[name] = value;
  }
  for (const [name, value] of Object.entries(CLIENT_VARIABLES)) {
    const set = value(run);
    if (set !== void 0) env[name] = set;
  }
  return env;
}

// src/engine/install.ts
var import_node_crypto3 = __toESM(require_node_crypto(), 1);
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_promises9 = __toESM(require_promises(), 1);
var import_node_os3 = __toESM(require_node_os(), 1);
var import_node_path5 = __toESM(require_node_path(), 1);
var import_promises10 = __toESM(require_promises3(), 1);

// src/http/download.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var import_promises8 = __toESM(require_promises(), 1);
var import_node_stream2 = __toESM(require_node_stream(), 1);
var MAX_REDIRECTS = 5;
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
async function getFollowingRedirects(request) {
  const chain = [request.url];
  for (; ; ) {
    const url = chain.at(-1);
    const reply = await send({ ...request, method: "GET", url, redirects: "return" });
    if (!REDIRECT_STATUSES.has(reply.status)) return { ...reply, chain };
    if (chain.length > MAX_REDIRECTS) {
      throw new ActionError(
        `${request.step}: more than ${MAX_REDIRECTS} redirects from ${originOf(request.url)}; refused.`,
        { step: request.step, status: reply.status, doc: "network-errors" }
      );
    }
    chain.push(redirectTarget(request.step, url, reply));
  }
}
function redirectTarget(step, from, reply) {
  const location = reply.headers.location;
  let target;
  try {
    if (location) target = new URL(location, from);
  } catch {
    target = void 0;
  }
  if (target === void 0) {
    throw new ActionError(
      `${step}: HTTP ${reply.status} from ${originOf(from)} without a valid Location.`,
      { step, status: reply.status, doc: "network-errors" }
    );
  }
  if (target.protocol !== "https:") {
    throw new ActionError(
      `${step}: ${originOf(from)} redirected to ${printable(target.protocol.replace(/:$/, ""))} (${printable(target.host)}); only https is followed.`,
      { step, status: reply.status, doc: "network-errors" }
    );
  }
  return target.toString();
}
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return "an invalid URL";
  }
}
async function downloadFile(request, file) {
  let sink;
  const { maxBytes, ...get } = request;
  const reply = await getFollowingRedirects({
    ...get,
    replyTo: {
      maxBytes,
      open: () => {
        sink = new DigestingFile(file);
        return sink;
      }
    }
  });
  if (reply.status !== 200 || sink === void 0) {
    return { ok: false, status: reply.status, chain: reply.chain };
  }
  return { ok: true, bytes: sink.bytes, sha256: sink.digest(), chain: reply.chain };
}
var DigestingFile = class extends import_node_stream2.Writable {
  constructor(file) {
    super();
    this.file = file;
  }
  file;
  bytes = 0;
  hash = (0, import_node_crypto2.createHash)("sha256");
  handle;
  hex;
  digest() {
    if (this.hex === void 0) throw new Error("the download did not finish");
    return this.hex;
  }
  opened() {
    this.handle ??= (0, import_promises8.open)(this.file, "w", 384);
    return this.handle;
  }
  _write(chunk, _encoding, done) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.opened().then((handle) => writeAll(handle, chunk)).then(
      () => done(),
      (error) => done(error)
    );
  }
  _final(done) {
    this.opened().then((handle) => handle.close()).then(
      () => {
        this.hex = this.hash.digest("hex");
        done();
      },
      (error) => done(error)
    );
  }
  _destroy(error, done) {
    if (this.handle === void 0 || this.hex !== void 0) return done(error);
    this.handle.then((handle) => handle.close()).then(
      () => done(error),
      () => done(error)
    );
  }
};
async function writeAll(handle, chunk) {
  for (let offset = 0; offset < chunk.length; ) {
    offset += (await handle.write(chunk, offset)).bytesWritten;
  }
}

// src/engine/manifest.ts
var MANIFEST_URL = "https://aka.ms/swalocaldeploy";
var SHA256_HEX = /^[0-9a-f]{64}$/;
var STEP = "StaticSitesClient manifest";
var DOC = "official-client-unavailable";
async function findRelease(wanted, platform, signal) {
  const reply = await getFollowingRedirects({
    step: STEP,
    url: MANIFEST_URL,
    signal,
    limits: STEP_LIMITS.clientManifest
  });
  const answeredBy = reply.chain.at(-1) ?? MANIFEST_URL;
  if (reply.status !== 200) {
    throw new ActionError(
      `${STEP}: HTTP ${reply.status} from ${originOf(answeredBy)} (${describeBody(reply.body)}).`,
      {
        step: STEP,
        status: reply.status,
        doc: DOC,
        fix: `Re-run the job later; the manifest at ${MANIFEST_URL} decides which client to download. engine: native does not need it.`
      }
    );
  }
  info(`${STEP}: ${reply.chain.map(printableUrl).join(" \u2192 ")}`);
  return chooseRelease(parseJson(reply, STEP), wanted, platform);
}
function chooseRelease(manifest, wanted, platform) {
  if (!Array.isArray(manifest)) {
    throw unusable(`the manifest is not a JSON array (${describeBody(JSON.stringify(manifest))})`);
  }
  const entries = manifest.filter(isRecord);
  const isChannel = CHANNELS.includes(wanted);
  const entry = entries.find(
    (candidate) => isChannel ? candidate.version === wanted : typeof candidate.buildId === "string" && sameBuildId(candidate.buildId, wanted)
  );
  if (entry === void 0) throw unknownVersion(wanted, entries);
  const buildId = typeof entry.buildId === "string" ? entry.buildId : "";
  if (!ENGINE_VERSION.test(buildId) || CHANNELS.includes(buildId)) {
    throw unusable(`the entry for '${wanted}' has no usable buildId (${printable(buildId, 80)})`);
  }
  const label = `buildId ${buildId}`;
  const file = isRecord(entry.files) ? entry.files[platform] : void 0;
  if (!isRecord(file)) {
    const offered = isRecord(entry.files) ? Object.keys(entry.files).map((key) => printable(key, 40)) : [];
    throw new ActionError(
      `${STEP}: ${label} has no ${platform} file (it lists ${offered.join(", ") || "none"}).`,
      {
        step: STEP,
        doc: DOC,
        fix: "Pin engine-version to a buildId that has this runner\u2019s file, or use engine: native."
      }
    );
  }
  const url = typeof file.url === "string" ? file.url : "";
  if (!isHttpsUrl(url)) {
    throw unusable(`the ${platform} file of ${label} is not an https URL (${printable(url, 120)})`);
  }
  const sha256 = typeof file.sha === "string" ? file.sha.toLowerCase() : "";
  if (!SHA256_HEX.test(sha256)) {
    throw unusable(`the ${platform} file of ${label} has no SHA-256 of 64 hex digits`);
  }
  return {
    version: typeof entry.version === "string" ? entry.version : "",
    buildId,
    publishDate: typeof entry.publishDate === "string" ? entry.publishDate : void 0,
    url,
    sha256
  };
}
function unknownVersion(wanted, entries) {
  const listed = entries.filter((entry) => typeof entry.buildId === "string").map(
    (entry) => typeof entry.version === "string" ? `${printable(entry.version, 20)} (${printable(entry.buildId, 64)})` : printable(entry.buildId, 64)
  );
  return new ActionError(
    `engine-version '${printable(wanted, 64)}' is not in the StaticSitesClient manifest; it lists ${listed.join(", ") || "nothing"}.`,
    {
      step: STEP,
      doc: DOC,
      fix: "Set engine-version to stable, latest, backup or one of the buildIds listed."
    }
  );
}
function unusable(problem) {
  return new ActionError(`${STEP}: ${problem}; nothing was downloaded.`, {
    step: STEP,
    doc: DOC,
    fix: "Re-run the job later (the manifest may be mid-update), pin engine-version to another buildId, or use engine: native."
  });
}
function isHttpsUrl(value) {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}
function printableUrl(url) {
  try {
    const parsed = new URL(url);
    return printable(`${parsed.origin}${parsed.pathname}`, 200);
  } catch {
    return "an invalid URL";
  }
}

// src/engine/platform.ts
var import_node_os2 = __toESM(require_node_os(), 1);
var PLATFORMS = {
  linux: { key: "linux-x64", fileName: "StaticSitesClient" },
  win32: { key: "win-x64", fileName: "StaticSitesClient.exe" },
  darwin: { key: "osx-x64", fileName: "StaticSitesClient" }
};
var ARCH_NAMES = {
  x86: "ia32",
  x64: "x64",
  arm: "arm",
  arm64: "arm64"
};
function officialClientPlatform(env, platform = process.platform, arch = import_node_os2.default.arch()) {
  const runnerArch = env.RUNNER_ARCH?.trim().toLowerCase();
  const cpu = runnerArch && ARCH_NAMES[runnerArch] || arch;
  const found = PLATFORMS[platform];
  if (cpu === "x64" && found) return found;
  const runner = found ? `an ${cpu} runner` : `a ${platform} runner`;
  return {
    problem: `Input engine: official needs an x64 Linux, Windows or macOS runner: Microsoft builds StaticSitesClient for those only, and this is ${runner}. Use engine: native (the default), which runs on every runner, or run this job on an x64 runner.`
  };
}

// src/engine/install.ts
var TOOL_NAME = "StaticSitesClient";
var TOOL_ARCH = "x64";
var STEP2 = "StaticSitesClient download";
var DOC2 = "official-client-unavailable";
var MAX_CLIENT_BYTES = 1024 * 1024 * 1024;
async function installOfficialClient(engineVersion, signal, env = process.env) {
  const platform = officialClientPlatform(env);
  if ("problem" in platform) throw new InputError(platform.problem, { doc: DOC2 });
  if (!env.RUNNER_TOOL_CACHE?.trim()) {
    throw new ActionError(
      "engine: official keeps StaticSitesClient in the runner\u2019s tool cache, and RUNNER_TOOL_CACHE is not set.",
      {
        doc: DOC2,
        fix: "Run the action in a GitHub Actions job (runners set RUNNER_TOOL_CACHE), or set RUNNER_TOOL_CACHE to a folder the job may write."
      }
    );
  }
  const release = await findRelease(engineVersion, platform.key, signal);
  info(
    `StaticSitesClient ${printable(release.version || engineVersion, 20)}: buildId ${release.buildId}${release.publishDate ? `, published ${printable(release.publishDate, 40)}` : ""}, ${platform.key}.`
  );
  const folder = cacheFolder(env.RUNNER_TOOL_CACHE, release.buildId);
  const cached = import_node_path5.default.join(folder, platform.fileName);
  const found = await sha256OfFile(cached).catch(() => void 0);
  if (found === release.sha256) {
    info(`Found in the tool cache (${cached}); its SHA-256 matches the manifest.`);
    await makeExecutable(cached).catch(() => void 0);
    return { path: cached, release, platform, downloaded: false };
  }
  if (found !== void 0) {
    warning(
      `The tool cache's StaticSitesClient ${release.buildId} (${cached}) does not match the manifest's SHA-256; downloading it again.`
    );
  }
  await download(release, platform, folder, signal, env);
  return { path: cached, release, platform, downloaded: true };
}
function cacheFolder(toolCacheRoot, buildId) {
  return import_node_path5.default.join(toolCacheRoot.trim(), TOOL_NAME, cacheVersion(buildId), TOOL_ARCH);
}
async function download(release, platform, folder, signal, env) {
  const temp = await (0, import_promises9.mkdtemp)(import_node_path5.default.join(env.RUNNER_TEMP?.trim() || import_node_os3.default.tmpdir(), "swa-client-"));
  try {
    const file = import_node_path5.default.join(temp, platform.fileName);
    const fetched = await downloadFile(
      {
        step: STEP2,
        url: release.url,
        signal,
        limits: STEP_LIMITS.clientDownload,
        maxBytes: MAX_CLIENT_BYTES
      },
      file
    );
    const from = originOf(fetched.chain.at(-1) ?? release.url);
    if (!fetched.ok) {
      throw new ActionError(
        `${STEP2}: HTTP ${fetched.status} from ${from} for buildId ${release.buildId}; nothing was run.`,
        {
          step: STEP2,
          status: fetched.status,
          doc: DOC2,
          fix: "Re-run the job later; if it persists, pin engine-version to another buildId (backup, say) or use engine: native."
        }
      );
    }
    if (fetched.sha256 !== release.sha256) {
      throw new ActionError(
        `${STEP2}: the file from ${from} has SHA-256 ${fetched.sha256}, the manifest says ${release.sha256} (buildId ${release.buildId}); it was deleted and never run.`,
        {
          step: STEP2,
          doc: DOC2,
          fix: "Re-run the job later (a release may be mid-update); if it persists, pin engine-version to another buildId or use engine: native, and check the network path for a proxy that rewrites downloads."
        }
      );
    }
    info(
      `Downloaded ${formatBytes(fetched.bytes)} from ${from}; its SHA-256 matches the manifest (${release.sha256}).`
    );
    const cachedNow = await publish(file, folder, platform.fileName, release.sha256).catch(
      (error) => {
        throw new ActionError(
          `${STEP2}: buildId ${release.buildId} could not be put in the tool cache (${folder}): ${printable(error.code ?? error.message, 80)}; nothing was run.`,
          {
            step: STEP2,
            doc: DOC2,
            fix: "Make RUNNER_TOOL_CACHE a folder this job may write, and re-run; if other jobs share it, re-run once theirs have ended."
          }
        );
      }
    );
    if (cachedNow) {
      info(`Cached as ${import_node_path5.default.join(folder, platform.fileName)}.`);
    } else {
      info("Another job cached this build first; its copy matches the manifest and is used.");
    }
  } finally {
    await removeTempFolder(temp);
  }
}
var TAKEN = /* @__PURE__ */ new Set(["EEXIST", "ENOTEMPTY", "EPERM", "EACCES", "EBUSY"]);
var PUBLISH_ATTEMPTS = 3;
var PUBLISH_PAUSE_MS = 200;
async function publish(file, folder, fileName2, sha256) {
  const parent = import_node_path5.default.dirname(folder);
  await (0, import_promises9.mkdir)(parent, { recursive: true });
  const staging = await (0, import_promises9.mkdtemp)(import_node_path5.default.join(parent, `.${TOOL_ARCH}-`));
  try {
    await (0, import_promises9.copyFile)(file, import_node_path5.default.join(staging, fileName2), import_node_fs4.constants.COPYFILE_EXCL);
    await makeExecutable(import_node_path5.default.join(staging, fileName2));
    for (let attempt = 1; ; attempt++) {
      try {
        await (0, import_promises9.rename)(staging, folder);
        await (0, import_promises9.writeFile)(`${folder}.complete`, "");
        return true;
      } catch (error) {
        const code2 = error.code ?? "";
        if (!TAKEN.has(code2) || attempt === PUBLISH_ATTEMPTS) throw error;
      }
      const theirs = await sha256OfFile(import_node_path5.default.join(folder, fileName2)).catch(() => void 0);
      if (theirs === sha256) {
        await (0, import_promises9.writeFile)(`${folder}.complete`, "");
        return false;
      }
      const aside = `${staging}-stale`;
      await (0, import_promises9.rename)(folder, aside).catch((error) => {
        if (error.code !== "ENOENT") throw error;
      });
      await (0, import_promises9.rm)(aside, { recursive: true, force: true });
      await (0, import_promises10.setTimeout)(PUBLISH_PAUSE_MS * attempt);
    }
  } finally {
    await (0, import_promises9.rm)(staging, { recursive: true, force: true });
  }
}
async function makeExecutable(file) {
  if (process.platform !== "win32") await (0, import_promises9.chmod)(file, 493);
}
async function privateCopy(client, folder) {
  const copy = import_node_path5.default.join(folder, client.platform.fileName);
  const changed = (what) => new ActionError(
    `${TOOL_NAME} ${client.release.buildId} (${client.path}) ${what} after its SHA-256 was checked; it was not run.`,
    {
      step: TOOL_NAME,
      doc: DOC2,
      fix: "Re-run the job; if it persists, something on the runner writes to its tool cache."
    }
  );
  await (0, import_promises9.copyFile)(client.path, copy, import_node_fs4.constants.COPYFILE_EXCL).catch(
    (error) => {
      throw changed(`could not be read (${printable(error.code ?? error.message, 80)})`);
    }
  );
  if (await sha256OfFile(copy) !== client.release.sha256) throw changed("changed");
  await makeExecutable(copy);
  return copy;
}
function cacheVersion(buildId) {
  return `0.0.0-build-${buildId.replace(/[^0-9A-Za-z-]/g, "-")}`;
}
async function sha256OfFile(file) {
  const hash = (0, import_node_crypto3.createHash)("sha256");
  for await (const chunk of (0, import_node_fs4.createReadStream)(file)) hash.update(chunk);
  return hash.digest("hex");
}

// src/engine/output.ts
var CLIENT_LINES = [
  {
    pattern: /Visit your site at:\s*(\S*)/,
    read: ([, url], report) => {
      report.successLine = true;
      report.siteUrl = url || void 0;
    }
  },
  {
    pattern: /^\s*Status:\s*([A-Za-z]+)\./,
    read: ([, status], report) => report.lastStatus = status
  },
  {
    pattern: /Deployment Failure Reason:\s*(.*\S)/,
    read: ([, reason], report) => report.failureReason = reason
  },
  { pattern: /Deployment Failed/i, read: (_match, report) => report.deploymentFailed = true },
  {
    pattern: /content server has rejected the request with:\s*(\S+)/i,
    read: ([, status], report) => report.rejectedWith = status
  },
  {
    pattern: /^\s*Reason:\s*(.*\S)/,
    read: ([, reason], report) => {
      if (report.rejectedWith !== void 0) report.rejectionReason ??= reason;
    }
  },
  {
    pattern: /problems communicating with our content server/i,
    read: (_match, report) => report.contentServerUnreachable = true
  },
  {
    pattern: /Option '([^']*)' is unknown/i,
    read: ([, option], report) => report.unknownOption = option
  },
  { pattern: /Upload Timed Out/i, read: (_match, report) => report.timedOut = true }
];
var SGR = /\u001b\[[0-9;]*m/g;
var MAX_LINE_CHARS = 64 * 1024;
var LAST_LINES = 10;
var ClientOutput = class {
  constructor(show = relayed) {
    this.show = show;
  }
  show;
  report = {
    successLine: false,
    deploymentFailed: false,
    contentServerUnreachable: false,
    timedOut: false,
    lastLines: []
  };
  partial = {
    stdout: { text: "", cut: false },
    stderr: { text: "", cut: false }
  };
  /** A chunk of one of the client's streams, already decoded. */
  push(stream, chunk) {
    const pending = this.partial[stream];
    const lines = (pending.text + chunk).split(/\r\n|\n|\r/);
    pending.text = lines.pop() ?? "";
    for (const line of lines) {
      this.line(pending.cut ? "" : line);
      pending.cut = false;
    }
    if (pending.text.length > MAX_LINE_CHARS) {
      if (!pending.cut) this.line(pending.text.slice(0, MAX_LINE_CHARS));
      pending.text = "";
      pending.cut = true;
    }
  }
  /** The streams closed: a last line without a newline is still a line. */
  end() {
    for (const pending of Object.values(this.partial)) {
      if (pending.text !== "" && !pending.cut) this.line(pending.text);
      pending.text = "";
    }
  }
  line(raw) {
    const line = raw.replace(SGR, "");
    if (line.trim() === "") return;
    this.show(line);
    for (const { pattern, read } of CLIENT_LINES) {
      const match = pattern.exec(line);
      if (match) read(match, this.report);
    }
    this.report.lastLines.push(printable(line, 500));
    if (this.report.lastLines.length > LAST_LINES) this.report.lastLines.shift();
  }
};
var READ_LINES = "Read the client's lines above. If engine: native fails the same way, the cause is in the site or on the service's side, not in either client.";
var CLIENT_TEXTS = [
  {
    applies: (report) => report.rejectedWith !== void 0,
    verdict: (report) => ({
      said: `The content server has rejected the request with: ${report.rejectedWith ?? ""}${report.rejectionReason ? `. Reason: ${report.rejectionReason}` : ""}`,
      serverText: report.rejectionReason,
      cause: `the content server refused the deployment (${report.rejectedWith ?? "no status"}) with a reason this action does not know`,
      fix: READ_LINES
    })
  },
  {
    applies: (report) => report.failureReason !== void 0,
    verdict: (report) => ({
      said: `Deployment Failure Reason: ${report.failureReason ?? ""}`,
      serverText: report.failureReason,
      cause: "the client reported the deployment as failed",
      fix: READ_LINES
    })
  },
  {
    applies: (report) => report.contentServerUnreachable,
    verdict: () => ({
      said: "We are currently experiencing problems communicating with our content server.",
      serverText: void 0,
      cause: "StaticSitesClient could not reach the content server for about a minute; in 2026 this came with service incidents (Azure/static-web-apps#1738, #1772\u2013#1781)",
      fix: "Check Azure status (https://azure.status.microsoft/en-us/status) and re-run the job later; engine: native talks to the same content server and names the call and the status that failed."
    })
  },
  {
    applies: (report) => report.deploymentFailed || /^(Failed|Canceled)$/i.test(report.lastStatus ?? ""),
    verdict: (report) => ({
      said: `Deployment Failed (last status ${report.lastStatus ?? "none printed"})`,
      serverText: void 0,
      cause: "the client reported the deployment as failed without a reason",
      fix: READ_LINES
    })
  },
  {
    applies: (report) => report.unknownOption !== void 0,
    verdict: (report) => ({
      said: `Option '${report.unknownOption ?? ""}' is unknown.`,
      serverText: void 0,
      cause: "this build of StaticSitesClient refused a setting it was given and deployed nothing (static-web-apps-cli#998)",
      fix: "Pin engine-version to another buildId (backup, or one the manifest lists), or use engine: native."
    })
  }
];
function judgeClient(code2, report) {
  if (report.timedOut) return { kind: "gave-up" };
  const text = CLIENT_TEXTS.find((row) => row.applies(report));
  if (text !== void 0) return { kind: "failed", ...text.verdict(report) };
  if (code2 !== 0) {
    return {
      kind: "failed",
      said: report.lastLines.at(-1),
      serverText: report.lastLines.join("\n"),
      cause: void 0,
      fix: READ_LINES
    };
  }
  if (!report.successLine) {
    return {
      kind: "failed",
      said: report.lastLines.at(-1),
      serverText: void 0,
      cause: 'StaticSitesClient exited 0 without its success line ("Visit your site at: <url>"), so nothing says it deployed; it has exited 0 after failing before (Azure/static-web-apps#1246, #1062; static-web-apps-cli#998)',
      fix: `${READ_LINES} Re-run the job; if it ends the same way, pin engine-version to another buildId or use engine: native.`
    };
  }
  return { kind: "succeeded" };
}

// src/engine/process.ts
var import_node_child_process = __toESM(require_node_child_process(), 1);
var FORWARDED = {
  SIGINT: "SIGINT",
  SIGTERM: "SIGTERM",
  SIGBREAK: "SIGTERM"
};
var STOP_GRACE_MS = 5e3;
var CONSOLE_EVENTS = /* @__PURE__ */ new Set(["SIGINT", "SIGBREAK"]);
function clientHeardCancellation(platform, signalName) {
  return platform === "win32" && CONSOLE_EVENTS.has(signalName);
}
var DRAIN_MS = 2e3;
function runClient(run) {
  return new Promise((resolve, reject) => {
    const child = (0, import_node_child_process.spawn)(run.path, [], {
      cwd: run.cwd,
      env: run.env,
      stdio: ["ignore", "pipe", "pipe"],
      // Not hidden: windowsHide makes libuv pass CREATE_NO_WINDOW, a console of the client's own,
      // and the runner's Ctrl+C/Ctrl+Break would never reach it (nodejs/node#29837). On the
      // action's console it hears them; the action itself always has one on a runner (no window).
      windowsHide: false
    });
    let stopping;
    let killTimer;
    let drainTimer;
    const running = () => child.exitCode === null && child.signalCode === null;
    const stop = (end, signalName, alreadyHeard = false) => {
      if (stopping !== void 0 || !running()) return;
      stopping = end;
      if (!alreadyHeard) child.kill(signalName);
      killTimer = setTimeout(() => {
        if (running()) child.kill("SIGKILL");
      }, run.stopGraceMs ?? STOP_GRACE_MS);
    };
    const onAbort = () => {
      const reason = run.signal.reason;
      const name = reason instanceof Interruption ? reason.signalName : "SIGTERM";
      const forwarded = FORWARDED[name] ?? "SIGTERM";
      const heard = clientHeardCancellation(run.platform ?? process.platform, name);
      stop({ kind: "cancelled", signalName: forwarded }, forwarded, heard);
    };
    const onExit = () => {
      if (running()) child.kill("SIGKILL");
    };
    const limit = setTimeout(() => stop({ kind: "timed-out" }, "SIGTERM"), run.limitMs);
    let settled = false;
    const settle = (end) => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      clearTimeout(killTimer);
      clearTimeout(drainTimer);
      run.signal.removeEventListener("abort", onAbort);
      process.off("exit", onExit);
      run.output.end();
      if (end instanceof Error) reject(end);
      else resolve(end);
    };
    process.on("exit", onExit);
    if (run.signal.aborted) onAbort();
    else run.signal.addEventListener("abort", onAbort, { once: true });
    child.stdout.setEncoding("utf8").on("data", (chunk) => run.output.push("stdout", chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => run.output.push("stderr", chunk));
    child.on("error", (error) => {
      if (child.pid !== void 0) return;
      settle(
        new ActionError(
          `StaticSitesClient could not be started (${printable(error.code ?? error.message)}).`,
          {
            step: "StaticSitesClient",
            doc: "official-client-failed",
            fix: "Check the runner can run x64 programs from RUNNER_TEMP, where its checked copy is started (not mounted noexec); engine: native needs no program."
          }
        )
      );
    });
    child.on("exit", (code2, signalName) => {
      const end = stopping ?? { kind: "exited", code: code2, signalName };
      drainTimer = setTimeout(() => settle(end), DRAIN_MS);
      child.on("close", () => settle(end));
    });
  });
}

// src/engine/deploy.ts
var STEP3 = "StaticSitesClient";
var CLIENT_CORRELATION = "chosen by StaticSitesClient (not reported)";
var UPLOAD_ALLOWANCE_MS = 3 * STEP_LIMITS.content.budgetMs + STEP_LIMITS.blobBlock.budgetMs + STEP_LIMITS.blobCommit.budgetMs;
function clientRunLimitMs(timeoutSeconds, contentHost) {
  return Math.min(
    UPLOAD_ALLOWANCE_MS + timeoutSeconds * 1e3,
    knob("clientRunLimitMs", contentHost)
  );
}
function uploadWithOfficialClient(client, target, workspace, env = process.env) {
  return (options2) => runOfficialClient({ ...options2, client, target, workspace, env });
}
async function runOfficialClient(options2) {
  const { client, payload, target, signal, env, trace } = options2;
  const { buildId } = client.release;
  trace.correlationId = CLIENT_CORRELATION;
  const workFolder = await (0, import_promises11.mkdtemp)(
    import_node_path6.default.join(env.RUNNER_TEMP?.trim() || import_node_os4.default.tmpdir(), "swa-client-run-")
  );
  let app;
  let api;
  try {
    const program = await privateCopy(client, workFolder);
    throwIfCancelled(signal, `the upload by ${STEP3}`);
    app = await appFolderFor(payload, env);
    api = payload.api && await apiFolderFor(payload.api, env);
    const runnerFiles = await discardedRunnerFiles(workFolder);
    const output = new ClientOutput();
    const limitMs = clientRunLimitMs(options2.timeoutSeconds, options2.contentHost);
    info(
      `Deployment by ${STEP3} ${buildId}: ${payload.fileCount} files, ${formatBytes(payload.totalBytes)} to ${target.environment === PRODUCTION ? "production" : `environment '${target.environment}'`}.`
    );
    const started = performance.now();
    const end = await runClient({
      path: program,
      env: clientEnvironment(
        {
          runnerFiles,
          deploymentToken: options2.deploymentToken,
          appLocation: app.location,
          configFileLocation: app.configFileLocation,
          environment: target.environment === PRODUCTION ? void 0 : target.environment,
          repositoryBase: options2.workspace,
          verbose: isDebug(),
          api: payload.api && api && {
            location: api.location,
            language: payload.api.language,
            languageVersion: payload.api.languageVersion
          }
        },
        env
      ),
      cwd: workFolder,
      signal,
      limitMs,
      output
    });
    const timings = [{ phase: `${STEP3} ${buildId}`, ms: elapsedMs(started) }];
    if (output.report.lastStatus) trace.lastStatus = printable(output.report.lastStatus, 64);
    const url = await outcome(end, output.report, { ...options2, limitMs });
    info(`Deployment succeeded: ${url}`);
    return { url, timings, apiUpload: payload.api && "by-official-client" };
  } finally {
    await removeTempFolder(workFolder);
    await app?.dispose();
    await api?.dispose();
  }
}
async function outcome(end, report, options2) {
  const { buildId } = options2.client.release;
  if (end.kind === "cancelled") throw cancelledError(options2.signal, `the upload by ${STEP3}`);
  if (end.kind === "timed-out") {
    throw await judgeTimeout(
      options2,
      `${STEP3} ${buildId} did not finish within ${formatSeconds(options2.limitMs)} (the upload's allowance and deployment-timeout) and was stopped; last status ${options2.trace.lastStatus ?? "none seen"}`,
      STEP3
    );
  }
  const verdict = judgeClient(end.code, report);
  if (verdict.kind === "succeeded") return await siteUrl(report, options2.fallbackHostname);
  if (verdict.kind === "gave-up") {
    throw await judgeTimeout(
      options2,
      `${STEP3} ${buildId} gave up waiting for the deployment ("Upload Timed Out. Unsure if deployment was successful or not."); last status ${options2.trace.lastStatus ?? "none seen"}`,
      STEP3
    );
  }
  throw clientFailed(end, verdict, buildId, options2.checkedSite);
}
function clientFailed(end, verdict, buildId, checkedSite) {
  const how = end.code !== null ? `exited with code ${end.code}` : `was ended by ${end.signalName}`;
  const said = verdict.said;
  const message = `${STEP3} ${buildId} ${how}${said ? `: ${printable(said, 1e3).replace(/\.+$/, "")}` : " without printing anything"}`;
  const known = verdict.serverText === void 0 ? void 0 : findServerText(verdict.serverText, checkedSite);
  if (known !== void 0) {
    return new ActionError(`${message}. Cause: ${known.cause}.`, {
      step: STEP3,
      doc: known.doc,
      fix: known.fix
    });
  }
  const cause = verdict.cause === void 0 ? "" : ` Cause: ${verdict.cause}.`;
  return new ActionError(`${message}.${cause}`, {
    step: STEP3,
    doc: "official-client-failed",
    fix: verdict.fix
  });
}
async function siteUrl(report, fallback) {
  if (report.siteUrl !== void 0) {
    try {
      if (new URL(report.siteUrl).protocol === "https:") return report.siteUrl;
    } catch {
    }
  }
  info(`${STEP3} printed no https site URL; using the environment's hostname from ARM.`);
  const hostname = await fallback();
  return /^https:\/\//i.test(hostname) ? hostname : `https://${hostname}`;
}

// src/payload/headStart.ts
var HeadStart = class {
  stream;
  packaged = 0;
  listener;
  /**
   * Told of the bytes packaged so far (set by whoever takes the stream). A listener set late is
   * told at once what was packaged before it came: a small site is packaged whole during sign-in.
   */
  set onPackagedBytes(listener) {
    this.listener = listener;
    if (this.packaged > 0) listener?.(this.packaged);
  }
  constructor(payload, options2 = {}) {
    const stream = writeZip(payload, {
      ...options2,
      onPackagedBytes: (bytes) => {
        this.packaged = bytes;
        this.listener?.(bytes);
      }
    });
    stream.on("error", () => void 0);
    stream.read(0);
    this.stream = stream;
  }
  /** The archive already packaging, once; undefined after (a retry packages anew). */
  take() {
    const stream = this.stream;
    this.stream = void 0;
    return stream;
  }
  /** Stops the packaging if nothing took it: the run failed or ended before the upload. */
  dispose() {
    this.stream?.destroy();
    this.stream = void 0;
  }
};

// src/previews/comment.ts
function commentMarker(resourceId) {
  return `<!-- keyless-swa-deploy preview: app=${resourceId} -->`;
}
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
async function commentAuthor(api) {
  try {
    const reply = await callGitHub(api, {
      step: "GitHub read the token\u2019s user",
      method: "GET",
      path: "/user",
      permission: "pull-requests: write"
    });
    const login = parseBody(reply, "GitHub read the token\u2019s user")?.login;
    if (typeof login === "string" && login !== "") return login;
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.reason !== "forbidden") throw error;
  }
  return ACTIONS_BOT_LOGIN;
}
function previewDetails(config, target, context, deployed, env) {
  return {
    appName: config.appName,
    resourceId: staticSiteResourceId(config),
    url: deployed.url,
    environment: target.environment,
    // GITHUB_SHA of a pull_request run is the merge commit, not what the author pushed.
    commit: context.pullRequest?.headSha ?? env.GITHUB_SHA,
    fileCount: deployed.fileCount,
    totalBytes: deployed.totalBytes,
    deployedAt: /* @__PURE__ */ new Date(),
    durationMs: deployed.timings.reduce((sum, timing) => sum + timing.ms, 0),
    runUrl: runUrl(env)
  };
}
function renderComment(details) {
  const rows = [
    ["Preview", link(details.url)],
    ["Environment", code(details.environment)],
    ["Commit", details.commit === void 0 ? "unknown" : code(details.commit.slice(0, 12))],
    [
      "Files",
      `${formatCount(details.fileCount)} (${formatBytes(details.totalBytes)}, ${formatCount(details.totalBytes)} bytes)`
    ],
    [
      "Deployed",
      `${utcMinute(details.deployedAt)}, in ${formatSeconds(details.durationMs)}${details.runUrl ? `, by ${link(details.runUrl, "this run")}` : ""}`
    ]
  ];
  return [
    commentMarker(details.resourceId),
    `### Azure Static Web Apps preview of ${code(details.appName)}`,
    "",
    "| | |",
    "| --- | --- |",
    ...rows.map(([what, value]) => `| ${what} | ${value} |`),
    ""
  ].join("\n");
}
async function upsertComment(api, repository, number, resourceId, body) {
  const repo = `/repos/${repositoryPath(repository)}`;
  const marker = commentMarker(resourceId).toLowerCase();
  const author = (await commentAuthor(api)).toLowerCase();
  const comments = await listAll(
    api,
    {
      step: `GitHub list comments of #${number}`,
      method: "GET",
      path: `${repo}/issues/${number}/comments?per_page=${PER_PAGE}`,
      permission: "pull-requests: read"
    }
  );
  const mine = comments.find(
    (comment) => typeof comment.id === "number" && typeof comment.body === "string" && // ARM ids compare case-insensitively; a person's comment carrying the marker is not ours.
    comment.body.trimStart().toLowerCase().startsWith(marker) && typeof comment.user?.login === "string" && comment.user.login.toLowerCase() === author
  );
  if (mine !== void 0) {
    await callGitHub(api, {
      step: `GitHub update comment on #${number}`,
      method: "PATCH",
      path: `${repo}/issues/comments/${String(mine.id)}`,
      body: { body },
      permission: "pull-requests: write"
    });
    return "updated";
  }
  await callGitHub(api, {
    step: `GitHub comment on #${number}`,
    method: "POST",
    path: `${repo}/issues/${number}/comments`,
    body: { body },
    permission: "pull-requests: write"
  });
  return "created";
}
async function commentOnPullRequest(github, context, details) {
  const pr = context.pullRequest;
  if (pr === void 0) {
    info("pr-comment: this is not a pull request event; no comment.");
    return;
  }
  if (github === void 0 || context.repository === "") {
    return warnNoComment(
      pr.number,
      new ActionError(
        "github-token is blank (or GITHUB_API_URL / GITHUB_REPOSITORY are not set).",
        {
          fix: "Leave github-token at its default (${{ github.token }}) and run the action in a GitHub Actions job."
        }
      )
    );
  }
  try {
    const done = await upsertComment(
      github,
      context.repository,
      pr.number,
      details.resourceId,
      renderComment(details)
    );
    info(`Preview comment ${done} on pull request #${pr.number}.`);
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    warnNoComment(pr.number, forkAware(error, pr.fromFork));
  }
}
function forkAware(error, fromFork) {
  if (!fromFork || !(error instanceof GitHubApiError) || error.reason !== "forbidden") return error;
  return new ActionError(error.message, {
    fix: "This pull request comes from a fork: GitHub gives its workflow runs a read-only token, so no comment can be written from here. Comment from a workflow that runs with the base repository\u2019s token (for example on workflow_run), or leave pr-comment off for forks."
  });
}
function warnNoComment(number, error) {
  const fix = error instanceof ActionError && error.fix ? ` Fix: ${error.fix}` : "";
  const text = error instanceof Error ? error.message : errorText(error);
  warning(
    `pr-comment: no comment on pull request #${number}: ${text}${fix} The deployment itself succeeded. See ${troubleshootingUrl()}#pr-comment`
  );
}
function code(value) {
  return `\`${value.replace(/[`|\r\n]/g, "")}\``;
}
function link(url, text = url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "https:" && !/[\s<>()[\]|`]/.test(url))
      return `[${text.replace(/[[\]|`]/g, "")}](${url})`;
  } catch {
  }
  return code(url);
}

// src/previews/limits.ts
var PREVIEW_ENVIRONMENT_LIMITS = { Free: 3, Standard: 10 };
function planOf(sku) {
  if (/^free$/i.test(sku)) return "Free";
  if (/^standard$/i.test(sku)) return "Standard";
  return void 0;
}
async function checkEnvironmentLimit(arm, config, sku, target) {
  const preview = target.environment === PRODUCTION ? void 0 : target.environment;
  if (preview === void 0 && !config.dryRun) return { quota: void 0, skip: void 0 };
  let environments;
  try {
    environments = await listPreviewEnvironments(arm, config);
  } catch (error) {
    if (!isMissingRole(error)) throw error;
    warning(
      `The preview environments of ${config.appName} could not be counted: the role lacks Microsoft.Web/staticSites/builds/read. Deploying without the check; a full plan is then refused by the service at the end of the upload. Add builds/read to the role (docs/setup.md).`
    );
    return { quota: void 0, skip: void 0 };
  }
  const plan = planOf(sku);
  const quota = {
    sku,
    limit: plan === void 0 ? void 0 : PREVIEW_ENVIRONMENT_LIMITS[plan],
    environments,
    target: preview,
    isNew: preview !== void 0 && !environments.some((environment) => environment.name.toLowerCase() === preview.toLowerCase())
  };
  info(quotaLine(quota));
  if (!isFull(quota)) return { quota, skip: void 0 };
  const listed = environments.map(describeEnvironment);
  if (config.onEnvironmentLimit === "skip") {
    group(`Preview environments of ${config.appName}`, listed);
    return {
      quota,
      skip: {
        level: "warning",
        message: `${fullText(quota, config)} Skipped (on-environment-limit: skip): nothing was deployed. Free a place with action: prune, or delete one of the environments listed above.`,
        reason: `the ${quota.sku} plan\u2019s limit of ${quota.limit} preview environments is reached (on-environment-limit: skip)`
      }
    };
  }
  throw new ActionError(
    [
      `${fullText(quota, config)} Nothing was uploaded. Its preview environments:`,
      ...listed.map((line) => `  - ${line}`)
    ].join("\n"),
    {
      step: "Check preview environments",
      doc: "environment-limit",
      fix: "Delete environments that are no longer needed: run the action with action: prune (those of closed pull requests; prune-max-age-days for old ones), or action: close with deployment-environment set to one listed above. Or set on-environment-limit: skip to skip previews while the plan is full, or move the site to the Standard plan (10 environments)."
    }
  );
}
function isFull(quota) {
  return quota.isNew && quota.limit !== void 0 && quota.environments.length >= quota.limit;
}
function fullText(quota, config) {
  return `Static Web App '${config.appName}' already has ${quota.environments.length} preview environments, the limit of its ${quota.sku} plan (${quota.limit}), and '${quota.target ?? ""}' would be a new one: the service would refuse it at the end of the upload.`;
}
function quotaLine(quota) {
  const limit = quota.limit === void 0 ? "" : ` of ${quota.limit}`;
  const target = quota.target === void 0 ? "" : quota.isNew ? `; '${quota.target}' would be a new one` : `; '${quota.target}' exists and is redeployed`;
  return `Preview environments: ${quota.environments.length}${limit} on the ${quota.sku} plan${target}.`;
}
function quotaNotes(quota) {
  if (quota === void 0) return [];
  const limit = quota.limit === void 0 ? "" : ` of ${quota.limit}`;
  return [["Preview environments", `${quota.environments.length}${limit} (${quota.sku} plan)`]];
}
function isMissingRole(error) {
  return error instanceof ActionError && error.doc === "arm-authorizationfailed";
}

// src/actions/upload.ts
async function upload(request, run) {
  const { context, target, env } = request;
  const inputs = request.config;
  const { signal, known, stage, timings } = run;
  const payload = await stage("Check payload", () => preparePayload(inputs));
  run.onFinish(() => payload.close());
  known.fileCount = payload.fileCount;
  known.totalBytes = payload.totalBytes;
  known.api = apiReportOf(payload);
  known.engine = inputs.engine.name;
  let headStart;
  if (inputs.engine.name === "native" && !inputs.dryRun) {
    const started = new HeadStart(payload);
    run.onFinish(() => started.dispose());
    headStart = started;
  }
  const github = connectGitHub(inputs, signal);
  if (github && target.isPullRequest) {
    const closed = await stage("Check pull request", () => closedSinceEvent(github, context));
    if (closed) return { skip: closed };
  }
  let officialClient;
  if (inputs.engine.name === "official") {
    const { version } = inputs.engine;
    officialClient = await stage(
      "Install StaticSitesClient",
      () => installOfficialClient(version, signal)
    );
    known.engine = `official: StaticSitesClient buildId ${officialClient.release.buildId}`;
  }
  const { arm, config } = await signInFor(request, run);
  const site = await stage("Read Static Web App", () => readStaticSite(arm, config));
  checkDeploymentAuthPolicy(site, { ...config, resourceId: staticSiteResourceId(config) });
  checkSkuLimit(payload, site.sku);
  const limit = await stage(
    "Check preview environments",
    () => checkEnvironmentLimit(arm, config, site.sku, target)
  );
  if (limit.skip) return { skip: limit.skip };
  const deploymentToken = await stage(
    "Read deployment token",
    () => readDeploymentToken(arm, config)
  );
  const contentHost = contentHostOf(site);
  const trace = {
    correlationId: (0, import_node_crypto4.randomUUID)(),
    contentHost: hostOf(contentHost),
    unhealthyRegions: []
  };
  known.trace = trace;
  known.deploymentId = trace.correlationId;
  const contentPlane = {
    contentHost,
    deploymentToken,
    eventInfo: buildEventInfo(target, site),
    trace,
    signal,
    // The policy was just read and the token just listed: the bad-token text then means an incident.
    checkedSite: { deploymentAuthPolicy: site.deploymentAuthPolicy }
  };
  if (config.dryRun) {
    await stage("Validate deployment token (dry run)", () => validateDeploymentToken(contentPlane));
    const packaged = await stage("Package (dry run)", () => dryRun(payload));
    const withApi = payload.api ? `, and ${describeApi(payload.api)}` : "";
    info(
      `Dry run: the content plane accepts the deployment token; would upload ${payload.fileCount} files (${payload.totalBytes} bytes, ${packaged.zipBytes} zipped)${withApi} to '${target.environment}' of ${config.appName}. Nothing was uploaded.`
    );
    if (officialClient) {
      info(
        `Dry run: StaticSitesClient ${officialClient.release.buildId} is downloaded and its SHA-256 verified; it was not run.`
      );
    }
    return {
      report: {
        ...known,
        outcome: "dry-run",
        notes: quotaNotes(limit.quota),
        timings: timings.list()
      }
    };
  }
  run.enter("Deploy");
  if (officialClient) known.deploymentId = void 0;
  const uploadWith = officialClient ? uploadWithOfficialClient(officialClient, target, config.workspace) : deploy;
  const result = await uploadWith({
    ...contentPlane,
    payload,
    ...headStart ? { headStart } : {},
    fallbackHostname: () => fallbackHostname(arm, config, site, target),
    environmentStatus: async () => (await readEnvironment(arm, config, armEnvironmentName(target)))?.status,
    timeoutSeconds: config.deploymentTimeoutSeconds
  });
  if (known.api) known.api.upload = result.apiUpload;
  if (config.prComment) {
    const deployed = {
      ...payload,
      url: result.url,
      timings: [...timings.list(), ...result.timings]
    };
    await stage(
      "Pull request comment",
      () => commentOnPullRequest(github, context, previewDetails(config, target, context, deployed, env))
    );
  }
  return {
    report: {
      ...known,
      outcome: "deployed",
      url: result.url,
      timings: [...timings.list(), ...result.timings]
    }
  };
}
function contentHostOf(site) {
  if (site.contentDistributionEndpoint) return site.contentDistributionEndpoint;
  throw new ActionError("ARM did not report the site's content distribution endpoint.", {
    doc: "arm-other",
    fix: "Check the Static Web App finished provisioning (its Overview page shows a URL), then retry."
  });
}
function armEnvironmentName(target) {
  return target.environment === PRODUCTION ? "default" : target.environment;
}
function apiReportOf(payload) {
  const api = payload.api;
  if (api === void 0) return void 0;
  return {
    fileCount: api.fileCount,
    totalBytes: api.totalBytes,
    archiveBytes: api.archive.bytes,
    language: api.language,
    languageVersion: api.languageVersion
  };
}
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
async function fallbackHostname(arm, config, site, target) {
  if (target.environment === PRODUCTION) return site.defaultHostname;
  const environment = await readEnvironment(arm, config, target.environment).catch(() => void 0);
  return environment?.hostname ?? site.defaultHostname;
}
export {
  upload
};
