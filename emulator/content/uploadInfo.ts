// UploadInfo: the client's own measure of the zip, which the server holds it to after upload.
import { ContentRejection } from './envelope.js'
import { bindObject, type FieldRule } from './fields.js'

export type UploadStatus = 'RequestingUpload' | 'Succeeded'

export interface UploadInfo {
  totalBytes: number
  fileCount: number
  largestFileBytes: number
  hasRoutes: boolean
  status: string
}

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
    status: bound.Status as string
  }
  for (const name of ['TotalAppSizeInBytes', 'AppFileCount', 'MaxSingleFileSizeInBytes']) {
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
  // Only the app package has an upload URL here: an API part would have nowhere to go.
  if (bound.ApiSizeInBytes !== 0 || bound.HasFunctions === true) {
    throw new ContentRejection(
      'This deployment carries no API: ApiSizeInBytes must be 0 and HasFunctions false.'
    )
  }
  return info
}

/** The counts `updatestatus` repeats must be those the upload was granted for. */
export function sameMeasure(
  granted: Omit<UploadInfo, 'status'>,
  reported: Omit<UploadInfo, 'status'>
): boolean {
  return (
    granted.totalBytes === reported.totalBytes &&
    granted.fileCount === reported.fileCount &&
    granted.largestFileBytes === reported.largestFileBytes &&
    granted.hasRoutes === reported.hasRoutes
  )
}
