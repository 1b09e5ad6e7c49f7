// The one adapter between an Azure SDK and the project's transport (proxies, https only, no
// redirects, time limits, cancellation, transient faults retried): the action's ARM client and
// setup's RBAC client send every request through it, named by a step, with the run's signal.
import {
  createHttpHeaders,
  type HttpClient,
  type PipelineRequest,
  type PipelineResponse
} from '@azure/core-rest-pipeline'
import { ActionError } from '../errors.js'
import { printable } from '../format.js'
import type { StepLimits } from './limits.js'
import { send, type HttpMethod } from './transport.js'

/** Carries the transport's attempt count from the reply to the SDK's error, for its mapping. */
export const ATTEMPTS_HEADER = 'x-keyless-swa-attempts'
/** ARM records it in the Activity Log (httpRequest.clientRequestId) of every write and action. */
const CLIENT_REQUEST_ID_HEADER = 'x-ms-client-request-id'

export interface SdkTransport {
  signal: AbortSignal
  /** The only origin the bearer token may go to. */
  origin: string
  /** How the user names that origin (an input or a flag), for the refusal of any other. */
  originSetting: string
  /** Names a request for errors and retry lines. */
  stepOf: (method: string, url: string) => string
  limits: StepLimits
  /** Told each request's step and client request id before it is sent (e.g. to log them). */
  onSend?: (step: string, clientRequestId: string) => void
  /** Sees each reply before the SDK parses it (e.g. to mask a secret it carries). */
  onReply?: (step: string, reply: { status: number; body: string }) => void
}

export function sdkHttpClient(transport: SdkTransport): HttpClient {
  return {
    async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      const step = transport.stepOf(request.method, request.url)
      refuseOtherOrigin(step, request.url, transport)
      // The SDK sets one per request; kept as is, so what is logged is what ARM records.
      if (!request.headers.has(CLIENT_REQUEST_ID_HEADER)) {
        request.headers.set(CLIENT_REQUEST_ID_HEADER, request.requestId)
      }
      transport.onSend?.(step, request.headers.get(CLIENT_REQUEST_ID_HEADER) ?? request.requestId)
      const reply = await send({
        step,
        method: request.method as HttpMethod,
        url: request.url,
        headers: request.headers.toJSON({ preserveCase: false }),
        body: bodyOf(request, step),
        // The SDK's own signal (a poller's) and the run's: either stops the request.
        signal:
          request.abortSignal instanceof AbortSignal
            ? AbortSignal.any([transport.signal, request.abortSignal])
            : transport.signal,
        limits: transport.limits
      })
      transport.onReply?.(step, reply)
      const headers = createHttpHeaders(reply.headers)
      headers.set(ATTEMPTS_HEADER, String(reply.attempts))
      return { request, status: reply.status, headers, bodyAsText: reply.body }
    }
  }
}

/** The bearer token goes to its own endpoint only, whatever host a nextLink or a Location names. */
export function refuseOtherOrigin(
  step: string,
  url: string,
  transport: Pick<SdkTransport, 'origin' | 'originSetting'>
): void {
  const origin = new URL(url).origin
  if (origin === transport.origin) return
  throw new ActionError(
    `${step}: ARM's reply led to ${printable(origin)}, outside ${transport.originSetting} (${transport.origin}); the request was not sent, so the access token stays with ARM.`,
    {
      step,
      doc: 'arm-other',
      fix: `Check ${transport.originSetting} is the ARM endpoint itself, not a gateway that rewrites links.`
    }
  )
}

// ARM bodies are JSON strings; a POST without a body still sends Content-Length: 0.
function bodyOf(request: PipelineRequest, step: string): string | Buffer {
  const body = request.body
  if (body === undefined || body === null) return ''
  if (typeof body === 'string') return body
  if (Buffer.isBuffer(body)) return body
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  if (body instanceof ArrayBuffer) return Buffer.from(body)
  throw new ActionError(`${step}: unsupported request body type.`, { step })
}
