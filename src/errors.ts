// Errors the action reports to the user: what went wrong, what to do, and where to read more.

/** Where the docs live when the runner does not say which repository and ref the action runs from. */
const FALLBACK_REPOSITORY = 'org/keyless-swa-deploy'
const FALLBACK_REF = 'v1'
// What a repository slug and a ref may look like before they are put into a link.
const REPOSITORY_SLUG = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/
const REF = /^[A-Za-z0-9_./-]+$/

/**
 * docs/troubleshooting.md at the repository and ref the action actually runs from
 * (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF, set by the runner for `uses: owner/repo@ref`),
 * so a fork or a pinned SHA links to its own docs.
 */
export function troubleshootingUrl(env: NodeJS.ProcessEnv = process.env): string {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim() ?? ''
  const ref = env.GITHUB_ACTION_REF?.trim() ?? ''
  const known = REPOSITORY_SLUG.test(repository) && REF.test(ref) && !ref.includes('..')
  const server = (env.GITHUB_SERVER_URL ?? '').trim().replace(/\/+$/, '')
  const base = /^https:\/\/[^\s/?#]+$/.test(server) ? server : 'https://github.com'
  return known
    ? `${base}/${repository}/blob/${ref}/docs/troubleshooting.md`
    : `https://github.com/${FALLBACK_REPOSITORY}/blob/${FALLBACK_REF}/docs/troubleshooting.md`
}

export interface ActionErrorDetails {
  /** What to do about it, in one or two sentences. */
  fix?: string
  /** Anchor in docs/troubleshooting.md (without '#'). */
  doc?: string
  /** The remote step that failed, e.g. 'Entra token' or 'ARM listSecrets'. */
  step?: string
  /** HTTP status of the last reply, when there was one. */
  status?: number
  cause?: unknown
}

/** A failure with a cause and a fix, printed by main without a stack trace. */
export class ActionError extends Error {
  readonly fix: string | undefined
  readonly doc: string | undefined
  readonly step: string | undefined
  readonly status: number | undefined

  constructor(message: string, details: ActionErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = 'ActionError'
    this.fix = details.fix
    this.doc = details.doc
    this.step = details.step
    this.status = details.status
  }

  /** The text shown to the user: message, fix and a link to the troubleshooting section. */
  describe(): string {
    const lines = [this.message]
    if (this.fix) lines.push(`Fix: ${this.fix}`)
    if (this.doc) lines.push(`See ${troubleshootingUrl()}#${this.doc}`)
    return lines.join('\n')
  }
}

/** An input problem, always found before any network call. */
export class InputError extends ActionError {
  constructor(message: string, details: ActionErrorDetails = {}) {
    super(message, { doc: 'inputs', ...details })
    this.name = 'InputError'
  }
}

/** Anything else that escaped (a bug): its message only, never its stack. */
export function errorText(error: unknown): string {
  if (error instanceof ActionError) return error.describe()
  if (error instanceof Error) return error.message
  return String(error)
}
