// Folder or .zip → one measured, checked Payload, all before any network call.
import { stat } from 'node:fs/promises'
import { InputError } from '../errors.js'
import type { Config } from '../inputs.js'
import { info, warning } from '../log.js'
import { CredentialScan, type CredentialFile } from './credentials.js'
import { walkFolder } from './folder.js'
import { checkTotals } from './limits.js'
import { printable } from '../format.js'
import { readSource } from './sources.js'
import { DEFAULT_LIMITS, KB, type Payload, type PayloadFile, type PayloadLimits } from './types.js'
import { readZipInput } from './zipInput.js'

export const CONFIG_FILE_NAME = 'staticwebapp.config.json'
const LEGACY_ROUTES_FILE = 'routes.json'
/** The service's limit for staticwebapp.config.json ("The file size exceeds the limit of 20 KB", #1452). */
export const MAX_CONFIG_BYTES = 20 * KB

export type PayloadConfig = Pick<Config, 'appLocation' | 'configFile' | 'workspace'> &
  Partial<Pick<Config, 'allowCredentialFiles'>>

export async function preparePayload(
  config: PayloadConfig,
  limits: PayloadLimits = DEFAULT_LIMITS
): Promise<Payload> {
  const location = config.appLocation
  const kind = await locationKind(location)
  let files: PayloadFile[]
  let close = async (): Promise<void> => {}
  // Sees the .zip entries' first bytes while they are inflated for the size check anyway.
  const credentials = new CredentialScan()
  if (kind === 'zip') {
    const input = await readZipInput(location, limits, credentials)
    files = input.files
    close = async () => input.archive.close()
  } else {
    const walked = await walkFolder(location, config.workspace, limits)
    files = walked.files
    for (const name of walked.skipped) info(`Skipped '${printable(name)}': not a regular file.`)
  }
  try {
    files.sort((a, b) => compareNames(a.name, b.name))
    assertUniqueNames(files)
    const placedConfigFile = await placeConfigFile(files, config.configFile)
    const rootConfig = files.find((file) => file.name === CONFIG_FILE_NAME)
    const configuredRoles = rootConfig ? rolesOf(await readConfigJson(rootConfig)) : []
    const totals = measure(files)
    checkTotals({ ...totals, location }, limits)
    checkCredentialFiles(await credentials.findIn(files), config.allowCredentialFiles ?? false)
    const warnings = strayFileWarnings(files)
    const hasRoutes =
      rootConfig !== undefined || files.some((file) => file.name === LEGACY_ROUTES_FILE)
    if (!hasRoutes) {
      warnings.push(
        `The upload has no ${CONFIG_FILE_NAME} at its root: every route is served anonymously, with the platform's defaults (no route rules, roles or headers). Add one, or set config-file-location, if the site needs any.`
      )
    }
    for (const line of warnings) warning(line)
    return {
      location,
      origin: kind,
      files,
      ...totals,
      hasRoutes,
      configuredRoles,
      placedConfigFile,
      warnings,
      close
    }
  } catch (error) {
    await close()
    throw error
  }
}

async function locationKind(location: string): Promise<'folder' | 'zip'> {
  const found = await stat(location).catch(() => undefined)
  if (found?.isDirectory()) return 'folder'
  if (found?.isFile() && location.toLowerCase().endsWith('.zip')) return 'zip'
  throw new InputError(
    found === undefined
      ? `app-location '${location}' does not exist.`
      : `app-location '${location}' is neither a folder nor a .zip file.`,
    {
      fix: 'Build the site before this step and set app-location to its output folder (or a .zip of it).'
    }
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

/** config-file-location's file goes to the root unless one is already there (that one wins). */
async function placeConfigFile(
  files: PayloadFile[],
  configFile: string | undefined
): Promise<string | undefined> {
  if (configFile === undefined) return undefined
  if (files.some((file) => file.name === CONFIG_FILE_NAME)) {
    // A warning, not a log line: the user asked for another file and will not get it.
    warning(
      `${CONFIG_FILE_NAME} is already at the root of app-location; config-file-location is not used.`
    )
    return undefined
  }
  const found = await stat(configFile).catch(() => undefined)
  if (!found?.isFile()) {
    throw new InputError(`config-file-location: '${configFile}' is not a file.`, {
      fix: `Point config-file-location at ${CONFIG_FILE_NAME} or the folder holding it.`
    })
  }
  const placed: PayloadFile = {
    name: CONFIG_FILE_NAME,
    size: found.size,
    source: { kind: 'disk', path: configFile }
  }
  const index = files.findIndex((file) => compareNames(file.name, CONFIG_FILE_NAME) > 0)
  files.splice(index === -1 ? files.length : index, 0, placed)
  return configFile
}

async function readConfigJson(file: PayloadFile): Promise<unknown> {
  const refuse = (problem: string): InputError =>
    new InputError(`${CONFIG_FILE_NAME} ${problem}.`, {
      fix: `Fix ${CONFIG_FILE_NAME}: it must be one JSON object (see the Static Web Apps configuration reference).`
    })
  if (file.size > MAX_CONFIG_BYTES) {
    throw new InputError(
      `${CONFIG_FILE_NAME} is ${file.size.toLocaleString('en-US')} bytes; Azure Static Web Apps accepts at most 20 KB (${MAX_CONFIG_BYTES.toLocaleString('en-US')} bytes) and would refuse it ("The file size exceeds the limit of 20 KB").`,
      {
        doc: 'payload-limits',
        fix: `Shrink ${CONFIG_FILE_NAME}: merge routes with wildcards, drop unused headers or rules.`
      }
    )
  }
  const text = (await readSource(file)).toString('utf8').replace(/^\uFEFF/, '')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw refuse(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw refuse('is not a JSON object')
  return parsed
}

const BUILT_IN_ROLES = new Set(['anonymous', 'authenticated'])

/** Custom roles named by the config's routes, sorted. */
function rolesOf(config: unknown): string[] {
  const routes = (config as { routes?: unknown }).routes
  const roles = new Set<string>()
  if (Array.isArray(routes)) {
    for (const route of routes) {
      const allowed = (route as { allowedRoles?: unknown } | null)?.allowedRoles
      if (!Array.isArray(allowed)) continue
      for (const role of allowed)
        if (typeof role === 'string' && !BUILT_IN_ROLES.has(role)) roles.add(role)
    }
  }
  return [...roles].sort()
}

function measure(
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
function checkCredentialFiles(found: readonly CredentialFile[], allowed: boolean): void {
  if (found.length === 0) return
  const line = (file: CredentialFile): string => `'${printable(file.name)}': ${file.what}`
  if (allowed) {
    for (const file of found) {
      warning(`Uploading ${line(file)}, because allow-credential-files is true; it will be public.`)
    }
    return
  }
  const listed = found.slice(0, CREDENTIAL_FILES_SHOWN).map((file) => `  - ${line(file)}`)
  if (found.length > CREDENTIAL_FILES_SHOWN) {
    listed.push(`  - and ${found.length - CREDENTIAL_FILES_SHOWN} more`)
  }
  throw new InputError(
    `The payload holds ${found.length} file(s) that look like credentials; they would be public on the site. Nothing was uploaded.\n${listed.join('\n')}`,
    {
      doc: 'payload-credentials',
      fix: 'Remove them from app-location (write credentials outside the workspace, e.g. to RUNNER_TEMP, or run the step that writes them after this one), or set allow-credential-files: true if they are meant to be public.'
    }
  )
}

const STRAY_KINDS: readonly {
  label: string
  matches: (segments: string[]) => boolean
  why: string
}[] = [
  {
    label: '.git/',
    matches: (s) => s.slice(0, -1).includes('.git'),
    why: 'repository history would be public'
  },
  {
    label: '.github/',
    matches: (s) => s.slice(0, -1).includes('.github'),
    why: 'workflow files are not part of a site'
  },
  {
    label: 'node_modules/',
    matches: (s) => s.slice(0, -1).includes('node_modules'),
    why: 'dependencies are usually not meant to be served'
  },
  {
    label: '.env*',
    matches: (s) => (s.at(-1) ?? '').startsWith('.env'),
    why: 'environment files often hold secrets'
  }
]

/** One warning per kind of file that is probably in the payload by mistake. */
export function strayFileWarnings(files: readonly PayloadFile[]): string[] {
  const warnings: string[] = []
  for (const kind of STRAY_KINDS) {
    const matching = files.filter((file) => kind.matches(file.name.split('/')))
    const first = matching[0]
    if (first === undefined) continue
    warnings.push(
      `The payload contains ${kind.label} (${matching.length} file(s), e.g. '${printable(first.name)}'): ${kind.why}. They will be public; remove them from app-location if that is not intended.`
    )
  }
  return warnings
}
