// The one retry helper: jittered exponential backoff that honours Retry-After. Pure apart from
// the injectable sleep and random source, so tests can drive it without waiting.

export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  /** Called before each wait, for a progress line. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void
}

/** What one attempt's outcome means for the next. */
export type RetryVerdict =
  { retry: false } | { retry: true; reason: string; retryAfterMs?: number | undefined }

/** Default policy; KEYLESS_SWA_RETRY_BASE_MS shortens waits (the emulator's tests use it). */
export function defaultRetryPolicy(): RetryPolicy {
  const base = Number(process.env.KEYLESS_SWA_RETRY_BASE_MS)
  const baseDelayMs = Number.isFinite(base) && base >= 0 ? base : 1000
  return { attempts: 5, baseDelayMs, maxDelayMs: Math.max(baseDelayMs * 16, 1) }
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms))

/** Longest Retry-After honoured; a server asking for more is treated as a persistent fault. */
export const MAX_RETRY_AFTER_MS = 120_000

/**
 * Runs `attempt` until `judge` says not to retry or the attempts run out. `judge` receives
 * either the value or the thrown error. The last value is returned, the last error rethrown.
 */
export async function withRetry<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  judge: (outcome: { value: T } | { error: unknown }) => RetryVerdict,
  policy: RetryPolicy
): Promise<T> {
  const wait = policy.sleep ?? sleep
  const random = policy.random ?? Math.random
  for (let attemptNumber = 1; ; attemptNumber++) {
    let outcome: { value: T } | { error: unknown }
    try {
      outcome = { value: await attempt(attemptNumber) }
    } catch (error) {
      outcome = { error }
    }
    const verdict = judge(outcome)
    const last = attemptNumber >= policy.attempts
    if (!verdict.retry || last || (verdict.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) {
      if ('error' in outcome) throw outcome.error
      return outcome.value
    }
    const delayMs = backoffDelay(attemptNumber, policy, random, verdict.retryAfterMs)
    policy.onRetry?.({ attempt: attemptNumber, delayMs, reason: verdict.reason })
    await wait(delayMs)
  }
}

/** Full-jitter exponential delay, never shorter than what the server asked for. */
export function backoffDelay(
  attemptNumber: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number,
  retryAfterMs?: number
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptNumber - 1))
  const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2)
  return Math.max(jittered, retryAfterMs ?? 0)
}

/** Parses Retry-After (delta seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Statuses that mean "try again": timeouts, throttling and server faults. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599)
}
