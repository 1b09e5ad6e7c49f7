// What gets deployed, through dist/index.js: a .zip as app-location, staticwebapp.config.json
// from config-file-location, and warnings about files that are probably there by mistake.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { copyFileSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'
import type { Emulator } from '../../emulator/index.js'
import {
  annotations,
  deployBaseline,
  deployedDigests,
  folderDigests,
  runCounted,
  sha256,
  SMALL_SITE,
  succeeded,
  UPLOAD_MODES,
  uploadShape,
  writeTree
} from '../support/deploy.js'
import { startTestEmulator } from '../support/e2e.js'
import { CONFIG_FILE_NAME } from '../../src/payload/index.js'

let emulator: Emulator
let restore: () => void
let scratch: string

beforeAll(async () => {
  emulator = await startTestEmulator()
  restore = deployBaseline(emulator)
  scratch = mkdtempSync(path.join(tmpdir(), 'swa-payload-'))
})
afterAll(async () => {
  await emulator?.stop()
  rmSync(scratch, { recursive: true, force: true })
})
beforeEach(() => restore())

const CONFIG = JSON.stringify({ navigationFallback: { rewrite: '/index.html' } }, null, 2)

async function buildZip(
  file: string,
  entries: Record<string, Buffer | string>,
  folders: string[]
): Promise<void> {
  const zip = new yazl.ZipFile()
  for (const folder of folders) zip.addEmptyDirectory(folder)
  for (const [name, content] of Object.entries(entries)) {
    // Some entries stored, some deflated: both are read.
    zip.addBuffer(Buffer.from(content), name, { compress: name.endsWith('.html') })
  }
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(file))
}

// Both ways the archive reaches the blob: blocks, and blocks refused then one Put Blob.
describe.each(UPLOAD_MODES)('the archive uploaded $name', (mode) => {
  beforeEach(() => {
    emulator.content!.behaviour.blockUploads = mode.blockUploads
  })

  describe('app-location: a .zip', () => {
    test('deploys exactly the entries of the archive, byte for byte', async () => {
      const entries: Record<string, Buffer | string> = {
        'index.html': '<!doctype html><h1>From a zip</h1>\n',
        'docs/café/menü.html': '<p>unicode names survive</p>\n',
        'assets/logo.bin': randomBytes(64 * 1024),
        'assets/empty.txt': '',
        'staticwebapp.config.json': CONFIG
      }
      const zipFile = path.join(scratch, 'site.zip')
      await buildZip(zipFile, entries, ['assets/', 'docs/', 'docs/café/'])

      const counted = await runCounted(emulator, {
        inputs: { 'app-location': 'site.zip' },
        prepareWorkspace: (workspace) => copyFileSync(zipFile, path.join(workspace, 'site.zip'))
      })
      const { run } = counted
      expect(run.exitCode).toBe(0)
      const deployment = succeeded(counted)
      expect(uploadShape(counted.requests)).toBe(mode.uploadedAs)
      const expected = new Map(
        Object.entries(entries).map(([name, bytes]) => [name, sha256(bytes)])
      )
      expect(deployedDigests(deployment)).toEqual(expected)
      expect(deployment.announced.hasRoutes).toBe(true)
      const totalBytes = Object.values(entries).reduce((sum, bytes) => sum + bytes.length, 0)
      expect(run.outputs['file-count']).toBe('5')
      expect(run.outputs['total-bytes']).toBe(String(totalBytes))
    })
  })

  describe('config-file-location', () => {
    test('puts staticwebapp.config.json from another folder at the root of the upload', async () => {
      const counted = await runCounted(emulator, {
        inputs: { 'config-file-location': 'config' },
        prepareWorkspace: (workspace) => {
          writeTree(path.join(workspace, 'dist'), SMALL_SITE)
          writeTree(path.join(workspace, 'config'), { 'staticwebapp.config.json': CONFIG })
        }
      })
      const { run } = counted
      expect(run.exitCode).toBe(0)
      const deployment = succeeded(counted)
      expect(uploadShape(counted.requests)).toBe(mode.uploadedAs)
      const expected = folderDigests(path.join(run.workspace, 'dist'))
      expected.set('staticwebapp.config.json', sha256(CONFIG))
      expect(deployedDigests(deployment)).toEqual(expected)
      expect(deployment.announced.hasRoutes).toBe(true)
      expect(run.outputs['file-count']).toBe(String(Object.keys(SMALL_SITE).length + 1))
    })

    test('one already at the root of app-location wins, with a warning', async () => {
      const rootConfig = JSON.stringify({ globalHeaders: { 'x-from': 'root' } })
      const counted = await runCounted(emulator, {
        inputs: { 'config-file-location': 'config/staticwebapp.config.json' },
        prepareWorkspace: (workspace) => {
          writeTree(path.join(workspace, 'dist'), {
            ...SMALL_SITE,
            'staticwebapp.config.json': rootConfig
          })
          writeTree(path.join(workspace, 'config'), { 'staticwebapp.config.json': CONFIG })
        }
      })
      const { run } = counted
      expect(run.exitCode).toBe(0)
      const deployed = deployedDigests(succeeded(counted))
      expect(uploadShape(counted.requests)).toBe(mode.uploadedAs)
      expect(deployed.get('staticwebapp.config.json')).toBe(sha256(rootConfig))
      expect(deployed).toEqual(folderDigests(path.join(run.workspace, 'dist')))
      const said = annotations(run, 'warning').join('\n')
      expect(said).toContain('staticwebapp.config.json is already at the root of app-location')
      expect(said).toContain('config-file-location is not used')
    })
  })
})

describe('files probably in the payload by mistake', () => {
  test('.git/, .github/, node_modules/ and .env files are deployed but each named in a warning', async () => {
    const counted = await runCounted(emulator, {
      prepareWorkspace: (workspace) =>
        writeTree(path.join(workspace, 'dist'), {
          ...SMALL_SITE,
          '.git/HEAD': 'ref: refs/heads/main\n',
          '.git/config': '[core]\n',
          '.github/workflows/deploy.yml': 'on: push\n',
          'node_modules/left-pad/index.js': 'module.exports = 1\n',
          '.env.production': 'API_URL=https://api.example.test\n'
        })
    })
    const { run } = counted
    expect(run.exitCode).toBe(0)
    expect(deployedDigests(succeeded(counted))).toEqual(
      folderDigests(path.join(run.workspace, 'dist'))
    )
    const warnings = annotations(run, 'warning').filter((line) => !line.includes(CONFIG_FILE_NAME))
    expect(warnings).toHaveLength(4)
    expect(warnings.find((line) => line.includes('.git/'))).toMatch(/2 files, e\.g\. '\.git\//)
    expect(warnings.find((line) => line.includes('.github/'))).toContain(
      "'.github/workflows/deploy.yml'"
    )
    expect(warnings.find((line) => line.includes('node_modules/'))).toContain(
      "'node_modules/left-pad/index.js'"
    )
    expect(warnings.find((line) => line.includes('.env'))).toContain("'.env.production'")
  })

  test('a clean site with its configuration gets no warning', async () => {
    const counted = await runCounted(emulator, {
      prepareWorkspace: (workspace) =>
        writeTree(path.join(workspace, 'dist'), {
          ...SMALL_SITE,
          [CONFIG_FILE_NAME]: '{"navigationFallback":{"rewrite":"/index.html"}}'
        })
    })
    expect(counted.run.exitCode).toBe(0)
    expect(annotations(counted.run, 'warning')).toEqual([])
  })

  test('a site without staticwebapp.config.json deploys, with a warning that every route is anonymous', async () => {
    const counted = await runCounted(emulator, {
      prepareWorkspace: (workspace) => writeTree(path.join(workspace, 'dist'), SMALL_SITE)
    })
    expect(counted.run.exitCode).toBe(0)
    succeeded(counted)
    expect(annotations(counted.run, 'warning')).toEqual([
      expect.stringMatching(
        /no staticwebapp\.config\.json at its root: every route is served anonymously/
      )
    ])
  })
})
