// The on-disk path checks: symlinks resolved, case as the disk treats it, and only a missing
// path reported as missing. Case-insensitive disks and Windows' EISDIR are provoked here through
// a disk of the test's own; the real disk's answer is asserted on every OS (its own expectation).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  isInsideOnDisk,
  isSameFileOnDisk,
  NODE_DISK,
  realPath,
  resolveReal,
  type Disk
} from '../../src/paths.js'
import { readConfig } from '../../src/inputs/index.js'

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: fake`), { code })
}

/**
 * A case-insensitive disk that keeps the case it was given, as realpath(3) does on a Linux
 * casefold folder or a FAT stick: folders /w/Site and /w/Site/api exist.
 */
const CASE_INSENSITIVE: Disk = {
  nativeRealpath: (file) => {
    if (!['/w', '/w/site', '/w/site/api', '/'].includes(file.toLowerCase())) throw errno('ENOENT')
    return file
  },
  walkedRealpath: () => {
    throw new Error('not reached')
  },
  identity: (file) => file.toLowerCase()
}

describe('a case-insensitive disk', () => {
  test('an api-location spelled in another case than app-location is still inside it', () => {
    expect(isInsideOnDisk('/w/Site', '/w/site/api', CASE_INSENSITIVE)).toBe(true)
    expect(isInsideOnDisk('/w/site', '/w/Site', CASE_INSENSITIVE)).toBe(true)
  })

  test('a sibling is not inside', () => {
    expect(isInsideOnDisk('/w/Site/api', '/w/site', CASE_INSENSITIVE)).toBe(false)
  })

  test('two spellings of one file are one file', () => {
    expect(isSameFileOnDisk('/w/SITE', '/w/site', CASE_INSENSITIVE)).toBe(true)
    expect(isSameFileOnDisk('/w/site', '/w/nothing', CASE_INSENSITIVE)).toBe(false)
  })
})

describe('realpath failures', () => {
  const failing = (nativeCode: string, walked = (file: string): string => file): Disk => ({
    nativeRealpath: () => {
      throw errno(nativeCode)
    },
    walkedRealpath: walked,
    identity: (file) => file
  })

  test('EISDIR from the native realpath (nodejs/node#6861) is not "missing": the walk answers', () => {
    expect(realPath('R:\\site', failing('EISDIR'))).toBe('R:\\site')
  })

  test('ENOENT and ENOTDIR are missing', () => {
    expect(realPath('/x', failing('ENOENT'))).toBeUndefined()
    expect(realPath('/x', failing('ENOTDIR'))).toBeUndefined()
  })

  test('any other failure is thrown, not taken as missing', () => {
    expect(() => realPath('/x', failing('EACCES'))).toThrow(/EACCES/)
    const walkFails = failing('EISDIR', () => {
      throw errno('EPERM')
    })
    expect(() => realPath('/x', walkFails)).toThrow(/EPERM/)
  })
})

describe('the real disk of this runner', () => {
  let root: string
  beforeAll(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'paths-')))
    fs.mkdirSync(path.join(root, 'Site', 'api'), { recursive: true })
    fs.mkdirSync(path.join(root, 'dist', 'api'), { recursive: true })
    fs.symlinkSync(path.join(root, 'dist'), path.join(root, 'link'), 'junction')
  })
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

  // The hosted runners' disks: NTFS and APFS are case-insensitive, ext4 is not.
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin'

  test(`another case of a folder name ${caseInsensitive ? 'reaches' : 'does not reach'} it on ${process.platform}`, () => {
    expect(isInsideOnDisk(path.join(root, 'Site'), path.join(root, 'site', 'api'))).toBe(
      caseInsensitive
    )
  })

  test('a folder reached through a link is inside the folder the link points to', async () => {
    expect(isInsideOnDisk(path.join(root, 'link'), path.join(root, 'dist', 'api'))).toBe(true)
    expect(isInsideOnDisk(path.join(root, 'dist'), path.join(root, 'link', 'api'))).toBe(true)
    expect(isInsideOnDisk(path.join(root, 'Site'), path.join(root, 'link', 'api'))).toBe(false)
    expect(await resolveReal(path.join(root, 'link', 'api'))).toBe(
      realPath(path.join(root, 'dist', 'api'), NODE_DISK)
    )
  })
})

describe('config-file-location named in another case', () => {
  let workspace: string
  beforeAll(() => {
    workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'paths-config-')))
    fs.mkdirSync(path.join(workspace, 'dist'))
    fs.mkdirSync(path.join(workspace, 'cfg'))
    fs.writeFileSync(path.join(workspace, 'cfg', 'StaticWebApp.config.json'), '{}')
  })
  afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }))

  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin'
  const inputs: Record<string, string> = {
    'client-id': '11111111-2222-3333-4444-555555555555',
    'tenant-id': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    'subscription-id': '99999999-8888-7777-6666-555555555555',
    'resource-group': 'rg-web',
    'app-name': 'octo-site',
    'config-file-location': 'cfg/StaticWebApp.config.json'
  }
  const read = (): unknown =>
    readConfig((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: workspace })

  test(`is ${caseInsensitive ? 'the config file' : 'refused'} on ${process.platform}, as its disk finds it`, () => {
    if (caseInsensitive) {
      expect(read()).toMatchObject({
        configFile: path.join(workspace, 'cfg', 'StaticWebApp.config.json')
      })
    } else {
      expect(read).toThrow(/is not named staticwebapp.config.json/)
    }
  })
})
