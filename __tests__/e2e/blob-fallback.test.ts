// The blob upload, both ways, through dist/index.js and byte for byte: blocks when the SAS takes
// them, and one Put Blob with Content-Length (the shape every public client uses) when it refuses
// them. The archive spooled for the Put Blob lives in RUNNER_TEMP and is gone on every path.
import { describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { ContentBehaviour } from '../../emulator/content/types.js'
import type { Emulator } from '../../emulator/index.js'
import { listFiles } from '../../emulator/runner.js'
import type { RecordedRequest } from '../../emulator/server.js'
import {
  deployBaseline,
  deployedDigests,
  folderDigests,
  requestsTo,
  runCounted,
  SMALL_SITE,
  succeeded,
  writeTree
} from '../support/deploy.js'
import {
  errorLines,
  expectEndedBySignal,
  KILL_RUNS_HANDLERS,
  useTestEmulator
} from '../support/e2e.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

/** Blob PUTs by kind: Put Block, Put Block List, and Put Blob (no `comp`). */
function blobPuts(requests: RecordedRequest[]): Record<'block' | 'blocklist' | 'blob', number[]> {
  const puts = { block: [] as number[], blocklist: [] as number[], blob: [] as number[] }
  for (const request of requestsTo(requests, 'blob')) {
    if (request.method !== 'PUT') continue
    const comp = new URL(request.url, 'https://blob.invalid').searchParams.get('comp')
    const kind = comp === 'block' || comp === 'blocklist' ? comp : 'blob'
    puts[kind].push(request.status)
  }
  return puts
}

/** Matches a Put Blob: a blob PUT whose query has no `comp`. */
const PUT_BLOB = /^(?!(.*&)?comp=)/

// Random bytes do not compress: about 9 MB of archive, two 8 MiB blocks on the fast path.
const LARGE_SITE = { ...SMALL_SITE, 'media/video.bin': randomBytes(9 * 1000 * 1000) }

describe('a SAS that takes blocks', () => {
  test('gets the archive in blocks, and the deployed bytes equal the source', async () => {
    const counted = await runCounted(emulator, {
      prepareWorkspace: (workspace) => writeTree(path.join(workspace, 'dist'), LARGE_SITE)
    })
    expect(counted.run.exitCode).toBe(0)
    const dist = path.join(counted.run.workspace, 'dist')
    expect(deployedDigests(succeeded(counted))).toEqual(folderDigests(dist))
    expect(blobPuts(counted.requests)).toEqual({
      block: [201, 201],
      blocklist: [201],
      blob: []
    })
    expect(listFiles(counted.run.runnerTemp)).toEqual([])
  })
})

describe('a SAS that refuses blocks', () => {
  test.each([
    { mode: 'refused-403', status: 403, code: 'AuthorizationPermissionMismatch' },
    { mode: 'refused-400', status: 400, code: 'InvalidQueryParameterValue' },
    { mode: 'refused-405', status: 405, code: 'UnsupportedHttpVerb' }
  ] satisfies { mode: ContentBehaviour['blockUploads']; status: number; code: string }[])(
    '$mode: the same archive goes up as one Put Blob, byte for byte, and RUNNER_TEMP is left empty',
    async ({ mode, status, code }) => {
      emulator.content!.behaviour.blockUploads = mode
      const counted = await runCounted(emulator, {
        prepareWorkspace: (workspace) => writeTree(path.join(workspace, 'dist'), LARGE_SITE)
      })
      const { run } = counted
      expect(errorLines(run)).toBe('')
      expect(run.exitCode).toBe(0)
      const dist = path.join(run.workspace, 'dist')
      expect(deployedDigests(succeeded(counted))).toEqual(folderDigests(dist))
      const puts = blobPuts(counted.requests)
      // Refused at once, not retried: the blocks in flight are refused too, then one Put Blob.
      expect(puts.block.length).toBeGreaterThanOrEqual(1)
      expect(puts.block.every((answer) => answer === status)).toBe(true)
      expect(puts.blocklist).toEqual([])
      expect(puts.blob).toEqual([201])
      expect(run.stdout).toContain(`The upload URL refuses blocks (HTTP ${status} ${code}`)
      expect(run.stdout).toMatch(/Uploaded 8\.\d MiB archive as one Put Blob\./)
      expect(listFiles(run.runnerTemp)).toEqual([])
    }
  )

  test('a refused block list (blocks taken, commit refused) also falls back', async () => {
    emulator.host.addFault({
      service: 'blob',
      method: 'PUT',
      query: /(^|&)comp=blocklist(&|$)/,
      kind: 'status',
      status: 405,
      times: 1
    })
    const counted = await runCounted(emulator)
    expect(counted.run.exitCode).toBe(0)
    expect(deployedDigests(succeeded(counted))).toEqual(
      folderDigests(path.join(counted.run.workspace, 'dist'))
    )
    expect(blobPuts(counted.requests)).toMatchObject({ blocklist: [405], blob: [201] })
  })

  test('an expired signature (403 AuthenticationFailed) is no cue to fall back', async () => {
    emulator.host.addFault({
      service: 'blob',
      method: 'PUT',
      query: /(^|&)comp=block(&|$)/,
      kind: 'status',
      status: 403,
      contentType: 'application/xml',
      body: '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Signed expiry time has to be after signed start time</Message></Error>',
      times: Infinity
    })
    const counted = await runCounted(emulator)
    expect(counted.run.exitCode).toBe(1)
    expect(errorLines(counted.run)).toContain('AuthenticationFailed')
    expect(blobPuts(counted.requests).blob).toEqual([])
  })

  test('a Put Blob that keeps failing fails the run, and the spooled archive is deleted', async () => {
    emulator.content!.behaviour.blockUploads = 'refused-403'
    emulator.host.addFault({
      service: 'blob',
      method: 'PUT',
      query: PUT_BLOB,
      kind: 'status',
      status: 500,
      times: Infinity
    })
    const counted = await runCounted(emulator)
    expect(counted.run.exitCode).toBe(1)
    expect(errorLines(counted.run)).toMatch(/Blob upload \(Put Blob\) failed: HTTP 500 after 5/)
    expect(blobPuts(counted.requests).blob).toEqual([500, 500, 500, 500, 500])
    expect(counted.run.outputs.outcome).toBe('failed')
    expect(listFiles(counted.run.runnerTemp)).toEqual([])
  })

  test('a job cancelled during the Put Blob stops promptly, and the spooled archive is deleted', async () => {
    emulator.content!.behaviour.blockUploads = 'refused-403'
    emulator.host.addFault({
      service: 'blob',
      method: 'PUT',
      query: PUT_BLOB,
      kind: 'hang',
      times: Infinity
    })
    const counted = await runCounted(emulator, {
      interrupt: { signal: 'SIGINT', when: /as one Put Blob\./ }
    })
    const { run } = counted
    expect(run.interruptedAtMs).toBeDefined()
    expectEndedBySignal(run, 'SIGINT')
    expect(run.durationMs - run.interruptedAtMs!).toBeLessThan(5000)
    if (KILL_RUNS_HANDLERS) {
      expect(errorLines(run)).toMatch(/cancelled/i)
      // A process ended outright (Windows) cannot delete its spool; the runner's cleanup does.
      expect(listFiles(run.runnerTemp)).toEqual([])
    }
  })
})
