// Start-up cost (issue 26): a run loads only what its action, its way of signing in and its stage
// need, and nothing of the Azure SDK or MSAL before its first connection. Observed from outside the
// action's code: a probe loaded with NODE_OPTIONS records the bundle files the run loaded and Node's
// own built-ins; each file's modules are read from the `// path` comments esbuild writes above each.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { copyFileSync, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import yazl from 'yazl'
import type { Emulator } from '../../emulator/index.js'
import { addEnvironment } from '../../emulator/world.js'
import {
  defaultSite,
  deployBaseline,
  runCounted,
  succeeded,
  type CountedRun
} from '../support/deploy.js'
import { supportFile, useTestEmulator, type E2eRunOptions } from '../support/e2e.js'
import { giveMachineIdentity, managedIdentityJob } from '../support/managed-identity.js'

let emulator: Emulator
useTestEmulator(
  (started) => {
    const restore = deployBaseline(started)
    return () => {
      restore()
      started.identity.machine = { userAssigned: [] }
    }
  },
  (started) => (emulator = started)
)

const PROBE = supportFile('load-probe.mjs')

/** Modules by the path esbuild names them with, or a package by its node_modules folder. */
const MSAL = /^node_modules\/@azure\/msal-(node|common)\//
const AZURE_SDK_CORE = /^node_modules\/(@typespec\/ts-http-runtime|@azure\/core-rest-pipeline)\//
const ARM_SDK = /^node_modules\/@azure\/arm-appservice\//
// The input checks share only the payload's constants (types.ts, apiLanguage.ts).
const PAYLOAD = /^(src\/payload\/(?!types\.ts$|apiLanguage\.ts$)|node_modules\/yauzl\/)/
const UPLOAD = /^src\/(content\/(deploy|blob)|actions\/upload)\.ts$/
/** The zip reader: only a `.zip` input needs it. */
const YAUZL = /^node_modules\/yauzl\//
/** What the Azure SDK's proxy policy would bring; the action's transport does the proxying. */
const PROXY_AGENTS =
  /^node_modules\/(https-proxy-agent|http-proxy-agent|agent-base|debug|ms|supports-color|has-flag)\//

interface Loaded {
  /** Every module in the bundle files the run loaded. */
  modules: string[]
  /** The same when the run opened its first network connection; undefined if it opened none. */
  beforeFirstConnection: string[] | undefined
  /** Node's own modules, as process.moduleLoadList names them. */
  builtins: string[]
  /** The same when the run opened its first network connection. */
  builtinsBeforeFirstConnection: string[] | undefined
}

let folder: string
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'swa-loads-'))
})
afterEach(() => {
  rmSync(folder, { recursive: true, force: true })
})

/** esbuild writes `// src/…` or `// node_modules/…` above each module it bundles. */
function modulesIn(files: readonly string[]): string[] {
  const modules = new Set<string>()
  for (const url of files) {
    const text = readFileSync(fileURLToPath(url), 'utf8')
    for (const [, name] of text.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)) {
      modules.add(name!)
    }
  }
  return [...modules]
}

async function runProbed(options: E2eRunOptions): Promise<{ counted: CountedRun; loaded: Loaded }> {
  const out = path.join(folder, 'probe.json')
  const counted = await runCounted(emulator, {
    ...options,
    env: {
      ...options.env,
      NODE_OPTIONS: `--import=${pathToFileURL(PROBE).href}`,
      LOAD_PROBE_OUT: out
    }
  })
  const probe = JSON.parse(readFileSync(out, 'utf8')) as {
    files: string[]
    builtins: string[]
    atFirstConnection?: string[]
    builtinsAtFirstConnection?: string[]
  }
  return {
    counted,
    loaded: {
      modules: modulesIn(probe.files),
      beforeFirstConnection: probe.atFirstConnection && modulesIn(probe.atFirstConnection),
      builtins: probe.builtins,
      builtinsBeforeFirstConnection: probe.builtinsAtFirstConnection
    }
  }
}

const matching = (modules: readonly string[], pattern: RegExp): string[] =>
  modules.filter((name) => pattern.test(name))

describe('what a run loads', () => {
  test('a deploy opens its first connection before MSAL or the Azure SDK is parsed, and never loads Node’s fetch', async () => {
    const { counted, loaded } = await runProbed({})
    expect(counted.run.exitCode).toBe(0)
    succeeded(counted)
    expect(counted.requests[0]?.service).toBe('github')
    // The probe sees the bundle: the run as a whole did load both.
    expect(matching(loaded.modules, MSAL)).not.toEqual([])
    expect(matching(loaded.modules, AZURE_SDK_CORE)).not.toEqual([])
    expect(loaded.beforeFirstConnection).toBeDefined()
    const early = loaded.beforeFirstConnection ?? []
    expect(matching(early, PAYLOAD)).not.toEqual([])
    expect(matching(early, MSAL)).toEqual([])
    expect(matching(early, AZURE_SDK_CORE)).toEqual([])
    expect(matching(early, ARM_SDK)).toEqual([])
    // Node's undici (fetch, FormData) costs ~30 ms to load; the action never calls it.
    expect(loaded.builtins.filter((name) => name.includes('undici'))).toEqual([])
    // MSAL signs with jsonwebtoken only for a certificate credential, which the action never uses.
    expect(matching(loaded.modules, /^node_modules\/(jsonwebtoken|jws|jwa|semver)\//)).toEqual([])
    // The native engine starts no process (@actions/core wants @actions/exec for core.platform only).
    expect(matching(loaded.modules, /^node_modules\/@actions\/(exec|io)\//)).toEqual([])
    expect(loaded.builtins.filter((name) => name.includes('child_process'))).toEqual([])
    // A folder input never reads a zip; the ARM client proxies through the transport, not agents.
    expect(matching(loaded.modules, YAUZL)).toEqual([])
    expect(matching(loaded.modules, PROXY_AGENTS)).toEqual([])
    // Reading node:util's exports (esbuild's interop copies them) loads parseArgs, assert's diff and
    // worker_threads; and on two cores the packaging starts no worker, so nothing needs them early.
    const earlyBuiltins = loaded.builtinsBeforeFirstConnection ?? []
    expect(earlyBuiltins).toContain('NativeModule fs')
    const unneeded =
      os.availableParallelism() <= 2
        ? /^NativeModule (internal\/util\/parse_args\/parse_args|internal\/util\/diff|worker_threads)$/
        : /^NativeModule (internal\/util\/parse_args\/parse_args|internal\/util\/diff)$/
    expect(earlyBuiltins.filter((name) => unneeded.test(name))).toEqual([])
  })

  test('a .zip input loads the zip reader, and the deploy succeeds', async () => {
    const zip = new yazl.ZipFile()
    zip.addBuffer(Buffer.from('<!doctype html><h1>From a zip</h1>\n'), 'index.html')
    zip.end()
    const zipFile = path.join(folder, 'site.zip')
    await pipeline(zip.outputStream, createWriteStream(zipFile))
    const { counted, loaded } = await runProbed({
      inputs: { 'app-location': 'site.zip' },
      prepareWorkspace: (workspace) => copyFileSync(zipFile, path.join(workspace, 'site.zip'))
    })
    expect(counted.run.exitCode).toBe(0)
    succeeded(counted)
    expect(matching(loaded.modules, YAUZL)).not.toEqual([])
    expect(matching(loaded.modules, PROXY_AGENTS)).toEqual([])
  })

  test('a close run loads nothing of the payload, the packaging or the upload', async () => {
    addEnvironment(defaultSite(emulator), 'staging')
    const { counted, loaded } = await runProbed({
      inputs: { action: 'close', 'deployment-environment': 'staging' },
      // A close job usually has no checkout and no build: the workspace is empty.
      prepareWorkspace: () => {}
    })
    expect(counted.run.exitCode).toBe(0)
    expect(counted.run.outputs.outcome).toBe('closed')
    expect(matching(loaded.modules, /^src\/previews\/close\.ts$/)).toHaveLength(1)
    expect(matching(loaded.modules, PAYLOAD)).toEqual([])
    expect(matching(loaded.modules, UPLOAD)).toEqual([])
    expect(matching(loaded.beforeFirstConnection ?? [], AZURE_SDK_CORE)).toEqual([])
    expect(loaded.builtins.filter((name) => name.includes('undici'))).toEqual([])
  })

  test('a managed-identity run never loads the GitHub token exchange, and signs in before the Azure SDK is parsed', async () => {
    giveMachineIdentity(emulator, 'system')
    const job = managedIdentityJob(emulator)
    const { counted, loaded } = await runProbed({ inputs: job.inputs, env: job.env })
    expect(counted.run.exitCode).toBe(0)
    succeeded(counted)
    expect(counted.requests[0]?.service).toBe('identity')
    expect(matching(loaded.modules, /^src\/entra\/managedIdentity\.ts$/)).toHaveLength(1)
    expect(matching(loaded.modules, /^src\/entra\/exchange\.ts$/)).toEqual([])
    expect(matching(loaded.beforeFirstConnection ?? [], AZURE_SDK_CORE)).toEqual([])
    expect(matching(loaded.beforeFirstConnection ?? [], ARM_SDK)).toEqual([])
  })

  test('a run whose inputs are refused loads no sign-in, no Azure SDK and no payload code', async () => {
    const { counted, loaded } = await runProbed({ inputs: { 'app-location': 'build' } })
    expect(counted.run.exitCode).toBe(1)
    expect(counted.requests).toEqual([])
    expect(loaded.beforeFirstConnection).toBeUndefined()
    expect(matching(loaded.modules, /^src\/inputs\/index\.ts$/)).toHaveLength(1)
    expect(matching(loaded.modules, MSAL)).toEqual([])
    expect(matching(loaded.modules, AZURE_SDK_CORE)).toEqual([])
    expect(matching(loaded.modules, ARM_SDK)).toEqual([])
    expect(matching(loaded.modules, PAYLOAD)).toEqual([])
    expect(
      matching(loaded.modules, /^src\/(signIn\/(githubOidc|managedIdentity)|entra\/\w+)\.ts$/)
    ).toEqual([])
  })
})
