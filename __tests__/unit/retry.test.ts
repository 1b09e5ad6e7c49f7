import {
  backoffDelay,
  isTransientStatus,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  withRetry,
  type RetryPolicy,
  type RetryVerdict
} from '../../src/http/retry.js'

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & { waits: number[] } {
  const waits: number[] = []
  return {
    attempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    sleep: async (ms) => {
      waits.push(ms)
    },
    random: () => 0.5,
    waits,
    ...overrides
  }
}

const retryOnStatus = (outcome: { value: number } | { error: unknown }): RetryVerdict =>
  'value' in outcome && outcome.value >= 500
    ? { retry: true, reason: `HTTP ${outcome.value}` }
    : { retry: false }

describe('withRetry', () => {
  test('returns the first good value without waiting', async () => {
    const p = policy()
    await expect(withRetry(async () => 200, retryOnStatus, p)).resolves.toBe(200)
    expect(p.waits).toEqual([])
  })

  test('retries until success and reports each retry', async () => {
    const replies = [503, 502, 200]
    const seen: number[] = []
    const p = policy({ onRetry: ({ attempt }) => seen.push(attempt) })
    const value = await withRetry(async () => replies.shift() as number, retryOnStatus, p)
    expect(value).toBe(200)
    expect(seen).toEqual([1, 2])
    expect(p.waits).toHaveLength(2)
  })

  test('stops after the configured attempts and returns the last value', async () => {
    let calls = 0
    const p = policy({ attempts: 3 })
    const value = await withRetry(
      async () => {
        calls++
        return 503
      },
      retryOnStatus,
      p
    )
    expect(value).toBe(503)
    expect(calls).toBe(3)
    expect(p.waits).toHaveLength(2)
  })

  test('a non-retryable outcome stops at once', async () => {
    let calls = 0
    const p = policy()
    const value = await withRetry(
      async () => {
        calls++
        return 403
      },
      retryOnStatus,
      p
    )
    expect(value).toBe(403)
    expect(calls).toBe(1)
    expect(p.waits).toEqual([])
  })

  test('errors are retried when judged transient and rethrown at the end', async () => {
    let calls = 0
    const p = policy({ attempts: 2 })
    await expect(
      withRetry(
        async () => {
          calls++
          throw new Error(`reset ${calls}`)
        },
        () => ({ retry: true, reason: 'reset' }),
        p
      )
    ).rejects.toThrow('reset 2')
    expect(calls).toBe(2)
  })

  test('a non-retryable error is thrown after one attempt', async () => {
    let calls = 0
    await expect(
      withRetry(
        async () => {
          calls++
          throw new Error('refused')
        },
        () => ({ retry: false }),
        policy()
      )
    ).rejects.toThrow('refused')
    expect(calls).toBe(1)
  })

  test('Retry-After is honoured even when longer than the backoff', async () => {
    const p = policy()
    let first = true
    await withRetry(
      async () => {
        const value = first ? 429 : 200
        first = false
        return value
      },
      (outcome) =>
        'value' in outcome && outcome.value === 429
          ? { retry: true, reason: 'HTTP 429', retryAfterMs: 7000 }
          : { retry: false },
      p
    )
    expect(p.waits).toEqual([7000])
  })

  test('a Retry-After beyond the cap is treated as persistent', async () => {
    const p = policy()
    let calls = 0
    const value = await withRetry(
      async () => {
        calls++
        return 429
      },
      () => ({ retry: true, reason: 'HTTP 429', retryAfterMs: MAX_RETRY_AFTER_MS + 1 }),
      p
    )
    expect(value).toBe(429)
    expect(calls).toBe(1)
    expect(p.waits).toEqual([])
  })
})

describe('backoffDelay', () => {
  const shape = { baseDelayMs: 100, maxDelayMs: 1000 }

  test.each([
    [1, 50, 100],
    [2, 100, 200],
    [3, 200, 400],
    [4, 400, 800],
    [5, 500, 1000],
    [9, 500, 1000]
  ])('attempt %i stays within [%i, %i]', (attempt, low, high) => {
    expect(backoffDelay(attempt, shape, () => 0)).toBe(low)
    expect(backoffDelay(attempt, shape, () => 1)).toBe(high)
    for (let i = 0; i < 50; i++) {
      const delay = backoffDelay(attempt, shape, Math.random)
      expect(delay).toBeGreaterThanOrEqual(low)
      expect(delay).toBeLessThanOrEqual(high)
    }
  })

  test('never shorter than Retry-After', () => {
    expect(backoffDelay(1, shape, () => 1, 5000)).toBe(5000)
    expect(backoffDelay(3, shape, () => 1, 10)).toBe(400)
  })
})

describe('parseRetryAfter', () => {
  test.each<[string | undefined, number | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['0', 0],
    ['3', 3000],
    [' 1.5 ', 1500],
    ['soon', undefined]
  ])('%j → %j', (header, expected) => {
    expect(parseRetryAfter(header)).toBe(expected)
  })

  test('an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000)
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0)
  })
})

test.each([
  [408, true],
  [429, true],
  [500, true],
  [503, true],
  [599, true],
  [400, false],
  [401, false],
  [403, false],
  [404, false],
  [200, false]
])('isTransientStatus(%i) is %s', (status, expected) => {
  expect(isTransientStatus(status)).toBe(expected)
})
