// `tsx emulator/cli.ts`: runs the emulator until Ctrl-C and prints how to point the action at it.
// Pass --no-content to start only GitHub OIDC, Entra, ARM and the proxy, and --write-env PATH to
// also write that environment as KEY=value lines (the self-test workflow appends it to GITHUB_ENV).
import { renameSync, writeFileSync } from 'node:fs'
import { startEmulator } from './index.js'
import { newManagedIdentity } from './managed-identity.js'
import { officialEngineGuide } from './engine-guide.js'
import { setupGuide } from './setup-guide.js'
import { grantRole, LEAST_PRIVILEGE_ACTIONS, staticSiteId } from './world.js'

const withContent = !process.argv.includes('--no-content')
const envFileAt = process.argv.indexOf('--write-env')
const envFile = envFileAt >= 0 ? process.argv[envFileAt + 1] : undefined
const emulator = await startEmulator({ withContent })
// The machine has a system-assigned identity with the deploying role, for auth-type: managed-identity.
const machine = newManagedIdentity(emulator.world, 'runner-vm')
emulator.identity.machine.systemAssigned = machine
const site = emulator.world.sites[0]
if (site) grantRole(emulator.world, machine.objectId, staticSiteId(site), LEAST_PRIVILEGE_ACTIONS)

if (envFile) {
  const lines = Object.entries(emulator.actionEnv()).map(([name, value]) => `${name}=${value}\n`)
  // Written whole, then renamed, so a reader polling for the file never sees half of it.
  writeFileSync(`${envFile}.partial`, lines.join(''))
  renameSync(`${envFile}.partial`, envFile)
}

console.log('keyless-swa-deploy emulator is up')
for (const [name, url] of Object.entries(emulator.urls))
  if (url) console.log(`  ${name.padEnd(8)} ${url}`)
console.log(`  CA file  ${emulator.caFile}`)
console.log(
  '\nEnvironment for `node dist/index.js`, as `env` arguments (input names contain dashes):'
)
console.log('  env \\')
for (const [name, value] of Object.entries(emulator.actionEnv())) {
  console.log(`  '${name}=${value}' \\`)
}
console.log('  node dist/index.js   # plus the GITHUB_* variables of a run\n')
console.log(
  "With the machine's managed identity instead (system-assigned, object id " +
    `${machine.objectId}), add:\n  'INPUT_AUTH-TYPE=managed-identity' 'INPUT_CLIENT-ID=' 'INPUT_TENANT-ID=' \\\n` +
    Object.entries(emulator.identityEnv())
      .map(([name, value]) => `  '${name}=${value}'`)
      .join(' \\\n') +
    '\n'
)
for (const line of officialEngineGuide(emulator)) console.log(line)
console.log('')
for (const line of setupGuide(emulator)) console.log(line)
console.log('\nPress Ctrl-C to stop.')

let stopping = false
const shutdown = (): void => {
  if (stopping) return
  stopping = true
  void emulator.stop().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
