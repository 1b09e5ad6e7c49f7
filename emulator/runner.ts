// Runs the bundled action the way the runner does: `node dist/index.js` with INPUT_* variables,
// the GITHUB_* files and an event payload, in a fresh workspace. Returns everything the run left.
import { spawn, type ChildProcess } from 'node:child_process'
import {
  cpSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const ACTION_ENTRY = path.join(REPO_ROOT, 'dist', 'index.js')
export const SAMPLE_SITE = path.join(REPO_ROOT, 'demo', 'site')

export interface RunOptions {
  /** Environment from the emulator (emulator.actionEnv()), applied first. */
  emulatorEnv?: Record<string, string>
  /** Inputs by their action.yml names; '' clears one the emulator set. */
  inputs?: Record<string, string>
  /** Extra variables, applied last (undefined removes one). */
  env?: Record<string, string | undefined>
  /** GitHub event; defaults to a push to main. */
  event?: { name: string; payload: unknown; ref?: string; headRef?: string; baseRef?: string }
  /** Fills the workspace before the run; receives its path. Default: sample site in `dist/`. */
  prepareWorkspace?: (workspace: string) => void
  /** Also copy the action's stdout/stderr to this process's (the demo), as a runner shows them. */
  echo?: boolean
  /** Sends this signal once stdout matches `when`. */
  interrupt?: { signal: NodeJS.Signals; when: RegExp }
  timeoutMs?: number
  /** Called with the child process right after it is spawned (the bench samples its memory). */
  onSpawn?: (child: ChildProcess) => void
}

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The run's folder: workspace/, runner-temp/, temp/, home/ and the GITHUB_* files. */
  root: string
  workspace: string
  runnerTemp: string
  /** The run's os.tmpdir() (TMPDIR, TMP and TEMP): root/temp, removed with the root. */
  temp: string
  /** The run's os.homedir() (HOME; USERPROFILE, APPDATA, LOCALAPPDATA on Windows): root/home. */
  home: string
  durationMs: number
  /** Milliseconds from start to the `interrupt` signal; undefined when none was sent. */
  interruptedAtMs: number | undefined
}

export async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const root = mkdtempSync(path.join(tmpdir(), 'swa-run-'))
  const workspace = path.join(root, 'workspace')
  const runnerTemp = path.join(root, 'runner-temp')
  const temp = path.join(root, 'temp')
  const home = path.join(root, 'home')
  for (const folder of [workspace, runnerTemp, temp, home]) mkdirSync(folder)
  const files = {
    GITHUB_OUTPUT: path.join(root, 'github_output'),
    GITHUB_ENV: path.join(root, 'github_env'),
    GITHUB_STATE: path.join(root, 'github_state'),
    GITHUB_PATH: path.join(root, 'github_path'),
    GITHUB_STEP_SUMMARY: path.join(root, 'step_summary.md'),
    GITHUB_EVENT_PATH: path.join(root, 'event.json')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const event = options.event ?? { name: 'push', payload: { ref: 'refs/heads/main' } }
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event.payload))
  const prepareWorkspace = options.prepareWorkspace ?? copySampleSite
  prepareWorkspace(workspace)

  const ref = event.ref ?? 'refs/heads/main'
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    // A home folder of the run's own, not the caller's: what a library caches under os.homedir()
    // (~/.azure, MSAL's and npm's caches) is in the root the leak scan reads, and removed with it.
    ...homeVariables(home),
    SYSTEMROOT: process.env.SYSTEMROOT,
    // A temporary folder of the run's own (os.tmpdir() on every OS), not the caller's: what the
    // action, a library or a program it starts writes there is in the root the leak scan reads.
    TMPDIR: temp,
    TMP: temp,
    TEMP: temp,
    // Set by the test suite only (a runner's first run of a job has no cache to read).
    NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE,
    ...options.emulatorEnv,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_HEAD_REF: event.headRef ?? '',
    GITHUB_BASE_REF: event.baseRef ?? '',
    GITHUB_REPOSITORY: 'octo-org/octo-site',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1001',
    // Short waits keep fault tests fast; production defaults are seconds.
    KEYLESS_SWA_RETRY_BASE_MS: '20',
    KEYLESS_SWA_POLL_INTERVAL_MS: '50',
    KEYLESS_SWA_HTTP_TIMEOUT_MS: '3000',
    ...files
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  Object.assign(env, options.env)
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]

  const started = Date.now()
  const child = spawn(process.execPath, [ACTION_ENTRY], {
    cwd: workspace,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  options.onSpawn?.(child)
  let stdout = ''
  let stderr = ''
  let interruptedAtMs: number | undefined
  const shown = new RunnerLog()
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    if (options.echo) process.stdout.write(shown.visible(chunk))
    if (options.interrupt && interruptedAtMs === undefined && options.interrupt.when.test(stdout)) {
      interruptedAtMs = Date.now() - started
      child.kill(options.interrupt.signal)
    }
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    if (options.echo) process.stderr.write(chunk)
  })
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig]))
  )
  clearTimeout(timeout)

  return {
    exitCode,
    signal,
    stdout: asRunnerReadsIt(stdout),
    stderr: asRunnerReadsIt(stderr),
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: asRunnerReadsIt(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')),
    root,
    workspace,
    runnerTemp,
    temp,
    home,
    durationMs: Date.now() - started,
    interruptedAtMs
  }
}

/**
 * Where a program finds the user's home, by OS, relative to it. os.homedir() reads HOME on POSIX
 * and USERPROFILE on Windows (libuv's uv_os_homedir), falling back to the account's real profile
 * when unset; Windows programs keep their data under APPDATA and LOCALAPPDATA instead.
 */
const HOME_VARIABLES: Readonly<Record<'posix' | 'win32', Readonly<Record<string, string>>>> = {
  posix: { HOME: '' },
  win32: {
    HOME: '',
    USERPROFILE: '',
    APPDATA: path.join('AppData', 'Roaming'),
    LOCALAPPDATA: path.join('AppData', 'Local')
  }
}

/** The variables that put a program's home in `home` on this OS (each folder created). */
function homeVariables(home: string): Record<string, string> {
  const table = HOME_VARIABLES[process.platform === 'win32' ? 'win32' : 'posix']
  return Object.fromEntries(
    Object.entries(table).map(([name, below]) => {
      const folder = path.join(home, below)
      mkdirSync(folder, { recursive: true })
      return [name, folder]
    })
  )
}

/** The workspace a run gets when its options prepare none: the sample site in `dist/`. */
export function copySampleSite(workspace: string): void {
  cpSync(SAMPLE_SITE, path.join(workspace, 'dist'), { recursive: true })
}

/**
 * Text as the runner reads it: lines end in LF. @actions/core writes os.EOL, CRLF on Windows, and
 * the runner accepts either ending in its log and its GITHUB_* files.
 */
export function asRunnerReadsIt(text: string): string {
  return text.replace(/\r\n/g, '\n')
}

/** Parses the runner's `name<<delimiter` file format, as @actions/core writes it on any OS. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = asRunnerReadsIt(text).split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index] ?? '')
      outputs[name!] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      outputs[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return outputs
}

/** Every file below a folder, recursively. */
export function listFiles(folder: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(folder)) {
    const full = path.join(folder, entry)
    const stats = statSync(full, { throwIfNoEntry: false })
    if (!stats) continue
    if (stats.isDirectory()) found.push(...listFiles(full))
    else if (stats.isFile()) found.push(full)
  }
  return found
}

/** The `::error::` lines of a run, decoded, joined. */
export function errorLines(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .map((line) =>
      line
        .replace(/^::error[^:]*::/, '')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%')
    )
    .join('\n')
}

/**
 * What a runner's log would show of the action's stdout: whole lines only, and no `::add-mask::`
 * line (the runner consumes those, so the secret they carry never reaches the log).
 */
class RunnerLog {
  private partial = ''

  visible(chunk: string): string {
    const lines = (this.partial + chunk).split('\n')
    this.partial = lines.pop() ?? ''
    return lines
      .map((line) => line.replace(/\r$/, ''))
      .filter((line) => !line.startsWith('::add-mask::'))
      .map((line) => `${line}\n`)
      .join('')
  }
}
