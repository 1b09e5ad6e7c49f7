// UploadInfo: the client's own measure of the zip, which the server holds it to after upload.
import { ContentRejection } from './envelope.js'
import {
  optionalString,
  property,
  requireObject,
  requiredBoolean,
  requiredCount
} from './fields.js'

export type UploadStatus = 'RequestingUpload' | 'Succeeded'

export interface UploadInfo {
  totalBytes: number
  fileCount: number
  largestFileBytes: number
  hasRoutes: boolean
  status: string
}

export function parseUploadInfo(value: unknown, expectedStatus: UploadStatus): UploadInfo {
  const where = 'UploadInfo'
  const source = requireObject(value, where)
  const info: UploadInfo = {
    totalBytes: requiredCount(source, 'TotalAppSizeInBytes', where),
    fileCount: requiredCount(source, 'AppFileCount', where),
    largestFileBytes: requiredCount(source, 'MaxSingleFileSizeInBytes', where),
    hasRoutes: requiredBoolean(source, 'HasRoutes', where),
    status: optionalString(source, 'Status', where) ?? ''
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
  if (
    requiredCount(source, 'ApiSizeInBytes', where) !== 0 ||
    property(source, 'HasFunctions') === true
  ) {
    throw new ContentRejection(
      'This deployment carries no API: ApiSizeInBytes must be 0 and HasFunctions false.'
    )
  }
  requiredBoolean(source, 'HasFunctions', where)
  const roles = property(source, 'ConfiguredRoles')
  if (roles !== undefined && roles !== null) {
    if (!Array.isArray(roles) || roles.some((role) => typeof role !== 'string')) {
      throw new ContentRejection(`${where}.ConfiguredRoles must be a list of strings.`)
    }
  }
  for (const name of ['DefaultFileType', 'ServerRenderFramework', 'DeploymentProvider']) {
    optionalString(source, name, where)
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
