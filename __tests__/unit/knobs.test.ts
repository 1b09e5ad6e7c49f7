// The test knobs every user has: they only shorten waits, never below a floor, and only for
// requests to a loopback address (the emulator), so no variable can change how Azure is called.
import { describe, expect, test } from '@jest/globals'
import { isLoopback, knob } from '../../src/knobs.js'
import { defaultRetryPolicy } from '../../src/http/retry.js'

const LOOPBACK = 'https://127.0.0.1:8443/api'
const env = (value: string): NodeJS.ProcessEnv => ({ KEYLESS_SWA_POLL_INTERVAL_MS: value })

describe('knob', () => {
  test.each([
    ['unset', {}, LOOPBACK, 3000],
    ['shorter, on loopback', env('50'), LOOPBACK, 50],
    ['below the floor', env('0'), LOOPBACK, 10],
    ['negative', env('-5'), LOOPBACK, 10],
    ['longer than production', env('60000'), LOOPBACK, 3000],
    ['not a number', env('soon'), LOOPBACK, 3000],
    ['for a public host', env('50'), 'https://management.azure.com/subscriptions', 3000],
    [
      'for a content host',
      env('50'),
      'https://content-am2.infrastructure.6.azurestaticapps.net',
      3000
    ],
    ['for a name that resolves to loopback', env('50'), 'https://localhost:8443/', 3000],
    ['on IPv6 loopback', env('50'), 'https://[::1]:8443/', 50]
  ])('%s', (_name, variables, url, expected) => {
    expect(knob('pollIntervalMs', url, variables)).toBe(expected)
  })

  test('the attempt-limit knob has no production value: it only ever caps', () => {
    expect(knob('attemptLimitMs', LOOPBACK, {})).toBe(Number.POSITIVE_INFINITY)
    expect(knob('attemptLimitMs', LOOPBACK, { KEYLESS_SWA_HTTP_TIMEOUT_MS: '5' })).toBe(100)
    expect(
      knob('attemptLimitMs', 'https://login.microsoftonline.com/x', {
        KEYLESS_SWA_HTTP_TIMEOUT_MS: '500'
      })
    ).toBe(Number.POSITIVE_INFINITY)
  })

  test('the retry policy keeps the production backoff for real hosts', () => {
    const saved = process.env.KEYLESS_SWA_RETRY_BASE_MS
    process.env.KEYLESS_SWA_RETRY_BASE_MS = '1'
    try {
      expect(defaultRetryPolicy('https://management.azure.com/').baseDelayMs).toBe(1000)
      expect(defaultRetryPolicy(LOOPBACK).baseDelayMs).toBe(1)
      expect(defaultRetryPolicy(LOOPBACK).attempts).toBe(5)
    } finally {
      if (saved === undefined) delete process.env.KEYLESS_SWA_RETRY_BASE_MS
      else process.env.KEYLESS_SWA_RETRY_BASE_MS = saved
    }
  })
})

test.each([
  ['https://127.0.0.1/', true],
  ['https://127.12.0.9:1/', true],
  ['https://[::1]/', true],
  ['https://128.0.0.1/', false],
  ['https://127.0.0.1.nip.io/', false],
  ['https://localhost/', false],
  ['not a url', false]
])('isLoopback(%s) is %s', (url, expected) => {
  expect(isLoopback(url)).toBe(expected)
})
