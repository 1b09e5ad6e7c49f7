// What `npm run emulator` prints for the setup command, run as printed: a user pastes the `az login`
// lines, then, "from a clone of octo-org/octo-site", the setup line (with --check added, so that
// nothing is written). The lines are POSIX shell (export, $(mktemp -d)), as the guide says.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import type { Emulator } from '../../emulator/index.js'
import { setupGuide } from '../../emulator/setup-guide.js'
import { startTestEmulator } from '../support/e2e.js'
import { SetupClone } from '../support/setup.js'

// az login and setup each start the real Azure CLI: seconds on a loaded machine.
jest.setTimeout(180_000)

let emulator: Emulator
let clone: SetupClone

beforeAll(async () => {
  emulator = await startTestEmulator()
  clone = new SetupClone(emulator)
})

afterAll(async () => {
  clone?.dispose()
  await emulator?.stop()
})

/** The guide's command lines as one script: comments and prose dropped, continuations joined. */
function scriptOf(lines: string[]): string {
  return lines
    .filter((line) => line.startsWith('  ') && !line.trimStart().startsWith('#'))
    .map((line) => line.trim())
    .join('\n')
    .replace(/\\\n/g, ' ')
}

describe('the setup lines npm run emulator prints', () => {
  const posix = process.platform === 'win32' ? test.skip : test
  posix('work when pasted into a shell in a clone of the site repository', async () => {
    const script = `${scriptOf(setupGuide(emulator))} --check`
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        'bash',
        ['-ec', script],
        // A user's shell: PATH and HOME, nothing of the test's environment.
        { cwd: clone.dir, env: { PATH: process.env.PATH, HOME: clone.dir }, timeout: 150_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
      )
    })
    expect(run.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/)
    expect(run.stdout).toContain('Signed in through Azure CLI')
    // The default world has the site and no registration of setup's name: the check finds it missing.
    expect(run.stdout).toContain(
      "No app registration 'github-octo-org-octo-site-swa-deploy': no job can sign in"
    )
    expect(run.code).toBe(1)
  })
})
