// An Azure SDK's HttpClient over the project's one transport (proxies, https only, no redirects,
// time limits, cancellation, transient faults retried), for SDK clients other than the action's
// own ARM context: the setup command's role definitions and assignments and its site lookup.
import {
  createHttpHeaders,
  type HttpClient,
  type PipelineRequest,
  type PipelineResponse
} from '@azure/core-rest-pipeline'
import { ActionError } from '../errors.js'
import type { StepLimits } from './limits.js'
import { send, type HttpMethod } from './transport.js'

export interface SdkTransport {
  signal: AbortSignal
  /** The only origin the bearer token may go to. */
  origin: string
  /** Names a request for errors and retry lines. */
  stepOf: (method: string, url: string) => string
  limits: StepLimits
}

export function sdkHttpClient(transport: SdkTransport): HttpClient {
  return {
    async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      const step = transport.stepOf(request.method, request.url)
      if (new URL(request.url).origin !== transport.origin) {
        throw new ActionError(
          `${step}: the reply led outside ${transport.origin}; the request was not sent, so the access token stays there.`,
          { step, fix: 'Check --resource-manager-endpoint is the ARM endpoint itself.' }
        )
      }
      const reply = await send({
        step,
        method: request.method as HttpMethod,
        url: request.url,
        headers: request.headers.toJSON({ preserveCase: false }),
        body: bodyOf(request, step),
        signal:
          request.abortSignal instanceof AbortSignal
            ? AbortSignal.any([transport.signal, request.abortSignal])
            : transport.signal,
        limits: transport.limits
      })
      return {
        request,
        status: reply.status,
        headers: createHttpHeaders(reply.headers),
        bodyAsText: reply.body
      }
    }
  }
}

function bodyOf(request: PipelineRequest, step: string): string | Buffer {
  const body = request.body
  if (body === undefined || body === null) return ''
  if (typeof body === 'string') return body
  if (Buffer.isBuffer(body)) return body
  throw new ActionError(`${step}: unsupported request body type.`, { step })
}
