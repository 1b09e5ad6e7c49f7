// Microsoft Graph's error replies (PROTOCOLS.md §7): one envelope, `{"error":{"code","message",
// "innerError":{"date","request-id","client-request-id"}}}`, and the codes and texts setup meets.
// Texts marked inferred are not confirmed by a published reply.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendJson } from './server.js'

export interface GraphError {
  status: number
  code: string
  message: string
  headers?: Record<string, string>
}

/** Graph writes innerError.date without fraction or zone: 2022-05-03T16:11:01. */
function graphDate(date = new Date()): string {
  return date.toISOString().replace(/\.\d+Z$/, '')
}

/** The request id Graph answers with (it echoes the client's client-request-id when given). */
export function graphRequestIds(req: IncomingMessage): {
  requestId: string
  clientRequestId: string
} {
  const requestId = randomUUID()
  const sent = req.headers['client-request-id']
  const clientRequestId = typeof sent === 'string' && sent ? sent : requestId
  return { requestId, clientRequestId }
}

export function sendGraphError(
  req: IncomingMessage,
  res: ServerResponse,
  failure: GraphError
): void {
  const { requestId, clientRequestId } = graphRequestIds(req)
  sendJson(
    res,
    failure.status,
    {
      error: {
        code: failure.code,
        message: failure.message,
        innerError: {
          date: graphDate(),
          'request-id': requestId,
          'client-request-id': clientRequestId
        }
      }
    },
    { 'request-id': requestId, 'client-request-id': clientRequestId, ...failure.headers }
  )
}

const invalidToken = (message: string): GraphError => ({
  status: 401,
  code: 'InvalidAuthenticationToken',
  message,
  headers: {
    'www-authenticate':
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"'
  }
})

export const graphErrors = {
  noToken: (): GraphError => invalidToken('Access token is empty.'),
  // Inferred: the text for a token whose signature or form Graph cannot validate.
  badToken: (): GraphError => invalidToken('Access token validation failure.'),
  wrongAudience: (): GraphError =>
    invalidToken('Access token validation failure. Invalid audience.'),
  expired: (): GraphError => invalidToken('Lifetime validation failed, the token is expired.'),
  denied: (): GraphError => ({
    status: 403,
    code: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.'
  }),
  notFound: (id: string): GraphError => ({
    status: 404,
    code: 'Request_ResourceNotFound',
    message: `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`
  }),
  // Inferred wording: a path Graph has no segment for.
  noRoute: (segment: string): GraphError => ({
    status: 400,
    code: 'BadRequest',
    message: `Resource not found for the segment '${segment}'.`
  }),
  // Inferred wording.
  methodNotAllowed: (): GraphError => ({
    status: 405,
    code: 'Request_BadRequest',
    message: 'Specified HTTP method is not allowed for the request target.'
  }),
  // Inferred wording: a $filter clause the emulator (and setup) does not use.
  unsupportedFilter: (filter: string): GraphError => ({
    status: 400,
    code: 'Request_UnsupportedQuery',
    message: `Unsupported or invalid query filter clause specified: '${filter}'.`
  }),
  // Inferred wording: a body that is not a JSON object.
  badBody: (): GraphError => ({
    status: 400,
    code: 'BadRequest',
    message:
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'
  }),
  // Inferred wording.
  missingProperty: (name: string, objectType: string): GraphError => ({
    status: 400,
    code: 'Request_BadRequest',
    message: `A value is required for property '${name}' of resource '${objectType}'.`
  }),
  // Inferred wording (the code is what the SDKs report for an unknown appId).
  noSuchApplication: (appId: string): GraphError => ({
    status: 400,
    code: 'Request_BadRequest',
    message: `The appId '${appId}' of the service principal does not reference a valid application object.`
  }),
  // Inferred wording.
  servicePrincipalExists: (appId: string): GraphError => ({
    status: 409,
    code: 'Request_MultipleObjectsWithSameKeyValue',
    message: `The service principal cannot be created, updated, or restored because the service principal name ${appId} is already in use.`
  }),
  /** Issuer and subject repeated within an app (the wording of a published 2022 reply). */
  issuerSubjectTaken: (issuer: string, subject: string): GraphError => ({
    status: 400,
    code: 'InvalidFederatedIdentityCredentialValue',
    message:
      `The combination of issuer and subject must be unique for the application. Issuer ${issuer} and ` +
      `Subject: ${subject} already exist. paramName: FederatedIdentityCredential.Subject, paramValue: ` +
      `${subject}, objectType: Microsoft.Online.DirectoryServices.Application`
  }),
  // Inferred code and wording: a second credential of the same name.
  nameTaken: (name: string): GraphError => ({
    status: 409,
    code: 'Request_MultipleObjectsWithSameKeyValue',
    message: `FederatedIdentityCredential with name ${name} already exists.`
  }),
  // Inferred code and wording: the 21st credential of an app.
  tooMany: (): GraphError => ({
    status: 400,
    code: 'Request_BadRequest',
    message:
      'The number of FederatedIdentityCredentials on the application exceeds the maximum of 20.'
  }),
  // Inferred wording.
  invalidValue: (property: string, value: string): GraphError => ({
    status: 400,
    code: 'InvalidFederatedIdentityCredentialValue',
    message: `Invalid value specified for property '${property}' of resource 'FederatedIdentityCredential'. paramValue: ${value}`
  }),
  // Inferred wording: a PATCH that tries to rename a credential (names are immutable).
  nameImmutable: (): GraphError => ({
    status: 400,
    code: 'Request_BadRequest',
    message: "Property 'name' is read-only and cannot be set."
  }),
  throttled: (retryAfterSeconds: number): GraphError => ({
    status: 429,
    code: 'TooManyRequests',
    // Inferred wording.
    message: 'Too many requests. Please retry after the time given in the Retry-After header.',
    headers: { 'retry-after': String(retryAfterSeconds) }
  })
}
