// Jest's global setup: starts what the suite's emulators share (suite-setup.ts, run with tsx:
// an Azurite, a set of RSA keys and the official client's stand-in bundle) and hands it to them through environment variables; Jest
// starts its workers after this, so they inherit them. global-teardown.mjs stops Azurite.
// It also makes the folders kept for the whole suite: the zip readers' readings (zipReaders.ts)
// and the Azure CLI's command index, which the first test that runs az builds (azure-cli-seed.mjs).
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { makeAzSeedFolder } from './azure-cli-seed.mjs'

// SHARED_AZURITE_VARIABLE (emulator/content/azurite.ts), SHARED_KEYS_VARIABLE (emulator/keys.ts)
// and STAND_IN_BUNDLE_VARIABLE (emulator/officialClient/standInBundle.ts): this file is plain JavaScript.
const VARIABLES = {
  azurite: 'KEYLESS_SWA_SHARED_AZURITE',
  keys: 'KEYLESS_SWA_SHARED_KEYS',
  standIn: 'KEYLESS_SWA_STAND_IN_BUNDLE'
}
// SHARED_READINGS_VARIABLE (emulator/content/zipReaders.ts).
export const READINGS_VARIABLE = 'KEYLESS_SWA_SHARED_READINGS'
const PROGRAM = path.join(path.dirname(fileURLToPath(import.meta.url)), 'suite-setup.ts')
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
export const CHILD = Symbol.for('keyless-swa-deploy.suite-setup')

export default async function globalSetup() {
  process.env[READINGS_VARIABLE] = mkdtempSync(path.join(os.tmpdir(), 'swa-zip-readings-'))
  makeAzSeedFolder()
  const child = spawn(process.execPath, ['--import', TSX, PROGRAM], {
    stdio: ['pipe', 'pipe', 'inherit']
  })
  globalThis[CHILD] = child
  const line = await new Promise((resolve, reject) => {
    let output = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (text) => {
      output += text
      const end = output.indexOf('\n')
      if (end !== -1) resolve(output.slice(0, end))
    })
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the shared Azurite exited with code ${code}`)))
  })
  const shared = JSON.parse(line)
  for (const [name, variable] of Object.entries(VARIABLES)) process.env[variable] = shared[name]
}
