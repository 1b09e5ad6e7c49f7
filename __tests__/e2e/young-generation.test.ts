// The action keeps V8's young generation at its first size (issue 26): under the archive's churn
// it used to grow to 3 x 16 MiB, tens of MB of peak RSS that scale with nothing useful. Observed
// from outside the action's code: a probe loaded with NODE_OPTIONS reads the heap's spaces.
import { expect, test } from '@jest/globals'
import { createCipheriv, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Emulator } from '../../emulator/index.js'
import { deployBaseline, runCounted, SMALL_SITE, succeeded, writeTree } from '../support/deploy.js'
import { supportFile, useTestEmulator } from '../support/e2e.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

const PROBE = supportFile('heap-probe.mjs')
const MiB = 1024 * 1024

/** 600 text files of ~40 KB (24 MB that deflate): thousands of buffers through the main thread. */
function churningSite(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = { ...SMALL_SITE }
  const cipher = createCipheriv('aes-256-ctr', randomBytes(32), Buffer.alloc(16))
  for (let index = 0; index < 600; index++) {
    const words = cipher.update(Buffer.alloc(10_000)).toString('hex')
    files[`pages/page${index}.html`] = `<p>${words.replace(/(.{7})/g, '$1 ')}</p>\n`
  }
  return files
}

test('the young generation stays at its first size while the archive is packaged and uploaded', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'swa-heap-'))
  const out = path.join(folder, 'probe.json')
  try {
    const counted = await runCounted(emulator, {
      prepareWorkspace: (workspace) => writeTree(path.join(workspace, 'dist'), churningSite()),
      env: { NODE_OPTIONS: `--import=${pathToFileURL(PROBE).href}`, HEAP_PROBE_OUT: out }
    })
    expect(counted.run.exitCode).toBe(0)
    succeeded(counted)
    const { newSpaceBytes } = JSON.parse(readFileSync(out, 'utf8')) as { newSpaceBytes: number }
    // Node 24's first young generation is a few MiB; grown, it reaches 3 x 16 MiB.
    expect(newSpaceBytes).toBeLessThanOrEqual(4 * MiB)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
