// The GitHub OIDC token: requested once, masked at once, and its non-secret claims kept for the
// log and for error messages (a federated-credential mismatch is fixed by reading them).
import { ActionError } from '../errors.js'
import { counted, formatSeconds } from '../format.js'
import { STEP_LIMITS, type Deadline } from '../http/limits.js'
import { isTransientStatus } from '../http/retry.js'
import { describeBody, send } from '../http/transport.js'
import { readJwtClaims } from '../jwtClaims.js'
import { group } from '../log.js'
import { registerSecret } from '../secrets.js'

export interface GitHubClaims {
  iss: string
  sub: string
  aud: string | string[]
  job_workflow_ref?: string
  environment?: string
  exp?: number
  iat?: number
  nbf?: number
  [claim: string]: unknown
}

export interface GitHubIdentity {
  /** The signed JWT; registered as a secret before it is returned. */
  token: string
  claims: GitHubClaims
  /** When the token stops being accepted, on this runner's clock: the exchange must be over by then. */
  expires: Deadline
}

/** What GitHub documents (exp = iat + 300), used when the token does not say. */
const DEFAULT_LIFETIME_SECONDS = 300

/** NumericDate claims are whole seconds: iat may be up to this much before the token was minted. */
const IAT_ROUNDING_SECONDS = 1

const STEP = 'GitHub OIDC token request'

/** Asks the runner's OIDC provider for one token with the given audience. */
export async function requestGitHubToken(
  audience: string,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
  onSent?: () => void
): Promise<GitHubIdentity> {
  const endpoint = identityEndpoint(env)
  if (endpoint === undefined) {
    throw new ActionError(
      'The job cannot request a GitHub OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set.',
      {
        fix: 'Add `permissions: id-token: write` (and `contents: read`) to the job or workflow. Pull requests from forks and Dependabot runs never get an OIDC token: deploy those from a trusted workflow, or set skip-without-identity: true to skip them with a warning.',
        doc: 'missing-id-token-permission',
        step: STEP
      }
    )
  }
  const { requestUrl, requestToken } = endpoint
  registerSecret(requestToken)
  // The token that comes back was minted after its attempt left: the last attempt's send time.
  let sentAt = Date.now()
  const reply = await send({
    step: STEP,
    method: 'GET',
    url: withAudience(requestUrl, audience),
    headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
    signal,
    limits: STEP_LIMITS.githubToken,
    onSent: () => {
      sentAt = Date.now()
      onSent?.()
    }
  })
  const token = readTokenValue(reply.status, reply.body, reply.attempts)
  registerSecret(token)
  const claims = decodeClaims(token)
  return { token, claims, expires: expiryOf(claims, sentAt) }
}

/** The runner's OIDC token endpoint, given to a job only with `id-token: write` (never to forks or Dependabot). */
export function identityEndpoint(
  env: NodeJS.ProcessEnv
): { requestUrl: string; requestToken: string } | undefined {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL?.trim()
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN?.trim()
  return requestUrl && requestToken ? { requestUrl, requestToken } : undefined
}

/**
 * When the token surely still works, on this runner's clock (so a runner clock that is off cannot
 * stretch it): its lifetime (exp - iat) counted from when its request left, less the second iat
 * may have dropped (iat is the issuing second rounded down). Shorter than the truth, never longer.
 */
function expiryOf(claims: GitHubClaims, sentAt: number): Deadline {
  const declared =
    typeof claims.exp === 'number' && typeof claims.iat === 'number' ? claims.exp - claims.iat : NaN
  const lifetimeSeconds = declared > 0 ? declared : DEFAULT_LIFETIME_SECONDS
  return {
    at: sentAt + Math.max(0, lifetimeSeconds - IAT_ROUNDING_SECONDS) * 1000,
    what: `the GitHub token's ${formatSeconds(lifetimeSeconds * 1000)} lifetime (Entra ID refuses it after that)`
  }
}

/** Appends the audience parameter; the runner's URL normally already has `?api-version=…`. */
export function withAudience(requestUrl: string, audience: string): string {
  const separator = requestUrl.includes('?') ? '&' : '?'
  return `${requestUrl}${separator}audience=${encodeURIComponent(audience)}`
}

function readTokenValue(status: number, body: string, attempts: number): string {
  if (status !== 200) {
    const authProblem = status === 401 || status === 403
    // A transient status here has outlived every retry: say so, as the other steps do.
    const after = isTransientStatus(status) ? ` after ${counted(attempts, 'attempt')}` : ''
    throw new ActionError(`${STEP} failed: HTTP ${status}${after} (${describeBody(body)}).`, {
      fix: authProblem
        ? 'The runner refused the request token; re-run the job, and check `permissions: id-token: write`.'
        : 'Re-run the job; if it persists, check https://www.githubstatus.com.',
      doc: authProblem ? 'missing-id-token-permission' : 'oidc-token-request',
      step: STEP,
      status
    })
  }
  let value: unknown
  try {
    value = (JSON.parse(body) as { value?: unknown }).value
  } catch {
    value = undefined
  }
  if (typeof value !== 'string' || value.length === 0) {
    // The body may hold the token in an unexpected shape: never echo it.
    throw new ActionError(`${STEP}: the reply has no token in its 'value' field.`, {
      fix: 'Re-run the job; if it persists, check https://www.githubstatus.com.',
      doc: 'oidc-token-request',
      step: STEP,
      status
    })
  }
  return value
}

/** Reads the GitHub token's claims without verifying it (Entra verifies); refuses anything malformed. */
export function decodeClaims(jwt: string): GitHubClaims {
  const malformed = (why: string): ActionError =>
    new ActionError(`The GitHub OIDC token is malformed: ${why}.`, {
      fix: 'Re-run the job; if it persists, the OIDC provider is misbehaving.',
      doc: 'oidc-token-request',
      step: STEP
    })
  const read = readJwtClaims(jwt)
  if ('malformed' in read) throw malformed(read.malformed)
  const { claims } = read
  for (const name of ['iss', 'sub'] as const) {
    if (typeof claims[name] !== 'string' || claims[name] === '') {
      throw malformed(`the '${name}' claim is missing`)
    }
  }
  const aud = claims.aud
  const audOk =
    (typeof aud === 'string' && aud !== '') ||
    (Array.isArray(aud) && aud.length > 0 && aud.every((item) => typeof item === 'string'))
  if (!audOk) throw malformed("the 'aud' claim is missing")
  return claims as GitHubClaims
}

/** The claims Entra matches against a federated credential, for the log and the summary. */
export function presentedClaims(claims: GitHubClaims): [string, string][] {
  const rows: [string, string][] = [
    ['iss', claims.iss],
    ['sub', claims.sub],
    ['aud', Array.isArray(claims.aud) ? claims.aud.join(', ') : claims.aud]
  ]
  if (claims.job_workflow_ref) rows.push(['job_workflow_ref', claims.job_workflow_ref])
  if (claims.environment) rows.push(['environment', claims.environment])
  return rows
}

/** Logs the non-secret claims, so a federated-credential mismatch can be fixed from the log. */
export function logPresentedClaims(claims: GitHubClaims): void {
  group(
    'GitHub OIDC token claims presented to Entra ID',
    presentedClaims(claims).map(([name, value]) => `${name}: ${value}`)
  )
}
