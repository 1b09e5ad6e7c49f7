// The content plane's HTTP surface: `POST /api/upload/<call>?apiVersion=v1&deploymentCorrelationId=
// <GUID>` with `Authorization: token <apiKey>` and a JSON body, answered with an envelope.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody, sendText, type ServiceHandler } from '../server.js'
import { CALLS, type CallContext } from './calls.js'
import { ContentRejection, sendRejection, sendSuccess } from './envelope.js'
import { BAD_API_VERSION, BAD_CORRELATION_ID, INVALID_TOKEN, NOT_JSON } from './messages.js'
import type { ContentCall, ContentSite } from './types.js'

const ROUTE = /^\/api\/upload\/(validateapitoken|request|updatestatus|checkstatus)$/i
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const MAX_BODY_BYTES = 1024 * 1024

export function contentService(context: CallContext): ServiceHandler {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'https://content.invalid')
    const call = ROUTE.exec(url.pathname)?.[1]?.toLowerCase() as ContentCall | undefined
    if (call === undefined) return sendText(res, 404, 'Not Found')
    if (req.method !== 'POST') return sendText(res, 405, 'Method Not Allowed', { allow: 'POST' })
    try {
      const correlationId = checkQuery(url.searchParams)
      const site = authenticate(req, context)
      const body = await readJson(req)
      const forced = context.behaviour.rejectNext
      if (forced?.call === call) {
        context.behaviour.rejectNext = undefined
        throw new ContentRejection(forced.message, forced.statusCode)
      }
      sendSuccess(res, CALLS[call](context, site, correlationId, body))
    } catch (error) {
      if (!(error instanceof ContentRejection)) throw error
      // Drain whatever body is left so the client reads the reply, not a reset.
      req.resume()
      sendRejection(res, error, context.behaviour.rejectionsAsHttp200)
    }
  }
}

/** The correlation id; apiVersion must be v1 (the only version the official client speaks). */
function checkQuery(query: URLSearchParams): string {
  if (query.get('apiVersion') !== 'v1') throw new ContentRejection(BAD_API_VERSION)
  const correlationId = query.get('deploymentCorrelationId') ?? ''
  if (!GUID.test(correlationId)) throw new ContentRejection(BAD_CORRELATION_ID)
  return correlationId
}

function authenticate(req: IncomingMessage, context: CallContext): ContentSite {
  const match = /^token (\S+)$/.exec(req.headers.authorization ?? '')
  const site = match?.[1] === undefined ? undefined : context.sites.findByApiKey(match[1])
  if (site === undefined) throw new ContentRejection(INVALID_TOKEN)
  return site
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const contentType = req.headers['content-type'] ?? ''
  if (!/^application\/json\b/i.test(contentType)) throw new ContentRejection(NOT_JSON, 415)
  let text: string
  try {
    text = (await readBody(req, MAX_BODY_BYTES)).toString('utf8')
  } catch {
    throw new ContentRejection(`The request body is over ${MAX_BODY_BYTES} bytes.`, 413)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new ContentRejection(`The request body is not valid JSON: ${(error as Error).message}`)
  }
}
