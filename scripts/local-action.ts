// `npm run local-action`: the action's sources (src/main.ts, not the bundle) through
// @github/local-action against the local emulator, in one command, as `npm run demo` runs the
// bundle: start the emulator, hand its environment and a runner's over in one env file, run, stop
// the emulator, and exit non-zero unless the action's `outcome` output says it succeeded.
// An optional `.env` (see .env.example) adds inputs on top, e.g. INPUT_DRY-RUN=true.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { startEmulator } from '../emulator/index.js'
import { REPO_ROOT } from '../emulator/runner.js'

const USER_ENV = path.join(REPO_ROOT, '.env')
/** Outcomes (ACTION.md) of a run that did what it was asked. */
const SUCCEEDED = new Set(['deployed', 'dry-run', 'closed', 'already-closed', 'pruned', 'skipped'])
/** local-action's stand-in for core.setOutput logs each output as this (with colour codes). */
const OUTCOME_LINE = /::set-output name=outcome::([a-z-]+)/

/** KEY=value lines of the user's .env; a value still holding a `<…>` placeholder is refused. */
function readUserEnv(file: string): Record<string, string> {
  if (!existsSync(file)) return {}
  const values: Record<string, string> = {}
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, index) => {
      const text = line.trim()
      if (text === '' || text.startsWith('#')) return
      const at = text.indexOf('=')
      if (at <= 0) return
      const name = text.slice(0, at).trim()
      const value = text.slice(at + 1).trim()
      if (/<[^>]*>/.test(value)) {
        throw new Error(
          `.env line ${index + 1}: ${name} still holds a placeholder (${value}). Delete the line (npm run local-action sets it) or give it a real value.`
        )
      }
      values[name] = value
    })
  return values
}

function envFileText(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([name, value]) => `${name}=${value}\n`)
    .join('')
}

/** Runs local-action with the env file, echoing its output; resolves with the outcome it logged. */
function runLocalAction(
  envFile: string,
  caFile: string
): Promise<{ code: number | null; outcome: string | undefined }> {
  // Its package exports only its sources (src/index.ts); the launcher sits beside them in bin/.
  const sources = createRequire(import.meta.url).resolve('@github/local-action')
  const bin = path.join(path.dirname(path.dirname(sources)), 'bin', 'local-action.js')
  const child = spawn(process.execPath, [bin, '.', 'src/main.ts', envFile], {
    cwd: REPO_ROOT,
    // Node reads the CA file only at start-up, so it goes in the process environment too.
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
    stdio: ['inherit', 'pipe', 'inherit']
  })
  let outcome: string | undefined
  let partial = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    process.stdout.write(chunk)
    const lines = (partial + chunk).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) outcome = OUTCOME_LINE.exec(line)?.[1] ?? outcome
  })
  return new Promise((resolve) =>
    child.on('close', (code) => {
      outcome = OUTCOME_LINE.exec(partial)?.[1] ?? outcome
      resolve({ code, outcome })
    })
  )
}

async function main(): Promise<number> {
  const userEnv = readUserEnv(USER_ENV)
  const scratch = path.join(REPO_ROOT, '.tmp')
  mkdirSync(scratch, { recursive: true })
  const folder = mkdtempSync(path.join(scratch, 'local-action-'))
  const emulator = await startEmulator()
  try {
    const runnerTemp = path.join(folder, 'runner-temp')
    mkdirSync(runnerTemp)
    const summary = path.join(folder, 'step_summary.md')
    writeFileSync(summary, '')
    const env: Record<string, string> = {
      // What a runner provides for a push to main.
      GITHUB_WORKSPACE: REPO_ROOT,
      RUNNER_TEMP: runnerTemp,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REPOSITORY: 'octo-org/octo-site',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '1',
      ACTIONS_STEP_DEBUG: 'false',
      // Polls the emulator twice a second instead of every 3 s (loopback only, src/knobs.ts).
      KEYLESS_SWA_POLL_INTERVAL_MS: '500',
      'INPUT_APP-LOCATION': 'demo/site',
      ...userEnv,
      // Last: where the emulator listens and who it trusts exist only while it runs.
      ...emulator.actionEnv()
    }
    const envFile = path.join(folder, 'local-action.env')
    writeFileSync(envFile, envFileText(env))
    console.log(`Emulator up; running src/main.ts through @github/local-action (${envFile}).\n`)
    const { code, outcome } = await runLocalAction(envFile, emulator.caFile)
    if (code === 0 && outcome !== undefined && SUCCEEDED.has(outcome)) {
      console.log(`\nThe action succeeded: outcome ${outcome}.`)
      return 0
    }
    console.error(
      `\nThe action did not succeed: outcome ${outcome ?? '(none)'}, local-action exit code ${code}.`
    )
    return 1
  } finally {
    await emulator.stop()
    rmSync(folder, { recursive: true, force: true })
  }
}

// Ctrl-C reaches local-action too; this process waits for it to end, then stops the emulator.
process.on('SIGINT', () => undefined)

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
)
