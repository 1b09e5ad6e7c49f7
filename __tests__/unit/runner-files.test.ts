// The test harness reads the action's GITHUB_OUTPUT and stdout as the runner does on each OS:
// @actions/core ends every line with os.EOL, which is CRLF on Windows.
import { describe, expect, test } from '@jest/globals'
import { asRunnerReadsIt, parseOutputFile } from '../../emulator/runner.js'

/** GITHUB_OUTPUT as @actions/core's setOutput writes it (file-command.js), with this line ending. */
function outputFile(eol: string, outputs: Record<string, string>): string {
  return Object.entries(outputs)
    .map(([name, value]) => `${name}<<ghadelimiter_1${eol}${value}${eol}ghadelimiter_1${eol}`)
    .join('')
}

describe.each([
  ['LF (Linux, macOS)', '\n'],
  ['CRLF (Windows)', '\r\n']
])('GITHUB_OUTPUT with %s line endings', (_name, eol) => {
  test('every output comes back whole, without a stray carriage return', () => {
    const outputs = { url: 'https://a.example', 'file-count': '3', outcome: 'deployed' }
    expect(parseOutputFile(outputFile(eol, outputs))).toEqual(outputs)
  })

  test('a multi-line value keeps its lines', () => {
    expect(parseOutputFile(outputFile(eol, { notes: `one${eol}two` }))).toEqual({
      notes: 'one\ntwo'
    })
  })
})

test('stdout written with CRLF reads as the LF lines the runner sees', () => {
  expect(asRunnerReadsIt('::add-mask::abc\r\nDeployed.\r\n').split('\n')).toEqual([
    '::add-mask::abc',
    'Deployed.',
    ''
  ])
})
