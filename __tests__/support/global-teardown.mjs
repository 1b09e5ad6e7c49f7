// Jest's global teardown: closing its standard input stops the suite's shared Azurite (suite-setup.ts);
// the Azure CLI's seed folder and the zip readers' readings are removed.
import { rmSync } from 'node:fs'
import { removeAzSeed } from './azure-cli-seed.mjs'
import { CHILD, READINGS_VARIABLE } from './global-setup.mjs'

export default async function globalTeardown() {
  removeAzSeed()
  const readings = process.env[READINGS_VARIABLE]
  if (readings !== undefined) rmSync(readings, { recursive: true, force: true })
  const child = globalThis[CHILD]
  if (child === undefined || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.stdin.end()
  const timer = setTimeout(() => child.kill(), 10_000)
  await exited
  clearTimeout(timer)
}
