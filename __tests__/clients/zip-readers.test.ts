// Zip readers nobody here wrote, on the archives the action writes: Python's zipfile, libarchive's
// bsdtar and Info-ZIP unzip read every shape the writer produces (deflated on workers, streamed
// with data descriptors, zip64) exactly as yauzl does, Python byte for byte. The emulator runs the same check on every
// upload (emulator/content/zipReaders.ts), so each end-to-end deployment passes through them too.
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { PackageError, unpackApp } from '../../emulator/content/unpack.js'
import { REPO_ROOT } from '../../emulator/runner.js'
import {
  FOUND_READERS_FILE,
  installedReaders,
  MINIMUM_READERS,
  readIndependently,
  SHARED_READINGS_VARIABLE,
  ZIP_READERS
} from '../../emulator/content/zipReaders.js'
import { preparePayload } from '../../src/payload/prepare.js'
import { writeZip, type ZipWriteOptions } from '../../src/payload/zip.js'
import { patchedZip, siteInWorkspace } from '../support/fixtures.js'

const SITE: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><h1>Octo</h1>\n'.repeat(50),
  'assets/app.js': 'console.log("octo")\n'.repeat(200),
  'assets/photo.jpg': randomBytes(70_000),
  'blog/café/ünïcode-名前.html': '<p>UTF-8 names</p>\n',
  'empty.txt': '',
  'staticwebapp.config.json': '{"navigationFallback":{"rewrite":"/index.html"}}\n',
  // Over a megabyte: streamed, it deflates in chunks side by side, each primed with the last.
  'data/rows.json': Array.from({ length: 150_000 }, (_, row) => `{"row":${row % 613}}\n`).join('')
}

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

function scratch(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'zip-readers-'))
  folders.push(folder)
  return folder
}

async function actionZip(options: ZipWriteOptions): Promise<{ zipFile: string; work: string }> {
  const { workspace, appLocation } = siteInWorkspace(SITE)
  folders.push(workspace)
  const payload = await preparePayload({ workspace, appLocation, configFile: undefined })
  const chunks: Buffer[] = []
  for await (const chunk of writeZip(payload, options)) chunks.push(chunk as Buffer)
  const zipFile = path.join(workspace, 'upload.zip')
  writeFileSync(zipFile, Buffer.concat(chunks))
  return { zipFile, work: workspace }
}

describe('the readers are installed', () => {
  test('all three on Linux and macOS (.ci/run installs them), at least two on Windows', async () => {
    const found = (await installedReaders()).map((reader) => reader.reader.name)
    if (process.platform === 'win32') expect(found.length).toBeGreaterThanOrEqual(MINIMUM_READERS)
    else expect(found).toEqual(ZIP_READERS.map((reader) => reader.name))
  })
})

describe('a reader that cannot be started', () => {
  /** What a process that looked for the readers with none on PATH still has armed, and how it ended. */
  const PROBE = [
    `const { installedReaders } = await import(${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, 'emulator', 'content', 'zipReaders.ts')).href)})`,
    'const found = await installedReaders()',
    'await new Promise((resolve) => setImmediate(resolve))',
    'console.log(JSON.stringify({ found: found.length, armed: process.getActiveResourcesInfo() }))'
  ].join('\n')

  test('leaves no timer behind: the process ends as soon as its work is done', async () => {
    const started = performance.now()
    const ended = await new Promise<{ stdout: string; signal: string | null }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '--eval', PROBE],
        {
          cwd: REPO_ROOT,
          // Not spawn's 120 s: a process kept alive by a reader's timer is killed well before.
          timeout: 20_000,
          // A PATH where no reader is, and no suite folder that knows the readers already.
          env: {
            PATH: scratch(),
            ...(process.platform === 'win32' ? { SystemRoot: process.env.SystemRoot ?? '' } : {})
          }
        },
        (error, stdout) => resolve({ stdout, signal: error?.signal ?? null })
      )
    })
    const probe = JSON.parse(ended.stdout) as { found: number; armed: string[] }
    expect(probe.found).toBeLessThan(ZIP_READERS.length)
    expect(probe.armed).not.toContain('Timeout')
    expect(ended.signal).toBeNull()
    expect(performance.now() - started).toBeLessThan(20_000)
  })
})

describe("every shape of the action's zip reads the same in every reader as in yauzl", () => {
  test.each<[string, ZipWriteOptions]>([
    ['deflated on compression workers', { workers: 2 }],
    ['streamed with data descriptors', { workers: 0, bufferLimitBytes: 1000 }],
    ['streamed in chunks deflated on workers', { workers: 2, bufferLimitBytes: 1000 }],
    ['with zip64 records', { workers: 1, forceZip64: true }]
  ])('%s', async (_shape, options) => {
    const { zipFile, work } = await actionZip(options)
    const app = await unpackApp(zipFile, path.join(work, 'yauzl'))
    expect(app.files.map((file) => file.path).sort()).toEqual(Object.keys(SITE).sort())
    const reading = await readIndependently(zipFile, app.files)
    expect(reading.readers).toEqual((await installedReaders()).map((found) => found.reader.name))
  })
})

describe('what the readers catch that yauzl forgives', () => {
  const body = Buffer.from('<h1>about</h1>\n')
  const digest = createHash('sha256').update(body).digest('hex')
  const expected = [{ path: 'about.html', size: body.length, sha256: digest }]

  test('a local header that names another file than the central directory', async () => {
    const work = scratch()
    const zip = await patchedZip([{ name: 'about.html', bytes: body }], (bytes) => {
      // The first occurrence is the local header; yauzl only reads the central directory's.
      bytes.write('abort.html', bytes.indexOf('about.html'), 'latin1')
    })
    const zipFile = path.join(work, 'upload.zip')
    writeFileSync(zipFile, zip)
    const app = await unpackApp(zipFile, path.join(work, 'yauzl'))
    expect(app.files).toEqual(expected)
    const refusal = readIndependently(zipFile, app.files)
    await expect(refusal).rejects.toThrow(PackageError)
    await expect(refusal).rejects.toThrow(
      /Independent zip readers refuse the uploaded zip: Python zipfile refuses it \(.*File name in directory 'about\.html' and header b'abort\.html' differ.*\); Info-ZIP unzip refuses it \(.*mismatching "local" filename/
    )
  })

  test('a reading that differs from yauzl’s by one byte or one name', async () => {
    const work = scratch()
    const zipFile = path.join(work, 'upload.zip')
    writeFileSync(zipFile, await patchedZip([{ name: 'about.html', bytes: body }]))
    const otherBytes = [{ ...expected[0]!, sha256: '0'.repeat(64) }]
    await expect(readIndependently(zipFile, otherBytes)).rejects.toThrow(
      /Python zipfile reads the uploaded zip differently from yauzl: 'about\.html' has other bytes/
    )
    const otherName = [{ ...expected[0]!, path: 'About.html' }]
    await expect(readIndependently(zipFile, otherName)).rejects.toThrow(
      /'About\.html' is missing; 'about\.html' appears that yauzl did not extract/
    )
  })
})

describe('each distinct archive is read once per process, by its bytes', () => {
  const body = Buffer.from('<h1>cached</h1>\n')
  const files = [
    {
      path: 'cached.html',
      size: body.length,
      sha256: createHash('sha256').update(body).digest('hex')
    }
  ]

  test('the same bytes again are not read again; other bytes at the same path are', async () => {
    const zipFile = path.join(scratch(), 'upload.zip')
    const clean = await patchedZip([{ name: 'cached.html', bytes: body }])
    writeFileSync(zipFile, clean)
    await readIndependently(zipFile, files)
    // No reader found through PATH can start now: only a reading kept from before can pass.
    const savedPath = process.env.PATH
    process.env.PATH = scratch()
    try {
      const again = await readIndependently(zipFile, files)
      expect(again.readers).toEqual((await installedReaders()).map((found) => found.reader.name))
    } finally {
      process.env.PATH = savedPath
    }
    // One byte of the stored body changed: its CRC-32 no longer matches, whatever was kept before.
    const corrupt = Buffer.from(clean)
    const at = corrupt.indexOf(body)
    corrupt.writeUInt8(corrupt.readUInt8(at) ^ 0x20, at)
    writeFileSync(zipFile, corrupt)
    await expect(readIndependently(zipFile, files)).rejects.toThrow(
      /Independent zip readers refuse the uploaded zip: Python zipfile refuses it \(.*Bad CRC-32/
    )
  })
})

describe("the suite's processes share their readings", () => {
  const body = Buffer.from('<h1>shared</h1>\n')
  const files = [
    {
      path: 'shared.html',
      size: body.length,
      sha256: createHash('sha256').update(body).digest('hex')
    }
  ]
  /** read-independently.ts in a process of its own, `folder` its suite's shared one. */
  const readElsewhere = (zipFile: string, folder: string, pathAfterwards: string) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(REPO_ROOT, '__tests__', 'support', 'read-independently.ts'),
        zipFile,
        JSON.stringify(files),
        pathAfterwards
      ],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, [SHARED_READINGS_VARIABLE]: folder }
      }
    )

  test('a reading made in one process is used by the next, which starts no reader', async () => {
    const folder = scratch()
    const zipFile = path.join(scratch(), 'upload.zip')
    writeFileSync(zipFile, await patchedZip([{ name: 'shared.html', bytes: body }]))
    const suiteFolder = process.env[SHARED_READINGS_VARIABLE]
    process.env[SHARED_READINGS_VARIABLE] = folder
    try {
      const here = await readIndependently(zipFile, files)
      expect(readdirSync(folder).filter((name) => name.endsWith('.json'))).toHaveLength(1)
      // No reader found through PATH can start in the other process: only the kept reading can pass.
      const elsewhere = readElsewhere(zipFile, folder, scratch())
      expect(elsewhere.stderr).toBe('')
      expect(elsewhere.status).toBe(0)
      expect(elsewhere.stdout.trim()).toBe(here.readers.join(', '))
    } finally {
      if (suiteFolder === undefined) delete process.env[SHARED_READINGS_VARIABLE]
      else process.env[SHARED_READINGS_VARIABLE] = suiteFolder
    }
  })

  test('the readers one process found are the next one’s, which looks for none', async () => {
    const folder = scratch()
    const zipFile = path.join(scratch(), 'upload.zip')
    writeFileSync(zipFile, await patchedZip([{ name: 'shared.html', bytes: body }]))
    // Fewer than are installed where unzip is (not Windows): the list can only come from the file.
    const listed = (await installedReaders()).filter(
      ({ reader }) => reader.name !== 'Info-ZIP unzip'
    )
    const named = listed.map(({ reader, command }) => [reader.name, command])
    writeFileSync(path.join(folder, FOUND_READERS_FILE), JSON.stringify(named))
    const elsewhere = readElsewhere(zipFile, folder, process.env.PATH ?? '')
    expect(elsewhere.stderr).toBe('')
    expect(elsewhere.stdout.trim()).toBe(listed.map(({ reader }) => reader.name).join(', '))
  })
})
