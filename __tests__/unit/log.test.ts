// The one path every log line and error takes: secrets replaced before any cut, control
// characters escaped, another program's lines never read as workflow commands, the failure line
// free of stacks; cancellation by any of the runner's signals (SIGBREAK included, which Linux
// cannot send); links to the action's own docs.
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { cancelOnSignals, CancelledError } from '../../src/cancel.js'
import { ActionError, troubleshootingUrl } from '../../src/errors.js'
import { printable } from '../../src/format.js'
import { describeBody } from '../../src/http/transport.js'
import { fail, info, relayed } from '../../src/log.js'
import { forgetSecrets, registerSecret } from '../../src/secrets.js'

const SECRET = 'q9X2mK7vR4tL8wZ1nB6cY3hJ5pD0sF'
let written: string[]

beforeEach(() => {
  written = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk))
    return true
  })
  registerSecret(SECRET)
  // Only what the test itself prints, not the mask line.
  written = []
})
afterEach(() => {
  jest.restoreAllMocks()
  forgetSecrets()
  process.exitCode = undefined
})

describe('the printable filter', () => {
  test('no cut leaves any part of a secret, wherever the cut falls', () => {
    for (let before = 0; before < 40; before++) {
      for (const limit of [10, 20, 25, 30, 45]) {
        const shown = printable(`${'a'.repeat(before)}${SECRET}${'b'.repeat(10)}`, limit)
        for (let length = 4; length <= SECRET.length; length++) {
          expect(shown).not.toContain(SECRET.slice(0, length))
          expect(shown).not.toContain(SECRET.slice(-length))
        }
      }
    }
  })

  test('a reply excerpt redacts before it cuts at 200 characters', () => {
    const body = `${'x'.repeat(195)}${SECRET}`
    expect(describeBody(body)).toBe(`${'x'.repeat(195)}***`)
    expect(describeBody(`${'x'.repeat(199)} ${SECRET}`)).toBe(`${'x'.repeat(199)} …`)
  })

  test('control characters are shown escaped, so a newline cannot start a workflow command', () => {
    expect(printable('ok\n::error::forged\r\u001b[31m')).toBe(
      'ok\\u000a::error::forged\\u000d\\u001b[31m'
    )
  })
})

describe('log lines', () => {
  test('info writes one line, redacted and escaped', () => {
    info(`status: Ready\n::add-mask::${SECRET}`)
    expect(written).toEqual(['status: Ready\\u000a::add-mask::***\n'])
  })

  test('fail keeps its own lines, filters each, and prints no stack', () => {
    const error = new ActionError(`ARM said: bad ${SECRET}\u0007`, { fix: 'Do the thing.' })
    fail(error)
    const line = written.join('')
    expect(line.startsWith('::error::ARM said: bad ***\\u0007%0AFix: Do the thing.')).toBe(true)
    expect(line).not.toContain(SECRET)
    expect(line).not.toMatch(/\bat /)
    expect(process.exitCode).toBe(1)
  })

  test("another program's line is shown as it is, redacted", () => {
    relayed(`Uploading with ${SECRET}`)
    expect(written).toEqual(['Uploading with ***\n'])
  })

  test.each(['::set-output name=url::https://evil', '  ::add-mask::x', 'text ##[error]boom'])(
    "another program's %j is shown between stop-commands markers, so the runner reads it as text",
    (line) => {
      relayed(line)
      const lines = written.join('').split('\n')
      const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(lines[0]!)?.[1]
      expect(token).toBeDefined()
      expect(lines.slice(1, 3)).toEqual([line, `::${token}::`])
    }
  )
})

describe('cancelOnSignals', () => {
  test.each(['SIGINT', 'SIGTERM', 'SIGBREAK'] as const)(
    '%s aborts the signal with an error naming it and the stage',
    (name) => {
      const cancellation = cancelOnSignals()
      try {
        cancellation.enter('Read deployment token')
        process.emit(name, name)
        expect(cancellation.signal.aborted).toBe(true)
        expect(written.join('')).toContain(`Received ${name}: cancelling the deployment.`)
        const error = new CancelledError(name, 'ARM listSecrets')
        expect(error.describe()).toMatch(
          new RegExp(
            `^Cancelled \\(${name}\\) during ARM listSecrets; nothing further was sent\\.\\nSee \\S+#cancelled$`
          )
        )
      } finally {
        cancellation.dispose()
      }
      expect(process.listenerCount(name)).toBe(0)
    }
  )
})

describe('troubleshootingUrl', () => {
  test.each<[string, NodeJS.ProcessEnv, string]>([
    [
      'the action repository and ref',
      { GITHUB_ACTION_REPOSITORY: 'acme/swa', GITHUB_ACTION_REF: 'v2.0.1' },
      'https://github.com/acme/swa/blob/v2.0.1/docs/troubleshooting.md'
    ],
    [
      'a commit SHA on GitHub Enterprise Server',
      {
        GITHUB_ACTION_REPOSITORY: 'ops/swa',
        GITHUB_ACTION_REF: '0123456789abcdef0123456789abcdef01234567',
        GITHUB_SERVER_URL: 'https://ghes.example.com/'
      },
      'https://ghes.example.com/ops/swa/blob/0123456789abcdef0123456789abcdef01234567/docs/troubleshooting.md'
    ],
    [
      'nothing set',
      {},
      'https://github.com/org/keyless-swa-deploy/blob/v1/docs/troubleshooting.md'
    ],
    [
      'a ref that climbs',
      { GITHUB_ACTION_REPOSITORY: 'acme/swa', GITHUB_ACTION_REF: '../../evil' },
      'https://github.com/org/keyless-swa-deploy/blob/v1/docs/troubleshooting.md'
    ],
    [
      'a server URL that is not https',
      {
        GITHUB_ACTION_REPOSITORY: 'acme/swa',
        GITHUB_ACTION_REF: 'v1',
        GITHUB_SERVER_URL: 'javascript:x'
      },
      'https://github.com/acme/swa/blob/v1/docs/troubleshooting.md'
    ]
  ])('%s', (_name, env, expected) => {
    expect(troubleshootingUrl(env)).toBe(expected)
  })
})
