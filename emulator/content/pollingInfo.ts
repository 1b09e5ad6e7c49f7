// PollingInfo: the handle `request` gives out (four camelCase fields), sent back to `updatestatus`
// and `checkstatus` as the client verified in 2026-08 builds it (PROTOCOLS.md §4.4): the four
// fields plus Slice and GitHubRepoUrl, bound like EventInfo and UploadInfo.
import { ContentRejection } from './envelope.js'
import { bindObject, type FieldRule } from './fields.js'

/** What `request` issues (PROTOCOLS.md §4.2, `response.pollingInfo`). */
export interface PollingInfo {
  defaultHostname: string
  stageSiteIdentifier: string
  version: string
  tenantId: string
}

/** PollingInfo as the server binds it: every property present, these JSON types (PROTOCOLS.md §4.4). */
const POLLING_INFO_FIELDS: readonly FieldRule[] = [
  { name: 'DefaultHostname', type: 'string' },
  { name: 'StageSiteIdentifier', type: 'string' },
  { name: 'Version', type: 'string' },
  { name: 'TenantId', type: 'string' },
  // An integer, as in EventInfo: the slice number of the content host.
  { name: 'Slice', type: 'int32' },
  // The repository URL, null like EventInfo.RepoUrl when the client has none.
  { name: 'GitHubRepoUrl', type: 'string', nullable: true }
]

/** Binds a PollingInfo found at JSON path `path` ('$' when it is the whole body, as for checkstatus). */
export function parsePollingInfo(value: unknown, path: string): PollingInfo {
  if (value === undefined || value === null) {
    throw new ContentRejection(
      'PollingInfo is required: send back the one the upload request returned.'
    )
  }
  const bound = bindObject(value, 'PollingInfo', path, POLLING_INFO_FIELDS)
  return {
    defaultHostname: bound.DefaultHostname as string,
    stageSiteIdentifier: bound.StageSiteIdentifier as string,
    version: bound.Version as string,
    tenantId: bound.TenantId as string
  }
}

const ISSUED = ['defaultHostname', 'stageSiteIdentifier', 'version', 'tenantId'] as const

export function samePollingInfo(issued: PollingInfo, returned: PollingInfo): boolean {
  return ISSUED.every((name) => issued[name] === returned[name])
}
