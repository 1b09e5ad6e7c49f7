// The four content-plane calls, each a function of (site, correlation id, body) that returns the
// envelope's `response` or throws a ContentRejection.
import { randomUUID } from 'node:crypto'
import { DEV_ACCOUNT } from './azurite.js'
import type { Deployment, DeploymentBook } from './deployments.js'
import { ContentRejection } from './envelope.js'
import { parseEventInfo, PRODUCTION } from './eventInfo.js'
import { property, requireObject } from './fields.js'
import { parsePollingInfo, samePollingInfo, type PollingInfo } from './pollingInfo.js'
import { checkEnvironmentQuota, checkUploadQuota } from './quotas.js'
import { UPLOADS_CONTAINER, type UploadStore } from './storage.js'
import type {
  ContentBehaviour,
  ContentCall,
  ContentSite,
  DeclaredApi,
  DeploymentApi,
  SiteDirectory
} from './types.js'
import { parseUploadInfo, sameMeasure } from './uploadInfo.js'

export interface CallContext {
  sites: SiteDirectory
  book: DeploymentBook
  store: UploadStore
  behaviour: ContentBehaviour
  /** https://127.0.0.1:<port> of the blob front, where SAS URLs point. */
  blobUrl: string
  /** Starts checking and publishing an uploaded deployment in the background. */
  startPublishing(deployment: Deployment): void
}

export type CallHandler = (
  context: CallContext,
  site: ContentSite,
  correlationId: string,
  body: unknown
) => unknown

export const CALLS: Record<ContentCall, CallHandler> = {
  validateapitoken: validateApiToken,
  request: requestUpload,
  updatestatus: updateStatus,
  checkstatus: checkStatus
}

function validateApiToken(
  context: CallContext,
  site: ContentSite,
  _id: string,
  body: unknown
): null {
  const eventInfo = parseEventInfo(body, '$')
  checkEnvironmentQuota(site.sku, eventInfo.environment, context.sites.previewEnvironments(site))
  return null
}

function requestUpload(
  context: CallContext,
  site: ContentSite,
  correlationId: string,
  body: unknown
): unknown {
  const request = requireObject(body, 'The request body')
  const eventInfo = parseEventInfo(property(request, 'EventInfo'), '$.EventInfo')
  const uploadInfo = parseUploadInfo(property(request, 'UploadInfo'), 'RequestingUpload')
  const pollingInfo = property(request, 'PollingInfo')
  if (pollingInfo !== undefined && pollingInfo !== null) {
    throw new ContentRejection('PollingInfo must be null when requesting an upload.')
  }
  checkEnvironmentQuota(site.sku, eventInfo.environment, context.sites.previewEnvironments(site))
  checkUploadQuota(site.sku, uploadInfo)

  const environment = eventInfo.environment
  const version = randomUUID()
  const blobName = `${site.name}/${environment}/${version}.zip`
  const sasQuery = context.store.uploadSas(blobName, context.behaviour.sasLifetimeSeconds)
  const api = grantApi(context, site, environment, version, uploadInfo.api)
  const deployment: Deployment = {
    site,
    eventInfo,
    record: {
      correlationId,
      siteName: site.name,
      environment,
      status: 'WaitingForUpload',
      hostname: context.sites.environmentHostname(site, environment),
      stageSiteIdentifier: context.book.stageSiteIdentifier(site.name, environment),
      version,
      blobName,
      sasQuery,
      announced: {
        fileCount: uploadInfo.fileCount,
        totalBytes: uploadInfo.totalBytes,
        largestFileBytes: uploadInfo.largestFileBytes,
        hasRoutes: uploadInfo.hasRoutes,
        api: uploadInfo.api
      },
      files: [],
      ...(api === undefined ? {} : { api }),
      polls: 0,
      requestedAt: Date.now()
    }
  }
  context.book.add(deployment)
  const uploadUrl = (name: string, query: string): string => {
    const blobPath = name.split('/').map(encodeURIComponent).join('/')
    const blobUrl = context.blobUrl.replace(/^https:/, `${context.behaviour.sasUrlScheme}:`)
    return `${blobUrl}/${DEV_ACCOUNT}/${UPLOADS_CONTAINER}/${blobPath}?${query}`
  }
  return {
    packageUris: {
      app: uploadUrl(blobName, sasQuery),
      // Left out when the API's MD5 equals the live one's: that API stays (PROTOCOLS.md §4).
      ...(api?.blobName && api.sasQuery ? { api: uploadUrl(api.blobName, api.sasQuery) } : {})
    },
    pollingInfo: issuedPollingInfo(deployment)
  }
}

/** The declared API's own upload blob, or none when its MD5 is the environment's live API's. */
function grantApi(
  context: CallContext,
  site: ContentSite,
  environment: string,
  version: string,
  declared: DeclaredApi | undefined
): DeploymentApi | undefined {
  if (declared === undefined) return undefined
  // A deleted preview environment took its API with it.
  const exists =
    environment === PRODUCTION || context.sites.previewEnvironments(site).includes(environment)
  if (!exists) context.book.setLiveApi(site.name, environment, undefined)
  const live = context.book.liveApi(site.name, environment)
  if (live !== undefined && live.md5 === declared.md5.toLowerCase()) {
    return { blobName: undefined, sasQuery: undefined, kept: true, files: [] }
  }
  const blobName = `${site.name}/${environment}/${version}-api.zip`
  const sasQuery = context.store.uploadSas(blobName, context.behaviour.sasLifetimeSeconds)
  return { blobName, sasQuery, kept: false, files: [] }
}

function updateStatus(
  context: CallContext,
  site: ContentSite,
  correlationId: string,
  body: unknown
): null {
  const update = requireObject(body, 'The request body')
  const eventInfo = parseEventInfo(property(update, 'EventInfo'), '$.EventInfo')
  const uploadInfo = parseUploadInfo(property(update, 'UploadInfo'), 'Succeeded')
  const deployment = findDeployment(
    context,
    site,
    correlationId,
    parsePollingInfo(property(update, 'PollingInfo'), '$.PollingInfo')
  )
  const { record } = deployment
  if (eventInfo.environment !== record.environment) {
    throw new ContentRejection(
      `EventInfo targets '${eventInfo.environment}' but the upload was requested for '${record.environment}'.`
    )
  }
  if (!sameMeasure(record.announced, uploadInfo)) {
    throw new ContentRejection('UploadInfo differs from the one the upload was requested with.')
  }
  if (record.status !== 'WaitingForUpload') {
    throw new ContentRejection('This deployment has already been reported as uploaded.')
  }
  record.status = 'InProgress'
  context.sites.deploymentChanged(site, record)
  context.startPublishing(deployment)
  return null
}

function checkStatus(
  context: CallContext,
  site: ContentSite,
  correlationId: string,
  body: unknown
): unknown {
  const deployment = findDeployment(context, site, correlationId, parsePollingInfo(body, '$'))
  const { record } = deployment
  if (record.status === 'WaitingForUpload') {
    throw new ContentRejection(
      'No upload has been reported for this deployment yet (updatestatus).'
    )
  }
  record.polls += 1
  const { behaviour } = context
  const finished = record.status === 'Succeeded' || record.status === 'Failed'
  const identity = statusIdentity(deployment)
  if (!finished || behaviour.neverFinish || record.polls <= behaviour.inProgressPolls) {
    return statusResponse(identity, behaviour.inProgressStatus, null, null, null)
  }
  if (record.status === 'Failed') {
    return statusResponse(
      identity,
      'Failed',
      null,
      record.errorDetails ?? '',
      behaviour.unhealthyRegions
    )
  }
  return statusResponse(
    identity,
    'Succeeded',
    behaviour.emptySiteUrl ? '' : (record.siteUrl ?? ''),
    null,
    null
  )
}

/** What every checkstatus reply says of the deployment besides its status (PROTOCOLS.md §4.5). */
function statusIdentity({ record, site }: Deployment) {
  return {
    stageSiteIdentifier: record.stageSiteIdentifier,
    version: record.version,
    defaultHostname: record.hostname,
    environmentName: record.environment,
    sku: site.sku,
    tenantId: site.tenantId,
    // Inferred shape: no public log shows its content; clients must ignore it.
    snippetsMap: {}
  }
}

function statusResponse(
  identity: ReturnType<typeof statusIdentity>,
  deploymentStatus: string,
  siteUrl: string | null,
  errorDetails: string | null,
  unhealthyRegions: string[] | null
) {
  return { deploymentStatus, siteUrl, errorDetails, unhealthyRegions, ...identity }
}

/** The deployment a PollingInfo names; it must be this site's, unchanged, and of this run. */
function findDeployment(
  context: CallContext,
  site: ContentSite,
  correlationId: string,
  returned: PollingInfo
): Deployment {
  const deployment = context.book.find(returned.stageSiteIdentifier, returned.version)
  if (deployment === undefined || deployment.site.id !== site.id) {
    throw new ContentRejection('PollingInfo does not match any upload requested with this api key.')
  }
  if (!samePollingInfo(issuedPollingInfo(deployment), returned)) {
    throw new ContentRejection(
      'PollingInfo must be sent back exactly as the upload request returned it.'
    )
  }
  if (deployment.record.correlationId !== correlationId) {
    throw new ContentRejection(
      'deploymentCorrelationId differs from the one the upload was requested with: use one per deployment.'
    )
  }
  return deployment
}

function issuedPollingInfo({ record, site }: Deployment): PollingInfo {
  return {
    defaultHostname: record.hostname,
    stageSiteIdentifier: record.stageSiteIdentifier,
    version: record.version,
    tenantId: site.tenantId
  }
}
