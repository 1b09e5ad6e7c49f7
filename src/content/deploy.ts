// One deployment through the content plane: validate the token, ask for an upload slot, stream
// the zip into it, report the upload, then wait for the content distribution to finish.
import { throwIfCancelled, waitUnlessCancelled } from '../cancel.js'
import { ActionError } from '../errors.js'
import { formatBytes } from '../format.js'
import type { RetryPolicy } from '../http/retry.js'
import { knob } from '../knobs.js'
import { info } from '../log.js'
import { measureZip, writeZip, type ZipWriteOptions } from '../payload/zip.js'
import type { Payload } from '../payload/types.js'
import { registerSecret } from '../secrets.js'
import type { EventInfo } from '../target.js'
import { checkSasUrl, uploadToBlob, type BlobUploadOptions } from './blob.js'
import {
  ContentClient,
  TERMINAL_STATUSES,
  type DeploymentState,
  type UploadInfo
} from './client.js'

export interface DeployOptions {
  /** The site's contentDistributionEndpoint (https). */
  contentHost: string
  deploymentToken: string
  /** One GUID for every call of this run. */
  correlationId: string
  eventInfo: EventInfo
  payload: Payload
  /** Hostname shown when checkstatus reports an empty siteUrl (the environment's or production's). */
  fallbackHostname: () => Promise<string>
  /** deployment-timeout: how long to wait for the content distribution. */
  timeoutSeconds: number
  /** The run's cancellation: stops the calls in flight, the upload and the polling. */
  signal: AbortSignal
  /** Progress lines; default the action's log (through the printable filter). */
  log?: (line: string) => void
  zip?: ZipWriteOptions
  blob?: Pick<BlobUploadOptions, 'blockBytes' | 'concurrency'>
  retryPolicy?: RetryPolicy
}

export interface DeployTiming {
  phase: string
  ms: number
}

export interface DeployResult {
  url: string
  correlationId: string
  fileCount: number
  /** Uncompressed bytes of the files. */
  totalBytes: number
  /** Bytes of the uploaded archive. */
  zipBytes: number
  timings: DeployTiming[]
}

/** The wait between two checkstatus calls (a test knob shortens it against the emulator only). */
export function pollIntervalMs(contentHost: string): number {
  return knob('pollIntervalMs', contentHost)
}

export function buildUploadInfo(payload: Payload, status: UploadInfo['Status']): UploadInfo {
  return {
    TotalAppSizeInBytes: payload.totalBytes,
    AppFileCount: payload.fileCount,
    MaxSingleFileSizeInBytes: payload.largestFile.size,
    ApiSizeInBytes: 0,
    HasFunctions: false,
    HasRoutes: payload.hasRoutes,
    ConfiguredRoles: payload.configuredRoles,
    DefaultFileType: 'index.html',
    ServerRenderFramework: null,
    DeploymentProvider: 'GitHub',
    Status: status
  }
}

export async function deploy(options: DeployOptions): Promise<DeployResult> {
  const log = options.log ?? info
  const { payload, eventInfo, signal } = options
  registerSecret(options.deploymentToken)
  const client = new ContentClient({
    host: options.contentHost,
    deploymentToken: options.deploymentToken,
    correlationId: options.correlationId,
    signal,
    ...(options.retryPolicy ? { retryPolicy: options.retryPolicy } : {})
  })
  const timings: DeployTiming[] = []
  const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    throwIfCancelled(signal, phase)
    const started = performance.now()
    try {
      return await work()
    } finally {
      timings.push({ phase, ms: Math.round(performance.now() - started) })
    }
  }

  log(
    `Deployment ${options.correlationId}: ${payload.fileCount} files, ${formatBytes(payload.totalBytes)} to ${environmentLabel(eventInfo)}.`
  )
  await timed('validate token', () => client.validateToken(eventInfo))
  const ticket = await timed('request upload', () =>
    client.requestUpload(eventInfo, buildUploadInfo(payload, 'RequestingUpload'))
  )
  const sasUrl = checkSasUrl(ticket.sasUrl)
  // The signature is a credential: masked like the tokens, in case anything ever prints it.
  const signature = sasUrl.searchParams.get('sig')
  if (signature) registerSecret(signature)

  const zipBytes = await timed('package and upload', () => upload(options, ticket.sasUrl, log))
  await timed('update status', () =>
    client.updateStatus(eventInfo, buildUploadInfo(payload, 'Succeeded'), ticket.pollingInfo)
  )
  const finished = await timed('content distribution', () =>
    waitForDistribution(client, ticket.pollingInfo, options, log)
  )
  const url = siteUrlOf(
    finished.siteUrl,
    finished.siteUrl.trim() ? '' : await options.fallbackHostname()
  )
  log(`Deployment succeeded: ${url}`)
  return {
    url,
    correlationId: options.correlationId,
    fileCount: payload.fileCount,
    totalBytes: payload.totalBytes,
    zipBytes,
    timings
  }
}

async function upload(
  options: DeployOptions,
  sasUrl: string,
  log: (line: string) => void
): Promise<number> {
  let packaged = 0
  let lastLine = 0
  const total = options.payload.totalBytes
  const zip = writeZip(options.payload, {
    ...options.zip,
    onPackagedBytes: (bytes) => {
      packaged = bytes
      options.zip?.onPackagedBytes?.(bytes)
    }
  })
  const onAbort = (): void => {
    zip.destroy()
  }
  options.signal.addEventListener('abort', onAbort, { once: true })
  try {
    const result = await uploadToBlob(sasUrl, zip, {
      ...options.blob,
      signal: options.signal,
      ...(options.retryPolicy ? { retryPolicy: options.retryPolicy } : {}),
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
    log(`Uploaded ${formatBytes(result.bytes)} archive in ${result.blocks} block(s).`)
    return result.bytes
  } finally {
    options.signal.removeEventListener('abort', onAbort)
  }
}

async function waitForDistribution(
  client: ContentClient,
  pollingInfo: Parameters<ContentClient['checkStatus']>[0],
  options: DeployOptions,
  log: (line: string) => void
): Promise<DeploymentState> {
  const started = Date.now()
  const deadline = started + options.timeoutSeconds * 1000
  const interval = pollIntervalMs(options.contentHost)
  const until = { at: deadline, what: `deployment-timeout (${options.timeoutSeconds} s)` }
  let lastStatus = ''
  let lastLine = 0
  for (;;) {
    throwIfCancelled(options.signal, DISTRIBUTION)
    const state = await client.checkStatus(pollingInfo, until)
    const elapsed = Math.round((Date.now() - started) / 1000)
    // A line on every change, and at least every 15 s, so a long wait is never silent.
    if (state.status !== lastStatus || Date.now() - lastLine >= 15_000) {
      log(`Deployment status: ${state.status} (${elapsed} s)`)
      lastLine = Date.now()
    }
    lastStatus = state.status
    if (TERMINAL_STATUSES.has(state.status)) {
      if (state.status === 'Succeeded') return state
      throw new ActionError(
        `The deployment ended ${state.status}: ${state.errorDetails || 'the content plane gave no details'} (correlation id ${options.correlationId}).`,
        {
          step: 'Content plane checkstatus',
          doc: 'deployment-failed',
          fix: 'Read the error details above (a staticwebapp.config.json the service rejects is a common cause), fix and re-run.'
        }
      )
    }
    const remaining = deadline - Date.now()
    if (remaining <= 0) {
      throw new ActionError(
        `The deployment did not finish within deployment-timeout (${options.timeoutSeconds} s); last status ${state.status}. It may still complete: correlation id ${options.correlationId}.`,
        {
          step: 'Content plane checkstatus',
          doc: 'deployment-timeout',
          fix: 'Check the Static Web App in the Azure portal, or raise deployment-timeout.'
        }
      )
    }
    await waitUnlessCancelled(Math.min(interval, remaining), options.signal, DISTRIBUTION)
  }
}

const DISTRIBUTION = 'the wait for the content distribution'

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
  return { zipBytes, ms: Math.round(performance.now() - started) }
}
