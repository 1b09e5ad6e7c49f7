// The Static Web Apps content plane, spoken directly: five POSTs authorised by the deployment
// token, each answered with an envelope whose isSuccessStatusCode is the real verdict (a
// rejection can arrive as HTTP 200). Field names, JSON types and values are those of the public
// clients proven on live sites (PROTOCOLS.md §4).
import { diagnoseTransient } from '../diagnose.js'
import { ActionError } from '../errors.js'
import { endSentence, printable } from '../format.js'
import { STEP_LIMITS, type Deadline, type StepLimits } from '../http/limits.js'
import { asRecord } from '../json.js'
import {
  defaultRetryPolicy,
  isTransientStatus,
  parseRetryAfter,
  withRetry,
  type RetryPolicy
} from '../http/retry.js'
import { describeBody, send, type HttpReply, type HttpRequest } from '../http/transport.js'
import { redact } from '../secrets.js'
import type { EventInfo } from '../target.js'
import { findServerText, tokenRejected, type CheckedSite } from './serverTexts.js'
import { logWireShape } from './wireShape.js'

/** UploadInfo as the verified client sends it (PROTOCOLS.md §4.2): every field, these JSON types. */
export interface UploadInfo {
  TotalAppSizeInBytes: number
  AppFileCount: number
  MaxSingleFileSizeInBytes: number
  ApiSizeInBytes: number
  HasFunctions: boolean
  HasDataApiFiles: boolean
  HasDataApiConfigFile: boolean
  DatabaseType: string
  ApiContentHash: string | null
  FunctionLanguage: string | null
  FunctionLanguageVersion: string | null
  HasRoutes: boolean
  ConfiguredRoles: string[]
  DefaultFileType: string
  ServerRenderFramework: 'StaticWebApp'
  DeploymentProvider: string
  BackendStartupCommandType: number
  ShouldDeployToWebApp: boolean
  /** Always "": the `tenant-id` input may be a domain. */
  TenantId: ''
  DefaultHostname: string | null
  Slice: number
  Status: 'RequestingUpload' | 'Succeeded'
}

/** The handle `request` returns (PROTOCOLS.md §4.2, `response.pollingInfo`). */
interface IssuedPollingInfo {
  defaultHostname?: unknown
  stageSiteIdentifier?: unknown
  version?: unknown
  tenantId?: unknown
  [property: string]: unknown
}

/**
 * PollingInfo as the client verified in 2026-08 builds it for updatestatus and checkstatus alike
 * (PROTOCOLS.md §4.4): the four issued fields, PascalCase, plus Slice and the repository URL.
 */
export interface PollingInfo {
  DefaultHostname: string | null
  StageSiteIdentifier: string | null
  Version: string | null
  TenantId: string | null
  Slice: number
  GitHubRepoUrl: string | null
}

/** The one PollingInfo of a deployment, from what `request` issued and the run's EventInfo. */
function buildPollingInfo(
  issued: IssuedPollingInfo,
  eventInfo: Pick<EventInfo, 'Slice' | 'RepoUrl'>
): PollingInfo {
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)
  return {
    DefaultHostname: text(issued.defaultHostname),
    StageSiteIdentifier: text(issued.stageSiteIdentifier),
    Version: text(issued.version),
    TenantId: text(issued.tenantId),
    Slice: eventInfo.Slice,
    GitHubRepoUrl: eventInfo.RepoUrl
  }
}

export interface UploadTicket {
  /** Blob SAS URL: its query is a credential. */
  sasUrl: string
  /**
   * Blob SAS URL for api.zip; undefined when the reply has none, which for a declared API means
   * its hash equals the last deployed API's and the service keeps that one (PROTOCOLS.md §4).
   */
  apiSasUrl: string | undefined
  /** Built once (buildPollingInfo): updatestatus and checkstatus send this same object. */
  pollingInfo: PollingInfo
}

export interface DeploymentState {
  status: string
  siteUrl: string
  errorDetails: string
  /** Regions the service names as failing, shown only in printable characters. */
  unhealthyRegions: string[]
}

interface Envelope {
  response?: unknown
  statusCode?: number
  errorMessage?: string | null
  isSuccessStatusCode?: boolean
}

export interface ContentClientOptions {
  /** `contentDistributionEndpoint` from ARM, e.g. https://content-am2.infrastructure.6.azurestaticapps.net */
  host: string
  deploymentToken: string
  /** One GUID per run, on every call. */
  correlationId: string
  /** The run's cancellation: every call carries it. */
  signal: AbortSignal
  retryPolicy?: RetryPolicy
  /** What the run read of the site before; it decides what the bad-token text means. */
  checkedSite?: CheckedSite | undefined
}

export const TERMINAL_STATUSES: ReadonlySet<string> = new Set(['Succeeded', 'Failed', 'Canceled'])
/** Every deploymentStatus the action knows; another one is logged when it first appears. */
export const KNOWN_STATUSES: ReadonlySet<string> = new Set(['InProgress', ...TERMINAL_STATUSES])

/** A refusal by the content plane; `attempts` > 1 means an earlier attempt got no answer. */
export class ContentPlaneRejection extends ActionError {
  constructor(
    message: string,
    details: ConstructorParameters<typeof ActionError>[1],
    readonly attempts: number
  ) {
    super(message, details)
    this.name = 'ContentPlaneRejection'
  }
}

/** The distribution outlived deployment-timeout and ARM could not say it failed: it may still go live. */
export class DeploymentTimedOut extends ActionError {
  constructor(message: string, details: ConstructorParameters<typeof ActionError>[1]) {
    super(message, details)
    this.name = 'DeploymentTimedOut'
  }
}

type ContentCall = 'validateapitoken' | 'request' | 'updatestatus' | 'checkstatus'

// `request` allocates an upload slot: only a refusal the server did not act on is retried (a 502
// or a lost reply may hide an allocated slot), as the verified client does (PROTOCOLS.md §4.2).
const SLOT_RETRY_STATUSES: ReadonlySet<number> = new Set([429, 503])

export class ContentClient {
  constructor(private readonly options: ContentClientOptions) {}

  async validateToken(eventInfo: EventInfo): Promise<void> {
    await this.call('validateapitoken', eventInfo)
  }

  async requestUpload(eventInfo: EventInfo, uploadInfo: UploadInfo): Promise<UploadTicket> {
    const response = await this.call('request', {
      EventInfo: eventInfo,
      UploadInfo: uploadInfo,
      PollingInfo: null
    })
    const record = asRecord(response)
    const packageUris = asRecord(record?.packageUris)
    const sasUrl = packageUris?.app
    const apiSasUrl = packageUris?.api
    const pollingInfo = asRecord(record?.pollingInfo)
    if (typeof sasUrl !== 'string' || sasUrl === '' || pollingInfo === undefined) {
      throw new ActionError(
        'Content plane request: the reply has no upload URL (packageUris.app) or pollingInfo.',
        {
          step: 'Content plane request',
          doc: 'content-rejected'
        }
      )
    }
    return {
      sasUrl,
      apiSasUrl: typeof apiSasUrl === 'string' && apiSasUrl.trim() !== '' ? apiSasUrl : undefined,
      pollingInfo: buildPollingInfo(pollingInfo, eventInfo)
    }
  }

  /**
   * Reports the upload. Returns the refusal of a repeat that followed an unanswered attempt: the
   * server may already have the report, so that is a reason to poll, not to fail (PROTOCOLS.md §4.4).
   */
  async updateStatus(
    eventInfo: EventInfo,
    uploadInfo: UploadInfo,
    pollingInfo: PollingInfo
  ): Promise<ContentPlaneRejection | undefined> {
    try {
      await this.call('updatestatus', {
        EventInfo: eventInfo,
        UploadInfo: uploadInfo,
        PollingInfo: pollingInfo
      })
      return undefined
    } catch (error) {
      if (error instanceof ContentPlaneRejection && error.attempts > 1) return error
      throw error
    }
  }

  /** One look at the deployment; `until` (deployment-timeout) cuts its retries short. */
  async checkStatus(pollingInfo: PollingInfo, until?: Deadline): Promise<DeploymentState> {
    const record =
      asRecord(await this.call('checkstatus', pollingInfo, STEP_LIMITS.contentStatus, until)) ?? {}
    return {
      status: typeof record.deploymentStatus === 'string' ? record.deploymentStatus : 'Unknown',
      siteUrl: typeof record.siteUrl === 'string' ? record.siteUrl : '',
      errorDetails:
        typeof record.errorDetails === 'string' ? record.errorDetails : textOf(record.errorDetails),
      unhealthyRegions: regionsOf(record.unhealthyRegions)
    }
  }

  private async call(
    path: ContentCall,
    body: unknown,
    limits: StepLimits = STEP_LIMITS.content,
    deadline?: Deadline
  ): Promise<unknown> {
    const step = `Content plane ${path}`
    const url = new URL(`/api/upload/${path}`, this.options.host)
    url.searchParams.set('apiVersion', 'v1')
    url.searchParams.set('deploymentCorrelationId', this.options.correlationId)
    const sent = JSON.stringify(body)
    const request: HttpRequest = {
      step,
      method: 'POST',
      url: url.toString(),
      headers: {
        authorization: `token ${this.options.deploymentToken}`,
        'content-type': 'application/json; charset=utf-8',
        accept: 'application/json'
      },
      body: sent,
      signal: this.options.signal,
      limits,
      deadline
    }
    let reply: HttpReply
    try {
      reply = await this.send(request, path === 'request')
    } catch (error) {
      logWireShape({ method: 'POST', url: request.url, status: undefined, sent })
      throw path === 'request' ? notRetried(error) : error
    }
    logWireShape({
      method: 'POST',
      url: request.url,
      status: reply.status,
      sent,
      received: reply.body
    })
    const envelope = parseEnvelope(reply)
    // A 429/5xx that outlived the retries is a fault, not the server refusing the deployment.
    if (envelope === undefined && isTransientStatus(reply.status)) {
      const fault = diagnoseTransient(step, reply.status, reply.attempts)
      throw path === 'request' && !SLOT_RETRY_STATUSES.has(reply.status) ? notRetried(fault) : fault
    }
    const accepted =
      reply.status >= 200 && reply.status < 300 && envelope?.isSuccessStatusCode !== false
    if (accepted && envelope !== undefined) return envelope.response ?? null
    throw rejection(step, reply, envelope, this.options.deploymentToken, this.options.checkedSite)
  }

  private async send(request: HttpRequest, allocatesSlot: boolean): Promise<HttpReply> {
    const policy = this.options.retryPolicy ?? defaultRetryPolicy(request.url)
    if (!allocatesSlot) return await send(request, policy)
    let attempts = 0
    const reply = await withRetry(
      async (attempt) => {
        attempts = attempt
        return await send(request, { ...policy, attempts: 1 })
      },
      (outcome) =>
        'value' in outcome && SLOT_RETRY_STATUSES.has(outcome.value.status)
          ? {
              retry: true,
              reason: `HTTP ${outcome.value.status}`,
              retryAfterMs: parseRetryAfter(outcome.value.headers['retry-after'])
            }
          : { retry: false },
      policy
    )
    return { ...reply, attempts }
  }
}

/** A request that got no answer, or a fault the server may have acted on: said, not repeated. */
function notRetried(error: unknown): unknown {
  if (!(error instanceof ActionError)) return error
  return new ActionError(
    `${endSentence(error.message)} It was not repeated: the server may already have allocated an upload slot whose answer was lost.`,
    {
      ...(error.step === undefined ? {} : { step: error.step }),
      ...(error.status === undefined ? {} : { status: error.status }),
      doc: error.doc ?? 'network-errors',
      fix: 'Re-run the job; a new run asks for a new upload slot.'
    }
  )
}

function parseEnvelope(reply: HttpReply): Envelope | undefined {
  try {
    const parsed: unknown = JSON.parse(reply.body)
    return asRecord(parsed) as Envelope | undefined
  } catch {
    return undefined
  }
}

/** The server's own text plus its cause and fix; never the token, even if the server echoed it. */
function rejection(
  step: string,
  reply: Pick<HttpReply, 'status' | 'body' | 'attempts'>,
  envelope: Envelope | undefined,
  deploymentToken: string,
  checkedSite?: CheckedSite
): ContentPlaneRejection {
  const serverText = scrub(
    envelope?.errorMessage ||
      (envelope ? textOf(envelope.response) : '') ||
      describeBody(reply.body),
    deploymentToken
  )
  const status = envelope?.statusCode ?? reply.status
  const base = { step, status: reply.status }
  if (envelope === undefined && reply.status >= 200 && reply.status < 300) {
    return new ContentPlaneRejection(
      `${step}: HTTP ${reply.status} with a body that is not the expected JSON envelope (${scrub(describeBody(reply.body), deploymentToken)}).`,
      { ...base, doc: 'content-rejected' },
      reply.attempts
    )
  }
  const known =
    findServerText(serverText, checkedSite) ??
    (status === 401 || status === 403 ? tokenRejected(checkedSite) : undefined)
  const said = `${step} was rejected (HTTP ${reply.status}${status !== reply.status ? `, status ${status}` : ''}): ${serverText}`
  if (known === undefined) {
    return new ContentPlaneRejection(said, { ...base, doc: 'content-rejected' }, reply.attempts)
  }
  return new ContentPlaneRejection(
    `${said} Cause: ${known.cause}.`,
    { ...base, doc: known.doc, fix: known.fix },
    reply.attempts
  )
}

function scrub(text: string, deploymentToken: string): string {
  const once = deploymentToken ? text.split(deploymentToken).join('***') : text
  return redact(once)
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  return describeBody(JSON.stringify(value))
}

function regionsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []
  return list.map((region) => printable(typeof region === 'string' ? region : textOf(region), 80))
}
