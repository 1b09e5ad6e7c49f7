// `npm run demo`: the real action (dist/index.js, started as the runner starts it) deploys the
// sample site in demo/site to the local emulator, then the site stays up until Ctrl-C (`--once`:
// the demo ends once deployed). It leaves nothing behind: when it ends, deployed, failed or
// stopped, the emulator's folder and the run's (workspace, temp and home) are removed.
import { startEmulator } from '../emulator/index.js'
import { runAction, SAMPLE_SITE } from '../emulator/runner.js'
import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import { onEndingSignal } from './ending.js'

const once = process.argv.includes('--once')

// Handled from the start, so a signal at any point ends the demo through its clean-up. A Ctrl-C
// during the run reaches the action too (the terminal signals the whole process group), which
// cancels as on a runner; the demo waits for it to end.
let stoppedBy: NodeJS.Signals | undefined
const stopped = new Promise<void>((resolve) =>
  onEndingSignal((signal) => {
    stoppedBy = signal
    resolve()
  })
)

async function main(): Promise<number> {
  const emulator = await startEmulator()
  let runRoot: string | undefined
  try {
    if (stoppedBy) return 1
    console.log('Emulator up: GitHub OIDC, Entra ID, ARM, content plane and Azurite on 127.0.0.1.')
    console.log('Running node dist/index.js as the runner would…\n')
    const run = await runAction({
      emulatorEnv: emulator.actionEnv(),
      prepareWorkspace: (workspace) =>
        cpSync(SAMPLE_SITE, path.join(workspace, 'dist'), { recursive: true }),
      echo: true
    })
    runRoot = run.root
    if (run.exitCode !== 0) {
      const how = run.signal ? `signal ${run.signal}` : `exit code ${run.exitCode}`
      console.error(`\nThe action failed (${how}).`)
      return 1
    }
    console.log(`\nDeployed. Open ${run.outputs.url}`)
    console.log(
      `It is served with the emulator's test CA, made at start-up: a browser warns once, or run\n  curl --cacert "${emulator.caFile}" ${run.outputs.url}`
    )
    if (!once && !stoppedBy) {
      console.log('The site stays up until Ctrl-C.')
      await stopped
    }
    return 0
  } finally {
    await emulator.stop()
    if (runRoot) rmSync(runRoot, { recursive: true, force: true, maxRetries: 5 })
    console.log(
      `\nStopped the emulator; removed its folder and the run's${runRoot ? ` (${runRoot})` : ''}.`
    )
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
)
