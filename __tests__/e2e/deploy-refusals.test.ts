// Payloads the action refuses, through dist/index.js: each is found before any request leaves
// (not even the GitHub token request), with a message naming the problem; the SKU's size limit,
// which needs ARM's answer, is checked before the deployment token is read or anything uploaded.
import { describe, expect, test } from '@jest/globals'
import { closeSync, mkdirSync, openSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import {
  defaultSite,
  deployBaseline,
  requestsTo,
  runCounted,
  type Refusal,
  SMALL_SITE,
  writeTree
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

const MB = 1024 * 1024

/** A file of `bytes` that takes no disk space (its bytes are never read by a refused run). */
function sparseFile(file: string, bytes: number): void {
  mkdirSync(path.dirname(file), { recursive: true })
  closeSync(openSync(file, 'w'))
  truncateSync(file, bytes)
}

const site = (workspace: string): string => path.join(workspace, 'dist')

const REFUSALS: Refusal[] = [
  {
    name: 'a missing folder',
    inputs: { 'app-location': 'build' },
    prepareWorkspace: (workspace) => writeTree(site(workspace), SMALL_SITE),
    message: /app-location: 'build' does not exist/
  },
  {
    name: 'an app-location outside the workspace',
    inputs: { 'app-location': '../outside' },
    prepareWorkspace: (workspace) => writeTree(path.join(workspace, '..', 'outside'), SMALL_SITE),
    message: /app-location.*outside.*workspace/is
  },
  {
    name: 'a symlink in the site leading outside the workspace',
    prepareWorkspace: (workspace) => {
      writeTree(site(workspace), SMALL_SITE)
      writeFileSync(path.join(workspace, '..', 'secret.txt'), 'not for the web\n')
      symlinkSync(path.join(workspace, '..', 'secret.txt'), path.join(site(workspace), 'leak.txt'))
    },
    message: /Refused 'leak\.txt': it resolves outside the workspace/
  },
  {
    name: 'an app-location that is a symlink to a folder outside the workspace',
    prepareWorkspace: (workspace) => {
      writeTree(path.join(workspace, '..', 'elsewhere'), SMALL_SITE)
      symlinkSync(path.join(workspace, '..', 'elsewhere'), site(workspace), 'dir')
    },
    message: /outside.*workspace/is
  },
  {
    name: 'an empty folder',
    prepareWorkspace: (workspace) =>
      mkdirSync(path.join(site(workspace), 'assets'), { recursive: true }),
    message: /contains no files/
  },
  {
    name: 'over 15,000 files',
    prepareWorkspace: (workspace) => {
      const folder = path.join(site(workspace), 'pages')
      mkdirSync(folder, { recursive: true })
      for (let index = 0; index <= 15_000; index++)
        closeSync(openSync(path.join(folder, `${index}.html`), 'w'))
    },
    message: /more than 15000 files; Azure Static Web Apps accepts at most 15,000 per app/
  },
  {
    name: 'over the 500 MB size limit',
    prepareWorkspace: (workspace) => {
      writeTree(site(workspace), SMALL_SITE)
      sparseFile(path.join(site(workspace), 'media', 'film.mp4'), 501 * MB)
    },
    message: /The payload is 501 MB \(\d+ bytes\), over the 500 MB limit/
  },
  {
    name: 'a staticwebapp.config.json that is not JSON',
    prepareWorkspace: (workspace) =>
      writeTree(site(workspace), {
        ...SMALL_SITE,
        'staticwebapp.config.json': '{ "routes": [ { "route": "/admin" }, ] '
      }),
    message: /staticwebapp\.config\.json is not valid JSON/
  },
  {
    // The library's own sentence ends the message: one period before the fix, never two.
    name: 'a .zip app-location that is not a zip',
    inputs: { 'app-location': 'site.zip' },
    prepareWorkspace: (workspace) => writeFileSync(path.join(workspace, 'site.zip'), 'not a zip\n'),
    message:
      /^Cannot read \S+ as a zip archive: [^\n]*[^.]\.\nFix: Point app-location at a valid \.zip/m
  },
  {
    // Another tool's word is answered with ours, never taken in its place (nothing is uploaded).
    name: "action: deploy, another tool's word for upload",
    inputs: { action: 'deploy' },
    prepareWorkspace: (workspace) => writeTree(site(workspace), SMALL_SITE),
    message:
      /Input action: 'deploy' is not supported; did you mean 'upload' \([^)]+\)\? Use 'upload', 'close' or 'prune'\./
  }
]

describe('refused before any network call', () => {
  test.each(REFUSALS)('$name', async ({ inputs, prepareWorkspace, message }) => {
    const before = emulator.host.requests.length
    const { run, requests } = await runCounted(emulator, {
      ...(inputs ? { inputs } : {}),
      prepareWorkspace
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toMatch(message)
    expect(run.stdout).not.toMatch(/ at .*\.js:\d+/)
    expect(requests).toEqual([])
    expect(emulator.host.requests.length).toBe(before)
    // Only what is known before any network call: the outcome, and the environment once resolved.
    const { outcome, environment, ...others } = run.outputs
    expect(outcome).toBe('failed')
    expect([undefined, 'production']).toContain(environment)
    expect(others).toEqual({})
  })
})

describe('the SKU size limit', () => {
  test('a Free site refuses 300 MB after reading the site, before the token or any upload', async () => {
    expect(defaultSite(emulator).sku).toBe('Free')
    const { run, requests } = await runCounted(emulator, {
      prepareWorkspace: (workspace) => {
        writeTree(site(workspace), SMALL_SITE)
        sparseFile(path.join(site(workspace), 'media', 'film.mp4'), 300 * MB)
      }
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toMatch(/over the 250 MB app size limit of the Free plan/)
    expect(errorLines(run)).toContain('Standard plan (500 MB)')
    const arm = requestsTo(requests, 'arm')
    expect(
      arm.some(
        (request) => /\/staticSites\/octo-site\?/i.test(request.url) && request.method === 'GET'
      )
    ).toBe(true)
    expect(arm.some((request) => /listSecrets/i.test(request.url))).toBe(false)
    expect(requestsTo(requests, 'content')).toEqual([])
    expect(requestsTo(requests, 'blob')).toEqual([])
    expect(run.durationMs).toBeLessThan(10_000)
  })
})
