// Cancellation stops the work in flight, not only the waiting, through dist/index.js: a signal
// that arrives while a request hangs closes that request at once, nothing further is sent, and
// the run ends with one `::error::` line naming what was interrupted. (SIGBREAK, the runner's
// Ctrl+Break on Windows, cannot be sent on Linux; the unit tests emit it.)
import { describe, expect, test } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import type { Emulator } from '../../emulator/index.js'
import type { RecordedRequest } from '../../emulator/server.js'
import { addEnvironment } from '../../emulator/world.js'
import { defaultSite, deployBaseline, runCounted, type CountedRun } from '../support/deploy.js'
import {
  errorLines,
  expectEndedBySignal,
  KILL_RUNS_HANDLERS,
  useTestEmulator,
  type E2eRunOptions
} from '../support/e2e.js'
import { requestsOf } from '../support/identity.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

/**
 * Runs the action and sends it `signal` as soon as the emulator holds a request matching
 * `reached`; returns the run and how long the action took to end after the signal.
 */
async function runInterrupted(
  reached: (request: RecordedRequest) => boolean,
  signal: NodeJS.Signals,
  options: E2eRunOptions = {}
): Promise<CountedRun & { sentAt: number; endedAfterMs: number }> {
  let sentAt = 0
  const onSpawn = (child: ChildProcess): void => {
    const from = emulator.host.requests.length
    const timer = setInterval(() => {
      if (!emulator.host.requests.slice(from).some(reached)) return
      clearInterval(timer)
      sentAt = Date.now()
      child.kill(signal)
    }, 10)
    child.on('close', () => clearInterval(timer))
  }
  const started = Date.now()
  const counted = await runCounted(emulator, { ...options, onSpawn })
  expect(sentAt).toBeGreaterThan(0)
  expectEndedBySignal(counted.run, signal)
  return { ...counted, sentAt, endedAfterMs: started + counted.run.durationMs - sentAt }
}

/** The run's last stdout line, which must be the error. */
function lastLine(stdout: string): string {
  return stdout.trimEnd().split('\n').at(-1) ?? ''
}

/**
 * The action exits by force 7 s after a signal (src/cancel.ts) and a hung request here has no
 * limit: ending well before that means the signal itself stopped the work, on a loaded machine too.
 */
const ENDS_BY_ITSELF_MS = 5000

const isListSecrets = (request: RecordedRequest): boolean =>
  request.service === 'arm' && /\/listSecrets(\?|$)/i.test(request.url)

describe('a signal while a request is in flight', () => {
  test('SIGINT during ARM listSecrets closes that request and ends with the error line', async () => {
    emulator.host.addFault({
      service: 'arm',
      method: 'POST',
      path: /\/listSecrets$/i,
      kind: 'hang',
      times: Infinity
    })
    const { run, requests, sentAt, endedAfterMs } = await runInterrupted(isListSecrets, 'SIGINT')
    expect(endedAfterMs).toBeLessThan(ENDS_BY_ITSELF_MS)
    // The one request, closed unfinished by the action after the signal, and never sent again.
    const calls = requestsOf(requests, 'ARM listSecrets')
    expect(calls).toHaveLength(1)
    expect(calls[0]!.closedUnfinishedAt).toBeGreaterThanOrEqual(sentAt)
    if (KILL_RUNS_HANDLERS) {
      expect(lastLine(run.stdout)).toMatch(
        /^::error::Cancelled \(SIGINT\) during ARM listSecrets; nothing further was sent\.%0ASee \S+troubleshooting\.md#cancelled$/
      )
    }
    expect(requests.filter((request) => request.service === 'content')).toEqual([])
  })

  test('SIGTERM during the blob upload stops the blocks in flight; nothing is committed', async () => {
    emulator.host.addFault({
      service: 'blob',
      method: 'PUT',
      query: /(^|&)comp=block(&|$)/,
      kind: 'hang',
      times: Infinity
    })
    const { run, requests, sentAt, endedAfterMs } = await runInterrupted(
      (request) => request.service === 'blob' && /comp=block(&|$)/.test(request.url),
      'SIGTERM'
    )
    expect(endedAfterMs).toBeLessThan(ENDS_BY_ITSELF_MS)
    const blocks = requests.filter((request) => /comp=block(&|$)/.test(request.url))
    expect(blocks.length).toBeGreaterThan(0)
    for (const block of blocks) expect(block.closedUnfinishedAt).toBeGreaterThanOrEqual(sentAt)
    expect(requests.filter((request) => /comp=blocklist/.test(request.url))).toEqual([])
    expect(
      requests.filter((request) => request.url.startsWith('/api/upload/updatestatus'))
    ).toEqual([])
    if (KILL_RUNS_HANDLERS) {
      expect(lastLine(run.stdout)).toMatch(
        /^::error::Cancelled \(SIGTERM\) during Blob upload; nothing further was sent\./
      )
    }
  })

  test("SIGINT while close waits for ARM's deletion stops the poller", async () => {
    addEnvironment(defaultSite(emulator), 'staging')
    const polls = emulator.world.armOperationPolls
    emulator.world.armOperationPolls = 1_000_000
    try {
      const { run, endedAfterMs } = await runInterrupted(
        (request) => request.service === 'arm' && /\/operations/.test(request.url),
        'SIGINT',
        {
          inputs: { action: 'close', 'deployment-environment': 'staging' },
          prepareWorkspace: () => {}
        }
      )
      expect(endedAfterMs).toBeLessThan(ENDS_BY_ITSELF_MS)
      if (KILL_RUNS_HANDLERS) {
        expect(errorLines(run)).toContain(
          'Cancelled (SIGINT) during ARM delete environment; nothing further was sent.'
        )
        expect(lastLine(run.stdout)).toMatch(/^::error::Cancelled \(SIGINT\)/)
      }
    } finally {
      emulator.world.armOperationPolls = polls
    }
  })
})
