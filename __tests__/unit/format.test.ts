// The figures users read in errors, the log and the summary: grouped the way the en-US locale
// groups them, without loading ICU for it.
import { expect, test } from '@jest/globals'
import { formatBytes, formatCount, formatSeconds } from '../../src/format.js'

test.each([0, 7, 999, 1000, 15_000, 20_480, 104_857_600, 1_234_567_890, -42_000])(
  'formatCount(%d) groups digits as en-US does',
  (count) => {
    expect(formatCount(count)).toBe(count.toLocaleString('en-US'))
  }
)

test('formatBytes and formatSeconds round to one decimal', () => {
  expect(formatBytes(512)).toBe('512 B')
  expect(formatBytes(1536)).toBe('1.5 KiB')
  expect(formatBytes(63.8 * 1024 * 1024)).toBe('63.8 MiB')
  expect(formatSeconds(1500)).toBe('1.5 s')
  expect(formatSeconds(60_000)).toBe('60 s')
})
