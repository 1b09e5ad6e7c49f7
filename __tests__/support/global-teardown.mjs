// Jest's global teardown: closing its standard input stops the suite's shared Azurite (suite-setup.ts);
// the Azure CLI's seed folder is removed.
import { removeAzSeed } from './azure-cli-seed.mjs'
import { CHILD } from './global-setup.mjs'

export default async function globalTeardown() {
  removeAzSeed()
  const child = globalThis[CHILD]
  if (child === undefined || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.stdin.end()
  const timer = setTimeout(() => child.kill(), 10_000)
  await exited
  clearTimeout(timer)
}
