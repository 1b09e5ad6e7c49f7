// The measured, checked upload package that every later stage reads.
import type { Entry, ZipFile } from 'yauzl'

export const KB = 1024
export const MB = 1024 * KB

/** Hard limits checked before any network call; tests pass smaller ones. */
export interface PayloadLimits {
  maxFiles: number
  maxTotalBytes: number
}

export const DEFAULT_LIMITS: PayloadLimits = { maxFiles: 15_000, maxTotalBytes: 500 * MB }

/** Where a file's bytes come from: the disk, or an entry of the user's .zip. */
export type FileSource =
  { kind: 'disk'; path: string } | { kind: 'zip-entry'; archive: ZipFile; entry: Entry }

export interface PayloadFile {
  /** Path inside the upload: relative, forward slashes, already checked. */
  name: string
  /** Uncompressed bytes. */
  size: number
  source: FileSource
}

export interface Payload {
  /** Absolute path of the folder or .zip the user gave. */
  location: string
  origin: 'folder' | 'zip'
  /** Sorted by name: the archive's order. */
  files: PayloadFile[]
  fileCount: number
  totalBytes: number
  largestFile: { name: string; size: number }
  /** A staticwebapp.config.json (or legacy routes.json) is at the root. */
  hasRoutes: boolean
  /** Custom roles named by allowedRoles in staticwebapp.config.json. */
  configuredRoles: string[]
  /** Path the root staticwebapp.config.json was placed from, when config-file-location put it there. */
  placedConfigFile: string | undefined
  /** Things in the payload that are probably there by mistake (already logged as warnings). */
  warnings: string[]
  /** Releases the .zip input, if any. */
  close(): Promise<void>
}
