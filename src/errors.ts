// Errors the action reports to the user: what went wrong, what to do, and where to read more.

const TROUBLESHOOTING = 'https://github.com/org/keyless-swa-deploy/blob/v1/docs/troubleshooting.md'

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
    if (this.doc) lines.push(`See ${TROUBLESHOOTING}#${this.doc}`)
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

export function errorText(error: unknown): string {
  if (error instanceof ActionError) return error.describe()
  if (error instanceof Error) return error.message
  return String(error)
}
