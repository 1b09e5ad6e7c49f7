// The fault matrix's vocabulary, shared by the test that runs it and the script that turns its
// results into the README table: every remote step of a deployment and the faults injected in it.
import type { ContentBehaviour } from '../../emulator/content/types.js'
import type { Fault, FaultKind, RecordedRequest, ServiceName } from '../../emulator/server.js'

/** One results file per part of the matrix (the parts run in parallel Jest workers). */
export const FAULT_MATRIX_DIR = '.tmp/fault-matrix'

export interface RemoteStep {
  /** Short label for the table. */
  label: string
  service: ServiceName
  method: string
  path?: RegExp
  query?: RegExp
  /** What a persistent fault's error message must say to name this step. */
  names: RegExp
  /**
   * Which faults the step retries; default every one. `request` allocates an upload slot: a fault
   * the server may have acted on is not repeated (PROTOCOLS.md §4.2).
   */
  retries?: (fault: FaultKind) => boolean
  /** How the content plane must behave for a run to reach this step (default: as it starts). */
  behaviour?: Partial<ContentBehaviour>
  /** The step is called only when the run signs in this way (default: in every run). */
  signIn?: SignIn
}

/** How a run signs in to Azure: `auth-type` (ACTION.md). */
export type SignIn = 'oidc' | 'managed-identity'

/** Matches a Put Blob: a blob PUT whose query has no `comp` (Put Block and Put Block List have one). */
export const PUT_BLOB_QUERY = /^(?!(.*&)?comp=)/

export const REMOTE_STEPS: readonly RemoteStep[] = [
  {
    label: 'OIDC token (GitHub)',
    service: 'github',
    method: 'GET',
    path: /^\/token$/,
    names: /GitHub OIDC token request/,
    signIn: 'oidc'
  },
  {
    label: 'Entra token',
    service: 'entra',
    method: 'POST',
    path: /\/oauth2\/v2\.0\/token$/,
    names: /Entra (token request|ID throttled)/,
    signIn: 'oidc'
  },
  {
    // auth-type: managed-identity on a VM: IMDS's form of the machine's endpoint (PROTOCOLS.md §9).
    label: 'managed identity (IMDS)',
    service: 'identity',
    method: 'GET',
    path: /^\/metadata\/identity\/oauth2\/token\/?$/,
    names: /Managed identity token request/,
    signIn: 'managed-identity'
  },
  {
    label: 'ARM get site',
    service: 'arm',
    method: 'GET',
    path: /\/staticSites\/[^/]+$/i,
    names: /ARM read Static Web App/
  },
  {
    label: 'ARM listSecrets',
    service: 'arm',
    method: 'POST',
    path: /\/listSecrets$/i,
    names: /ARM listSecrets/
  },
  ...(['validateapitoken', 'request', 'updatestatus', 'checkstatus'] as const).map(
    (call): RemoteStep => ({
      label: `content ${call}`,
      service: 'content',
      method: 'POST',
      path: new RegExp(`^/api/upload/${call}$`),
      names: new RegExp(`Content plane ${call}`),
      ...(call === 'request'
        ? {
            retries: (fault: FaultKind) =>
              fault.kind === 'status' && (fault.status === 429 || fault.status === 503)
          }
        : {})
    })
  ),
  {
    label: 'blob block',
    service: 'blob',
    method: 'PUT',
    query: /(^|&)comp=block(&|$)/,
    names: /Blob upload \(block \d+\)/
  },
  {
    label: 'blob commit',
    service: 'blob',
    method: 'PUT',
    query: /(^|&)comp=blocklist(&|$)/,
    names: /Blob upload \(block list commit\)/
  },
  {
    // The fallback (PROTOCOLS.md §4.3): blocks refused, the archive goes up as one Put Blob.
    label: 'blob put',
    service: 'blob',
    method: 'PUT',
    query: PUT_BLOB_QUERY,
    names: /Blob upload \(Put Blob\)/,
    behaviour: { blockUploads: 'refused-403' }
  }
]

export interface InjectedFault {
  label: string
  fault: FaultKind
  /** What the message of a persistent fault must say besides the step. */
  says: RegExp
}

export const FAULTS: readonly InjectedFault[] = [
  { label: 'drop', fault: { kind: 'drop' }, says: /connection/i },
  { label: 'hang', fault: { kind: 'hang' }, says: /timed out/i },
  {
    label: '429 Retry-After: 1',
    fault: { kind: 'status', status: 429, retryAfterSeconds: 1 },
    says: /\b429\b/
  },
  // Retry-After is honoured once per client path (it costs a second a retry); the steps that
  // share a path with one get a 429 without it, so every step still meets throttling.
  { label: '429', fault: { kind: 'status', status: 429 }, says: /\b429\b/ },
  { label: '500', fault: { kind: 'status', status: 500 }, says: /\b500\b/ },
  { label: '503', fault: { kind: 'status', status: 503 }, says: /\b503\b/ },
  // The server acted, then the reply was lost: a repeat may meet the server's own refusal.
  { label: 'lost reply', fault: { kind: 'lost-reply' }, says: /connection/i },
  // ARM's gateway without an answer from Microsoft.Web, as reads of a wedged site meet it
  // (PROTOCOLS.md §3, #1779, #1780): retried, then named with what it usually means.
  {
    label: '504 GatewayTimeout',
    fault: {
      kind: 'status',
      status: 504,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({
        error: {
          code: 'GatewayTimeout',
          message:
            "The gateway did not receive a response from 'Microsoft.Web' within the specified time period."
        }
      })
    },
    says: /HTTP 504 GatewayTimeout after \d+ attempts: ARM's gateway got no answer from Microsoft\.Web.*wedged/
  }
]

/**
 * One step per client path (runner transport, MSAL's network module, the managed-identity
 * endpoint's network module, the ARM SDK, the content client twice: `request` is not repeated
 * after a hang, the blob SDK). The slow faults, a hang that never clears and a Retry-After, run on
 * these; the steps beside them share their code.
 */
export const CLIENT_PATH_STEPS: ReadonlySet<string> = new Set([
  'OIDC token (GitHub)',
  'Entra token',
  'managed identity (IMDS)',
  'ARM listSecrets',
  'content request',
  'content checkstatus',
  'blob block'
])

/** Whether the matrix injects this fault at this step, once ('single') or for good ('persistent'). */
export function isCell(
  step: RemoteStep,
  injected: InjectedFault,
  mode: FaultMatrixCell['mode']
): boolean {
  const onPath = CLIENT_PATH_STEPS.has(step.label)
  // ARM's own gateway answer: injected on ARM's reads only.
  if (injected.label === '504 GatewayTimeout')
    return step.service === 'arm' && step.method === 'GET'
  if (injected.label === '429 Retry-After: 1') return onPath
  if (injected.label === '429') return !onPath
  if (injected.label === 'hang' && mode === 'persistent') return onPath
  return true
}

/** Whether the step retries this fault (most do; `request` only 429 and 503). */
export function isRetried(step: RemoteStep, injected: InjectedFault): boolean {
  return step.retries?.(injected.fault) ?? true
}

export function faultAt(step: RemoteStep, injected: InjectedFault, times: number): Fault {
  return {
    ...injected.fault,
    service: step.service,
    method: step.method,
    ...(step.path ? { path: step.path } : {}),
    ...(step.query ? { query: step.query } : {}),
    times
  }
}

/** Whether a recorded request is a call of this step. */
export function isStepRequest(step: RemoteStep, request: RecordedRequest): boolean {
  const [path = '', query = ''] = request.url.split(/\?(.*)/s)
  return (
    request.service === step.service &&
    request.method === step.method &&
    (step.path === undefined || step.path.test(path)) &&
    (step.query === undefined || step.query.test(query))
  )
}

/** Whether the run must have uploaded the archive as one Put Blob (blocks refused) for this step. */
export function usesPutBlob(step: RemoteStep): boolean {
  return step.behaviour?.blockUploads !== undefined && step.behaviour.blockUploads !== 'accepted'
}

export interface FaultMatrixCell {
  step: string
  fault: string
  /** 'single': one faulty reply (times: 1); 'persistent': every reply faulty. */
  mode: 'single' | 'persistent'
  outcome: 'survived' | 'failed'
  /** First line of the error the run reported; '' when it survived. */
  message: string
  /** Requests the step's endpoint received in the run. */
  attempts: number
  seconds: number
  /**
   * The machine's 1-minute load average when the run ended, and its cores: the seconds (and
   * checkstatus's polls while a deployment publishes) grow with it. Absent where the OS keeps no
   * load average (Windows), and in results from before it was recorded.
   */
  load?: { average: number; cores: number }
}
