// Opens an uploaded zip the way the content server must: every entry checked (relative, forward
// slashes, no traversal, no links, no duplicates, sizes and CRC true), files written out and
// hashed, so the deployment can be served and compared byte for byte with the source.
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { crc32 } from 'node:zlib'
import yauzl from 'yauzl'
import { CONFIG_FILE_NAME } from '../../src/payload/types.js'
import type { DeployedFile } from './types.js'

export interface UnpackedApp {
  files: DeployedFile[]
  totalBytes: number
  largestFileBytes: number
  /** staticwebapp.config.json sits at the archive root. */
  hasRoutes: boolean
}

/** The zip is not an acceptable app package; the message becomes the deployment's errorDetails. */
export class PackageError extends Error {
  override name = 'PackageError'
}

const S_IFMT = 0o170000
const S_IFLNK = 0o120000

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // strictFileNames: a backslash is an error, not silently turned into a slash.
    yauzl.open(
      file,
      { lazyEntries: true, strictFileNames: true, validateEntrySizes: true },
      (error, zip) =>
        error
          ? reject(new PackageError(`The app content is not a valid zip: ${error.message}`))
          : resolve(zip)
    )
  })
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) =>
      error
        ? reject(new PackageError(`Cannot read '${entry.fileName}': ${error.message}`))
        : resolve(stream)
    )
  })
}

/** yauzl already refuses absolute paths, '..' and backslashes; these are the remaining traps. */
function checkEntryName(name: string, isDirectory: boolean): void {
  const segments = (isDirectory ? name.slice(0, -1) : name).split('/')
  if (segments.some((segment) => segment === '' || segment === '.')) {
    throw new PackageError(`The zip entry '${name}' has an empty or '.' path segment.`)
  }
  if (name.includes(':') || [...name].some((character) => character.charCodeAt(0) < 0x20)) {
    throw new PackageError(`The zip entry '${name}' has a control character or ':' in its name.`)
  }
}

/**
 * Files whose names differ from an earlier entry's only in letter case (or Unicode normalisation),
 * by folder: the real service keeps both, but on a case-insensitive disk (macOS, Windows) the
 * second would land on the first. Each is extracted beside the folder instead, and found here.
 */
const SAME_NAME_ELSEWHERE = new Map<string, Map<string, string>>()

/** Where the file `name` (a zip entry path) of an unpacked folder is on disk. */
export function fileOnDisk(folder: string, name: string): string {
  return SAME_NAME_ELSEWHERE.get(folder)?.get(name) ?? path.join(folder, ...name.split('/'))
}

/** How a case-insensitive disk compares names (an approximation of APFS's and NTFS's folding). */
function diskKey(name: string): string {
  return name.normalize('NFC').toLowerCase()
}

/** Streams one entry to disk, measuring, hashing and checking its CRC on the way. */
async function extractEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  destination: string
): Promise<DeployedFile> {
  if (entry.isEncrypted()) throw new PackageError(`The zip entry '${entry.fileName}' is encrypted.`)
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    throw new PackageError(`The zip entry '${entry.fileName}' is a symbolic link.`)
  }
  const hash = createHash('sha256')
  let crc = 0
  let size = 0
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      crc = crc32(chunk, crc)
      size += chunk.length
      done(null, chunk)
    }
  })
  const source = await openEntry(zip, entry)
  try {
    await mkdir(path.dirname(destination), { recursive: true })
    // 'wx': a path that is both a file and a folder in the zip fails here instead of overwriting.
    await pipeline(source, measure, createWriteStream(destination, { flags: 'wx' }))
  } catch (error) {
    source.destroy()
    throw new PackageError(`Cannot extract '${entry.fileName}': ${(error as Error).message}`)
  }
  if (crc >>> 0 !== entry.crc32 >>> 0) {
    throw new PackageError(
      `The zip entry '${entry.fileName}' is corrupt: its CRC-32 does not match.`
    )
  }
  return { path: entry.fileName, size, sha256: hash.digest('hex') }
}

/** Extracts `zipFile` into `target` (which must not exist yet) and describes what it held. */
export async function unpackApp(zipFile: string, target: string): Promise<UnpackedApp> {
  await mkdir(target, { recursive: false })
  const zip = await openZip(zipFile)
  const files: DeployedFile[] = []
  const seen = new Set<string>()
  const onDisk = new Set<string>()
  const elsewhere = new Map<string, string>()
  /** The entry's own path in `target`, unless a case-insensitive disk would merge it with another's. */
  const destinationOf = (name: string): string => {
    const key = diskKey(name)
    if (!onDisk.has(key)) {
      onDisk.add(key)
      return path.join(target, ...name.split('/'))
    }
    const moved = path.join(`${target}~same-name`, String(elsewhere.size + 1), ...name.split('/'))
    elsewhere.set(name, moved)
    return moved
  }
  try {
    await new Promise<void>((resolve, reject) => {
      const next = async (entry: yauzl.Entry): Promise<void> => {
        const isDirectory = entry.fileName.endsWith('/')
        checkEntryName(entry.fileName, isDirectory)
        if (seen.has(entry.fileName)) {
          throw new PackageError(`The zip holds '${entry.fileName}' twice.`)
        }
        seen.add(entry.fileName)
        if (!isDirectory) {
          files.push(await extractEntry(zip, entry, destinationOf(entry.fileName)))
        }
        zip.readEntry()
      }
      zip.on('entry', (entry: yauzl.Entry) => next(entry).catch(reject))
      zip.on('end', resolve)
      zip.on('error', (error: Error) =>
        reject(
          error instanceof PackageError
            ? error
            : new PackageError(`The app content is not a valid zip: ${error.message}`)
        )
      )
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  if (elsewhere.size > 0) SAME_NAME_ELSEWHERE.set(target, elsewhere)
  return {
    files,
    totalBytes: files.reduce((sum, file) => sum + file.size, 0),
    largestFileBytes: files.reduce((largest, file) => Math.max(largest, file.size), 0),
    hasRoutes: files.some((file) => file.path === CONFIG_FILE_NAME)
  }
}
