// The reply shape of every content-plane call. The server is .NET: a rejection is the same
// envelope with isSuccessStatusCode false, sometimes even on HTTP 200.
import type { ServerResponse } from 'node:http'
import { sendJson } from '../server.js'

interface Envelope {
  response: unknown
  statusCode: number
  errorMessage: string | null
  isSuccessStatusCode: boolean
}

/** A refusal the handler throws; the service turns it into an error envelope. */
export class ContentRejection extends Error {
  constructor(
    message: string,
    readonly statusCode = 400
  ) {
    super(message)
    this.name = 'ContentRejection'
  }
}

export function sendSuccess(res: ServerResponse, response: unknown): void {
  const envelope: Envelope = {
    response,
    statusCode: 200,
    errorMessage: null,
    isSuccessStatusCode: true
  }
  sendJson(res, 200, envelope)
}

/** Sends a rejection; `asHttp200` reproduces the server's habit of wrapping it in a 200. */
export function sendRejection(
  res: ServerResponse,
  rejection: ContentRejection,
  asHttp200: boolean
): void {
  const envelope: Envelope = {
    response: null,
    statusCode: rejection.statusCode,
    errorMessage: rejection.message,
    isSuccessStatusCode: false
  }
  sendJson(res, asHttp200 ? 200 : rejection.statusCode, envelope)
}
