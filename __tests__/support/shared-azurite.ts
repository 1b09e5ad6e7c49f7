// One Azurite for the whole test suite, run by Jest's global setup (global-setup.mjs) as this
// program: it prints the Azurite's url, port and CA as one JSON line, and stops it when its
// standard input closes (a signal would orphan Azurite on Windows, where kill() terminates at
// once). Each emulator starting its own Azurite was ~35 starts of ~0.65 s of CPU per suite.
import { rm } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startAzurite } from '../../emulator/content/azurite.js'
import { createTlsMaterial } from '../../emulator/tls.js'

const tls = await createTlsMaterial()
const workDir = await mkdtemp(path.join(os.tmpdir(), 'swa-azurite-'))
const azurite = await startAzurite(tls, workDir)
process.stdout.write(
  `${JSON.stringify({ url: azurite.url, port: azurite.port, caCert: azurite.caCert })}\n`
)
process.stdin.resume()
process.stdin.on('end', () => {
  void (async () => {
    await azurite.stop()
    for (const folder of [workDir, tls.dir]) await rm(folder, { recursive: true, force: true })
    process.exit(0)
  })()
})
