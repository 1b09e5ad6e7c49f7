// The Static Web Apps content plane, spoken directly: five POSTs authorised by the deployment
// token, each answered with an envelope whose isSuccessStatusCode is the real verdict (a
// rejection can arrive as HTTP 200).
import { diagnoseTransient } from '../diagnose.js'
import { ActionError } from '../errors.js'
import { STEP_LIMITS, type Deadline, type StepLimits } from '../http/limits.js'
import { isTransientStatus, type RetryPolicy } from '../http/retry.js'
import { describeBody, send, type HttpReply } from '../http/transport.js'
import { redact } from '../secrets.js'
import type { EventInfo } from '../target.js'

export interface UploadInfo {
  TotalAppSizeInBytes: number
  AppFileCount: number
  MaxSingleFileSizeInBytes: number
  ApiSizeInBytes: number
  HasFunctions: boolean
  HasRoutes: boolean
  ConfiguredRoles: string[]
  DefaultFileType: string
  ServerRenderFramework: string | null
  DeploymentProvider: string
  Status: 'RequestingUpload' | 'Succeeded'
}

/** Opaque to us: handed back unchanged to updatestatus and checkstatus. */
export interface PollingInfo {
  defaultHostname?: string
  stageSiteIdentifier?: string
  version?: string
  tenantId?: string
  [property: string]: unknown
}

export interface UploadTicket {
  /** Blob SAS URL: its query is a credential. */
  sasUrl: string
  pollingInfo: PollingInfo
}

export interface DeploymentState {
  status: string
  siteUrl: string
  errorDetails: string
  unhealthyRegions: unknown
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
}

export const TERMINAL_STATUSES: ReadonlySet<string> = new Set(['Succeeded', 'Failed', 'Canceled'])

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
    const sasUrl = asRecord(record?.packageUris)?.app
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
    return { sasUrl, pollingInfo: pollingInfo as PollingInfo }
  }

  async updateStatus(
    eventInfo: EventInfo,
    uploadInfo: UploadInfo,
    pollingInfo: PollingInfo
  ): Promise<void> {
    await this.call('updatestatus', {
      EventInfo: eventInfo,
      UploadInfo: uploadInfo,
      PollingInfo: pollingInfo
    })
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
      unhealthyRegions: record.unhealthyRegions
    }
  }

  private async call(
    path: string,
    body: unknown,
    limits: StepLimits = STEP_LIMITS.content,
    deadline?: Deadline
  ): Promise<unknown> {
    const step = `Content plane ${path}`
    const url = new URL(`/api/upload/${path}`, this.options.host)
    url.searchParams.set('apiVersion', 'v1')
    url.searchParams.set('deploymentCorrelationId', this.options.correlationId)
    const reply = await send(
      {
        step,
        method: 'POST',
        url: url.toString(),
        headers: {
          authorization: `token ${this.options.deploymentToken}`,
          'content-type': 'application/json; charset=utf-8',
          accept: 'application/json'
        },
        body: JSON.stringify(body),
        signal: this.options.signal,
        limits,
        deadline
      },
      ...(this.options.retryPolicy ? [this.options.retryPolicy] : [])
    )
    const envelope = parseEnvelope(reply)
    // A 429/5xx that outlived the retries is a fault, not the server refusing the deployment.
    if (envelope === undefined && isTransientStatus(reply.status)) {
      throw diagnoseTransient(step, reply.status, reply.attempts)
    }
    const accepted =
      reply.status >= 200 && reply.status < 300 && envelope?.isSuccessStatusCode !== false
    if (accepted && envelope !== undefined) return envelope.response ?? null
    throw rejection(step, reply, envelope, this.options.deploymentToken)
  }
}

function parseEnvelope(reply: HttpReply): Envelope | undefined {
  try {
    const parsed: unknown = JSON.parse(reply.body)
    return asRecord(parsed) as Envelope | undefined
  } catch {
    return undefined
  }
}

const TOKEN_REJECTED =
  /api key was invalid|no matching static web app|deployment token|unauthori[sz]ed|forbidden/i
const QUOTAS: readonly { pattern: RegExp; quota: string }[] = [
  {
    pattern: /file count|too many files|number of files|files.*(exceed|limit|maximum)|15,?000/i,
    quota: 'the 15,000 files per app quota'
  },
  {
    pattern: /size.*(exceed|limit|quota|maximum)|(exceed|limit|quota|maximum).*size|too large/i,
    quota: 'the app size quota (250 MB Free, 500 MB Standard)'
  },
  {
    pattern: /environment.*(limit|maximum|quota|exceed)|(limit|maximum|quota).*environment/i,
    quota: 'the preview environment quota (3 on Free, 10 on Standard)'
  },
  {
    pattern: /environment name|invalid.*environment/i,
    quota: 'the environment name rule (letters and digits, at most 16)'
  }
]

/** The server's own text plus the likely cause; never the token, even if the server echoed it. */
export function rejection(
  step: string,
  reply: Pick<HttpReply, 'status' | 'body'>,
  envelope: Envelope | undefined,
  deploymentToken: string
): ActionError {
  const serverText = scrub(
    envelope?.errorMessage ||
      (envelope ? textOf(envelope.response) : '') ||
      describeBody(reply.body),
    deploymentToken
  )
  const status = envelope?.statusCode ?? reply.status
  const message = `${step} was rejected (HTTP ${reply.status}${status !== reply.status ? `, status ${status}` : ''}): ${serverText}`
  if (envelope === undefined && reply.status >= 200 && reply.status < 300) {
    return new ActionError(
      `${step}: HTTP ${reply.status} with a body that is not the expected JSON envelope (${scrub(describeBody(reply.body), deploymentToken)}).`,
      {
        step,
        status: reply.status,
        doc: 'content-rejected'
      }
    )
  }
  if (status === 401 || status === 403 || TOKEN_REJECTED.test(serverText)) {
    return new ActionError(message, {
      step,
      status: reply.status,
      doc: 'content-token-rejected',
      fix:
        'The deployment token read from ARM was refused. If the site\'s deployment authorization policy is "GitHub", ' +
        'it accepts only the workflow linked to it: in the Azure portal open the Static Web App → Settings → Configuration → ' +
        'Deployment authorization policy and choose "Deployment token" (or from a shell: `az resource update ' +
        '--resource-type Microsoft.Web/staticSites -g <resource-group> -n <app-name> ' +
        '--set properties.deploymentAuthPolicy=DeploymentToken`). ' +
        'If the token was just reset, re-run the job.'
    })
  }
  const quota = QUOTAS.find((candidate) => candidate.pattern.test(serverText))
  if (quota !== undefined) {
    return new ActionError(message, {
      step,
      status: reply.status,
      doc: 'content-quota',
      fix: `The server refused the deployment under ${quota.quota}. Reduce the payload or delete unused preview environments (action: close).`
    })
  }
  return new ActionError(message, { step, status: reply.status, doc: 'content-rejected' })
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

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}
