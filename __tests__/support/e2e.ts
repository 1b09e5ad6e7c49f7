// End-to-end tests share this: one emulator per test file, and a run helper that starts
// `node dist/index.js` as the runner does and fails the test if any token leaked.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js'
import {
  copySampleSite,
  runAction,
  type ActionRun,
  type RunOptions
} from '../../emulator/runner.js'
import type { DeploymentRecord } from '../../emulator/content/types.js'
import type { RecordedRequest } from '../../emulator/server.js'
import { fileStates, findLeaks, type FileStates, type Leak, type OtherFolder } from './leaks.js'

export { errorLines } from '../../emulator/runner.js'

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return await startEmulator(options)
}

/**
 * One emulator for the test file: started before all tests, handed to `expose`, put back by
 * `baseline`'s restore function before each test, and stopped after all.
 */
export function useTestEmulator(
  baseline: (emulator: Emulator) => () => void,
  expose: (emulator: Emulator) => void
): void {
  let started: Emulator | undefined
  let restore = (): void => {}
  beforeAll(async () => {
    started = await startTestEmulator()
    restore = baseline(started)
    expose(started)
  })
  afterAll(async () => {
    await started?.stop()
  })
  beforeEach(() => restore())
}

/**
 * A run is killed after this long (jest.config.js's testTimeout is 120 s): a hung run ends, and
 * fails its test, before Jest gives up on the test and moves on to the next. Long enough for a
 * 20 MB deploy with a dropped block at a load of 16 on 2 cores (it took over 50 s there once).
 */
export const RUN_KILL_MS = 110_000

// Runs still going when their test ends (Jest timed the test out): killed before the next test,
// so none keeps using the file's shared emulator.
const running = new Set<ChildProcess>()
afterEach(() => {
  for (const child of running) child.kill('SIGKILL')
  running.clear()
})

export interface E2eRunOptions extends RunOptions {
  /** Route through the emulator's proxy with no endpoint overrides (public/sovereign clouds). */
  viaProxy?: boolean
}

/** Runs the action against the emulator and asserts that no issued secret leaked anywhere. */
export async function runAgainst(
  emulator: Emulator,
  options: E2eRunOptions = {}
): Promise<ActionRun> {
  const { run, leaks } = await runScanned(emulator, options)
  expect(leaks).toEqual([])
  return run
}

/**
 * Runs the action against the emulator and returns, with the run, where each issued secret leaked
 * (a test of the scan itself expects some; every other test goes through runAgainst).
 */
export async function runScanned(
  emulator: Emulator,
  options: E2eRunOptions = {}
): Promise<{ run: ActionRun; leaks: Leak[] }> {
  const { viaProxy, ...runOptions } = options
  const timeoutMs = runOptions.timeoutMs ?? RUN_KILL_MS
  if (timeoutMs > RUN_KILL_MS) {
    throw new Error(`timeoutMs ${timeoutMs} outlives the test (at most ${RUN_KILL_MS} ms)`)
  }
  let spawned: ChildProcess | undefined
  let inputs: FileStates | undefined
  const prepare = runOptions.prepareWorkspace ?? copySampleSite
  const emulatorEnv = {
    ...emulator.actionEnv({ viaProxy: viaProxy ?? false }),
    ...runOptions.emulatorEnv
  }
  const others = otherFolders({ ...emulatorEnv, ...runOptions.env })
  // What they hold before the run (a warm tool cache) is not scanned again if left unchanged.
  const before = others.flatMap(({ folder }) => [...fileStates(folder)])
  const run = await runAction({
    ...runOptions,
    // The workspace's state once prepared: what the run leaves unchanged of it is not scanned again.
    prepareWorkspace: (workspace) => {
      prepare(workspace)
      inputs = fileStates(workspace)
    },
    timeoutMs,
    emulatorEnv,
    onSpawn: (child) => {
      spawned = child
      running.add(child)
      runOptions.onSpawn?.(child)
    }
  }).finally(() => {
    if (spawned) running.delete(spawned)
  })
  const leaks = findLeaks(
    run,
    emulator.issuedSecrets(),
    new Map([...(inputs ?? []), ...before]),
    others
  )
  return { run, leaks }
}

/**
 * Variables that give a run a folder outside its own to write in (engine: official's cache; a
 * temporary folder or a home a test sets instead of the run's own temp/ and home/, which are read
 * with the root; the XDG folders, which POSIX libraries use instead of ~/.config, ~/.cache, ...).
 */
const OTHER_FOLDER_VARIABLES = [
  'RUNNER_TOOL_CACHE',
  'TMPDIR',
  'TEMP',
  'TMP',
  'HOME',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'XDG_CONFIG_HOME',
  'XDG_CACHE_HOME',
  'XDG_DATA_HOME',
  'XDG_STATE_HOME'
] as const

/** The folders outside the run's own that its environment lets it write, each read once. */
function otherFolders(environment: Record<string, string | undefined>): OtherFolder[] {
  const folders = new Map<string, OtherFolder>()
  for (const name of OTHER_FOLDER_VARIABLES) {
    const folder = environment[name]
    if (folder && !folders.has(path.resolve(folder)))
      folders.set(path.resolve(folder), { name, folder })
  }
  return [...folders.values()]
}

/** Requests the emulator received since `from` (an index into host.requests). */
export function requestsSince(emulator: Emulator, from: number): Emulator['host']['requests'] {
  return emulator.host.requests.slice(from)
}

export interface CountedRun {
  run: ActionRun
  /** Requests the emulator received during this run. */
  requests: RecordedRequest[]
  /** Deployments the content plane recorded during this run. */
  deployments: DeploymentRecord[]
}

/** Runs the action (leak scan included), returning what it asked of the emulator. */
export async function runCounted(
  emulator: Emulator,
  options: E2eRunOptions = {}
): Promise<CountedRun> {
  const from = emulator.host.requests.length
  const deploymentsFrom = emulator.content!.deployments.length
  const run = await runAgainst(emulator, options)
  // Publishing may run on after a failed run; let it settle before the next test.
  await emulator.content!.settled()
  return {
    run,
    requests: emulator.host.requests.slice(from),
    deployments: emulator.content!.deployments.slice(deploymentsFrom)
  }
}

/**
 * Whether `child.kill(signal)` reaches the action's handler on this OS. POSIX delivers the signal,
 * as the runner's SIGINT and SIGTERM are. On Windows Node ends the child outright
 * (TerminateProcess): no handler runs, so a test can only see that it stopped at once and that the
 * server heard nothing further. (The runner's Ctrl+C there is a console event no Node API can send
 * to a child; the unit tests emit SIGINT and SIGBREAK in-process.)
 */
export const KILL_RUNS_HANDLERS = process.platform !== 'win32'

/** The run ended as this OS ends a process sent `signal`: exit 1 after its handler, or killed. */
export function expectEndedBySignal(run: ActionRun, signal: NodeJS.Signals): void {
  if (KILL_RUNS_HANDLERS) {
    expect(run.signal).toBeNull()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(`Received ${signal}: cancelling the deployment.`)
  } else {
    expect(run.exitCode).toBeNull()
    expect(run.signal).toBe(signal)
  }
}

/** A file of this support folder, e.g. a probe a test loads into the run through NODE_OPTIONS. */
export function supportFile(name: string): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), name)
}
