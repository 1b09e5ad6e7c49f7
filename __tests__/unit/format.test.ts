// The figures users read in errors, the log and the summary: grouped the way the en-US locale
// groups them, without loading ICU for it.
import { expect, test } from '@jest/globals'
import { counted, endSentence, formatBytes, formatCount, formatSeconds } from '../../src/format.js'

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

// Every message that counts something says 1 file, 2 files: one helper, one rule.
test.each([
  [0, 'file', '0 files'],
  [1, 'file', '1 file'],
  [2, 'file', '2 files'],
  [1, 'byte', '1 byte'],
  [12_345, 'byte', '12,345 bytes'],
  [-1, 'day', '-1 days']
])('counted(%d, %s) is %s', (count, singular, expected) => {
  expect(counted(count, singular)).toBe(expected)
})

test('counted takes an irregular plural, and a phrase whose verb agrees', () => {
  expect(counted(1, 'entry', 'entries')).toBe('1 entry')
  expect(counted(3, 'entry', 'entries')).toBe('3 entries')
  expect(counted(1, 'job presents', 'jobs present')).toBe('1 job presents')
  expect(counted(2, 'job presents', 'jobs present')).toBe('2 jobs present')
})

test("endSentence: another's text ends with one period, its own never doubled", () => {
  expect(endSentence('Either not a zip file, or file is truncated.')).toBe(
    'Either not a zip file, or file is truncated.'
  )
  expect(endSentence('connect ECONNREFUSED 127.0.0.1:9')).toBe('connect ECONNREFUSED 127.0.0.1:9.')
  expect(endSentence('Is it there? ')).toBe('Is it there?')
  expect(endSentence('cut at the limit…')).toBe('cut at the limit…')
})
