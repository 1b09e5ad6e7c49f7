// `npm run demo` (scripts/demo.ts) as a new user runs it, twice if they like: whether it deploys,
// fails or is stopped with Ctrl-C, it leaves nothing in the temporary folder (its run's folder
// and the emulator's are removed when it ends).
import { describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../../emulator/runner.js'

interface DemoEnd {
  code: number | null
  stdout: string
  stderr: string
  /** What the demo left in its temporary folder. */
  left: string[]
}

/**
 * Starts the demo with a temporary folder of its own (tsx's compile cache off, which is tsx's and
 * reused by every run); `interrupt` sends SIGINT to its process group, as Ctrl-C in a terminal
 * does, once stdout matches `when`.
 */
async function runDemo(args: string[], interrupt?: { when: RegExp }): Promise<DemoEnd> {
  const temp = mkdtempSync(path.join(tmpdir(), 'demo-temp-'))
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp, TSX_DISABLE_CACHE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: interrupt !== undefined
  })
  let stdout = ''
  let sent = false
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    if (interrupt && !sent && interrupt.when.test(stdout)) {
      sent = true
      process.kill(-child.pid!, 'SIGINT')
    }
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const timeout = setTimeout(() => child.kill('SIGKILL'), 100_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timeout)
  return { code, stdout, stderr, left: readdirSync(temp) }
}

describe('npm run demo leaves nothing behind', () => {
  test('--once: deployed, then its run and emulator folders are removed', async () => {
    const demo = await runDemo(['--once'])
    expect(demo.stdout).toContain('Deployed. Open https://127.0.0.1:')
    expect(demo.code).toBe(0)
    expect(demo.left).toEqual([])
  })

  // A process group and a signal to it are POSIX's; Windows' Ctrl+C is a console event.
  const posix = process.platform === 'win32' ? test.skip : test

  posix('Ctrl-C while the site stays up: the demo ends and removes both folders', async () => {
    const demo = await runDemo([], { when: /The site stays up until Ctrl-C\./ })
    expect(demo.code).toBe(0)
    expect(demo.left).toEqual([])
  })

  posix(
    'Ctrl-C during the deploy: the action is cancelled, the demo fails and removes both',
    async () => {
      const demo = await runDemo([], { when: /GitHub OIDC token claims/ })
      expect(demo.left).toEqual([])
      expect(demo.stdout).toContain('Received SIGINT: cancelling the deployment.')
      expect(demo.stderr).toContain('The action failed (exit code 1).')
      expect(demo.code).toBe(1)
    }
  )
})
