// Jest's global setup: starts the suite's shared Azurite (shared-azurite.ts, run with tsx) and
// hands it to every emulator through SHARED_AZURITE_VARIABLE; Jest starts its workers after
// this, so they inherit the variable. global-teardown.mjs stops it.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// emulator/content/azurite.ts's SHARED_AZURITE_VARIABLE (this file is plain JavaScript).
const SHARED_AZURITE_VARIABLE = 'KEYLESS_SWA_SHARED_AZURITE'
const PROGRAM = path.join(path.dirname(fileURLToPath(import.meta.url)), 'shared-azurite.ts')
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
export const CHILD = Symbol.for('keyless-swa-deploy.shared-azurite')

export default async function globalSetup() {
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
  process.env[SHARED_AZURITE_VARIABLE] = line
}
