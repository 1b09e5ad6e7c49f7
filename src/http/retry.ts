// The one retry helper: jittered exponential backoff that honours Retry-After, bounded by a
// number of attempts and by a deadline. Pure apart from the injectable sleep, clock and random
// source, so tests can drive it without waiting.
import { knob } from '../knobs.js'

export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  now?: () => number
  /** Called before each wait, for a progress line. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void
  /** Called when a retryable outcome is not retried although attempts were left, with why. */
  onGiveUp?: (info: GiveUp) => void
}

export interface GiveUp {
  attempt: number
  reason: string
  /** 'retry-after': the server asked for a longer wait than the action grants; 'deadline': the wait would end past it. */
  why: 'retry-after' | 'deadline'
  delayMs: number
}

/** What one attempt's outcome means for the next. */
export type RetryVerdict =
  { retry: false } | { retry: true; reason: string; retryAfterMs?: number | undefined }

const ATTEMPTS = 5

/** Default policy for requests to `url`; the retry-base knob shortens waits only against the emulator. */
export function defaultRetryPolicy(url = 'https://example.invalid/'): RetryPolicy {
  const baseDelayMs = knob('retryBaseMs', url)
  return { attempts: ATTEMPTS, baseDelayMs, maxDelayMs: baseDelayMs * 16 }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Longest Retry-After honoured; a server asking for more is treated as a persistent fault. */
export const MAX_RETRY_AFTER_MS = 120_000

/**
 * Runs `attempt` until `judge` says not to retry, the attempts run out, or the next wait would
 * end past `deadline` (epoch ms). `judge` receives either the value or the thrown error. The last
 * value is returned, the last error rethrown.
 */
export async function withRetry<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  judge: (outcome: { value: T } | { error: unknown }) => RetryVerdict,
  policy: RetryPolicy,
  deadline = Number.POSITIVE_INFINITY
): Promise<T> {
  const wait = policy.sleep ?? sleep
  const random = policy.random ?? Math.random
  const now = policy.now ?? Date.now
  for (let attemptNumber = 1; ; attemptNumber++) {
    let outcome: { value: T } | { error: unknown }
    try {
      outcome = { value: await attempt(attemptNumber) }
    } catch (error) {
      outcome = { error }
    }
    const verdict = judge(outcome)
    const settle = (): T => {
      if ('error' in outcome) throw outcome.error
      return outcome.value
    }
    if (!verdict.retry || attemptNumber >= policy.attempts) return settle()
    const delayMs = backoffDelay(attemptNumber, policy, random, verdict.retryAfterMs)
    const giveUp = (why: GiveUp['why']): T => {
      policy.onGiveUp?.({ attempt: attemptNumber, reason: verdict.reason, why, delayMs })
      return settle()
    }
    if ((verdict.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) return giveUp('retry-after')
    if (now() + delayMs >= deadline) return giveUp('deadline')
    policy.onRetry?.({ attempt: attemptNumber, delayMs, reason: verdict.reason })
    await wait(delayMs)
  }
}

/** Equal-jitter exponential delay (half fixed, half random), never shorter than what the server asked for. */
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
