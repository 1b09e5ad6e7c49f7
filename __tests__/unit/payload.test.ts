import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { InputError } from '../../src/errors.js'
import { checkSkuLimit, preparePayload } from '../../src/payload/index.js'
import { entryNameProblem, checkEntryName } from '../../src/payload/names.js'
import { strayFileWarnings } from '../../src/payload/prepare.js'
import { MB } from '../../src/payload/types.js'
import { CONTROL_CHARACTER_NAMES, patchedZip, siteInWorkspace } from '../support/fixtures.js'

const workspaceWith = siteInWorkspace

const prepare = (
  where: { workspace: string; appLocation: string },
  configFile?: string,
  limits?: { maxFiles: number; maxTotalBytes: number }
) => preparePayload({ ...where, configFile }, limits)

/** A zip of (safe name → bytes), then patched: names swapped byte for byte, fields overwritten. */
const hostileZip = (
  entries: { name: string; bytes: Buffer; mode?: number }[],
  patch?: (zip: Buffer) => void,
  compress = false
): Promise<Buffer> =>
  patchedZip(
    entries.map((entry) => ({ ...entry, compress })),
    patch
  )

function replaceAll(zip: Buffer, from: string, to: string): void {
  const needle = Buffer.from(from)
  const replacement = Buffer.from(to)
  expect(replacement.length).toBe(needle.length)
  for (let at = zip.indexOf(needle); at !== -1; at = zip.indexOf(needle, at + 1))
    replacement.copy(zip, at)
}

/** Offsets of the central directory headers. */
function centralHeaders(zip: Buffer): number[] {
  const offsets: number[] = []
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02])
  for (let at = zip.indexOf(signature); at !== -1; at = zip.indexOf(signature, at + 1))
    offsets.push(at)
  return offsets
}

async function zipInput(zip: Buffer, limits?: { maxFiles: number; maxTotalBytes: number }) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'payload-zip-'))
  const appLocation = path.join(workspace, 'site.zip')
  writeFileSync(appLocation, zip)
  return preparePayload({ workspace, appLocation, configFile: undefined }, limits)
}

describe('preparePayload: folders', () => {
  test('measures files, bytes and the largest file', async () => {
    const payload = await prepare(workspaceWith({ 'index.html': 'hello', 'a/b.js': '12345678' }))
    expect(payload).toMatchObject({
      fileCount: 2,
      totalBytes: 13,
      largestFile: { name: 'a/b.js', size: 8 },
      hasRoutes: false
    })
    expect(payload.files.map((file) => file.name)).toEqual(['a/b.js', 'index.html'])
  })

  test('no files is refused', async () => {
    const where = workspaceWith({})
    mkdirSync(path.join(where.appLocation, 'only-a-folder'))
    await expect(prepare(where)).rejects.toThrow(/contains no files/)
  })

  test('too many files is refused, naming the limit', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 12 }, (_, index) => [`f${index}.txt`, 'x'])
    )
    await expect(
      prepare(workspaceWith(files), undefined, { maxFiles: 10, maxTotalBytes: MB })
    ).rejects.toThrow(/more than 10 files.*at most 10/)
  })

  test('too many bytes is refused, naming the figure and the limit', async () => {
    await expect(
      prepare(workspaceWith({ 'a.bin': Buffer.alloc(3 * MB) }), undefined, {
        maxFiles: 10,
        maxTotalBytes: 2 * MB
      })
    ).rejects.toThrow(/is 3 MB \(3145728 bytes\), over the 2 MB limit/)
  })

  test('the SKU limit: 250 MB on Free, 500 MB on Standard', () => {
    expect(() => checkSkuLimit({ totalBytes: 300 * MB }, 'Free')).toThrow(
      /300 MB.*250 MB app size limit of the Free plan/
    )
    expect(() => checkSkuLimit({ totalBytes: 300 * MB }, 'Standard')).not.toThrow()
    expect(() => checkSkuLimit({ totalBytes: 501 * MB }, 'Standard')).toThrow(/500 MB/)
  })

  test('a symlink leading outside the workspace is refused, naming the file', async () => {
    const where = workspaceWith({ 'index.html': 'x' })
    // A file outside the workspace on every OS: the Node.js running this test.
    symlinkSync(process.execPath, path.join(where.appLocation, 'leak.txt'))
    await expect(prepare(where)).rejects.toThrow(
      /Refused 'leak.txt': it resolves outside the workspace/
    )
  })

  test('a symlink inside the workspace is followed; a loop is refused', async () => {
    const where = workspaceWith({ 'index.html': 'x', 'assets/a.css': 'css' })
    writeFileSync(path.join(where.workspace, 'shared.txt'), 'shared')
    symlinkSync(
      path.join(where.workspace, 'shared.txt'),
      path.join(where.appLocation, 'shared.txt')
    )
    symlinkSync(path.join(where.appLocation, 'assets'), path.join(where.appLocation, 'more'))
    const payload = await prepare(where)
    expect(payload.files.map((file) => file.name)).toEqual([
      'assets/a.css',
      'index.html',
      'more/a.css',
      'shared.txt'
    ])
    symlinkSync(where.appLocation, path.join(where.appLocation, 'assets', 'loop'))
    await expect(prepare(where)).rejects.toThrow(/loops back/)
  })

  test('a file name with a control character is refused', async () => {
    for (const [, name, shown] of CONTROL_CHARACTER_NAMES) {
      await expect(prepare(workspaceWith({ [name]: 'x' }))).rejects.toThrow(
        `Refused file '${shown}': a control character in the name.`
      )
    }
  })

  test('config-file-location places the config at the root; one already at the root wins', async () => {
    const where = workspaceWith({ 'index.html': 'x' })
    const configFile = path.join(where.workspace, 'staticwebapp.config.json')
    writeFileSync(
      configFile,
      JSON.stringify({ routes: [{ route: '/admin', allowedRoles: ['admin', 'authenticated'] }] })
    )
    const placed = await prepare(where, configFile)
    expect(placed.files.map((file) => file.name)).toEqual([
      'index.html',
      'staticwebapp.config.json'
    ])
    expect(placed).toMatchObject({
      hasRoutes: true,
      configuredRoles: ['admin'],
      placedConfigFile: configFile
    })
    writeFileSync(path.join(where.appLocation, 'staticwebapp.config.json'), '{}')
    const rootWins = await prepare(where, configFile)
    expect(rootWins).toMatchObject({ placedConfigFile: undefined, configuredRoles: [] })
  })

  test('an invalid staticwebapp.config.json is refused', async () => {
    await expect(
      prepare(workspaceWith({ 'staticwebapp.config.json': '{ "routes": [ }' }))
    ).rejects.toThrow(/is not valid JSON/)
    await expect(prepare(workspaceWith({ 'staticwebapp.config.json': '[1]' }))).rejects.toThrow(
      /not a JSON object/
    )
  })

  test('warns about files that are probably there by mistake', async () => {
    const payload = await prepare(
      workspaceWith({
        'index.html': 'x',
        '.env.local': 'S=1',
        'node_modules/x/i.js': '',
        '.git/HEAD': 'ref'
      })
    )
    expect(payload.warnings.join('\n')).toMatch(/\.git\/.*\n.*node_modules\/.*\n.*\.env\*/)
    expect(
      strayFileWarnings([
        { name: 'a/.github/w.yml', size: 1, source: { kind: 'disk', path: '' } }
      ])[0]
    ).toMatch(/\.github\//)
  })

  test('a missing app-location is an input error', async () => {
    const where = workspaceWith({})
    await expect(
      prepare({ ...where, appLocation: path.join(where.workspace, 'nope') })
    ).rejects.toThrow(InputError)
  })
})

describe('preparePayload: hostile .zip inputs', () => {
  const refusedAs = async (zip: Buffer, pattern: RegExp) => {
    const attempt = zipInput(zip)
    await expect(attempt).rejects.toThrow(InputError)
    await expect(zipInput(zip)).rejects.toThrow(pattern)
  }

  test('path traversal', async () => {
    await refusedAs(
      await hostileZip([{ name: 'xx/evil.txt', bytes: Buffer.from('x') }], (zip) =>
        replaceAll(zip, 'xx/evil.txt', '../evil.txt')
      ),
      /'\.\.\/evil\.txt'.*traversal/
    )
  })

  test('absolute paths', async () => {
    await refusedAs(
      await hostileZip([{ name: 'etc/passwd', bytes: Buffer.from('x') }], (zip) =>
        replaceAll(zip, 'etc/passwd', '/tc/passwd')
      ),
      /absolute path/
    )
    await refusedAs(
      await hostileZip([{ name: 'Cx/boot.ini', bytes: Buffer.from('x') }], (zip) =>
        replaceAll(zip, 'Cx/boot.ini', 'C:/boot.ini')
      ),
      /absolute path/
    )
  })

  test('backslashes used as traversal', async () => {
    await refusedAs(
      await hostileZip([{ name: 'aa/evil.txt', bytes: Buffer.from('x') }], (zip) =>
        replaceAll(zip, 'aa/evil.txt', '..\\evil.txt')
      ),
      /backslash/
    )
  })

  describe('a zip written on Windows (Compress-Archive in PowerShell 5.1 writes \\ between folders)', () => {
    /** Sets every central header's "version made by" host (high byte): 0 is MS-DOS, 3 Unix. */
    const madeOn = (host: number) => (zip: Buffer) => {
      for (const at of centralHeaders(zip)) zip.writeUInt8(host, at + 5)
    }
    const windowsZip = (from: string, to: string, host = 0) =>
      hostileZip([{ name: from, bytes: Buffer.from('x') }], (zip) => {
        replaceAll(zip, from, to)
        madeOn(host)(zip)
      })

    test.each([0, 10])('host %i: its folders are read as folders', async (host) => {
      const payload = await zipInput(
        await windowsZip('assets/css/a.css', 'assets\\css\\a.css', host)
      )
      expect(payload.files.map((file) => file.name)).toEqual(['assets/css/a.css'])
    })

    test.each([
      ['..\\evil.txt', "a '..' segment"],
      ['a\\..\\..\\x.txt', "a '..' segment"],
      ['C:\\boot.ini', 'an absolute path'],
      ['\\etc\\passwd', 'an absolute path'],
      ['a\\\\b.txt', 'an empty or "." segment']
    ])('%s still passes every name check, and is refused', async (name, problem) => {
      const placeholder = 'p'.repeat(Buffer.byteLength(name))
      await refusedAs(await windowsZip(placeholder, name), new RegExp(problem))
    })

    test('from any other host a backslash is still refused', async () => {
      await refusedAs(await windowsZip('assets/a.css', 'assets\\a.css', 3), /backslash/)
    })
  })

  test('control characters', async () => {
    await refusedAs(
      await hostileZip([{ name: 'aXb.txt', bytes: Buffer.from('x') }], (zip) =>
        replaceAll(zip, 'aXb.txt', 'a\nb.txt')
      ),
      /control character/
    )
  })

  test('symlink entries', async () => {
    await refusedAs(
      await hostileZip([{ name: 'link', bytes: Buffer.from('/etc/passwd'), mode: 0o120777 }]),
      /'link': it is a symbolic link/
    )
  })

  test('encrypted entries', async () => {
    const zip = await hostileZip(
      [{ name: 'secret.txt', bytes: Buffer.from('x') }],
      (buffer) => {
        for (const at of centralHeaders(buffer))
          buffer.writeUInt16LE(buffer.readUInt16LE(at + 8) | 1, at + 8)
      },
      true
    )
    await refusedAs(zip, /encrypted/)
  })

  test('a zip bomb is refused on its declared sizes, before anything is inflated', async () => {
    const zip = await hostileZip(
      [
        { name: 'a.txt', bytes: Buffer.from('x') },
        { name: 'b.txt', bytes: Buffer.from('y') }
      ],
      (buffer) => {
        for (const at of centralHeaders(buffer)) buffer.writeUInt32LE(400 * MB, at + 24)
      },
      true
    )
    await expect(zipInput(zip)).rejects.toThrow(/declares more than 500 MB/)
  })

  test('an entry that inflates past its declared size is refused before packaging', async () => {
    const zip = await hostileZip(
      [{ name: 'a.txt', bytes: Buffer.from('much more than declared') }],
      (buffer) => {
        for (const at of centralHeaders(buffer)) buffer.writeUInt32LE(4, at + 24)
      },
      true
    )
    await expect(zipInput(zip)).rejects.toThrow(
      /Refused \.zip entry 'a\.txt': it inflates to more than the 4 bytes it declares/
    )
  })

  test('too many entries', async () => {
    const zip = await hostileZip(
      Array.from({ length: 5 }, (_, index) => ({ name: `f${index}`, bytes: Buffer.from('x') }))
    )
    await expect(zipInput(zip, { maxFiles: 3, maxTotalBytes: MB })).rejects.toThrow(
      /more than 3 files/
    )
  })

  test('not a zip at all', async () => {
    await expect(zipInput(Buffer.from('this is not a zip'))).rejects.toThrow(
      /Cannot read .* as a zip archive/
    )
  })
})

describe('entry names (property-based)', () => {
  test('an accepted name never leaves the root', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => {
        if (entryNameProblem(name) !== undefined) {
          expect(() => checkEntryName(name, 'file')).toThrow(InputError)
          return
        }
        expect(path.posix.normalize(name)).toBe(name)
        expect(name.startsWith('/')).toBe(false)
        expect(name.split('/')).not.toContain('..')
        expect(
          [...name].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f' || char === '\\')
        ).toBe(false)
        expect(path.posix.resolve('/root', name).startsWith('/root/')).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })

  test('names built from hostile pieces are refused', () => {
    const piece = fc.constantFrom('..', '.', '', 'a', 'b c', '\\', 'C:', '\u0000', '\n', 'ü')
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const name = pieces.join('/')
        const problem = entryNameProblem(name)
        const hostile =
          pieces.some(
            (p) => p === '..' || p === '.' || p === '' || p === '\\' || p === '\u0000' || p === '\n'
          ) || pieces[0] === 'C:'
        expect(problem !== undefined).toBe(hostile)
      })
    )
  })
})
