// One deployment through the content plane: validate the token, ask for an upload slot, put the
// API's api.zip (when the service asks for it) and stream the site's zip into their blobs, report
// the upload, then wait for the content distribution to finish.
import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { throwIfCancelled, waitUnlessCancelled } from '../cancel.js'
import { ActionError } from '../errors.js'
import { counted, formatBytes, printable } from '../format.js'
import type { RetryPolicy } from '../http/retry.js'
import { knob } from '../knobs.js'
import { info, warning } from '../log.js'
import type { HeadStart } from '../payload/headStart.js'
import { measureZip, writeZip, type ZipWriteOptions } from '../payload/zip.js'
import type { ApiPackage, Payload } from '../payload/types.js'
import { registerSecret } from '../secrets.js'
import type { EventInfo } from '../target.js'
import { elapsedMs, Timings, type PhaseTiming } from '../timing.js'
import { checkSasUrl, uploadToBlob, type BlobUploadOptions } from './blob.js'
import {
  ContentClient,
  ContentPlaneRejection,
  DeploymentTimedOut,
  KNOWN_STATUSES,
  TERMINAL_STATUSES,
  type DeploymentState,
  type PollingInfo,
  type UploadInfo
} from './client.js'
import { findServerText, type CheckedSite } from './serverTexts.js'

/**
 * What support asks for when a deployment goes wrong, filled in as the deployment goes: the
 * caller keeps it, so a failure can still report it.
 */
export interface DeploymentTrace {
  correlationId: string
  /** Host name of the content plane (its region), e.g. content-am2.infrastructure.6.azurestaticapps.net. */
  contentHost: string
  /** The last deploymentStatus seen, if any. */
  lastStatus?: string
  /** Set once updatestatus is accepted: the service holds the files, whatever distribution does. */
  committed?: true
  unhealthyRegions: string[]
}

export interface ContentPlaneTarget {
  /** The site's contentDistributionEndpoint (https). */
  contentHost: string
  deploymentToken: string
  eventInfo: EventInfo
  trace: DeploymentTrace
  /** The run's cancellation: stops the calls in flight, the upload and the polling. */
  signal: AbortSignal
  retryPolicy?: RetryPolicy
  /**
   * What the run read of the site from ARM before (its policy; the token was listed just now):
   * with it, the bad-token text means a service incident, not a policy (PROTOCOLS.md §4).
   */
  checkedSite?: CheckedSite | undefined
}

export interface DeployOptions extends ContentPlaneTarget {
  payload: Payload
  /** Hostname shown when checkstatus reports an empty siteUrl (the environment's or production's). */
  fallbackHostname: () => Promise<string>
  /**
   * The environment's status as ARM reports it, read once when deployment-timeout passes;
   * undefined when ARM has no such environment.
   */
  environmentStatus?: () => Promise<string | undefined>
  /** deployment-timeout: how long to wait for the content distribution. */
  timeoutSeconds: number
  /** Progress lines; default the action's log (through the printable filter). */
  log?: (line: string) => void
  /** Things the user should see (an unknown status); default a warning annotation. */
  warn?: (line: string) => void
  zip?: ZipWriteOptions
  /** The archive already packaging since the payload was checked: the first attempt sends it. */
  headStart?: HeadStart
  blob?: Pick<BlobUploadOptions, 'blockBytes' | 'inFlightBytes' | 'spoolDir'>
}

export type DeployTiming = PhaseTiming

export interface DeployResult {
  url: string
  correlationId: string
  fileCount: number
  /** Uncompressed bytes of the files. */
  totalBytes: number
  /** Bytes of the uploaded archive. */
  zipBytes: number
  /** What became of the API: uploaded, or kept as deployed (same MD5); undefined without one. */
  apiUpload: ApiUpload | undefined
  timings: DeployTiming[]
}

/** 'unchanged': the reply had no packageUris.api, so the service keeps the API deployed last. */
type ApiUpload = 'uploaded' | 'unchanged'

/** The wait between two checkstatus calls (a test knob shortens it against the emulator only). */
export function pollIntervalMs(contentHost: string): number {
  return knob('pollIntervalMs', contentHost)
}

/** UploadInfo as the verified client sends it (PROTOCOLS.md §4.2), with the payload's exact figures. */
export function buildUploadInfo(
  payload: Pick<
    Payload,
    'totalBytes' | 'fileCount' | 'largestFile' | 'hasRoutes' | 'configuredRoles' | 'api'
  >,
  status: UploadInfo['Status'],
  eventInfo: Pick<EventInfo, 'DefaultHostname' | 'Slice'>
): UploadInfo {
  // The API as the 2022 client declares it (PROTOCOLS.md §4, inferred): api.zip's size and MD5.
  const api = payload.api
  return {
    TotalAppSizeInBytes: payload.totalBytes,
    AppFileCount: payload.fileCount,
    MaxSingleFileSizeInBytes: payload.largestFile.size,
    ApiSizeInBytes: api?.archive.bytes ?? 0,
    HasFunctions: api !== undefined,
    HasDataApiFiles: false,
    HasDataApiConfigFile: false,
    DatabaseType: '',
    ApiContentHash: api?.archive.md5 ?? null,
    FunctionLanguage: api?.language ?? null,
    FunctionLanguageVersion: api?.languageVersion ?? null,
    HasRoutes: payload.hasRoutes,
    ConfiguredRoles: payload.configuredRoles,
    DefaultFileType: 'index.html',
    ServerRenderFramework: 'StaticWebApp',
    DeploymentProvider: 'GitHub',
    BackendStartupCommandType: 0,
    ShouldDeployToWebApp: false,
    TenantId: '',
    DefaultHostname: eventInfo.DefaultHostname,
    Slice: eventInfo.Slice,
    Status: status
  }
}

function contentClient(target: ContentPlaneTarget): ContentClient {
  registerSecret(target.deploymentToken)
  return new ContentClient({
    host: target.contentHost,
    deploymentToken: target.deploymentToken,
    correlationId: target.trace.correlationId,
    signal: target.signal,
    ...(target.retryPolicy ? { retryPolicy: target.retryPolicy } : {}),
    checkedSite: target.checkedSite
  })
}

/** Dry run's proof that the content plane accepts the token (validateapitoken changes nothing). */
export async function validateDeploymentToken(target: ContentPlaneTarget): Promise<void> {
  await contentClient(target).validateToken(target.eventInfo)
}

export async function deploy(options: DeployOptions): Promise<DeployResult> {
  const log = options.log ?? info
  const { payload, eventInfo, signal, trace } = options
  const client = contentClient(options)
  const timings = new Timings()
  const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    throwIfCancelled(signal, phase)
    return await timings.measure(phase, work)
  }

  const api = payload.api
  log(
    `Deployment ${trace.correlationId}: ${counted(payload.fileCount, 'file')}, ${formatBytes(payload.totalBytes)} to ${environmentLabel(eventInfo)}${api ? `, with ${describeApi(api)}` : ''}.`
  )
  await timed('validate token', () => client.validateToken(eventInfo))
  const ticket = await timed('request upload', () =>
    client.requestUpload(eventInfo, buildUploadInfo(payload, 'RequestingUpload', eventInfo))
  )
  // The signatures are credentials: masked like the tokens, in case anything ever prints one.
  for (const url of [ticket.sasUrl, api && ticket.apiSasUrl]) {
    const signature = url ? checkSasUrl(url).searchParams.get('sig') : null
    if (signature) registerSecret(signature)
  }

  const apiUpload =
    api === undefined
      ? undefined
      : await timed('upload API', () => uploadApi(options, api, ticket.apiSasUrl, log))
  const zipBytes = await timed('package and upload', () => upload(options, ticket.sasUrl, log))
  const refusedRepeat = await timed('update status', () =>
    client.updateStatus(
      eventInfo,
      buildUploadInfo(payload, 'Succeeded', eventInfo),
      ticket.pollingInfo
    )
  )
  trace.committed = true
  if (refusedRepeat !== undefined) {
    log(
      'The upload report was refused on a retry after an unanswered attempt: the server may already have it. Asking checkstatus.'
    )
  }
  const finished = await timed('content distribution', () =>
    waitForDistribution(client, ticket.pollingInfo, options, log, refusedRepeat)
  )
  const url = siteUrlOf(
    finished.siteUrl,
    finished.siteUrl.trim() ? '' : await options.fallbackHostname()
  )
  log(`Deployment succeeded: ${url}`)
  return {
    url,
    correlationId: trace.correlationId,
    fileCount: payload.fileCount,
    totalBytes: payload.totalBytes,
    zipBytes,
    apiUpload,
    timings: timings.list()
  }
}

/** 'an API (12 files, 3.4 MiB; api.zip 1.1 MiB, node 18)'. */
export function describeApi(api: ApiPackage): string {
  return `an API (${counted(api.fileCount, 'file')}, ${formatBytes(api.totalBytes)}; api.zip ${formatBytes(api.archive.bytes)}, ${api.language} ${api.languageVersion})`
}

/** api.zip from its file in RUNNER_TEMP, through the same blob path as the site's archive. */
async function uploadApi(
  options: DeployOptions,
  api: ApiPackage,
  sasUrl: string | undefined,
  log: (line: string) => void
): Promise<ApiUpload> {
  if (sasUrl === undefined) {
    log(
      `API not uploaded: the content plane asked for none (no packageUris.api), as it does when api.zip has the MD5 of the API deployed last (${api.archive.md5}); that API stays deployed.`
    )
    return 'unchanged'
  }
  const result = await uploadToBlob(sasUrl, () => createReadStream(api.archive.path), {
    ...options.blob,
    signal: options.signal,
    ...(options.retryPolicy ? { retryPolicy: options.retryPolicy } : {}),
    log,
    knownLength: api.archive.bytes,
    archiveName: 'api.zip'
  })
  log(
    result.method === 'blocks'
      ? `Uploaded the API: api.zip, ${formatBytes(result.bytes)} in ${counted(result.blocks, 'block')}.`
      : `Uploaded the API: api.zip, ${formatBytes(result.bytes)} as one Put Blob.`
  )
  return 'uploaded'
}

async function upload(
  options: DeployOptions,
  sasUrl: string,
  log: (line: string) => void
): Promise<number> {
  let packaged = 0
  let lastLine = 0
  const total = options.payload.totalBytes
  const onPackagedBytes = (bytes: number): void => {
    packaged = bytes
    options.zip?.onPackagedBytes?.(bytes)
  }
  if (options.headStart) options.headStart.onPackagedBytes = onPackagedBytes
  const openArchive = (): Readable =>
    options.headStart?.take() ?? writeZip(options.payload, { ...options.zip, onPackagedBytes })
  const result = await uploadToBlob(sasUrl, openArchive, {
    ...options.blob,
    signal: options.signal,
    ...(options.retryPolicy ? { retryPolicy: options.retryPolicy } : {}),
    log,
    onProgress: (uploaded) => {
      const now = Date.now()
      if (now - lastLine < 2000) return
      lastLine = now
      const percent = total === 0 ? 100 : Math.floor((packaged / total) * 100)
      log(
        `Uploading: ${formatBytes(uploaded)} of the archive sent, ${percent}% of the site packaged.`
      )
    }
  })
  log(
    result.method === 'blocks'
      ? `Uploaded ${formatBytes(result.bytes)} archive in ${counted(result.blocks, 'block')}.`
      : `Uploaded ${formatBytes(result.bytes)} archive as one Put Blob.`
  )
  return result.bytes
}

async function waitForDistribution(
  client: ContentClient,
  pollingInfo: PollingInfo,
  options: DeployOptions,
  log: (line: string) => void,
  refusedRepeat: ActionError | undefined
): Promise<DeploymentState> {
  const warn = options.warn ?? warning
  const { trace } = options
  const started = Date.now()
  const deadline = started + options.timeoutSeconds * 1000
  const interval = pollIntervalMs(options.contentHost)
  const until = { at: deadline, what: `deployment-timeout (${options.timeoutSeconds} s)` }
  const unknownSeen = new Set<string>()
  let lastLine = 0
  for (let poll = 0; ; poll++) {
    throwIfCancelled(options.signal, DISTRIBUTION)
    const state = await client.checkStatus(pollingInfo, until).catch((error: unknown) => {
      // After a refused repeat, a first look that fails too means the report never arrived.
      throw poll === 0 && refusedRepeat !== undefined && error instanceof ContentPlaneRejection
        ? refusedRepeat
        : error
    })
    const elapsed = Math.round((Date.now() - started) / 1000)
    const status = printable(state.status, 64)
    // A line on every change, and at least every 15 s, so a long wait is never silent.
    if (status !== trace.lastStatus || Date.now() - lastLine >= 15_000) {
      log(`Deployment status: ${status} (${elapsed} s)`)
      lastLine = Date.now()
    }
    if (!KNOWN_STATUSES.has(state.status) && !unknownSeen.has(status)) {
      unknownSeen.add(status)
      warn(
        `The content plane reports deploymentStatus '${status}', which this action does not know; it keeps polling until Succeeded, Failed or Canceled, at most deployment-timeout (${options.timeoutSeconds} s). Please report the status with deployment id ${trace.correlationId}.`
      )
    }
    trace.lastStatus = status
    if (state.unhealthyRegions.length > 0) trace.unhealthyRegions = state.unhealthyRegions
    if (TERMINAL_STATUSES.has(state.status)) {
      if (state.status === 'Succeeded') return state
      const known = findServerText(state.errorDetails, options.checkedSite)
      throw new ActionError(
        `The deployment ended ${status}: ${printable(state.errorDetails, 2000) || 'the content plane gave no details'}${known ? ` Cause: ${known.cause}.` : ''} (correlation id ${trace.correlationId}).`,
        {
          step: 'Content plane checkstatus',
          doc: known?.doc ?? 'deployment-failed',
          fix:
            known?.fix ??
            'Read the error details above (a staticwebapp.config.json the service rejects is a common cause), fix and re-run.'
        }
      )
    }
    const remaining = deadline - Date.now()
    if (remaining <= 0) throw await timedOut(options, status)
    await waitUnlessCancelled(Math.min(interval, remaining), options.signal, DISTRIBUTION)
  }
}

const DISTRIBUTION = 'the wait for the content distribution'

/** deployment-timeout passed: ARM is asked once whether the environment failed before anything is decided. */
async function timedOut(options: DeployOptions, lastStatus: string): Promise<ActionError> {
  return await judgeTimeout(
    options,
    `The deployment did not finish within deployment-timeout (${options.timeoutSeconds} s); last status ${lastStatus}`
  )
}

/**
 * A deployment whose end was not seen (`waited` says why): Failed when ARM reports the
 * environment so, otherwise timed out, since it may still go live.
 */
export async function judgeTimeout(
  check: Pick<DeployOptions, 'environmentStatus' | 'trace'>,
  waited: string,
  step = 'Content plane checkstatus'
): Promise<ActionError> {
  const { trace } = check
  let armSays: string
  let armStatus: string | undefined
  try {
    armStatus = await check.environmentStatus?.()
    armSays =
      armStatus === undefined
        ? 'ARM does not list the environment yet'
        : `ARM reports the environment as '${printable(armStatus, 64)}'`
  } catch (error) {
    armSays = `ARM could not be asked (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
  }
  if (armStatus?.toLowerCase() === 'failed') {
    return new ActionError(
      `${waited}, and ARM reports the environment as Failed (correlation id ${trace.correlationId}).`,
      {
        step: 'ARM read environment',
        doc: 'deployment-failed',
        fix: 'Look at the environment in the Azure portal for the reason, fix it and re-run.'
      }
    )
  }
  return new DeploymentTimedOut(
    `${waited}; ${armSays}. It may still go live: correlation id ${trace.correlationId}.`,
    {
      step,
      doc: 'deployment-timeout',
      fix: 'Check the Static Web App in the Azure portal in a few minutes, or raise deployment-timeout.'
    }
  )
}

function environmentLabel(eventInfo: EventInfo): string {
  if (eventInfo.IsNamedEnvironment) return `environment '${eventInfo.EnvironmentName ?? ''}'`
  if (eventInfo.IsPullRequest)
    return `the environment of pull request #${eventInfo.PullRequestId ?? ''}`
  return 'production'
}

function siteUrlOf(siteUrl: string, fallbackHostname: string): string {
  const chosen = siteUrl.trim() || fallbackHostname
  return /^https?:\/\//i.test(chosen) ? chosen : `https://${chosen}`
}

/** Dry run: builds the archive into a counting sink, to prove it can be packaged and report its size. */
export async function dryRun(
  payload: Pick<Payload, 'files'>,
  zipOptions: ZipWriteOptions = {}
): Promise<{ zipBytes: number; ms: number }> {
  const started = performance.now()
  const zipBytes = await measureZip(payload, zipOptions)
  return { zipBytes, ms: elapsedMs(started) }
}
