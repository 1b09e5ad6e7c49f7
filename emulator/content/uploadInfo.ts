// UploadInfo: the client's own measure of the zip, which the server holds it to after upload.
import { ContentRejection } from './envelope.js'
import { bindObject, type FieldRule } from './fields.js'
import { FUNCTION_LANGUAGE_MISSING, INVALID_FUNCTION_LANGUAGE } from './messages.js'
import type { DeclaredApi } from './types.js'

export type UploadStatus = 'RequestingUpload' | 'Succeeded'

export interface UploadInfo {
  totalBytes: number
  fileCount: number
  largestFileBytes: number
  hasRoutes: boolean
  /** The managed Functions API it declares (HasFunctions true; PROTOCOLS.md §4, inferred). */
  api: DeclaredApi | undefined
  status: string
}

/** FunctionLanguage values of the managed Functions (the official client names these, #1206). */
const FUNCTION_LANGUAGES = new Set(['node', 'python', 'dotnet', 'dotnetisolated'])
const LANGUAGE_VERSION = /^\d+(\.\d+){0,2}$/
const MD5_HEX = /^[0-9a-f]{32}$/i

/** UploadInfo as the server binds it (PROTOCOLS.md §4.2): every property present, these JSON types. */
const UPLOAD_INFO_FIELDS: readonly FieldRule[] = [
  { name: 'TotalAppSizeInBytes', type: 'int64' },
  { name: 'AppFileCount', type: 'int32' },
  { name: 'MaxSingleFileSizeInBytes', type: 'int64' },
  { name: 'ApiSizeInBytes', type: 'int64' },
  { name: 'HasFunctions', type: 'boolean' },
  { name: 'HasDataApiFiles', type: 'boolean' },
  { name: 'HasDataApiConfigFile', type: 'boolean' },
  { name: 'DatabaseType', type: 'string', nullable: true },
  { name: 'ApiContentHash', type: 'string', nullable: true },
  { name: 'FunctionLanguage', type: 'string', nullable: true },
  { name: 'FunctionLanguageVersion', type: 'string', nullable: true },
  { name: 'HasRoutes', type: 'boolean' },
  { name: 'ConfiguredRoles', type: 'strings', nullable: true },
  { name: 'DefaultFileType', type: 'string', nullable: true },
  // "StaticWebApp" for a static site; null does not bind.
  { name: 'ServerRenderFramework', type: 'string' },
  { name: 'DeploymentProvider', type: 'string', nullable: true },
  { name: 'BackendStartupCommandType', type: 'int32' },
  { name: 'ShouldDeployToWebApp', type: 'boolean' },
  // "" from the verified client; a tenant GUID would bind, a domain does not.
  { name: 'TenantId', type: 'guid-or-empty' },
  { name: 'DefaultHostname', type: 'string', nullable: true },
  { name: 'Slice', type: 'int32' },
  { name: 'Status', type: 'string' }
]

/** Binds an UploadInfo found at JSON path `path`, e.g. `$.UploadInfo`. */
export function parseUploadInfo(
  value: unknown,
  expectedStatus: UploadStatus,
  path = '$.UploadInfo'
): UploadInfo {
  const where = 'UploadInfo'
  const bound = bindObject(value, where, path, UPLOAD_INFO_FIELDS)
  const info: UploadInfo = {
    totalBytes: bound.TotalAppSizeInBytes as number,
    fileCount: bound.AppFileCount as number,
    largestFileBytes: bound.MaxSingleFileSizeInBytes as number,
    hasRoutes: bound.HasRoutes as boolean,
    api: declaredApi(bound),
    status: bound.Status as string
  }
  for (const name of [
    'TotalAppSizeInBytes',
    'AppFileCount',
    'MaxSingleFileSizeInBytes',
    'ApiSizeInBytes'
  ]) {
    if ((bound[name] as number) < 0) {
      throw new ContentRejection(`${where}.${name} must be a whole number, 0 or more.`)
    }
  }
  // .NET binds enum names case-insensitively.
  if (info.status.toLowerCase() !== expectedStatus.toLowerCase()) {
    throw new ContentRejection(`${where}.Status must be '${expectedStatus}', not '${info.status}'.`)
  }
  if (info.fileCount === 0)
    throw new ContentRejection('The app content is empty: AppFileCount is 0.')
  if (info.largestFileBytes > info.totalBytes) {
    throw new ContentRejection(
      `${where}.MaxSingleFileSizeInBytes (${info.largestFileBytes}) exceeds TotalAppSizeInBytes (${info.totalBytes}).`
    )
  }
  return info
}

/** The API HasFunctions declares, held to what an api.zip upload needs; none without HasFunctions. */
function declaredApi(bound: Record<string, unknown>): DeclaredApi | undefined {
  const bytes = bound.ApiSizeInBytes as number
  const md5 = (bound.ApiContentHash as string | null) ?? ''
  const language = (bound.FunctionLanguage as string | null) ?? ''
  const languageVersion = (bound.FunctionLanguageVersion as string | null) ?? ''
  if (bound.HasFunctions !== true) {
    // An API described but not declared would be dropped without a word: refused instead.
    if (bytes !== 0 || md5 !== '') {
      throw new ContentRejection(
        'UploadInfo describes API content (ApiSizeInBytes, ApiContentHash) but HasFunctions is false.'
      )
    }
    return undefined
  }
  if (language === '' || languageVersion === '')
    throw new ContentRejection(FUNCTION_LANGUAGE_MISSING)
  if (!FUNCTION_LANGUAGES.has(language)) throw new ContentRejection(INVALID_FUNCTION_LANGUAGE)
  if (!LANGUAGE_VERSION.test(languageVersion)) {
    throw new ContentRejection(
      `UploadInfo.FunctionLanguageVersion '${languageVersion}' is not a version of ${language}.`
    )
  }
  if (bytes <= 0) {
    throw new ContentRejection(
      'UploadInfo.ApiSizeInBytes must be the size of api.zip (HasFunctions is true).'
    )
  }
  if (!MD5_HEX.test(md5)) {
    throw new ContentRejection(
      'UploadInfo.ApiContentHash must be the MD5 of api.zip, 32 hexadecimal digits (HasFunctions is true).'
    )
  }
  return { bytes, md5, language, languageVersion }
}

/** The counts `updatestatus` repeats must be those the upload was granted for, the API's too. */
export function sameMeasure(
  granted: Omit<UploadInfo, 'status'>,
  reported: Omit<UploadInfo, 'status'>
): boolean {
  const sameApi =
    granted.api === undefined || reported.api === undefined
      ? granted.api === reported.api
      : granted.api.bytes === reported.api.bytes &&
        granted.api.md5.toLowerCase() === reported.api.md5.toLowerCase() &&
        granted.api.language === reported.api.language &&
        granted.api.languageVersion === reported.api.languageVersion
  return (
    granted.totalBytes === reported.totalBytes &&
    granted.fileCount === reported.fileCount &&
    granted.largestFileBytes === reported.largestFileBytes &&
    granted.hasRoutes === reported.hasRoutes &&
    sameApi
  )
}
