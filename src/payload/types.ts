// The measured, checked upload package that every later stage reads.
import type { Entry, ZipFile } from 'yauzl'

/** The site's configuration file, at the upload root (or placed there by config-file-location). */
export const CONFIG_FILE_NAME = 'staticwebapp.config.json'

export const KB = 1024
export const MB = 1024 * KB

/** Hard limits checked before any network call; tests pass smaller ones. */
export interface PayloadLimits {
  maxFiles: number
  maxTotalBytes: number
}

export const DEFAULT_LIMITS: PayloadLimits = { maxFiles: 15_000, maxTotalBytes: 500 * MB }

/**
 * The action's own bounds for an API's files (the service only limits its archive, to 100 MiB):
 * enough for a prebuilt Node API with its node_modules, small enough that an api-location
 * pointed at the repository is refused before it is walked to the end or zipped.
 */
export const API_LIMITS: PayloadLimits = { maxFiles: 100_000, maxTotalBytes: 1024 * MB }

/** What is packaged, as every message about it names it: the site or the managed Functions API. */
export interface PackageKind {
  /** The input that names its location. */
  input: 'app-location' | 'api-location'
  /** How a message starts: 'The payload', 'The API'. */
  subject: string
  /** The folder, as a fix names it. */
  folder: string
  /** Who sets PayloadLimits, for the messages. */
  limitOwner: string
  /** Appended to a file-count limit, e.g. ' per app'. */
  perFiles: string
  /** What becomes of every file in it, e.g. '(they) would be public on the site'. */
  exposure: string
  /** The same, said of files that go up anyway: 'will be public'. */
  fate: string
  /** The fix for too many files or too many bytes. */
  shrink: string
  /** The fix for an empty package. */
  build: string
}

export const SITE_PACKAGE: PackageKind = {
  input: 'app-location',
  subject: 'The payload',
  folder: 'the site folder',
  limitOwner: 'Azure Static Web Apps',
  perFiles: ' per app',
  exposure: 'would be public on the site',
  fate: 'will be public',
  shrink: 'Upload only the built site (no node_modules or sources), or merge small files.',
  build: 'Build the site before this step and point app-location at the build output.'
}

export const API_PACKAGE: PackageKind = {
  input: 'api-location',
  subject: 'The API',
  folder: 'the API folder',
  limitOwner: 'this action',
  perFiles: ' in an API',
  exposure: 'would be deployed with the API',
  fate: 'will be deployed with the API',
  shrink:
    'Point api-location at the built API (its publish output), not at the repository; leave out dev dependencies and tests.',
  build: 'Build the API before this step and point api-location at its publish output.'
}

/** Where a file's bytes come from: the disk, or an entry of the user's .zip. */
type FileSource =
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
  /** `platform.apiRuntime` of the root staticwebapp.config.json (e.g. `node:18`), when it has one. */
  apiRuntime: string | undefined
  /** The prebuilt managed Functions API (api-location), packaged and checked; undefined without one. */
  api: ApiPackage | undefined
  /** Releases the .zip input, if any, and deletes the API's archive. */
  close(): Promise<void>
}

/** A Functions language as UploadInfo.FunctionLanguage names it (PROTOCOLS.md §4). */
export type FunctionLanguage = 'node' | 'python' | 'dotnet' | 'dotnetisolated'

/** The managed Functions API, zipped once before any network call: UploadInfo declares this archive. */
export interface ApiPackage {
  /** Absolute path of the API folder or .zip (api-location), checked: API_LOCATION for the official client. */
  location: string
  origin: 'folder' | 'zip'
  fileCount: number
  /** Uncompressed bytes of its files. */
  totalBytes: number
  /** FUNCTION_LANGUAGE for the official client. */
  language: FunctionLanguage
  /** FUNCTION_LANGUAGE_VERSION for the official client, e.g. '18', '3.11', '8.0'. */
  languageVersion: string
  /** Where the language came from, as the log says it. */
  languageSource: string
  /** api.zip in RUNNER_TEMP, deleted by close(). */
  archive: { path: string; bytes: number; md5: string }
}
