// The blob endpoint clients see: a streaming reverse proxy to Azurite. Sitting in front lets the
// ServiceHost record each block request and inject faults into it; bodies are piped, never
// buffered, so a 300 MB upload costs no memory. A SAS signature does not cover the host, so the
// path and query go to Azurite unchanged.
import { randomUUID } from 'node:crypto'
import https from 'node:https'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { ServiceHandler } from '../server.js'
import { sendText } from '../server.js'
import type { ContentBehaviour } from './types.js'

/** How a SAS that refuses blocks answers Put Block / Put Block List (PROTOCOLS.md §4.3). */
const BLOCK_REFUSALS: Record<
  Exclude<ContentBehaviour['blockUploads'], 'accepted'>,
  { status: number; code: string; message: string }
> = {
  'refused-403': {
    status: 403,
    code: 'AuthorizationPermissionMismatch',
    message: 'This request is not authorized to perform this operation using this permission.'
  },
  // Inferred wordings: the Blob service's usual texts for these statuses.
  'refused-400': {
    status: 400,
    code: 'InvalidQueryParameterValue',
    message: 'Value for one of the query parameters specified in the request URI is invalid.'
  },
  'refused-405': {
    status: 405,
    code: 'UnsupportedHttpVerb',
    message: "The resource doesn't support specified Http Verb."
  }
}

// Hop-by-hop headers describe one connection, not the request (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'te',
  'trailer',
  'upgrade'
])

function forwardable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy: IncomingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(name)) copy[name] = value
  }
  return copy
}

export function blobFront(
  azurite: { port: number },
  caCert: string,
  behaviour: Pick<ContentBehaviour, 'blockUploads'>
): ServiceHandler & { close(): void } {
  // Kept-alive sockets to Azurite: a block upload is many requests in a row.
  const agent = new https.Agent({ keepAlive: true, ca: caCert, maxSockets: 32 })
  const handler = (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    new Promise((resolve) => {
      if (req.method === 'PUT' && req.headers['content-length'] === undefined) {
        return lengthRequired(req, res, resolve)
      }
      const query = (req.url ?? '').split('?')[1] ?? ''
      if (
        req.method === 'PUT' &&
        behaviour.blockUploads !== 'accepted' &&
        /(^|&)comp=(block|blocklist)(&|$)/.test(query)
      ) {
        return blobError(req, res, BLOCK_REFUSALS[behaviour.blockUploads], resolve)
      }
      const upstream = https.request(
        {
          agent,
          host: '127.0.0.1',
          port: azurite.port,
          method: req.method,
          path: req.url,
          headers: { ...forwardable(req.headers), host: `127.0.0.1:${azurite.port}` }
        },
        (reply) => {
          res.writeHead(reply.statusCode ?? 502, forwardable(reply.headers))
          reply.pipe(res)
          reply.on('end', resolve)
          reply.on('error', () => {
            res.destroy()
            resolve()
          })
        }
      )
      upstream.on('error', (error) => {
        if (!res.headersSent)
          sendText(res, 502, `Blob front could not reach Azurite: ${error.message}`)
        else res.destroy()
        resolve()
      })
      // A client that gives up mid-upload must not leave a half-sent request at Azurite.
      req.on('aborted', () => upstream.destroy())
      res.on('close', () => {
        if (!res.writableFinished) upstream.destroy()
        resolve()
      })
      req.pipe(upstream)
    })
  return Object.assign(handler, { close: () => agent.destroy() })
}

// Blob storage refuses chunked PUTs with 411; Azurite does not, so the front does it for it.
function lengthRequired(req: IncomingMessage, res: ServerResponse, done: () => void): void {
  const error = {
    status: 411,
    code: 'MissingContentLengthHeader',
    message: 'Content-Length HTTP header is missing.'
  }
  blobError(req, res, error, done)
}

/** An error as the Blob service words it: XML body, x-ms-error-code, after the body is drained. */
function blobError(
  req: IncomingMessage,
  res: ServerResponse,
  error: { status: number; code: string; message: string },
  done: () => void
): void {
  const requestId = randomUUID()
  const body =
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${error.code}</Code>` +
    `<Message>${error.message}\nRequestId:${requestId}\nTime:${new Date().toISOString()}</Message></Error>`
  req.resume()
  req.on('end', () => {
    res.writeHead(error.status, {
      'content-type': 'application/xml',
      'content-length': String(Buffer.byteLength(body)),
      'x-ms-error-code': error.code,
      'x-ms-request-id': requestId
    })
    res.end(body, done)
  })
}
