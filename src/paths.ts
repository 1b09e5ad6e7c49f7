// The one inside-the-folder check: inputs, the folder walk and the zip reader all ask it; and the
// same questions put to the disk, which alone knows its symlinks and whether case matters.
import fs from 'node:fs'
import path from 'node:path'

/**
 * True when `candidate` is `root` or below it (both absolute, resolved the same way). A name that
 * merely starts with dots ('..foo') is inside; only a '..' segment climbs out.
 */
export function isInside(
  root: string,
  candidate: string,
  paths: path.PlatformPath = path
): boolean {
  const relative = paths.relative(root, candidate)
  if (relative === '') return true
  if (paths.isAbsolute(relative)) return false
  return relative !== '..' && !relative.startsWith(`..${paths.sep}`)
}

/** The file-system calls the on-disk checks make (a test passes a disk of its own). */
export interface Disk {
  /** The OS's realpath (realpath(3), GetFinalPathNameByHandleW). */
  nativeRealpath(file: string): string
  /** Node's own walk with lstat and readlink. */
  walkedRealpath(file: string): string
  /** What names one file or folder on this disk, whatever path reached it. */
  identity(file: string): string
}

export const NODE_DISK: Disk = {
  nativeRealpath: (file) => fs.realpathSync.native(file),
  walkedRealpath: (file) => fs.realpathSync(file),
  identity: (file) => {
    // bigint: Windows file indexes and APFS inode numbers exceed 2^53.
    const stats = fs.statSync(file, { bigint: true })
    return `${stats.dev}:${stats.ino}`
  }
}

/** Only these mean "nothing there"; any other failure is a real one (EACCES, ELOOP, ...). */
const MISSING = new Set(['ENOENT', 'ENOTDIR'])
/** realpath's answer on some Windows RAM and virtual disks for a path that exists (nodejs/node#6861). */
const NATIVE_REALPATH_UNSUPPORTED = 'EISDIR'

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code
}

/** The path with every symlink resolved, or undefined when nothing is there. */
export function realPath(file: string, disk: Disk = NODE_DISK): string | undefined {
  for (const resolve of [disk.nativeRealpath, disk.walkedRealpath]) {
    try {
      return resolve(file)
    } catch (error) {
      const code = errorCode(error)
      if (code !== undefined && MISSING.has(code)) return undefined
      if (code !== NATIVE_REALPATH_UNSUPPORTED) throw error
    }
  }
  return undefined
}

// Not util.promisify: the bundle's import of node:util copies its exports' descriptors, and that
// loads Node's worker_threads, util's diff and parseArgs before the first request (issue 26).
const realpathNative = (file: string): Promise<string> => fs.promises.realpath(file)
const realpathWalked = (file: string): Promise<string> =>
  new Promise((resolve, reject) =>
    fs.realpath(file, (error, resolved) => (error ? reject(error) : resolve(resolved)))
  )

/** realPath for the folder walk: the same rules, without blocking; throws ENOENT as it comes. */
export async function resolveReal(file: string): Promise<string> {
  try {
    return await realpathNative(file)
  } catch (error) {
    if (errorCode(error) !== NATIVE_REALPATH_UNSUPPORTED) throw error
    return await realpathWalked(file)
  }
}

/**
 * `isInside` as the disk sees it: symlinks resolved on both sides, and a folder above the
 * candidate that is the root's own folder however its name is spelled (case-insensitive disks:
 * NTFS, APFS by default). Paths not on disk are compared as written.
 */
export function isInsideOnDisk(root: string, candidate: string, disk: Disk = NODE_DISK): boolean {
  const realRoot = realPath(root, disk)
  const realCandidate = realPath(candidate, disk)
  if (realRoot === undefined || realCandidate === undefined) return isInside(root, candidate)
  if (isInside(realRoot, realCandidate)) return true
  const rootIdentity = disk.identity(realRoot)
  for (let current = realCandidate; ; current = path.dirname(current)) {
    if (disk.identity(current) === rootIdentity) return true
    if (path.dirname(current) === current) return false
  }
}

/** True when both paths reach one file on this disk (false when either is missing). */
export function isSameFileOnDisk(first: string, second: string, disk: Disk = NODE_DISK): boolean {
  const realFirst = realPath(first, disk)
  const realSecond = realPath(second, disk)
  if (realFirst === undefined || realSecond === undefined) return false
  return realFirst === realSecond || disk.identity(realFirst) === disk.identity(realSecond)
}
