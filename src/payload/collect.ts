// The checks every package passes, the site's and the API's alike: a folder walked or a .zip
// read (names, links, zip bombs), sorted and unique, measured against its limits, judged for
// credential files, and warned about for files that are probably there by mistake.
import { stat } from 'node:fs/promises'
import { InputError } from '../errors.js'
import { counted, forCount, printable } from '../format.js'
import { info, warning } from '../log.js'
import { CredentialScan, type CredentialFile } from './credentials.js'
import { walkFolder } from './folder.js'
import {
  SITE_PACKAGE,
  type PackageKind,
  type Payload,
  type PayloadFile,
  type PayloadLimits
} from './types.js'
import { readZipInput } from './zipInput.js'

export interface CollectedFiles {
  origin: 'folder' | 'zip'
  /** Sorted by name (the archive's order), each name once. */
  files: PayloadFile[]
  /** Has seen the .zip entries' first bytes already; judges the rest on demand. */
  credentials: CredentialScan
  /** Releases the .zip input, if any. */
  close(): Promise<void>
}

/** Lists the files of a folder or .zip with every name, link and declared size checked. */
export async function collectFiles(
  location: string,
  workspace: string,
  limits: PayloadLimits,
  kind: PackageKind
): Promise<CollectedFiles> {
  const origin = await locationKind(location, kind)
  // Sees the .zip entries' first bytes while they are inflated for the size check anyway.
  const credentials = new CredentialScan()
  let files: PayloadFile[]
  let close = async (): Promise<void> => {}
  if (origin === 'zip') {
    const input = await readZipInput(location, limits, credentials, kind)
    files = input.files
    close = async () => input.archive.close()
  } else {
    const walked = await walkFolder(location, workspace, limits, kind)
    files = walked.files
    for (const name of walked.skipped) info(`Skipped '${printable(name)}': not a regular file.`)
  }
  try {
    files.sort((a, b) => compareNames(a.name, b.name))
    assertUniqueNames(files)
  } catch (error) {
    await close()
    throw error
  }
  return { origin, files, credentials, close }
}

async function locationKind(location: string, kind: PackageKind): Promise<'folder' | 'zip'> {
  const found = await stat(location).catch(() => undefined)
  if (found?.isDirectory()) return 'folder'
  if (found?.isFile() && location.toLowerCase().endsWith('.zip')) return 'zip'
  throw new InputError(
    found === undefined
      ? `${kind.input} '${location}' does not exist.`
      : `${kind.input} '${location}' is neither a folder nor a .zip file.`,
    { fix: `${kind.build.replace(/\.$/, '')} (or a .zip of it).` }
  )
}

/** Byte-wise order of the UTF-8 names: the same on every runner, whatever its locale. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}

function assertUniqueNames(sorted: readonly PayloadFile[]): void {
  const seen = new Set<string>()
  for (const file of sorted) {
    if (seen.has(file.name)) {
      throw new InputError(`The payload has '${printable(file.name)}' twice.`, {
        doc: 'payload-unsafe',
        fix: 'Rebuild the .zip so that each path appears once.'
      })
    }
    seen.add(file.name)
  }
}

/** File count, uncompressed bytes and the largest file. */
export function measure(
  files: readonly PayloadFile[]
): Pick<Payload, 'fileCount' | 'totalBytes' | 'largestFile'> {
  let totalBytes = 0
  let largestFile = { name: '', size: 0 }
  for (const file of files) {
    totalBytes += file.size
    if (file.size > largestFile.size || largestFile.name === '')
      largestFile = { name: file.name, size: file.size }
  }
  return { fileCount: files.length, totalBytes, largestFile }
}

/** Files listed by name in the refusal; the rest are counted. */
const CREDENTIAL_FILES_SHOWN = 20

/** Refuses files that look like credentials, each named, unless allow-credential-files says otherwise. */
export function checkCredentialFiles(
  found: readonly CredentialFile[],
  allowed: boolean,
  kind: PackageKind
): void {
  if (found.length === 0) return
  const line = (file: CredentialFile): string => `'${printable(file.name)}': ${file.what}`
  if (allowed) {
    for (const file of found) {
      warning(`Uploading ${line(file)}, because allow-credential-files is true; it ${kind.fate}.`)
    }
    return
  }
  const listed = found.slice(0, CREDENTIAL_FILES_SHOWN).map((file) => `  - ${line(file)}`)
  if (found.length > CREDENTIAL_FILES_SHOWN) {
    listed.push(`  - and ${found.length - CREDENTIAL_FILES_SHOWN} more`)
  }
  throw new InputError(
    `${kind.subject} holds ${counted(found.length, 'file that looks like credentials', 'files that look like credentials')}; ${forCount(found.length, 'it', 'they')} ${kind.exposure}. Nothing was uploaded.\n${listed.join('\n')}`,
    {
      doc: 'payload-credentials',
      fix: `Remove them from ${kind.input} (write credentials outside the workspace, e.g. to RUNNER_TEMP, or run the step that writes them after this one), or set allow-credential-files: true if they are meant to be uploaded.`
    }
  )
}

const STRAY_KINDS: readonly {
  label: string
  matches: (segments: string[]) => boolean
  why: string
  /** The packages it is a mistake in: node_modules/ belongs in a prebuilt Node API. */
  in: readonly PackageKind['input'][]
}[] = [
  {
    label: '.git/',
    matches: (s) => s.slice(0, -1).includes('.git'),
    why: 'it holds the repository history',
    in: ['app-location', 'api-location']
  },
  {
    label: '.github/',
    matches: (s) => s.slice(0, -1).includes('.github'),
    why: 'workflow files are not part of a site or an API',
    in: ['app-location', 'api-location']
  },
  {
    label: 'node_modules/',
    matches: (s) => s.slice(0, -1).includes('node_modules'),
    why: 'dependencies are usually not meant to be served',
    in: ['app-location']
  },
  {
    label: '.env*',
    matches: (s) => (s.at(-1) ?? '').startsWith('.env'),
    why: 'environment files often hold secrets',
    in: ['app-location', 'api-location']
  },
  {
    label: 'local.settings.json',
    matches: (s) => s.at(-1) === 'local.settings.json',
    why: 'it holds local settings, often connection strings, and the deployed API does not read it',
    in: ['api-location']
  }
]

/** Where an API's dependencies live: node_modules/, and Python's vendored packages. */
const DEPENDENCIES: ReadonlySet<string> = new Set(['node_modules', '.python_packages'])

/** One warning per kind of file that is probably in the package by mistake. */
export function strayFileWarnings(
  files: readonly PayloadFile[],
  kind: PackageKind = SITE_PACKAGE
): string[] {
  const warnings: string[] = []
  for (const stray of STRAY_KINDS) {
    if (!stray.in.includes(kind.input)) continue
    const matching = files.filter((file) => {
      const segments = file.name.split('/')
      // A dependency's own .github/ or .env.example is the package's business, not a mistake.
      const dependency = kind.input === 'api-location' && segments.some((s) => DEPENDENCIES.has(s))
      return !dependency && stray.matches(segments)
    })
    const first = matching[0]
    if (first === undefined) continue
    warnings.push(
      `${kind.subject} contains ${stray.label} (${counted(matching.length, 'file')}, e.g. '${printable(first.name)}'): ${stray.why}. ${forCount(matching.length, 'It', 'They')} ${kind.fate}; remove ${forCount(matching.length, 'it', 'them')} from ${kind.input} if that is not intended.`
    )
  }
  return warnings
}
