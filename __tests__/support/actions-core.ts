// The GitHub OIDC token as GitHub's own toolkit gets it: @actions/core getIDToken() in a child
// process that trusts the emulator's CA, as the runner starts a step (NODE_EXTRA_CA_CERTS is read
// at start-up only, so it cannot run inside the test process).
import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Emulator } from '../../emulator/index.js'
import { asRunnerReadsIt } from '../../emulator/runner.js'

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'get-id-token.mjs')

export interface IdTokenRun {
  exitCode: number
  stdout: string
  stderr: string
  /** The JWT, read from core's `::add-mask::` line; undefined when there is none. */
  token: string | undefined
}

/** Runs getIDToken(audience) against the emulator's GitHub OIDC provider. */
export function idTokenFromActionsCore(
  emulator: Emulator,
  audience: string,
  env: Record<string, string> = {}
): Promise<IdTokenRun> {
  const { ACTIONS_ID_TOKEN_REQUEST_URL, ACTIONS_ID_TOKEN_REQUEST_TOKEN, NODE_EXTRA_CA_CERTS } =
    emulator.actionEnv()
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [SCRIPT, audience],
      {
        env: {
          PATH: process.env.PATH ?? '',
          ACTIONS_ID_TOKEN_REQUEST_URL: ACTIONS_ID_TOKEN_REQUEST_URL ?? '',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '',
          NODE_EXTRA_CA_CERTS: NODE_EXTRA_CA_CERTS ?? '',
          ...env
        },
        timeout: 30_000
      },
      (error, rawStdout, stderr) => {
        const stdout = asRunnerReadsIt(rawStdout)
        const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        const token = /^::add-mask::(\S+)$/m.exec(stdout)?.[1]
        resolve({ exitCode, stdout, stderr, token })
      }
    )
  })
}
