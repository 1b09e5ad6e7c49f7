// The Azure CLI's command index (which module serves which command), built once per suite and
// copied into each test session's fresh config directory: building it loads every command module,
// ~1.4 s of CPU per session here. It is az's own cache, the state of any machine az has run on
// before; no sign-in, token or setting is in it. Without it (az missing, or it failed) each session
// builds its own, as before. Plain JavaScript: Jest's global setup and teardown import it.
import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const AZ_SEED_VARIABLE = 'KEYLESS_SWA_AZ_SEED'

/** What az keeps between runs that is not a sign-in: the command index and its version check. */
const SEED_FILES = ['commandIndex.json', 'versionCheck.json']

/** Runs `az account show` (refused: nobody signed in) in a new folder; resolves to it, if az built its index. */
export function buildAzSeed() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'az-seed-'))
  return new Promise((resolve) => {
    execFile(
      'az',
      ['account', 'show', '--output', 'none'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: folder,
          ...(process.platform === 'win32'
            ? { SystemRoot: process.env.SystemRoot ?? '', PATHEXT: process.env.PATHEXT ?? '' }
            : { LANG: 'C.UTF-8' }),
          AZURE_CONFIG_DIR: folder,
          AZURE_CORE_COLLECT_TELEMETRY: 'false'
        },
        timeout: 60_000,
        // Windows installs az as az.cmd, which only a shell starts.
        shell: process.platform === 'win32'
      },
      () => {
        if (SEED_FILES.every((name) => existsSync(path.join(folder, name)))) return resolve(folder)
        rmSync(folder, { recursive: true, force: true })
        resolve(undefined)
      }
    )
  })
}

/** Copies the suite's seed, when there is one, into a fresh az config directory. */
export function seedAzConfig(configDir) {
  const seed = process.env[AZ_SEED_VARIABLE]
  if (!seed) return
  for (const name of SEED_FILES) {
    try {
      copyFileSync(path.join(seed, name), path.join(configDir, name))
    } catch {
      // A seed that went missing: az builds its own index, as without one.
    }
  }
}

/** Global teardown: the seed folder goes with the suite. */
export function removeAzSeed() {
  const seed = process.env[AZ_SEED_VARIABLE]
  if (seed) rmSync(seed, { recursive: true, force: true })
}
