// Folder or .zip → one measured, checked Payload (the site, and the API beside it when
// api-location is set), all before any network call.
import { stat } from 'node:fs/promises'
import { InputError } from '../errors.js'
import { formatCount } from '../format.js'
import { warning } from '../log.js'
import { prepareApi, type ApiSettings } from './api.js'
import {
  checkCredentialFiles,
  collectFiles,
  compareNames,
  measure,
  strayFileWarnings
} from './collect.js'
import { missingDefaultFile } from './defaultFile.js'
import { checkTotals } from './limits.js'
import { readSource } from './sources.js'
import { checkHoldable } from './diskNames.js'
import { readZipInput } from './zipInput.js'
import {
  API_LIMITS,
  API_PACKAGE,
  CONFIG_FILE_NAME,
  DEFAULT_LIMITS,
  KB,
  SITE_PACKAGE,
  type ApiPackage,
  type Payload,
  type PayloadFile,
  type PayloadLimits
} from './types.js'

export { strayFileWarnings } from './collect.js'
export { CONFIG_FILE_NAME } from './types.js'

const LEGACY_ROUTES_FILE = 'routes.json'
/** The service's limit for staticwebapp.config.json ("The file size exceeds the limit of 20 KB", #1452). */
const MAX_CONFIG_BYTES = 20 * KB

/** What the payload stage reads of the inputs: the action's Config satisfies it. */
export interface PayloadConfig extends Partial<ApiSettings> {
  workspace: string
  /** Absolute path of the prebuilt site (folder or .zip), inside the workspace. */
  appLocation: string
  /** Absolute path of staticwebapp.config.json when it is not at the site's root. */
  configFile: string | undefined
  /** Absolute path of the prebuilt managed Functions API (folder or .zip). */
  apiLocation?: string | undefined
  /** Who uploads: Microsoft's client writes a .zip input out as files on the runner's disk. */
  engine?: { name: 'native' | 'official' }
}

export async function preparePayload(
  config: PayloadConfig,
  limits: PayloadLimits = DEFAULT_LIMITS
): Promise<Payload> {
  const site = await prepareSite(config, limits)
  if (config.apiLocation === undefined) return site
  try {
    const api = await prepareApi({ ...config, apiLocation: config.apiLocation }, site.apiRuntime)
    if (writesOutZip(config, api.origin)) {
      await checkApiHoldable(api).catch(async (error: unknown) => {
        await api.close()
        throw error
      })
    }
    return {
      ...site,
      api,
      close: async () => {
        await site.close()
        await api.close()
      }
    }
  } catch (error) {
    await site.close()
    throw error
  }
}

async function prepareSite(config: PayloadConfig, limits: PayloadLimits): Promise<Payload> {
  const location = config.appLocation
  const collected = await collectFiles(location, config.workspace, limits, SITE_PACKAGE)
  const { files, close } = collected
  try {
    const placedConfigFile = await placeConfigFile(files, config.configFile)
    if (writesOutZip(config, collected.origin))
      checkHoldable(
        files.map((file) => file.name),
        SITE_PACKAGE
      )
    const rootConfig = files.find((file) => file.name === CONFIG_FILE_NAME)
    const configJson = rootConfig ? await readConfigJson(rootConfig) : undefined
    const configuredRoles = configJson ? rolesOf(configJson) : []
    const totals = measure(files)
    checkTotals({ ...totals, location }, limits)
    checkCredentialFiles(
      await collected.credentials.findIn(files),
      config.allowCredentialFiles ?? false,
      SITE_PACKAGE
    )
    const warnings = strayFileWarnings(files, SITE_PACKAGE)
    const hasRoutes =
      rootConfig !== undefined || files.some((file) => file.name === LEGACY_ROUTES_FILE)
    if (!hasRoutes) {
      warnings.push(
        `The upload has no ${CONFIG_FILE_NAME} at its root: every route is served anonymously, with the platform's defaults (no route rules, roles or headers). Add one, or set config-file-location, if the site needs any.`
      )
    }
    const noDefaultFile = missingDefaultFile(files, configJson, {
      path: location,
      workspace: config.workspace,
      origin: collected.origin
    })
    if (noDefaultFile !== undefined) warnings.push(noDefaultFile)
    for (const line of warnings) warning(line)
    return {
      location,
      origin: collected.origin,
      files,
      ...totals,
      hasRoutes,
      configuredRoles,
      placedConfigFile,
      apiRuntime: configJson ? apiRuntimeOf(configJson) : undefined,
      api: undefined,
      warnings,
      close
    }
  } catch (error) {
    await close()
    throw error
  }
}

/** engine: official writes a .zip input out as files on this runner's disk (appFolder.ts). */
function writesOutZip(config: PayloadConfig, origin: 'folder' | 'zip'): boolean {
  return config.engine?.name === 'official' && origin === 'zip'
}

/** The API's entries as appFolder.ts will write them: those of the checked api.zip. */
async function checkApiHoldable(api: ApiPackage): Promise<void> {
  const { archive, files } = await readZipInput(
    api.archive.path,
    API_LIMITS,
    undefined,
    API_PACKAGE
  )
  try {
    checkHoldable(
      files.map((file) => file.name),
      API_PACKAGE
    )
  } finally {
    archive.close()
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
      `${CONFIG_FILE_NAME} is ${formatCount(file.size)} bytes; Azure Static Web Apps accepts at most 20 KB (${formatCount(MAX_CONFIG_BYTES)} bytes) and would refuse it ("The file size exceeds the limit of 20 KB").`,
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

/** `platform.apiRuntime` as written (anything but a string shown as JSON, for the message). */
function apiRuntimeOf(config: unknown): string | undefined {
  const platform = (config as { platform?: unknown }).platform
  const runtime = (platform as { apiRuntime?: unknown } | null | undefined)?.apiRuntime
  if (runtime === undefined || runtime === null) return undefined
  return typeof runtime === 'string' ? runtime : JSON.stringify(runtime)
}
