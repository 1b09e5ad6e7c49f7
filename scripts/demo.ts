// `npm run demo`: the real action (dist/index.js, started as the runner starts it) deploys the
// sample site in demo/site to the local emulator, then the site stays up until Ctrl-C.
import { startEmulator } from '../emulator/index.js'
import { runAction, SAMPLE_SITE } from '../emulator/runner.js'
import { cpSync } from 'node:fs'
import path from 'node:path'

const once = process.argv.includes('--once')
const emulator = await startEmulator()
console.log('Emulator up: GitHub OIDC, Entra ID, ARM, content plane and Azurite on 127.0.0.1.')
console.log('Running node dist/index.js as the runner would…\n')

const run = await runAction({
  emulatorEnv: emulator.actionEnv(),
  prepareWorkspace: (workspace) =>
    cpSync(SAMPLE_SITE, path.join(workspace, 'dist'), { recursive: true }),
  echo: true
})

if (run.exitCode !== 0) {
  console.error(`\nThe action failed (exit code ${run.exitCode}).`)
  await emulator.stop()
  process.exit(1)
}
console.log(`\nDeployed. Open ${run.outputs.url}`)
console.log(
  `It is served with the emulator's test CA, made at start-up: a browser warns once, or run\n  curl --cacert "${emulator.caFile}" ${run.outputs.url}`
)
if (once) {
  await emulator.stop()
} else {
  console.log('The site stays up until Ctrl-C.')
  process.on('SIGINT', () => void emulator.stop().then(() => process.exit(0)))
}
