// Temporary folders: a busy handle (EBUSY/EPERM on Windows) is waited out, and a folder that
// stays is a warning, not a failure. The busy disk is provoked with a remover of the test's own;
// on Windows a real one too (a folder that is a running process's working folder is busy).
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { removeTempFolder, type Remover } from '../../src/tempFolder.js'

let written: string[]
beforeEach(() => {
  written = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

function failing(codes: string[]): { remove: Remover; tries: () => number } {
  let tries = 0
  return {
    remove: (): Promise<void> => {
      const code = codes[tries++]
      if (code === undefined) return Promise.resolve()
      return Promise.reject(Object.assign(new Error(`${code}: busy`), { code }))
    },
    tries: () => tries
  }
}

describe('removeTempFolder', () => {
  test('EBUSY and EPERM are tried again until the folder goes, with no warning', async () => {
    const disk = failing(['EBUSY', 'EPERM', 'EBUSY'])
    await removeTempFolder('/tmp/swa-app-x', disk.remove, [1, 1, 1, 1])
    expect(disk.tries()).toBe(4)
    expect(written.join('')).toBe('')
  })

  test('a folder that stays busy is a warning naming it, and the call does not throw', async () => {
    const disk = failing(['EBUSY', 'EBUSY', 'EBUSY', 'EBUSY'])
    await expect(removeTempFolder('/tmp/swa-app-y', disk.remove, [1, 1])).resolves.toBeUndefined()
    expect(disk.tries()).toBe(3)
    expect(written.join('')).toMatch(
      /^::warning::Could not remove the temporary folder \/tmp\/swa-app-y \(EBUSY\); the deployment's result stands/
    )
  })

  test('a failure no wait can cure is not retried', async () => {
    const disk = failing(['EACCES'])
    await removeTempFolder('/tmp/swa-app-z', disk.remove, [1, 1])
    expect(disk.tries()).toBe(1)
    expect(written.join('')).toMatch(/::warning::.*\(EACCES\)/)
  })

  test(`a folder still in use for a moment is removed (a real busy folder on ${process.platform === 'win32' ? 'Windows' : 'this OS, where it is not busy'})`, async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'swa-app-busy-'))
    mkdirSync(path.join(folder, 'sub'))
    writeFileSync(path.join(folder, 'sub', 'index.html'), 'x')
    // Windows refuses to delete a process's working folder: EBUSY until it ends.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600)'], { cwd: folder })
    const ended = new Promise((resolve) => child.on('exit', resolve))
    await new Promise((resolve) => child.on('spawn', resolve))
    await removeTempFolder(folder)
    await ended
    expect(existsSync(folder)).toBe(false)
    expect(written.join('')).toBe('')
  })
})
