// The Put Blob fallback packages the site once (issue 26): when the first block is refused the
// bytes already packaged go to the spool file and the same packaging carries on into it. Observed
// from outside the action's code: a probe loaded with NODE_OPTIONS (in the workers too) notes every
// file opened, and the fallback run opens each site file as often as a run whose blocks are taken.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createCipheriv, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { listFiles } from '../../emulator/runner.js'
import {
  deployBaseline,
  deployedDigests,
  folderDigests,
  runCounted,
  SMALL_SITE,
  succeeded,
  uploadShape,
  writeTree,
  type CountedRun
} from '../support/deploy.js'
import {
  errorLines,
  expectEndedBySignal,
  KILL_RUNS_HANDLERS,
  supportFile,
  useTestEmulator
} from '../support/e2e.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

const PROBE = supportFile('open-probe.cjs')

/**
 * ~9 MB of noise in one large file (streamed, two 8 MiB blocks: the first is refused while the
 * site is still packaging) and ~6 MB of text in 80 small files (read on the worker threads).
 */
function site(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {
    ...SMALL_SITE,
    'media/video.bin': randomBytes(9 * 1000 * 1000)
  }
  const cipher = createCipheriv('aes-256-ctr', randomBytes(32), Buffer.alloc(16))
  for (let index = 0; index < 80; index++) {
    const words = cipher.update(Buffer.alloc(37_000)).toString('hex')
    files[`pages/page${index}.html`] = `<p>${words.replace(/(.{7})/g, '$1 ')}</p>\n`
  }
  return files
}

let folder: string
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'swa-opens-'))
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** A deploy of `files` with the probe: the run, and how often each site file was opened. */
async function deployCountingOpens(
  files: Record<string, string | Buffer>,
  name: string
): Promise<{ counted: CountedRun; opens: Map<string, number> }> {
  const out = path.join(folder, `${name}.txt`)
  const counted = await runCounted(emulator, {
    prepareWorkspace: (workspace) => writeTree(path.join(workspace, 'dist'), files),
    // Quoted for spaces; forward slashes, as NODE_OPTIONS reads a backslash in quotes as an escape.
    env: { NODE_OPTIONS: `--require "${PROBE.replaceAll('\\', '/')}"`, OPEN_PROBE_OUT: out }
  })
  const dist = path.join(counted.run.workspace, 'dist')
  const opens = new Map<string, number>()
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    const relative = path.relative(dist, path.resolve(counted.run.workspace, line))
    if (line === '' || relative.startsWith('..') || path.isAbsolute(relative)) continue
    const key = relative.split(path.sep).join('/')
    opens.set(key, (opens.get(key) ?? 0) + 1)
  }
  return { counted, opens }
}

test('blocks refused: the archive goes up as one Put Blob, and each site file is opened as often as when blocks are taken', async () => {
  const files = site()
  const taken = await deployCountingOpens(files, 'blocks')
  expect(taken.counted.run.exitCode).toBe(0)
  expect(uploadShape(taken.counted.requests)).toBe('blocks')

  emulator.content!.behaviour.blockUploads = 'refused-403'
  const refused = await deployCountingOpens(files, 'refused')
  const { run } = refused.counted
  expect(errorLines(run)).toBe('')
  expect(run.exitCode).toBe(0)
  expect(uploadShape(refused.counted.requests)).toBe('put-blob')
  expect(run.stdout).toContain('The upload URL refuses blocks (HTTP 403')
  expect(deployedDigests(succeeded(refused.counted))).toEqual(
    folderDigests(path.join(run.workspace, 'dist'))
  )
  expect(listFiles(run.runnerTemp)).toEqual([])

  // The probe saw every file: the count below cannot pass by seeing nothing.
  expect([...taken.opens.keys()].sort()).toEqual(Object.keys(files).sort())
  // A second packaging pass opens every file once more.
  expect(Object.fromEntries(refused.opens)).toEqual(Object.fromEntries(taken.opens))
})

test('a job cancelled while the packaging carries on into the spool stops promptly, and the spool is deleted', async () => {
  emulator.content!.behaviour.blockUploads = 'refused-403'
  // Should the packaging end before the signal, the Put Blob hangs: the run can only be cancelled.
  emulator.host.addFault({
    service: 'blob',
    method: 'PUT',
    query: /^(?!(.*&)?comp=)/,
    kind: 'hang',
    times: Infinity
  })
  const files: Record<string, Buffer> = {}
  for (let index = 0; index < 4; index++) files[`media/clip${index}.bin`] = randomBytes(8_000_000)
  const counted = await runCounted(emulator, {
    prepareWorkspace: (workspace) => writeTree(path.join(workspace, 'dist'), files),
    interrupt: { signal: 'SIGINT', when: /The upload URL refuses blocks/ }
  })
  const { run } = counted
  expect(run.interruptedAtMs).toBeDefined()
  expectEndedBySignal(run, 'SIGINT')
  expect(run.durationMs - run.interruptedAtMs!).toBeLessThan(5000)
  // Asked for an upload URL, never reported an upload.
  expect(counted.deployments.map((record) => record.status)).toEqual(['WaitingForUpload'])
  if (KILL_RUNS_HANDLERS) {
    expect(errorLines(run)).toMatch(/cancelled/i)
    expect(listFiles(run.runnerTemp)).toEqual([])
  }
})
