// Microsoft's Azure CLI (`az`, Debian's azure-cli package) against the emulator, unpatched and as
// a workflow runs it: default AzureCloud settings, the public host names reached through the
// emulator's CONNECT proxy, the emulator's CA as the only one trusted, a throwaway config
// directory per session, telemetry off, nothing inherited from this machine's environment.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Emulator } from '../../emulator/index.js'
import type { DirectoryUser } from '../../emulator/world-directory.js'
import { seedAzConfig } from './azure-cli-seed.mjs'

/** Folder of the sitecustomize.py that lets Debian's az 2.45 run `az role` (see the file). */
export const AZ_SHIM_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'az-shim')

export interface AzCommand {
  /** `az` and its subcommand words, no option or value (a federated token is an argument). */
  command: string
  exitCode: number
  stdout: string
  stderr: string
  ms: number
}

const TIMEOUT_MS = 60_000

export class AzureCliSession {
  readonly configDir = mkdtempSync(path.join(tmpdir(), 'az-config-'))
  private seeded: Promise<void> | undefined

  constructor(
    private readonly emulator: Emulator,
    /** Every command any session ran, in order, for the timings. */
    private readonly log: AzCommand[] = []
  ) {}

  /**
   * Settles once the config directory holds the suite's command index (azure-cli-seed.mjs, built
   * by the first session that asks): before az first runs in it, here or in a process given
   * `environment()`.
   */
  ready(): Promise<void> {
    this.seeded ??= seedAzConfig(this.configDir)
    return this.seeded
  }

  async run(...args: string[]): Promise<AzCommand> {
    const firstOption = args.findIndex((arg) => arg.startsWith('-'))
    const command = ['az', ...args.slice(0, firstOption < 0 ? args.length : firstOption)]
    await this.ready()
    const started = performance.now()
    return await new Promise((resolve, reject) => {
      execFile(
        'az',
        args,
        {
          env: this.environment(),
          timeout: TIMEOUT_MS,
          maxBuffer: 4 * 1024 * 1024,
          // Windows installs az as az.cmd, which only a shell starts; the arguments are plain words.
          shell: process.platform === 'win32'
        },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') {
            return reject(
              new Error(
                `The Azure CLI could not be started (${error.message}). Install it: ` +
                  "`apt-get install azure-cli` on Debian (.ci/run does), or Microsoft's installer elsewhere."
              )
            )
          }
          const run: AzCommand = {
            command: command.join(' '),
            exitCode: error ? Number(error.code) : 0,
            stdout,
            stderr,
            ms: Math.round(performance.now() - started)
          }
          this.log.push(run)
          resolve(run)
        }
      )
    })
  }

  dispose(): void {
    rmSync(this.configDir, { recursive: true, force: true })
  }

  /**
   * The environment az runs in: its own config directory, the emulator's proxy and CA. A process
   * given it (e.g. the setup command, whose AzureCliCredential starts `az`) uses this sign-in;
   * start it once `ready()` has settled.
   */
  environment(): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH ?? '',
      HOME: this.configDir,
      // Windows needs these to start a process at all.
      ...(process.platform === 'win32'
        ? { SystemRoot: process.env.SystemRoot ?? '', PATHEXT: process.env.PATHEXT ?? '' }
        : { LANG: 'C.UTF-8' }),
      AZURE_CONFIG_DIR: this.configDir,
      AZURE_CORE_COLLECT_TELEMETRY: 'false',
      AZURE_CORE_NO_COLOR: 'true',
      HTTPS_PROXY: this.emulator.proxyUrl,
      REQUESTS_CA_BUNDLE: this.emulator.caFile,
      PYTHONPATH: AZ_SHIM_DIR,
      // No __pycache__ beside the shim in the work tree.
      PYTHONDONTWRITEBYTECODE: '1'
    }
  }
}

/**
 * A fresh az config directory signed in to the emulator as `user` (`az login -u … -p … --tenant`,
 * the password grant at login.microsoftonline.com through the proxy). Throws when az refuses, with
 * its stderr (never the password). Call `dispose()` when done.
 */
export async function signInAsUser(
  emulator: Emulator,
  user: DirectoryUser,
  log: AzCommand[] = []
): Promise<AzureCliSession> {
  const session = new AzureCliSession(emulator, log)
  const login = await session.run(
    'login',
    '--username',
    user.userPrincipalName,
    '--password',
    user.password,
    '--tenant',
    user.tenantId,
    '--output',
    'none'
  )
  if (login.exitCode !== 0) {
    session.dispose()
    throw new Error(`az login as ${user.userPrincipalName} failed: ${login.stderr.trim()}`)
  }
  return session
}
