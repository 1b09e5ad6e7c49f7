// The Azure CLI's command index (which module serves which command), built once per suite and
// copied into each test session's fresh config directory: building it loads every command module,
// ~1.4 s of CPU per session here. It is az's own cache, the state of any machine az has run on
// before; no sign-in, token or setting is in it. Without it (az missing, or it failed) each session
// builds its own, as before. The first session that needs az builds it (~3 s of CPU), so a run of
// test files that never start az pays nothing. Plain JavaScript: Jest's global setup and teardown
// import it too.
import { execFile } from 'node:child_process'
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/** The suite's folder for the seed, made by Jest's global setup; unset, no session is seeded. */
export const AZ_SEED_VARIABLE = 'KEYLESS_SWA_AZ_SEED'

/** What az keeps between runs that is not a sign-in: the command index and its version check. */
const SEED_FILES = ['commandIndex.json', 'versionCheck.json']
/** In the suite's folder: the seed, which appears whole (a rename), empty when az built none. */
const SEED = 'seed'
/** In the suite's folder: made (exclusively) by the one process that builds the seed; its pid. */
export const AZ_SEED_CLAIM = 'claim'
const AZ_TIMEOUT_MS = 60_000
/** How long a session waits for another process's build: az's own limit, and room to copy. */
const WAIT_MS = AZ_TIMEOUT_MS + 30_000
const POLL_MS = 100

/** Global setup: an empty folder for the suite's seed; the first session that needs az fills it. */
export function makeAzSeedFolder() {
  process.env[AZ_SEED_VARIABLE] = mkdtempSync(path.join(os.tmpdir(), 'az-seed-'))
}

// Suite folder → its seed, looked for once per process (Jest: per test file); the folder is what
// the processes share.
const seeds = new Map()

/**
 * Copies the suite's seed into a fresh az config directory, having it built first if no process
 * has: by this one when it is the first to claim the build, else once the claimant has. Never
 * throws: without a seed az builds its own index.
 */
export async function seedAzConfig(configDir) {
  const suite = process.env[AZ_SEED_VARIABLE]
  if (!suite) return
  if (!seeds.has(suite))
    seeds.set(
      suite,
      seedOf(suite).catch(() => undefined)
    )
  const seed = await seeds.get(suite)
  if (seed === undefined || !SEED_FILES.every((name) => existsSync(path.join(seed, name)))) return
  for (const name of SEED_FILES) {
    try {
      copyFileSync(path.join(seed, name), path.join(configDir, name))
    } catch {
      // A seed that went missing: az builds its own index, as without one.
    }
  }
}

/** The seed folder once it exists (built here or elsewhere); undefined when none will come. */
async function seedOf(suite) {
  const seed = path.join(suite, SEED)
  if (existsSync(seed)) return seed
  const claim = path.join(suite, AZ_SEED_CLAIM)
  let descriptor
  try {
    // 'wx' fails if the file exists, atomically on every OS (O_EXCL, CREATE_NEW): one builder.
    descriptor = openSync(claim, 'wx')
  } catch (error) {
    if (error.code !== 'EEXIST') return undefined
    return await builtElsewhere(seed, claim)
  }
  writeSync(descriptor, String(process.pid))
  closeSync(descriptor)
  await build(suite, seed)
  return seed
}

/** Waits for the claimant's seed; gives up when it died without one, or after WAIT_MS. */
async function builtElsewhere(seed, claim) {
  const until = Date.now() + WAIT_MS
  while (Date.now() < until) {
    if (existsSync(seed)) return seed
    if (!isAlive(Number(readFileSync(claim, 'utf8')))) break
    await sleep(POLL_MS)
  }
  return existsSync(seed) ? seed : undefined
}

/** Whether a process of that id runs (signal 0 only checks, on Windows too); true when unknown. */
function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code !== 'ESRCH'
  }
}

/**
 * Runs `az account show` (refused: nobody signed in) in a config folder of its own, then moves
 * the seed files into place in one rename; when az built no index the seed is an empty folder, so
 * the sessions waiting for it go on without one.
 */
async function build(suite, seed) {
  const home = mkdtempSync(path.join(suite, 'home-'))
  const staged = mkdtempSync(path.join(suite, 'staged-'))
  try {
    await runAz(home)
    if (SEED_FILES.every((name) => existsSync(path.join(home, name)))) {
      for (const name of SEED_FILES) copyFileSync(path.join(home, name), path.join(staged, name))
    }
    await renameWithRetries(staged, seed)
  } catch {
    mkdirSync(seed, { recursive: true })
  } finally {
    rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
    rmSync(staged, { recursive: true, force: true })
  }
}

function runAz(home) {
  return new Promise((resolve) => {
    execFile(
      'az',
      ['account', 'show', '--output', 'none'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          ...(process.platform === 'win32'
            ? { SystemRoot: process.env.SystemRoot ?? '', PATHEXT: process.env.PATHEXT ?? '' }
            : { LANG: 'C.UTF-8' }),
          AZURE_CONFIG_DIR: home,
          AZURE_CORE_COLLECT_TELEMETRY: 'false'
        },
        timeout: AZ_TIMEOUT_MS,
        // Windows installs az as az.cmd, which only a shell starts.
        shell: process.platform === 'win32'
      },
      () => resolve()
    )
  })
}

// Windows refuses to rename a folder while a scanner still holds a file just written in it.
async function renameWithRetries(from, to) {
  for (let attempt = 1; ; attempt++) {
    try {
      renameSync(from, to)
      return
    } catch (error) {
      if (attempt === 5 || !['EPERM', 'EACCES', 'EBUSY'].includes(error.code)) throw error
      await sleep(200 * attempt)
    }
  }
}

/** Global teardown: the seed folder goes with the suite. */
export function removeAzSeed() {
  const suite = process.env[AZ_SEED_VARIABLE]
  if (suite) rmSync(suite, { recursive: true, force: true })
}
