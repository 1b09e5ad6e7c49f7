// Entra's error replies, shaped byte for byte like the real token endpoint's, because the action's
// diagnosis parses error_codes and MSAL reads error / error_description.
import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { sendJson } from './server.js'

export type EntraErrorKind =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_scope'
  | 'invalid_resource'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_instance'
  | 'invalid_grant'

export interface EntraError {
  status: number
  error: EntraErrorKind
  code: number
  /** Text after "AADSTSnnnn: ". */
  text: string
}

/** Entra writes timestamps as `2025-01-31 12:34:56Z`. */
export function entraTimestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z')
}

export function sendEntraError(
  res: ServerResponse,
  failure: EntraError,
  authorityBase: string
): void {
  const traceId = randomUUID()
  const correlationId = randomUUID()
  const timestamp = entraTimestamp()
  sendJson(
    res,
    failure.status,
    {
      error: failure.error,
      error_description:
        `AADSTS${failure.code}: ${failure.text}\r\nTrace ID: ${traceId}\r\n` +
        `Correlation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [failure.code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${authorityBase}/error?code=${failure.code}`
    },
    { 'cache-control': 'no-store, no-cache', 'x-ms-request-id': traceId }
  )
}

const FEDERATION_DOC = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation'
const CHECK_FIC =
  'Check your federated identity credential Subject, Audience and Issuer against the presented assertion.'

// Failures of the client (its assertion) are 401 invalid_client, as Entra answers them.
function clientFailure(code: number, text: string): EntraError {
  return { status: 401, error: 'invalid_client', code, text }
}

export const entraErrors = {
  missingParameter: (name: string): EntraError => ({
    status: 400,
    error: 'invalid_request',
    code: 900144,
    text: `The request body must contain the following parameter: '${name}'.`
  }),
  postOnly: (method: string): EntraError => ({
    status: 400,
    error: 'invalid_request',
    code: 900561,
    text: `The endpoint only accepts POST, OPTIONS requests. Received a ${method} request.`
  }),
  tenantNotFound: (tenant: string): EntraError => ({
    status: 400,
    error: 'invalid_request',
    code: 90002,
    text:
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing ` +
      'into the correct cloud. Check with your subscription administrator, this may happen if there ' +
      'are no active subscriptions for the tenant.'
  }),
  invalidInstance: (): EntraError => ({
    status: 400,
    error: 'invalid_instance',
    code: 50049,
    text: 'Unknown or invalid instance.'
  }),
  unsupportedGrant: (): EntraError => ({
    status: 400,
    error: 'unsupported_grant_type',
    code: 70003,
    text: 'The app requested an unsupported grant type.'
  }),
  scopeWithoutDefault: (scope: string): EntraError => ({
    status: 400,
    error: 'invalid_scope',
    code: 1002012,
    text:
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope ` +
      'value with /.default suffixed to the resource identifier (application ID URI).'
  }),
  invalidScope: (scope: string): EntraError => ({
    status: 400,
    error: 'invalid_scope',
    code: 70011,
    text: `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`
  }),
  appNotFound: (clientId: string, tenant: string): EntraError => ({
    status: 400,
    error: 'unauthorized_client',
    code: 700016,
    text:
      `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can ` +
      'happen if the application has not been installed by the administrator of the tenant or ' +
      'consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.'
  }),
  resourceNotFound: (resource: string, tenant: string): EntraError => ({
    status: 400,
    error: 'invalid_resource',
    code: 500011,
    text:
      `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can ` +
      'happen if the application has not been installed by the administrator of the tenant or ' +
      'consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.'
  }),
  // Inferred: Entra's answer to a client_credentials grant with no usable client authentication.
  missingAssertion: (): EntraError =>
    clientFailure(
      7000216,
      "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type."
    ),
  malformedAssertion: (): EntraError => clientFailure(50027, 'JWT token is invalid or malformed.'),
  noFederatedRecord: (iss: string, sub: string, aud: string): EntraError =>
    clientFailure(
      70021,
      `No matching federated identity record found for presented assertion. Assertion Issuer: '${iss}'. ` +
        `Assertion Subject: '${sub}'. Assertion Audience: '${aud}'. ${FEDERATION_DOC}`
    ),
  issuerMismatch: (iss: string): EntraError =>
    clientFailure(
      700211,
      `No matching federated identity record found for presented assertion issuer '${iss}'. ${CHECK_FIC} ${FEDERATION_DOC}`
    ),
  audienceMismatch: (aud: string): EntraError =>
    clientFailure(
      700212,
      `No matching federated identity record found for presented assertion audience '${aud}'. ${CHECK_FIC} ${FEDERATION_DOC}`
    ),
  subjectMismatch: (sub: string): EntraError =>
    clientFailure(
      700213,
      `No matching federated identity record found for presented assertion subject '${sub}'. ${CHECK_FIC} ${FEDERATION_DOC}`
    ),
  subjectCaseMismatch: (sub: string): EntraError =>
    clientFailure(
      7002138,
      `No matching federated identity record found for presented assertion subject '${sub}'. ` +
        'A federated identity credential matches it only when case is ignored; subject matching is ' +
        `case-sensitive. ${FEDERATION_DOC}`
    ),
  expiredAssertion: (now: number, nbf: number, exp: number): EntraError =>
    clientFailure(
      700024,
      `Client assertion is not within its valid time range. Current time: ${isoSeconds(now)}, assertion ` +
        `valid from ${isoSeconds(nbf)}, expiry time of assertion ${isoSeconds(exp)}. Review the ` +
        'documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .'
    ),
  unknownSigningKey: (x5t: string, clientId: string): EntraError =>
    clientFailure(
      700027,
      `Client assertion failed signature validation. [Reason - The key was not found., Thumbprint of ` +
        `key used by client: '${x5t}', Found key 'Start=…, End=…' for app Id '${clientId}']`
    ),
  badSignature: (): EntraError =>
    clientFailure(
      50012,
      'Client assertion contains an invalid signature. [Reason - The provided signature value did not ' +
        'match the expected signature value.]'
    ),
  // Inferred status and position in the checks: an app registration whose service principal was
  // never created signs nothing in (setup creates the principal right after the app).
  missingServicePrincipal: (clientId: string, tenant: string): EntraError =>
    clientFailure(
      7000229,
      `The client application ${clientId} is missing service principal in the tenant ${tenant}. ` +
        'See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119'
    ),
  wrongPassword: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 50126,
    text: 'Error validating credentials due to invalid username or password.'
  }),
  unknownUser: (tenant: string): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 50034,
    text:
      `The user account {EmailHidden} does not exist in the ${tenant} directory. To sign into this ` +
      'application, the account must be added to the directory.'
  }),
  // Inferred: the answer to a refresh token Entra did not issue (or issued to another client).
  badRefreshToken: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 9002313,
    text: 'Invalid request. Request is malformed or invalid.'
  }),
  // Inferred code: the issuer's discovery document or JWKS could not be read.
  issuerUnreachable: (iss: string): EntraError => ({
    status: 400,
    error: 'invalid_request',
    code: 50166,
    text: `Request to External OIDC endpoint failed. Issuer: '${iss}'.`
  })
}

function isoSeconds(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z')
}
