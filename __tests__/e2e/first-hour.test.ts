// A new user's first mistakes, through dist/index.js as the runner starts it: app-location at the
// source or the workspace root instead of the build output (no index.html at the upload's root,
// which Microsoft's own deploy refuses: "Failed to find a default file in the app artifacts
// folder", Azure/static-web-apps#232), and what a run that uploaded nothing says in its outputs.
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import {
  annotations,
  deployBaseline,
  runCounted,
  SMALL_SITE,
  writeTree
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

/** A site repository after its build: sources, the manifest, and the build output in dist/. */
function builtRepository(workspace: string): void {
  writeTree(workspace, {
    'package.json': '{ "name": "octo-site", "scripts": { "build": "vite build" } }\n',
    'src/main.ts': 'document.title = "Octo"\n'
  })
  writeTree(
    workspace,
    Object.fromEntries(Object.entries(SMALL_SITE).map(([n, c]) => [`dist/${n}`, c]))
  )
}

const NO_DEFAULT_FILE = /The upload has no index\.html at its root/

describe('app-location that is not the build output', () => {
  test('the workspace root: a warning that names the folder holding index.html', async () => {
    const { run } = await runCounted(emulator, {
      inputs: { 'app-location': '.' },
      prepareWorkspace: builtRepository
    })
    expect(errorLines(run)).toBe('')
    const warned = annotations(run, 'warning').filter((line) => NO_DEFAULT_FILE.test(line))
    expect(warned).toHaveLength(1)
    expect(warned[0]).toContain("app-location '.'")
    expect(warned[0]).toContain('Failed to find a default file in the app artifacts folder')
    expect(warned[0]).toContain("set app-location to 'dist'")
  })

  test('a source folder with no index.html at all: the warning says to point at the build output', async () => {
    const { run } = await runCounted(emulator, {
      inputs: { 'app-location': 'src/lib' },
      prepareWorkspace: (workspace) =>
        writeTree(workspace, { 'src/lib/util.ts': 'export const x = 1\n' })
    })
    expect(errorLines(run)).toBe('')
    const warned = annotations(run, 'warning').filter((line) => NO_DEFAULT_FILE.test(line))
    expect(warned).toHaveLength(1)
    expect(warned[0]).toContain('Point app-location at the build output')
    expect(warned[0]).not.toContain('set app-location to')
  })

  test('no warning for the build output, nor for a site whose root a navigationFallback serves', async () => {
    const built = await runCounted(emulator, { prepareWorkspace: builtRepository })
    expect(errorLines(built.run)).toBe('')
    expect(annotations(built.run, 'warning').filter((line) => NO_DEFAULT_FILE.test(line))).toEqual(
      []
    )

    const fallback = await runCounted(emulator, {
      prepareWorkspace: (workspace) =>
        writeTree(workspace, {
          'dist/app.html': '<!doctype html><title>Octo</title>\n',
          'dist/staticwebapp.config.json': '{ "navigationFallback": { "rewrite": "/app.html" } }\n'
        })
    })
    expect(errorLines(fallback.run)).toBe('')
    expect(
      annotations(fallback.run, 'warning').filter((line) => NO_DEFAULT_FILE.test(line))
    ).toEqual([])
  })
})

describe('the outputs of a run that uploaded nothing', () => {
  test('a failed run sets no file-count or total-bytes ("Files uploaded"): none were', async () => {
    const { run, deployments } = await runCounted(emulator, {
      inputs: { 'app-name': 'octo-sit' },
      prepareWorkspace: (workspace) => writeTree(workspace, { 'dist/index.html': 'x' })
    })
    expect(run.exitCode).toBe(1)
    expect(deployments).toEqual([])
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs['file-count']).toBeUndefined()
    expect(run.outputs['total-bytes']).toBeUndefined()
    // The summary still shows what was to be uploaded, for support.
    expect(run.summary).toContain('<td>Files</td><td>1</td>')
  })
})
