// The zip container's records (APPNOTE 6.3): local headers, data descriptors, the central
// directory and its end records, with zip64 fields only where a size or offset needs them.

/** What the central directory needs to know about a written entry. */
export interface ZipEntryRecord {
  /** UTF-8 name, forward slashes. */
  name: Buffer
  method: typeof STORED | typeof DEFLATED
  crc32: number
  compressedSize: number
  size: number
  /** Offset of the entry's local header. */
  offset: number
  /** Sizes follow the data in a descriptor (streamed entries). */
  streamed: boolean
}

export const STORED = 0
export const DEFLATED = 8

const UTF8_NAMES = 1 << 11
const SIZES_IN_DESCRIPTOR = 1 << 3
const UNIX = 3 << 8
const VERSION_DEFAULT = 20
const VERSION_ZIP64 = 45
const MAX_32 = 0xffffffff
/** Regular file, rw-r--r--, in the upper half of the external attributes (Unix host). */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0
/** 1980-01-01 00:00:00, the earliest DOS timestamp: the same bytes on every run. */
const DOS_TIME = 0
const DOS_DATE = (1 << 5) | 1

function needsZip64(value: number, force: boolean): boolean {
  return force || value >= MAX_32
}

export function localHeader(
  entry: Omit<ZipEntryRecord, 'offset'>,
  options: { forceZip64?: boolean; zip64Sizes?: boolean } = {}
): Buffer {
  const zip64 =
    options.zip64Sizes ??
    (needsZip64(entry.size, options.forceZip64 ?? false) ||
      needsZip64(entry.compressedSize, options.forceZip64 ?? false))
  const extra = zip64 ? Buffer.alloc(20) : Buffer.alloc(0)
  if (zip64) {
    extra.writeUInt16LE(0x0001, 0)
    extra.writeUInt16LE(16, 2)
    writeUInt64(extra, entry.streamed ? 0 : entry.size, 4)
    writeUInt64(extra, entry.streamed ? 0 : entry.compressedSize, 12)
  }
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_DEFAULT, 4)
  header.writeUInt16LE(UTF8_NAMES | (entry.streamed ? SIZES_IN_DESCRIPTOR : 0), 6)
  header.writeUInt16LE(entry.method, 8)
  header.writeUInt16LE(DOS_TIME, 10)
  header.writeUInt16LE(DOS_DATE, 12)
  header.writeUInt32LE(entry.streamed ? 0 : entry.crc32, 14)
  header.writeUInt32LE(entry.streamed ? 0 : zip64 ? MAX_32 : entry.compressedSize, 18)
  header.writeUInt32LE(entry.streamed ? 0 : zip64 ? MAX_32 : entry.size, 22)
  header.writeUInt16LE(entry.name.length, 26)
  header.writeUInt16LE(extra.length, 28)
  return Buffer.concat([header, entry.name, extra])
}

/** Follows a streamed entry's data; 8-byte sizes when its local header announced zip64. */
export function dataDescriptor(entry: ZipEntryRecord, zip64: boolean): Buffer {
  const descriptor = Buffer.alloc(zip64 ? 24 : 16)
  descriptor.writeUInt32LE(0x08074b50, 0)
  descriptor.writeUInt32LE(entry.crc32, 4)
  if (zip64) {
    writeUInt64(descriptor, entry.compressedSize, 8)
    writeUInt64(descriptor, entry.size, 16)
  } else {
    descriptor.writeUInt32LE(entry.compressedSize, 8)
    descriptor.writeUInt32LE(entry.size, 12)
  }
  return descriptor
}

function centralRecord(entry: ZipEntryRecord, force: boolean): Buffer {
  const wide = {
    size: needsZip64(entry.size, force),
    compressedSize: needsZip64(entry.compressedSize, force),
    offset: needsZip64(entry.offset, force)
  }
  const fields = [
    wide.size && entry.size,
    wide.compressedSize && entry.compressedSize,
    wide.offset && entry.offset
  ]
  const values = fields.filter((value): value is number => value !== false)
  const extra = Buffer.alloc(values.length > 0 ? 4 + 8 * values.length : 0)
  if (values.length > 0) {
    extra.writeUInt16LE(0x0001, 0)
    extra.writeUInt16LE(8 * values.length, 2)
    values.forEach((value, index) => writeUInt64(extra, value, 4 + 8 * index))
  }
  const zip64 = values.length > 0
  const record = Buffer.alloc(46)
  record.writeUInt32LE(0x02014b50, 0)
  record.writeUInt16LE(UNIX | (zip64 ? VERSION_ZIP64 : VERSION_DEFAULT), 4)
  record.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_DEFAULT, 6)
  record.writeUInt16LE(UTF8_NAMES | (entry.streamed ? SIZES_IN_DESCRIPTOR : 0), 8)
  record.writeUInt16LE(entry.method, 10)
  record.writeUInt16LE(DOS_TIME, 12)
  record.writeUInt16LE(DOS_DATE, 14)
  record.writeUInt32LE(entry.crc32, 16)
  record.writeUInt32LE(wide.compressedSize ? MAX_32 : entry.compressedSize, 20)
  record.writeUInt32LE(wide.size ? MAX_32 : entry.size, 24)
  record.writeUInt16LE(entry.name.length, 28)
  record.writeUInt16LE(extra.length, 30)
  record.writeUInt16LE(0, 32) // comment length
  record.writeUInt16LE(0, 34) // disk number
  record.writeUInt16LE(0, 36) // internal attributes
  record.writeUInt32LE(FILE_ATTRIBUTES, 38)
  record.writeUInt32LE(wide.offset ? MAX_32 : entry.offset, 42)
  return Buffer.concat([record, entry.name, extra])
}

/** Central directory and end records, for entries written from offset 0 up to `directoryOffset`. */
export function centralDirectory(
  entries: readonly ZipEntryRecord[],
  directoryOffset: number,
  options: { forceZip64?: boolean } = {}
): Buffer {
  const force = options.forceZip64 ?? false
  const records = Buffer.concat(entries.map((entry) => centralRecord(entry, force)))
  const directorySize = records.length
  const zip64 =
    force || entries.length >= 0xffff || directoryOffset >= MAX_32 || directorySize >= MAX_32
  const parts = [records]
  if (zip64) {
    const end64 = Buffer.alloc(56)
    end64.writeUInt32LE(0x06064b50, 0)
    writeUInt64(end64, 44, 4)
    end64.writeUInt16LE(UNIX | VERSION_ZIP64, 12)
    end64.writeUInt16LE(VERSION_ZIP64, 14)
    writeUInt64(end64, entries.length, 24)
    writeUInt64(end64, entries.length, 32)
    writeUInt64(end64, directorySize, 40)
    writeUInt64(end64, directoryOffset, 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    writeUInt64(locator, directoryOffset + directorySize, 8)
    locator.writeUInt32LE(1, 16)
    parts.push(end64, locator)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8)
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10)
  end.writeUInt32LE(zip64 ? MAX_32 : directorySize, 12)
  end.writeUInt32LE(zip64 ? MAX_32 : directoryOffset, 16)
  parts.push(end)
  return Buffer.concat(parts)
}

function writeUInt64(buffer: Buffer, value: number, offset: number): void {
  buffer.writeBigUInt64LE(BigInt(value), offset)
}
