// engine: official writes a .zip input out as files: what each runner's disk cannot hold is found
// before any network call. Each OS's rules are asserted here on any OS (a pure table); the real
// disk's answer is asserted on the OS the test runs on, with that OS's expectation.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { appFolderFor } from '../../src/engine/appFolder.js'
import { InputError } from '../../src/errors.js'
import { checkHoldable, unholdableNames } from '../../src/payload/diskNames.js'
import { SITE_PACKAGE, type PayloadFile } from '../../src/payload/types.js'

describe('unholdableNames', () => {
  test.each([
    ['a:b.html', /a character Windows forbids/],
    ['docs/page.', /a trailing dot or space, which Windows drops/],
    ['docs /index.html', /a trailing dot or space/],
    ['what?.html', /a character Windows forbids/],
    ['a*b|c<d>e"f.txt', /a character Windows forbids/],
    ['con', /a device name Windows reserves/],
    ['assets/COM1.js', /a device name Windows reserves/],
    ['nul.txt', /a device name Windows reserves/]
  ])('on Windows, %s', (name, problem) => {
    const found = unholdableNames(['index.html', name], 'win32')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(problem)
    // The same names are files like any other on Linux and macOS.
    expect(unholdableNames(['index.html', name], 'linux')).toEqual([])
    if (!name.includes(':')) expect(unholdableNames(['index.html', name], 'darwin')).toEqual([])
  })

  test.each(['win32', 'darwin'] as const)(
    'on %s, names that differ only in case are one file',
    (os) => {
      expect(unholdableNames(['Index.html', 'about.html', 'index.html'], os)).toEqual([
        "'Index.html' and 'index.html' (one file on this runner's disk)"
      ])
      expect(unholdableNames(['Assets/a.js', 'assets/b.js'], os)).toEqual([
        "'Assets' and 'assets' (one path on this runner's disk)"
      ])
      expect(unholdableNames(['docs', 'DOCS/index.html'], os)).toEqual([
        "'docs' and 'DOCS' (one path on this runner's disk)"
      ])
    }
  )

  test('on macOS, composed and decomposed accents are one file (APFS is normalization-insensitive)', () => {
    const names = ['caf\u00e9.html', 'cafe\u0301.html']
    expect(unholdableNames(names, 'darwin')).toHaveLength(1)
    expect(unholdableNames(names, 'linux')).toEqual([])
  })

  test('on Linux, only the same name twice is one file', () => {
    expect(unholdableNames(['Index.html', 'index.html', 'a/b', 'A/b'], 'linux')).toEqual([])
    expect(unholdableNames(['a', 'a/b'], 'linux')).toEqual([
      "'a' and 'a' (one path on this runner's disk)"
    ])
  })

  test('the refusal names the entries, the input and both ways out', () => {
    const names = ['x:1', 'x:2', 'x:3', 'x:4', 'x:5', 'x:6', 'x:7']
    let thrown: unknown
    try {
      checkHoldable(names, SITE_PACKAGE, 'win32')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect((thrown as InputError).message).toMatch(
      /^The \.zip in app-location has entries this runner's file system cannot hold as files, and engine: official must write them out for StaticSitesClient: 'x:1' \(a character Windows forbids.*'x:5' .*, and 2 more\.$/
    )
    expect((thrown as InputError).fix).toMatch(
      /Rename those entries in the \.zip, or use engine: native/
    )
  })
})

describe(`appFolderFor on this runner's disk (${process.platform})`, () => {
  let root: string
  const files: PayloadFile[] = []
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'disk-names-'))
    writeFileSync(path.join(root, 'upper'), 'UPPER')
    writeFileSync(path.join(root, 'lower'), 'lower')
    files.push(
      { name: 'Index.html', size: 5, source: { kind: 'disk', path: path.join(root, 'upper') } },
      { name: 'index.html', size: 5, source: { kind: 'disk', path: path.join(root, 'lower') } }
    )
  })
  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
  })

  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin'
  const zip = { origin: 'zip' as const, location: '/x.zip', placedConfigFile: undefined }

  test(`Index.html and index.html ${caseInsensitive ? 'are refused: one file here' : 'are two files'}, never one silently`, async () => {
    const env = { RUNNER_TEMP: root }
    if (caseInsensitive) {
      await expect(appFolderFor({ ...zip, files }, env)).rejects.toThrow(
        /'Index\.html' and 'index\.html' \(one file on this runner's disk\)/
      )
      expect(readdirSync(root).filter((name) => name.startsWith('swa-app-'))).toEqual([])
    } else {
      const folder = await appFolderFor({ ...zip, files }, env)
      expect(readdirSync(folder.location).sort()).toEqual(['Index.html', 'index.html'])
      await folder.dispose()
      expect(existsSync(folder.location)).toBe(false)
    }
  })

  test('the same entry twice is refused, not written over', async () => {
    const twice = [files[0], { ...files[1], name: 'Index.html' }] as PayloadFile[]
    await expect(appFolderFor({ ...zip, files: twice }, { RUNNER_TEMP: root })).rejects.toThrow(
      /'Index\.html' and 'Index\.html' \(one file/
    )
  })
})
