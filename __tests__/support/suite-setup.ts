// What every emulator of the test suite shares, made once by Jest's global setup
// (global-setup.mjs) running this program: one Azurite, one set of RSA keys (keys.ts), and the
// official client's stand-in as one bundle (standInBundle.ts). It prints them as one JSON line, and stops Azurite when its standard input closes (a signal would
// orphan Azurite on Windows, where kill() terminates at once). Per emulator, Azurite's start was
// ~0.65 s of CPU and its four keys ~0.26 s, ~50 emulators a suite.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startAzurite } from '../../emulator/content/azurite.js'
import { sharedKeysValue } from '../../emulator/keys.js'
import { bundleStandIn } from '../../emulator/officialClient/standInBundle.js'
import { createTlsMaterial } from '../../emulator/tls.js'

const tls = await createTlsMaterial()
const workDir = await mkdtemp(path.join(os.tmpdir(), 'swa-azurite-'))
const standInDir = await mkdtemp(path.join(os.tmpdir(), 'swa-stand-in-'))
const [azurite, standIn] = await Promise.all([
  startAzurite(tls, workDir),
  bundleStandIn(standInDir)
])
const shared = {
  azurite: JSON.stringify({ url: azurite.url, port: azurite.port, caCert: azurite.caCert }),
  keys: sharedKeysValue(),
  standIn
}
process.stdout.write(`${JSON.stringify(shared)}\n`)
process.stdin.resume()
process.stdin.on('end', () => {
  void (async () => {
    await azurite.stop()
    for (const folder of [workDir, tls.dir, standInDir])
      await rm(folder, { recursive: true, force: true })
    process.exit(0)
  })()
})
