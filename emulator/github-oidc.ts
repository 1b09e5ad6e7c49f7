// GitHub's Actions OIDC provider: hands the job a short-lived RS256 token for the audience it asks
// for, and publishes discovery + JWKS so Entra can verify it. Tests edit `claims` for the next token.
import { randomBytes, randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'
import { createSigningKey, signJwt, toJwk, type SigningKey } from './jwt.js'
import { sendJson } from './server.js'
import { DEFAULT_SUBJECT } from './world.js'

/** Claims copied into the next token; iss, aud and the times are added at issue. */
export type GitHubClaimTemplate = Record<string, string>

export function defaultGitHubClaims(): GitHubClaimTemplate {
  return {
    sub: DEFAULT_SUBJECT,
    ref: 'refs/heads/main',
    sha: 'd6e5c1f6a1b2c3d4e5f60718293a4b5c6d7e8f90',
    repository: 'octo-org/octo-site',
    repository_id: '700000001',
    repository_owner: 'octo-org',
    repository_owner_id: '9000001',
    repository_visibility: 'private',
    actor: 'octocat',
    actor_id: '583231',
    run_id: '1001',
    run_number: '7',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    workflow: 'Deploy site',
    workflow_ref: 'octo-org/octo-site/.github/workflows/deploy.yml@refs/heads/main',
    workflow_sha: 'd6e5c1f6a1b2c3d4e5f60718293a4b5c6d7e8f90',
    head_ref: '',
    base_ref: '',
    event_name: 'push',
    ref_type: 'branch',
    job_workflow_ref: 'octo-org/octo-site/.github/workflows/deploy.yml@refs/heads/main',
    job_workflow_sha: 'd6e5c1f6a1b2c3d4e5f60718293a4b5c6d7e8f90'
  }
}

export class GitHubOidcProvider {
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN: the runner's bearer for the token endpoint. */
  readonly requestToken = randomBytes(32).toString('base64url')
  /** Claims of the next token (sub, environment, …); iss defaults to the service URL. */
  claims: GitHubClaimTemplate = defaultGitHubClaims()
  /** Issue tokens whose validity ended long before now (more than Entra's clock skew). */
  expired = false
  /** exp - iat of the next tokens; GitHub's are 300 s. */
  lifetimeSeconds = 300
  /** How long the endpoint holds a minted token before replying: the token ages on its way. */
  replyDelayMs = 0
  /** Every token handed out, in order. */
  readonly issued: string[] = []
  issuer = ''
  private signingKey: SigningKey = createSigningKey('github')
  private readonly publishedKeys: SigningKey[] = [this.signingKey]

  /** Signs the next tokens with a fresh key; `published: false` keeps it out of the JWKS. */
  rotateKey(options: { published: boolean }): void {
    this.signingKey = createSigningKey()
    if (options.published) this.publishedKeys.push(this.signingKey)
  }

  /** Adds the current signing key to the JWKS (the provider catching up after a rotation). */
  publishCurrentKey(): void {
    if (!this.publishedKeys.includes(this.signingKey)) this.publishedKeys.push(this.signingKey)
  }

  /** Mints a token as the endpoint would, without a request (for tests of Entra alone). */
  issueToken(audience: string): string {
    const now = Math.floor(Date.now() / 1000)
    const iat = this.expired ? now - 1200 : now
    const token = signJwt(this.signingKey, {
      jti: randomUUID(),
      iss: this.issuer,
      aud: audience,
      ...this.claims,
      // GitHub backdates nbf a little so slightly slow verifier clocks still accept the token.
      nbf: iat - 5,
      iat,
      exp: iat + this.lifetimeSeconds
    })
    this.issued.push(token)
    return token
  }

  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'https://github.invalid')
    if (req.method !== 'GET') return sendJson(res, 405, { message: 'Method not allowed' })
    switch (url.pathname) {
      case '/.well-known/openid-configuration':
        return sendJson(res, 200, this.discovery())
      case '/.well-known/jwks':
        return sendJson(res, 200, { keys: this.publishedKeys.map(toJwk) })
      case '/token':
        return this.token(req, res, url)
      default:
        return sendJson(res, 404, { message: 'Not Found' })
    }
  }

  private async token(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.headers.authorization !== `Bearer ${this.requestToken}`) {
      return sendJson(res, 401, {
        message: 'Unauthorized: the request token is missing or invalid'
      })
    }
    if (url.searchParams.get('api-version') !== '2.0') {
      return sendJson(res, 400, { message: "The 'api-version' query parameter must be '2.0'" })
    }
    // Without an audience GitHub uses the repository owner's URL.
    const audience =
      url.searchParams.get('audience') ??
      `https://github.com/${this.claims['repository_owner'] ?? ''}`
    const token = this.issueToken(audience)
    if (this.replyDelayMs > 0) await delay(this.replyDelayMs)
    sendJson(res, 200, { count: 1, value: token })
  }

  private discovery(): Record<string, unknown> {
    return {
      issuer: this.issuer,
      jwks_uri: `${this.issuer}/.well-known/jwks`,
      subject_types_supported: ['public', 'pairwise'],
      response_types_supported: ['id_token'],
      claims_supported: [
        'sub',
        'aud',
        'exp',
        'iat',
        'iss',
        'jti',
        'nbf',
        ...Object.keys(defaultGitHubClaims())
      ],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid']
    }
  }
}
