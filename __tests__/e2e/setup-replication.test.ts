// Microsoft Graph and the directory replicate: right after setup creates the registration, another
// replica may answer 404 for it, and ARM may not find its new principal unless the assignment says
// `principalType` (PROTOCOLS.md §7, §8). Setup waits the first out and always sends the second.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { setupUser, setupWorld } from '../../emulator/setup-world.js'
import { startTestEmulator } from '../support/e2e.js'
import { findLeaks } from '../support/leaks.js'
import { SetupClone } from '../support/setup.js'

// Each setup run starts the real Azure CLI for its tokens: seconds each on a loaded machine.
jest.setTimeout(240_000)

let emulator: Emulator
let clone: SetupClone

beforeAll(async () => {
  emulator = await startTestEmulator({ world: setupWorld(), withContent: false })
  // Reads of a fresh registration answer 404 for half a second; without principalType, ARM
  // would not find the new principal for ten minutes, far longer than setup waits.
  emulator.world.graph.replicationDelayMs = 500
  emulator.world.graph.principalReplicationMs = 600_000
  clone = new SetupClone(emulator)
  expect((await clone.login(setupUser(emulator.world))).exitCode).toBe(0)
})

afterAll(async () => {
  clone?.dispose()
  await emulator?.stop()
})

describe('replication', () => {
  test('a registration other replicas do not know yet is waited out; the assignment names principalType', async () => {
    const run = await clone.run(['--app-name', 'octo-site', '--resource-group', 'rg-web', '--yes'])
    expect(findLeaks({ ...run, root: clone.dir }, emulator.issuedSecrets())).toEqual([])
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/^ {2}role assigned on the app$/m)
    expect(run.stdout).toMatch(/^ {2}ok the role on the app$/m)
    // Graph did answer 404 at least once: the wait was needed, not a formality.
    const notFound = emulator.host.requests.filter(
      (request) => request.service === 'graph' && request.status === 404
    )
    expect(notFound.length).toBeGreaterThan(0)
  })
})
