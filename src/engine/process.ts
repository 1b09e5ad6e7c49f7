// Runs StaticSitesClient once and waits for it to end: no arguments and no shell (the token
// is in its environment), its output relayed as it comes, the runner's cancellation forwarded,
// a limit on the whole run, and never a client left running after the action.
import { spawn } from 'node:child_process'
import { ActionError } from '../errors.js'
import { Interruption } from '../cancel.js'
import { printable } from '../format.js'
import type { ClientOutput } from './output.js'

export interface ClientProcess {
  /** Absolute path of the verified executable. */
  path: string
  env: NodeJS.ProcessEnv
  /** A folder of its own: the client leaves its zips in its working folder. */
  cwd: string
  /** The run's cancellation. */
  signal: AbortSignal
  /** The OS whose rules stop the client (a test passes another). */
  platform?: NodeJS.Platform
  /** How long a signalled client may take to stop (a test passes a shorter one). */
  stopGraceMs?: number
  /** Longest the whole run may take. */
  limitMs: number
  output: ClientOutput
}

export type ClientEnd =
  | { kind: 'exited'; code: number | null; signalName: NodeJS.Signals | null }
  /** Stopped at `limitMs`. */
  | { kind: 'timed-out' }
  /** Stopped because the run was cancelled; `signalName` is what it was sent. */
  | { kind: 'cancelled'; signalName: NodeJS.Signals }

/**
 * The runner's signal, as it can be passed on (POSIX). Windows has no signals between processes:
 * there kill() is TerminateProcess whatever the signal, and the runner cancels by a console event
 * (Ctrl+C, then Ctrl+Break) that the client receives itself, since it shares the action's console.
 */
const FORWARDED: Readonly<Record<string, NodeJS.Signals>> = {
  SIGINT: 'SIGINT',
  SIGTERM: 'SIGTERM',
  SIGBREAK: 'SIGTERM'
}
/** How long a signalled client may take to stop before it is killed. */
const STOP_GRACE_MS = 5_000
/** Signals Node raises on Windows for a console event, which reached the client too. */
const CONSOLE_EVENTS = new Set(['SIGINT', 'SIGBREAK'])

/**
 * Whether the client already has the cancellation: on Windows a console event reaches every
 * process on the console, so the action waits the grace before TerminateProcess instead of
 * ending the client first. Everywhere else the action passes the signal on itself.
 */
function clientHeardCancellation(platform: NodeJS.Platform, signalName: string): boolean {
  return platform === 'win32' && CONSOLE_EVENTS.has(signalName)
}
/** After the client exits, how long its output streams may take to drain. */
const DRAIN_MS = 2_000

export function runClient(run: ClientProcess): Promise<ClientEnd> {
  return new Promise((resolve, reject) => {
    const child = spawn(run.path, [], {
      cwd: run.cwd,
      env: run.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Not hidden: windowsHide makes libuv pass CREATE_NO_WINDOW, a console of the client's own,
      // and the runner's Ctrl+C/Ctrl+Break would never reach it (nodejs/node#29837). On the
      // action's console it hears them; the action itself always has one on a runner (no window).
      windowsHide: false
    })
    let stopping: ClientEnd | undefined
    let killTimer: NodeJS.Timeout | undefined
    let drainTimer: NodeJS.Timeout | undefined
    const running = (): boolean => child.exitCode === null && child.signalCode === null
    const stop = (end: ClientEnd, signalName: NodeJS.Signals, alreadyHeard = false): void => {
      if (stopping !== undefined || !running()) return
      stopping = end
      if (!alreadyHeard) child.kill(signalName)
      killTimer = setTimeout(() => {
        if (running()) child.kill('SIGKILL')
      }, run.stopGraceMs ?? STOP_GRACE_MS)
    }
    const onAbort = (): void => {
      const reason: unknown = run.signal.reason
      const name = reason instanceof Interruption ? reason.signalName : 'SIGTERM'
      const forwarded = FORWARDED[name] ?? 'SIGTERM'
      const heard = clientHeardCancellation(run.platform ?? process.platform, name)
      stop({ kind: 'cancelled', signalName: forwarded }, forwarded, heard)
    }
    // Should the action exit by force (a second signal), the client goes with it.
    const onExit = (): void => {
      if (running()) child.kill('SIGKILL')
    }
    const limit = setTimeout(() => stop({ kind: 'timed-out' }, 'SIGTERM'), run.limitMs)
    let settled = false
    const settle = (end: ClientEnd | Error): void => {
      if (settled) return
      settled = true
      clearTimeout(limit)
      clearTimeout(killTimer)
      clearTimeout(drainTimer)
      run.signal.removeEventListener('abort', onAbort)
      process.off('exit', onExit)
      run.output.end()
      if (end instanceof Error) reject(end)
      else resolve(end)
    }

    process.on('exit', onExit)
    if (run.signal.aborted) onAbort()
    else run.signal.addEventListener('abort', onAbort, { once: true })
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => run.output.push('stdout', chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => run.output.push('stderr', chunk))
    child.on('error', (error: NodeJS.ErrnoException) => {
      // Only a failure to start ends the wait here; a failed kill() is not the client's end.
      if (child.pid !== undefined) return
      settle(
        new ActionError(
          `StaticSitesClient could not be started (${printable(error.code ?? error.message)}).`,
          {
            step: 'StaticSitesClient',
            doc: 'official-client-failed',
            fix: 'Check the runner can run x64 programs from RUNNER_TEMP, where its checked copy is started (not mounted noexec); engine: native needs no program.'
          }
        )
      )
    })
    child.on('exit', (code, signalName) => {
      const end = stopping ?? { kind: 'exited', code, signalName }
      // A grandchild holding the pipes open must not keep the action waiting.
      drainTimer = setTimeout(() => settle(end), DRAIN_MS)
      child.on('close', () => settle(end))
    })
  })
}
