// The prebuilt managed Functions API (api-location): the site's checks (collect.ts) plus its own —
// host.json at the root and one the host can start (functionsApp.ts), a warning for a Node.js
// app that would register no function, a Functions language from the inputs or from the config's
// `platform.apiRuntime`, and an api.zip of at most 100 MiB. The archive is written once, to
// RUNNER_TEMP, before any network call: UploadInfo declares its size and MD5, so the bytes that go
// up must be exactly the bytes that were hashed, and a file on disk guarantees that where a second
// zipping pass could not (a file rewritten in between with the same size would change the hash).
import { createHash } from 'node:crypto'
import { Transform } from 'node:stream'
import { Spool } from './spool.js'
import { InputError } from '../errors.js'
import { counted, formatBytes, formatCount, printable } from '../format.js'
import { info, warning } from '../log.js'
import { FUNCTION_LANGUAGES, LANGUAGE_NAMES, parseApiRuntime } from './apiLanguage.js'
import { checkCredentialFiles, collectFiles, measure, strayFileWarnings } from './collect.js'
import { checkHostJson, HOST_JSON, nodeEntryProblem } from './functionsApp.js'
import { checkTotals } from './limits.js'
import {
  API_LIMITS,
  API_PACKAGE,
  type ApiPackage,
  type FunctionLanguage,
  type PayloadFile,
  type PayloadLimits
} from './types.js'
import { writeZip, type ZipWriteOptions } from './zip.js'

/** The service's limit for api.zip ("The size of the function content was too large", #1034). */
const MAX_API_ARCHIVE_BYTES = 104_857_600

/** The inputs that shape the API's package, besides its location. */
export interface ApiSettings {
  allowCredentialFiles: boolean
  apiLanguage: FunctionLanguage | undefined
  apiLanguageVersion: string | undefined
}

export type ApiConfig = { workspace: string; apiLocation: string } & Partial<ApiSettings>

export interface ApiOptions {
  limits?: PayloadLimits
  zip?: ZipWriteOptions
  /** Folder of api.zip; default RUNNER_TEMP, else the OS temp folder. */
  archiveDir?: string
}

/** The API, checked and zipped; close() deletes its archive. */
export type PreparedApi = ApiPackage & { close(): Promise<void> }

/** `apiRuntime`: the site config's `platform.apiRuntime`, when it has one. */
export async function prepareApi(
  config: ApiConfig,
  apiRuntime: string | undefined,
  options: ApiOptions = {}
): Promise<PreparedApi> {
  const location = config.apiLocation
  const limits = options.limits ?? API_LIMITS
  // Cheapest first: a missing language is known before a file is read.
  const runtime = resolveLanguage(config, apiRuntime)
  const collected = await collectFiles(location, config.workspace, limits, API_PACKAGE)
  try {
    const { files } = collected
    const totals = measure(files)
    checkTotals({ ...totals, location }, limits, API_PACKAGE)
    await checkHostJson(hostJsonAtRoot(files, location, collected.origin), location)
    checkCredentialFiles(
      await collected.credentials.findIn(files),
      config.allowCredentialFiles ?? false,
      API_PACKAGE
    )
    for (const line of strayFileWarnings(files, API_PACKAGE)) warning(line)
    const unregistered = runtime.language === 'node' ? await nodeEntryProblem(files) : undefined
    if (unregistered !== undefined) {
      warning(
        `The API '${location}': ${unregistered}. It is deployed, but it would register no function and answer no /api request. Set "main" in package.json to the built files that register the functions (for example "dist/src/functions/*.js"; see docs/api.md).`
      )
    }
    const archive = await writeArchive(files, totals.totalBytes, options)
    info(
      `API '${location}': ${counted(totals.fileCount, 'file')}, ${formatBytes(totals.totalBytes)}; api.zip ${formatBytes(archive.bytes)} (MD5 ${archive.md5}); ${runtime.language} ${runtime.languageVersion} from ${runtime.languageSource}.`
    )
    return {
      location,
      origin: collected.origin,
      fileCount: totals.fileCount,
      totalBytes: totals.totalBytes,
      ...runtime,
      archive: { path: archive.path, bytes: archive.bytes, md5: archive.md5 },
      close: async () => archive.dispose()
    }
  } finally {
    // The archive holds every byte now: the .zip input is not read again.
    await collected.close()
  }
}

type Runtime = Pick<ApiPackage, 'language' | 'languageVersion' | 'languageSource'>

const CONFIG_RUNTIME = 'platform.apiRuntime of staticwebapp.config.json'

/** The inputs win over the config; each half missing from both is an error that names both. */
function resolveLanguage(config: ApiConfig, apiRuntime: string | undefined): Runtime {
  const configured = apiRuntime === undefined ? undefined : parseApiRuntime(apiRuntime)
  if (configured !== undefined && 'problem' in configured) {
    const problem = `${CONFIG_RUNTIME}: '${printable(apiRuntime ?? '')}' ${configured.problem}`
    // Only a config the API's language would come from is worth stopping for.
    if (config.apiLanguage === undefined || config.apiLanguageVersion === undefined) {
      throw new InputError(`${problem}.`, {
        doc: 'api-package',
        fix: 'Set platform.apiRuntime to one of the values Azure lists for managed functions (e.g. node:20), or set api-language and api-language-version.'
      })
    }
    warning(
      `${problem}; the inputs give the API's language, but the service may refuse the config.`
    )
  }
  const fromConfig = configured !== undefined && 'language' in configured ? configured : undefined
  const language = config.apiLanguage ?? fromConfig?.language
  if (language === undefined) throw missingLanguage('its Functions language')
  const sameLanguage = fromConfig?.language === language
  const languageVersion =
    config.apiLanguageVersion ?? (sameLanguage ? fromConfig?.version : undefined)
  if (languageVersion === undefined) throw missingLanguage(`the version of ${language}`, language)
  if (fromConfig !== undefined && (!sameLanguage || fromConfig.version !== languageVersion)) {
    warning(
      `The API is deployed as ${language} ${languageVersion} (the inputs), but ${CONFIG_RUNTIME} says '${printable(apiRuntime ?? '')}'; the service may go by either: make them agree.`
    )
  }
  const source =
    config.apiLanguage !== undefined && config.apiLanguageVersion !== undefined
      ? 'api-language and api-language-version'
      : config.apiLanguage === undefined && config.apiLanguageVersion === undefined
        ? CONFIG_RUNTIME
        : `${config.apiLanguage === undefined ? 'api-language-version' : 'api-language'} and ${CONFIG_RUNTIME}`
  return { language, languageVersion, languageSource: source }
}

function missingLanguage(what: string, language?: FunctionLanguage): InputError {
  const example = language ?? 'node'
  const version = FUNCTION_LANGUAGES[example].example
  return new InputError(
    `The API needs ${what}, and neither the inputs nor ${CONFIG_RUNTIME} give it; the service would refuse it ("Cannot deploy to the function app because Function language info isn't provided").`,
    {
      doc: 'api-package',
      fix: `Set api-language (${LANGUAGE_NAMES}) and api-language-version (e.g. ${version}), or add "platform": { "apiRuntime": "${FUNCTION_LANGUAGES[example].apiRuntime}:${version}" } to staticwebapp.config.json.`
    }
  )
}

/** A Functions app's root holds host.json; a publish folder zipped one level too deep does not. */
function hostJsonAtRoot(
  files: readonly PayloadFile[],
  location: string,
  origin: 'folder' | 'zip'
): PayloadFile {
  const atRoot = files.find((file) => file.name === HOST_JSON)
  if (atRoot !== undefined) return atRoot
  const nested = files
    .map((file) => file.name)
    .filter((name) => name.toLowerCase().split('/').at(-1) === HOST_JSON)
    .sort((a, b) => a.split('/').length - b.split('/').length)[0]
  const hint =
    nested === undefined
      ? ''
      : nested.includes('/')
        ? ` (there is one at '${printable(nested)}')`
        : ` (there is '${printable(nested)}': the name is host.json, in lower case)`
  const folder = nested?.includes('/') ? nested.slice(0, nested.lastIndexOf('/')) : undefined
  throw new InputError(
    `The API '${location}' has no ${HOST_JSON} at its root${hint}: api-location must be a prebuilt Functions app, whose root holds ${HOST_JSON}.`,
    {
      doc: 'api-package',
      fix:
        folder === undefined
          ? "Point api-location at the API's build output: the folder `func` or `dotnet publish` writes, with host.json at its root (see docs/api.md)."
          : origin === 'zip'
            ? `Rebuild the .zip from inside '${printable(folder)}' so that host.json is at its root.`
            : `Point api-location at '${printable(folder)}' inside it.`
    }
  )
}

interface WrittenArchive {
  path: string
  bytes: number
  md5: string
  dispose(): void
}

/** api.zip to a file, measured and hashed on the way; stopped at the first byte over the limit. */
async function writeArchive(
  files: PayloadFile[],
  totalBytes: number,
  options: ApiOptions
): Promise<WrittenArchive> {
  const spool = new Spool(options.archiveDir, 'api')
  const md5 = createHash('md5')
  let bytes = 0
  const measured = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length
      if (bytes > MAX_API_ARCHIVE_BYTES) return callback(archiveTooLarge(totalBytes))
      md5.update(chunk)
      callback(null, chunk)
    }
  })
  try {
    await spool.write(writeZip({ files }, options.zip), undefined, measured)
  } catch (error) {
    spool.dispose()
    throw error
  }
  // Upper-case hex, as the one public client that declares an API sends it (Get-FileHash).
  return {
    path: spool.path,
    bytes,
    md5: md5.digest('hex').toUpperCase(),
    dispose: () => spool.dispose()
  }
}

function archiveTooLarge(totalBytes: number): InputError {
  return new InputError(
    `The API's archive (api.zip) is over ${formatCount(MAX_API_ARCHIVE_BYTES)} bytes (100 MiB), the most Azure Static Web Apps takes for a managed Functions API ("The size of the function content was too large"); its files are ${formatBytes(totalBytes)} uncompressed. Nothing was uploaded.`,
    {
      doc: 'api-package',
      fix: 'Leave out what the API does not run: dev dependencies (npm ci --omit=dev), tests, source maps, local tooling; or link your own Functions app to the Static Web App instead of a managed API.'
    }
  )
}
