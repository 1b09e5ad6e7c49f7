// Jest's node environment, with a temporary folder of its own for each test file: os.tmpdir()
// (TMPDIR on POSIX, TEMP and TMP on Windows) points into it while the file runs, so every
// mkdtemp of the tests, the emulator and the action runs they start lands there, and the whole
// folder is deleted when the file is done, whatever its tests left. The action runs it starts
// share one V8 compile cache, so the bundle is compiled once per suite instead of once per run.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import jestEnvironmentNode from 'jest-environment-node'

const TEMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP']

export default class TempFolderEnvironment extends jestEnvironmentNode.TestEnvironment {
  constructor(config, context) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'swa-test-'))
    const saved = Object.fromEntries(TEMP_VARIABLES.map((name) => [name, process.env[name]]))
    for (const name of TEMP_VARIABLES) process.env[name] = folder
    process.env.NODE_COMPILE_CACHE ??= path.join(
      config.projectConfig.rootDir,
      '.tmp',
      'compile-cache'
    )
    super(config, context)
    this.tempFolder = folder
    this.savedTemp = saved
  }

  async teardown() {
    await super.teardown()
    for (const [name, value] of Object.entries(this.savedTemp)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    // Retries: on Windows a child that just exited may hold a handle for a moment.
    rmSync(this.tempFolder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  }
}
