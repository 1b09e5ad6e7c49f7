// engine: official through dist/index.js: the keyless half is the action's, the upload is done by
// a StaticSitesClient stand-in the emulator publishes under Microsoft's host names (aka.ms and its
// CDN, through the proxy), fetched through the manifest's redirect, SHA-256 checked before it is
// run, cached per buildId in the tool cache, and run with the environment of PROTOCOLS.md §6.
// The stand-in refuses to run when it is handed a credential it must not see or lacks a variable
// it needs, so every run that deploys also proves its environment. Every test runs on every OS:
// Linux and macOS are served a shell launcher, Windows a real program (a copy of Node.js that
// carries its build), and one test serves that program form here too, whatever the OS.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  watch,
  writeFileSync,
  type FSWatcher
} from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { officialEngineGuide } from '../../emulator/engine-guide.js'
import type { Emulator } from '../../emulator/index.js'
import { isClientDownload } from '../../emulator/officialClient/downloads.js'
import { RUNNER_FILE_WRITES } from '../../emulator/officialClient/runnerFiles.js'
import type { RecordedRequest } from '../../emulator/server.js'
import { officialClientPlatform, type ClientPlatform } from '../../src/engine/platform.js'
import { formatBytes } from '../../src/format.js'
import {
  contentCalls,
  defaultSite,
  deployBaseline,
  deployedDigests,
  folderDigests,
  presentSubject,
  pullRequestEvent,
  PULL_REQUEST_SUBJECT,
  requestsTo,
  runCounted,
  sha256,
  succeeded,
  writeTree,
  type CountedRun
} from '../support/deploy.js'
import {
  errorLines,
  expectEndedBySignal,
  KILL_RUNS_HANDLERS,
  startTestEmulator,
  type E2eRunOptions
} from '../support/e2e.js'
import { patchedZip } from '../support/fixtures.js'

let emulator: Emulator
let restore: () => void
let toolCache: string
const scratch: string[] = []

beforeAll(async () => {
  emulator = await startTestEmulator()
  restore = deployBaseline(emulator)
})
afterAll(async () => {
  await emulator?.stop()
  for (const folder of scratch) rmSync(folder, { recursive: true, force: true })
})
beforeEach(() => {
  restore()
  emulator.officialClient!.reset()
  // A fresh tool cache per test: a test that wants a warm one runs twice.
  toolCache = mkdtempSync(path.join(tmpdir(), 'swa-tool-cache-'))
  scratch.push(toolCache)
})

/** A zip of `files` (name → text), as a user's build step would leave it. */
const zipOf = (files: Record<string, string>): Promise<Buffer> =>
  patchedZip(Object.entries(files).map(([name, text]) => ({ name, bytes: Buffer.from(text) })))

/** A test build's buildId: 40 hex digits, as the manifest writes them since 2026. */
const testBuild = (n: number): string => `${'9'.repeat(36)}${String(n).padStart(4, '0')}`

const STABLE = 'c0ffee5a1d2b3c4d5e6f708192a3b4c5d6e7f809'

/** One run with engine: official through the proxy (public host names), x64, this test's tool cache. */
async function runOfficial(options: E2eRunOptions = {}): Promise<CountedRun> {
  return await runCounted(emulator, {
    ...options,
    viaProxy: true,
    inputs: { engine: 'official', ...options.inputs },
    env: { RUNNER_TOOL_CACHE: toolCache, RUNNER_ARCH: 'X64', ...options.env }
  })
}

const downloads = (requests: RecordedRequest[]): string[] =>
  requests.filter(isClientDownload).map((request) => request.url)
const manifestAsks = (requests: RecordedRequest[]): string[] =>
  requestsTo(requests, 'downloads')
    .filter((request) => !isClientDownload(request))
    .map((request) => `${request.host.replace(/:\d+$/, '')}${request.url}`)
/** This runner's file key (the tests run as x64 everywhere: RUNNER_ARCH says so). */
const PLATFORM = officialClientPlatform({ RUNNER_ARCH: 'X64' }) as ClientPlatform
const runnersFile = (versionOrBuildId: string): string =>
  emulator.officialClient!.release(versionOrBuildId).files[PLATFORM.key]!.path

/** The stand-in's first line: the §6 variables it was given (the token excepted). */
function clientSaw(run: CountedRun['run']): Record<string, string> {
  const line = /^StaticSitesClient stand-in \S+: (.*)$/m.exec(run.stdout)?.[1] ?? ''
  return Object.fromEntries(line.split(', ').map((pair) => pair.split('=') as [string, string]))
}

function cachedBuilds(): string[] {
  const tool = path.join(toolCache, 'StaticSitesClient')
  return statSync(tool, { throwIfNoEntry: false }) ? readdirSync(tool) : []
}

/** Whether this OS may start the file: POSIX by its execute bits, Windows (no such bits) by its name. */
const startable = (file: string): boolean =>
  process.platform === 'win32'
    ? path.extname(file).toLowerCase() === '.exe'
    : (statSync(file).mode & 0o111) !== 0

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
/** Long enough for an orphaned stand-in to make its next poll, print it, and fail to. */
const ORPHAN_ENDS_MS = 2000

/** A run sent `signal` while the client polled: how this OS ended it, and no client is left. */
async function expectCancelledDuringUpload(run: CountedRun['run'], signal: NodeJS.Signals) {
  // Well before the 7 s after which the action would exit by force, taking the client along.
  expect(run.durationMs - run.interruptedAtMs!).toBeLessThan(3000)
  expectEndedBySignal(run, signal)
  if (KILL_RUNS_HANDLERS) {
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(
        `^::error::Cancelled \\(${signal}\\) during the upload by StaticSitesClient; nothing further was sent\\.%0ASee \\S+#cancelled%0AFor support: correlation id chosen by StaticSitesClient \\(not reported\\); .*; last status InProgress; `
      )
    )
    expect(readdirSync(run.runnerTemp)).toEqual([])
  } else {
    // Windows ended the action outright, its client unsignalled (a runner's Ctrl+C reaches the
    // client through the console): orphaned, it ends at its next line, which no one reads.
    await sleep(ORPHAN_ENDS_MS)
  }
  // The client is gone: nothing asks the content plane any more.
  const polls = emulator.host.requests.length
  await sleep(600)
  expect(emulator.host.requests.length).toBe(polls)
}

describe('the engine: official lines npm run emulator prints', () => {
  test("name the emulator's proxy, and a run given exactly them deploys", async () => {
    const lines = officialEngineGuide(emulator)
    expect(lines.join('\n')).toContain(`'https_proxy=${emulator.proxyUrl}'`)
    // The quoted 'NAME=value' pairs, as a user pastes them after the plain environment.
    const pairs = Object.fromEntries(
      [...lines.join('\n').matchAll(/'([A-Za-z_-]+)=([^']*)'/g)].map((match) => [
        match[1]!,
        match[2]!
      ])
    )
    const counted = await runCounted(emulator, {
      env: { ...pairs, RUNNER_TOOL_CACHE: toolCache, RUNNER_ARCH: 'X64' }
    })
    expect(errorLines(counted.run)).toBe('')
    expect(counted.run.exitCode).toBe(0)
    expect(downloads(counted.requests)).toEqual([runnersFile('stable')])
    succeeded(counted)
  })
})

describe('the first run and the next', () => {
  test('downloads, verifies and caches the stable build, deploys with it, and later runs reuse it', async () => {
    const first = await runOfficial({
      // Left in the job's environment by a workflow: none of them may reach the client.
      env: { DEPLOYMENT_ENVIRONMENT: 'stray', GITHUB_TOKEN: 'ghs_notForTheClient0000000000' }
    })
    expect(errorLines(first.run)).toBe('')
    expect(first.run.exitCode).toBe(0)
    expect(manifestAsks(first.requests)).toEqual([
      'aka.ms/swalocaldeploy',
      'swalocaldeployv2-bndtgugjgqc3dhdx.b01.azurefd.net/api/versions'
    ])
    expect(downloads(first.requests)).toEqual([runnersFile('stable')])
    for (const request of requestsTo(first.requests, 'downloads')) {
      expect(request.authorization).toBeUndefined()
    }
    // Fetched before any token existed: the OIDC request comes after the download.
    const downloadAt = first.requests.findIndex(isClientDownload)
    const tokenAt = first.requests.findIndex((request) => request.service === 'github')
    expect(downloadAt).toBeLessThan(tokenAt)

    const deployment = succeeded(first)
    const site = path.join(first.run.workspace, 'dist')
    expect(deployedDigests(deployment)).toEqual(folderDigests(site))
    expect(deployment.environment).toBe('production')
    expect(contentCalls(first.requests).slice(0, 3)).toEqual([
      'validateapitoken',
      'request',
      'updatestatus'
    ])
    expect(clientSaw(first.run)).toEqual({
      APP_LOCATION: site,
      API_LOCATION: 'unset',
      FUNCTION_LANGUAGE: 'unset',
      FUNCTION_LANGUAGE_VERSION: 'unset',
      CONFIG_FILE_LOCATION: site,
      DEPLOYMENT_ENVIRONMENT: 'unset',
      DEPLOYMENT_PROVIDER: 'GitHub',
      REPOSITORY_BASE: first.run.workspace,
      VERBOSE: 'false'
    })
    expect(first.run.stdout).toContain(`Visit your site at: ${deployment.siteUrl}`)
    expect(first.run.outputs).toMatchObject({
      outcome: 'deployed',
      url: deployment.siteUrl,
      static_web_app_url: deployment.siteUrl,
      environment: 'production',
      'file-count': String(folderDigests(site).size)
    })
    // The client chose its own correlation id: the action does not pretend to know it.
    expect(first.run.outputs['deployment-id']).toBeUndefined()
    expect(first.run.summary).toContain(
      `<td>Upload engine</td><td>official: StaticSitesClient buildId ${STABLE}</td>`
    )
    expect(first.run.summary).toMatch(
      new RegExp(`<td>StaticSitesClient ${STABLE}</td><td>\\d+\\.\\d\\d</td>`)
    )
    // Its zip stayed in its own folder, which is gone; so is everything else it was given.
    expect(readdirSync(first.run.workspace)).toEqual(['dist'])
    expect(readdirSync(first.run.runnerTemp)).toEqual([])
    const cached = path.join(toolCache, 'StaticSitesClient', cachedBuilds()[0]!, 'x64')
    expect(startable(path.join(cached, PLATFORM.fileName))).toBe(true)

    const second = await runOfficial()
    expect(second.run.exitCode).toBe(0)
    expect(manifestAsks(second.requests)).toHaveLength(2)
    expect(downloads(second.requests)).toEqual([])
    expect(second.run.stdout).toContain('Found in the tool cache')
    succeeded(second)

    // A cached file that no longer matches the manifest is never run: it is fetched again.
    writeFileSync(path.join(cached, PLATFORM.fileName), '#!/bin/sh\nexit 0\n')
    const third = await runOfficial()
    expect(third.run.exitCode).toBe(0)
    expect(third.run.stdout).toContain('does not match the manifest')
    expect(downloads(third.requests)).toEqual([runnersFile('stable')])
    succeeded(third)
  })

  test('engine-version picks a build by its buildId', async () => {
    const backup = emulator.officialClient!.release('backup').buildId
    const counted = await runOfficial({ inputs: { 'engine-version': backup } })
    expect(counted.run.exitCode).toBe(0)
    expect(downloads(counted.requests)).toEqual([runnersFile('backup')])
    expect(counted.run.stdout).toContain(`StaticSitesClient stand-in ${backup}:`)
    succeeded(counted)
  })
})

describe('nothing unverified is ever run', () => {
  test('a download whose SHA-256 differs from the manifest is deleted, and no token is asked for', async () => {
    const file = emulator.officialClient!.release('stable').files[PLATFORM.key]!
    const actual = file.sha
    file.sha = sha256('another build')
    const { run, requests } = await runOfficial()
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      `the file from https://swalocaldeployv2-bndtgugjgqc3dhdx.b01.azurefd.net has SHA-256 ${actual}, the manifest says ${file.sha} (buildId ${STABLE}); it was deleted and never run.`
    )
    expect(errorLines(run)).toContain('troubleshooting.md#official-client-unavailable')
    expect(run.outputs.outcome).toBe('failed')
    expect(requests.filter((request) => request.service !== 'downloads')).toEqual([])
    expect(cachedBuilds()).toEqual([])
    expect(readdirSync(run.runnerTemp)).toEqual([])
  })

  test("a manifest without this runner's file is refused before any download", async () => {
    const files = emulator.officialClient!.release('stable').files
    delete files[PLATFORM.key]
    const { run, requests } = await runOfficial()
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      `StaticSitesClient manifest: buildId ${STABLE} has no ${PLATFORM.key} file (it lists ${Object.keys(files).join(', ')}).`
    )
    expect(downloads(requests)).toEqual([])
  })

  test('an engine-version the manifest does not list names those it does', async () => {
    const retired = '689a6c1fe8fc32f40348cc41223a7e9d83dd43d2'
    const { run, requests } = await runOfficial({ inputs: { 'engine-version': retired } })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      `engine-version '${retired}' is not in the StaticSitesClient manifest; it lists stable (c0ffee5a1d2b3c4d5e6f708192a3b4c5d6e7f809), latest (a11ce0b2c3d4e5f60718293a4b5c6d7e8f901234), backup (0bad5eed0123456789abcdef0123456789abcdef).`
    )
    expect(downloads(requests)).toEqual([])
    expect(requests.filter((request) => request.service === 'github')).toEqual([])
  })

  test('an arm64 runner is refused before any request, naming engine: native', async () => {
    const { run, requests } = await runOfficial({ env: { RUNNER_ARCH: 'ARM64' } })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      'Input engine: official needs an x64 Linux, Windows or macOS runner: Microsoft builds StaticSitesClient for those only, and this is an arm64 runner. Use engine: native (the default)'
    )
    expect(requests).toEqual([])
  })
})

describe('where it deploys, as with the native engine', () => {
  test('a named preview environment, with the runner’s debug flag as VERBOSE', async () => {
    const counted = await runOfficial({
      inputs: { 'deployment-environment': 'staging' },
      env: { RUNNER_DEBUG: '1' }
    })
    expect(counted.run.exitCode).toBe(0)
    const deployment = succeeded(counted)
    expect(deployment.environment).toBe('staging')
    expect(clientSaw(counted.run)).toMatchObject({
      DEPLOYMENT_ENVIRONMENT: 'staging',
      VERBOSE: 'true'
    })
    expect(counted.run.outputs).toMatchObject({ environment: 'staging', url: deployment.siteUrl })
    expect(defaultSite(emulator).environments.get('staging')?.status).toBe('Ready')
  })

  test("a pull request's environment, then close on the closed event", async () => {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const opened = await runOfficial({ event: pullRequestEvent('synchronize') })
    expect(opened.run.exitCode).toBe(0)
    expect(succeeded(opened).environment).toBe('42')
    expect(clientSaw(opened.run).DEPLOYMENT_ENVIRONMENT).toBe('42')
    expect(opened.run.outputs.environment).toBe('42')
    expect(defaultSite(emulator).environments.has('42')).toBe(true)

    // close goes through ARM; no client is needed, so none is fetched.
    const closed = await runOfficial({
      event: pullRequestEvent('closed'),
      inputs: { action: 'close' },
      prepareWorkspace: () => {}
    })
    expect(closed.run.exitCode).toBe(0)
    expect(closed.run.outputs.outcome).toBe('closed')
    expect(requestsTo(closed.requests, 'downloads')).toEqual([])
    expect(defaultSite(emulator).environments.has('42')).toBe(false)
  })

  test('a .zip app-location is written out under RUNNER_TEMP for the client, with config-file-location’s file, then deleted', async () => {
    const config = JSON.stringify({ navigationFallback: { rewrite: '/index.html' } })
    const entries = { 'index.html': '<h1>zipped</h1>\n', 'assets/app.js': 'console.log(1)\n' }
    // Made before the run: prepareWorkspace is synchronous, and the action must find it whole.
    const siteZip = await zipOf(entries)
    const counted = await runOfficial({
      inputs: { 'app-location': 'site.zip', 'config-file-location': 'config' },
      prepareWorkspace: (workspace) => {
        writeTree(path.join(workspace, 'config'), { 'staticwebapp.config.json': config })
        writeFileSync(path.join(workspace, 'site.zip'), siteZip)
      }
    })
    expect(errorLines(counted.run)).toBe('')
    const deployment = succeeded(counted)
    expect(deployedDigests(deployment)).toEqual(
      new Map(
        Object.entries({ ...entries, 'staticwebapp.config.json': config }).map(
          ([name, content]) => [name, sha256(content)]
        )
      )
    )
    const saw = clientSaw(counted.run)
    expect(saw.APP_LOCATION!.startsWith(path.join(counted.run.runnerTemp, 'swa-app-'))).toBe(true)
    expect(saw.CONFIG_FILE_LOCATION).toBe(saw.APP_LOCATION)
    expect(readdirSync(counted.run.runnerTemp)).toEqual([])
  })
})

describe('a managed Functions API beside the site', () => {
  const API = {
    'host.json': '{"version":"2.0"}\n',
    'src/functions/hello.js': "module.exports = async () => ({ body: 'hi' })\n"
  }
  const SITE = { 'index.html': '<h1>site and api</h1>\n' }

  test('goes to the client as API_LOCATION with its language, and deploys byte for byte', async () => {
    const counted = await runOfficial({
      inputs: { 'api-location': 'api', 'api-language': 'node', 'api-language-version': '20' },
      prepareWorkspace: (workspace) => {
        writeTree(path.join(workspace, 'dist'), SITE)
        writeTree(path.join(workspace, 'api'), API)
      }
    })
    expect(errorLines(counted.run)).toBe('')
    const deployment = succeeded(counted)
    expect(deployedDigests({ ...deployment, files: deployment.api!.files })).toEqual(
      folderDigests(path.join(counted.run.workspace, 'api'))
    )
    expect(clientSaw(counted.run)).toMatchObject({
      API_LOCATION: path.join(counted.run.workspace, 'api'),
      FUNCTION_LANGUAGE: 'node',
      FUNCTION_LANGUAGE_VERSION: '20'
    })
    expect(counted.run.summary).toContain('handed to StaticSitesClient (API_LOCATION)')
    expect(readdirSync(counted.run.runnerTemp)).toEqual([])
  })

  test('a .zip api-location is written out to a folder for the client, then deleted', async () => {
    const apiZip = await zipOf(API)
    const counted = await runOfficial({
      inputs: {
        'api-location': 'api.zip',
        'api-language': 'python',
        'api-language-version': '3.11'
      },
      prepareWorkspace: (workspace) => {
        writeTree(path.join(workspace, 'dist'), SITE)
        writeFileSync(path.join(workspace, 'api.zip'), apiZip)
      }
    })
    expect(errorLines(counted.run)).toBe('')
    const deployment = succeeded(counted)
    expect(deployedDigests({ ...deployment, files: deployment.api!.files })).toEqual(
      new Map(Object.entries(API).map(([name, content]) => [name, sha256(content)]))
    )
    const saw = clientSaw(counted.run)
    expect(saw.API_LOCATION!.startsWith(path.join(counted.run.runnerTemp, 'swa-app-'))).toBe(true)
    expect(saw).toMatchObject({ FUNCTION_LANGUAGE: 'python', FUNCTION_LANGUAGE_VERSION: '3.11' })
    expect(readdirSync(counted.run.runnerTemp)).toEqual([])
  })
})

describe('a dry run', () => {
  test('downloads and verifies the client but does not run it', async () => {
    const counted = await runOfficial({ inputs: { 'dry-run': 'true' } })
    expect(counted.run.exitCode).toBe(0)
    expect(counted.run.outputs.outcome).toBe('dry-run')
    expect(downloads(counted.requests)).toEqual([runnersFile('stable')])
    expect(counted.run.stdout).toContain(
      `Dry run: StaticSitesClient ${STABLE} is downloaded and its SHA-256 verified; it was not run.`
    )
    expect(counted.run.stdout).not.toContain('StaticSitesClient stand-in')
    expect(contentCalls(counted.requests)).toEqual(['validateapitoken'])
    expect(counted.deployments).toEqual([])
    expect(cachedBuilds()).toHaveLength(1)
  })
})

describe('what the client says and how it ends', () => {
  test('a refusal it prints becomes the error, with the cause and fix the action knows', async () => {
    emulator.content!.behaviour.rejectNext = {
      call: 'request',
      message:
        'This Static Web App already has the maximum number of staging environments (3). Please remove one and try again.'
    }
    const { run } = await runOfficial({ inputs: { 'deployment-environment': 'staging' } })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    // The real client's words for a refusal: the status, then the server's text as its reason.
    expect(error).toContain(
      `StaticSitesClient ${STABLE} exited with code 1: The content server has rejected the request with: BadRequest. Reason: This Static Web App already has the maximum number of staging environments (3).`
    )
    expect(error).toContain('Cause: the plan’s preview environment quota is reached')
    expect(error).toContain('troubleshooting.md#environment-limit')
    expect(error).toContain('correlation id chosen by StaticSitesClient (not reported)')
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs['deployment-id']).toBeUndefined()
    expect(run.summary).toContain('<h2>Deployment failed</h2>')
    expect(run.summary).toContain(`official: StaticSitesClient buildId ${STABLE}`)
  })

  // The real client has exited 0 after failing (Azure/static-web-apps#1246, cli#998): judged by
  // what it printed, such a run is failed, and nothing claims the site is deployed.
  test('"Deployment Failed" with exit code 0 fails the run with its reason', async () => {
    const build = emulator.officialClient!.addBuild(testBuild(6), 'exit-0-on-failure')
    emulator.content!.behaviour.failNextDeployment = 'Failed to deploy the Azure Functions.'
    const { run } = await runOfficial({ inputs: { 'engine-version': build.buildId } })
    expect(run.stdout).toContain('Deployment Failure Reason: Failed to deploy the Azure Functions.')
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.url).toBeUndefined()
    const error = errorLines(run)
    expect(error).toContain(
      `StaticSitesClient ${build.buildId} exited with code 0: Deployment Failure Reason: Failed to deploy the Azure Functions. Cause: the client reported the deployment as failed.`
    )
    expect(error).toContain('troubleshooting.md#official-client-failed')
    expect(run.summary).toContain('<h2>Deployment failed</h2>')
  })

  test('a refusal printed before an exit code 0 becomes the error with the service’s cause', async () => {
    const build = emulator.officialClient!.addBuild(testBuild(7), 'exit-0-on-failure')
    emulator.content!.behaviour.rejectNext = {
      call: 'validateapitoken',
      message: 'No matching Static Web App was found or the api key was invalid.'
    }
    const { run } = await runOfficial({ inputs: { 'engine-version': build.buildId } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('failed')
    const error = errorLines(run)
    expect(error).toContain(
      `StaticSitesClient ${build.buildId} exited with code 0: The content server has rejected the request with: BadRequest. Reason: No matching Static Web App was found or the api key was invalid.`
    )
    // The policy was read from ARM and the token listed this run: the 2026 advice.
    expect(error).toContain('ARM reports the deployment authorization policy "DeploymentToken"')
    expect(error).toContain('troubleshooting.md#content-token-rejected')
  })

  test('"Option … is unknown." with exit code 0 deploys nothing and fails the run', async () => {
    const build = emulator.officialClient!.addBuild(testBuild(8), 'unknown-option')
    const { run, deployments } = await runOfficial({ inputs: { 'engine-version': build.buildId } })
    expect(deployments).toEqual([])
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('failed')
    expect(errorLines(run)).toContain(
      `StaticSitesClient ${build.buildId} exited with code 0: Option 'environment' is unknown. Cause: this build of StaticSitesClient refused a setting it was given and deployed nothing (static-web-apps-cli#998).`
    )
  })

  test('an exit code 0 without the success line is not a deployment', async () => {
    const build = emulator.officialClient!.addBuild(testBuild(9), 'no-success-line')
    const { run } = await runOfficial({ inputs: { 'engine-version': build.buildId } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.url).toBeUndefined()
    expect(errorLines(run)).toContain(
      `StaticSitesClient ${build.buildId} exited with code 0: Exiting. Cause: StaticSitesClient exited 0 without its success line ("Visit your site at: <url>")`
    )
  })

  test('"problems communicating with our content server" names the service, not the site', async () => {
    emulator.host.addFault({ service: 'content', kind: 'status', status: 503, times: Infinity })
    const { run } = await runOfficial()
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(
      `StaticSitesClient ${STABLE} exited with code 1: We are currently experiencing problems communicating with our content server. Cause: StaticSitesClient could not reach the content server`
    )
    expect(error).toContain('Check Azure status')
  })

  test('a client that exits without a word fails naming its exit code', async () => {
    emulator.officialClient!.addBuild(testBuild(3), 'crash')
    const { run } = await runOfficial({ inputs: { 'engine-version': testBuild(3) } })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      `StaticSitesClient ${testBuild(3)} exited with code 3 without printing anything.`
    )
    expect(errorLines(run)).toContain('troubleshooting.md#official-client-failed')
  })

  test('a client printing the token shows ***, and its workflow-command lines stay text', async () => {
    emulator.officialClient!.addBuild(testBuild(1), 'leaky')
    // runCounted's leak scan fails the test if the token shows anywhere.
    const counted = await runOfficial({ inputs: { 'engine-version': testBuild(1) } })
    expect(counted.run.exitCode).toBe(0)
    expect(counted.run.stdout).toContain('Using deployment token *** for this upload')
    const lines = counted.run.stdout.split('\n')
    for (const command of [
      '::set-output name=url::https://attacker.example/',
      '::add-mask::harmless ##[warning]from the client'
    ]) {
      const at = lines.indexOf(command)
      expect(at).toBeGreaterThan(0)
      const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(lines[at - 1]!)?.[1]
      expect(token).toBeDefined()
      expect(lines[at + 1]).toBe(`::${token}::`)
    }
    expect(counted.run.outputs.url).toBe(succeeded(counted).siteUrl)
  })

  test('"Upload Timed Out" from the client ends timed-out, after ARM is asked', async () => {
    emulator.officialClient!.addBuild(testBuild(2), 'give-up')
    emulator.content!.behaviour.neverFinish = true
    const { run, requests } = await runOfficial({ inputs: { 'engine-version': testBuild(2) } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('timed-out')
    expect(errorLines(run)).toContain(
      `StaticSitesClient ${testBuild(2)} gave up waiting for the deployment ("Upload Timed Out. Unsure if deployment was successful or not."); last status InProgress; ARM reports the environment as`
    )
    expect(requestsTo(requests, 'arm').at(-1)?.url).toMatch(/\/builds\/default\?/)
  })

  test('a client that never ends is stopped at its limit and the outcome is timed-out', async () => {
    emulator.officialClient!.addBuild(testBuild(4), 'hang')
    const { run } = await runOfficial({
      inputs: { 'engine-version': testBuild(4), 'deployment-timeout': '1' },
      env: { KEYLESS_SWA_CLIENT_LIMIT_MS: '1500' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('timed-out')
    expect(errorLines(run)).toContain(
      `StaticSitesClient ${testBuild(4)} did not finish within 1.5 s (the upload's allowance and deployment-timeout) and was stopped; last status none seen`
    )
    expect(run.durationMs).toBeLessThan(15_000)
  })
})

describe('cancellation', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)(
    '%s during the upload is passed to the client, which stops; the step ends with the error line',
    async (signal) => {
      emulator.content!.behaviour.inProgressPolls = 1_000_000
      const { run } = await runOfficial({ interrupt: { signal, when: /Status: InProgress/ } })
      await expectCancelledDuringUpload(run, signal)
    }
  )
})

describe('a tool cache other jobs share, and the file that is started', () => {
  /** The cached file of the one build in this test's tool cache. */
  const cachedFile = (): string =>
    path.join(toolCache, 'StaticSitesClient', cachedBuilds()[0]!, 'x64', PLATFORM.fileName)

  test('two jobs installing the same build at once: the one that lost the race adopts the verified copy, and both deploy', async () => {
    const hold = emulator.officialClient!.holdNextDownload()
    // The first job's download is held; the second downloads, caches and deploys meanwhile.
    const loser = runOfficial()
    await hold.arrived
    const winner = await runOfficial()
    expect(errorLines(winner.run)).toBe('')
    expect(winner.run.exitCode).toBe(0)
    expect(downloads(winner.requests)).toEqual([runnersFile('stable')])
    const installed = statSync(cachedFile())

    hold.release()
    const late = await loser
    expect(errorLines(late.run)).toBe('')
    expect(late.run.exitCode).toBe(0)
    expect(late.run.outputs.outcome).toBe('deployed')
    // The winner's verified folder was not replaced under it: same file, same bytes.
    const after = statSync(cachedFile())
    expect([after.ino, after.mtimeMs]).toEqual([installed.ino, installed.mtimeMs])
    expect(late.run.stdout).toContain(
      'Another job cached this build first; its copy matches the manifest and is used.'
    )
    expect(startable(cachedFile())).toBe(true)
    // No half-made folder is left beside it.
    expect(cachedBuilds()).toHaveLength(1)
    expect(readdirSync(path.dirname(path.dirname(cachedFile()))).sort()).toEqual([
      'x64',
      'x64.complete'
    ])
    expect(readdirSync(late.run.runnerTemp)).toEqual([])
  })

  test('three jobs at once against an empty tool cache all deploy, and one copy is cached', async () => {
    const runs = await Promise.all(
      ['one', 'two', 'three'].map((environment) =>
        runOfficial({ inputs: { 'deployment-environment': environment } })
      )
    )
    for (const { run } of runs) {
      expect(errorLines(run)).toBe('')
      expect(run.exitCode).toBe(0)
      expect(run.outputs.outcome).toBe('deployed')
    }
    expect(cachedBuilds()).toHaveLength(1)
    expect(readdirSync(path.dirname(path.dirname(cachedFile()))).sort()).toEqual([
      'x64',
      'x64.complete'
    ])
    expect(startable(cachedFile())).toBe(true)
  })

  test('a cached client replaced after it was verified never runs: the verified bytes do', async () => {
    expect((await runOfficial()).run.exitCode).toBe(0)
    const target = cachedFile()
    const marker = path.join(toolCache, 'the-replacement-ran')
    // POSIX: a program that leaves a mark and claims success. Windows: bytes no loader takes.
    const replacement =
      process.platform === 'win32'
        ? 'not a program'
        : `#!/bin/sh\necho ran > '${marker}'\necho 'Visit your site at: https://replaced.example/'\n`
    // Many incompressible files: writing the .zip out for the client takes a while.
    const siteZip = await patchedZip(
      Array.from({ length: 300 }, (_, index) => ({
        name: `assets/${index}.bin`,
        bytes: randomBytes(16 * 1024)
      })).concat([{ name: 'index.html', bytes: Buffer.from('<h1>zipped</h1>\n') }])
    )
    let watcher: FSWatcher | undefined
    let replaced = false
    const counted = await runOfficial({
      inputs: { 'app-location': 'site.zip' },
      prepareWorkspace: (workspace) => {
        writeFileSync(path.join(workspace, 'site.zip'), siteZip)
        // The payload step that comes after the verification: the file is swapped as it starts.
        watcher = watch(path.join(path.dirname(workspace), 'runner-temp'), (_event, name) => {
          if (replaced || !String(name).startsWith('swa-app-')) return
          replaced = true
          writeFileSync(`${target}.new`, replacement, { mode: 0o755 })
          renameSync(`${target}.new`, target)
        })
      }
    })
    watcher?.close()
    expect(replaced).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe(replacement)
    expect(existsSync(marker)).toBe(false)
    expect(errorLines(counted.run)).toBe('')
    expect(counted.run.exitCode).toBe(0)
    expect(counted.run.stdout).toContain(`StaticSitesClient stand-in ${STABLE}:`)
    expect(counted.run.outputs.url).toBe(succeeded(counted).siteUrl)
    expect(readdirSync(counted.run.runnerTemp)).toEqual([])
  })

  test('what the client writes to the runner files never reaches the runner', async () => {
    emulator.officialClient!.addBuild('9.0.000006', 'runner-files')
    const counted = await runOfficial({ inputs: { 'engine-version': '9.0.000006' } })
    expect(errorLines(counted.run)).toBe('')
    expect(counted.run.exitCode).toBe(0)
    // It was handed a file for each, and wrote to each: a client that writes unasked still runs.
    for (const name of Object.keys(RUNNER_FILE_WRITES)) {
      expect(counted.run.stdout).toContain(`Wrote ${name}\n`)
    }
    const deployment = succeeded(counted)
    expect(counted.run.outputs).toMatchObject({
      url: deployment.siteUrl,
      static_web_app_url: deployment.siteUrl
    })
    for (const file of ['github_output', 'github_env', 'github_path', 'github_state']) {
      expect(readFileSync(path.join(counted.run.root, file), 'utf8')).not.toContain('client-wrote')
    }
    expect(counted.run.summary).not.toContain('Written by StaticSitesClient')
    expect(counted.run.summary).toContain('<td>Upload engine</td>')
    expect(readdirSync(counted.run.runnerTemp)).toEqual([])
  })

  test('a verified cached client without its execute bit is started all the same', async () => {
    expect((await runOfficial()).run.exitCode).toBe(0)
    // Left so by a cache restored from an archive or copied without modes.
    if (process.platform !== 'win32') chmodSync(cachedFile(), 0o644)
    const counted = await runOfficial()
    expect(errorLines(counted.run)).toBe('')
    expect(counted.run.exitCode).toBe(0)
    expect(counted.run.stdout).toContain('Found in the tool cache')
    expect(downloads(counted.requests)).toEqual([])
    expect(counted.run.outputs.url).toBe(succeeded(counted).siteUrl)
    expect(startable(cachedFile())).toBe(true)
  })
})

// What Windows is served, proven on whichever OS runs the tests: the file is a copy of Node.js
// with the build's configuration after its bytes (over 100 MB, so one download for the test).
describe('the program form, a copy of Node.js as Windows gets it', () => {
  test('is downloaded whole, verified, cached and run; the next run reuses it and passes on a signal', async () => {
    const build = emulator.officialClient!.addBuild(testBuild(5), 'deploy', 'program')
    const file = build.files[PLATFORM.key]!
    const size = file.size
    expect(size).toBeGreaterThan(10 * 1024 * 1024)
    // Its bytes are its own: the same program with another build's trailer has another SHA-256.
    expect(emulator.officialClient!.release('stable').files['win-x64']!.sha).not.toBe(file.sha)

    const first = await runOfficial({ inputs: { 'engine-version': testBuild(5) } })
    expect(errorLines(first.run)).toBe('')
    expect(downloads(first.requests)).toEqual([file.path])
    expect(first.run.stdout).toContain(
      `Downloaded ${formatBytes(size)} from https://swalocaldeployv2-bndtgugjgqc3dhdx.b01.azurefd.net; its SHA-256 matches the manifest (${file.sha}).`
    )
    expect(first.run.stdout).toContain(`StaticSitesClient stand-in ${testBuild(5)}:`)
    expect(clientSaw(first.run).APP_LOCATION).toBe(path.join(first.run.workspace, 'dist'))
    expect(first.run.outputs.url).toBe(succeeded(first).siteUrl)
    const cached = path.join(toolCache, 'StaticSitesClient', cachedBuilds()[0]!, 'x64')
    expect(statSync(path.join(cached, PLATFORM.fileName)).size).toBe(size)
    expect(startable(path.join(cached, PLATFORM.fileName))).toBe(true)

    emulator.content!.behaviour.inProgressPolls = 1_000_000
    const second = await runOfficial({
      inputs: { 'engine-version': testBuild(5) },
      interrupt: { signal: 'SIGTERM', when: /Status: InProgress/ }
    })
    expect(downloads(second.requests)).toEqual([])
    expect(second.run.stdout).toContain('Found in the tool cache')
    await expectCancelledDuringUpload(second.run, 'SIGTERM')
  })
})
