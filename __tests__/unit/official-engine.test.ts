// engine: official's pure parts: which manifest entry and file a runner takes, the client's
// environment (the token only in DEPLOYMENT_TOKEN, nothing withheld inherited), and how its
// output is read (lines across chunks, colour codes, a line too long to keep, the lines that
// carry a result), and how a run of it ends (exit, limit, cancellation, a file that cannot start).
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Interruption } from '../../src/cancel.js'
import { cacheVersion } from '../../src/engine/install.js'
import { clientEnvironment, type ClientRun } from '../../src/engine/environment.js'
import { chooseRelease } from '../../src/engine/manifest.js'
import { ClientOutput, judgeClient } from '../../src/engine/output.js'
import { runClient } from '../../src/engine/process.js'
import { officialClientPlatform, type ClientPlatformKey } from '../../src/engine/platform.js'

const semver = createRequire(import.meta.url)('semver') as { valid: (v: string) => string | null }
const SHA = 'ab'.repeat(32)
const file = (name: string) => ({ url: `https://cdn.example/downloads/x/${name}`, sha: SHA })
/** A 2026 buildId: 40 hex digits (PROTOCOLS.md §6). */
const LATEST = '08e29138cd3dcda4ffda6d587aa580028110c1c7'
const MANIFEST = [
  {
    version: 'latest',
    buildId: LATEST,
    publishDate: '2026-03-01T00:00:00Z',
    files: { 'linux-x64': file('linux'), 'win-x64': file('win'), 'osx-x64': file('osx') }
  },
  {
    version: 'stable',
    buildId: '1.0.027044',
    files: { 'linux-x64': file('linux'), 'win-x64': { url: 'http://cdn.example/w', sha: SHA } }
  },
  {
    version: 'backup',
    buildId: '1.0.026490',
    files: { 'linux-x64': { url: file('l').url, sha: 'x' } }
  }
]

describe('chooseRelease', () => {
  test('a channel or a buildId picks its entry and this OS’s file', () => {
    expect(chooseRelease(MANIFEST, 'latest', 'osx-x64')).toEqual({
      version: 'latest',
      buildId: LATEST,
      publishDate: '2026-03-01T00:00:00Z',
      url: 'https://cdn.example/downloads/x/osx',
      sha256: SHA
    })
    expect(chooseRelease(MANIFEST, '1.0.027044', 'linux-x64').version).toBe('stable')
    expect(chooseRelease(MANIFEST, LATEST, 'linux-x64').version).toBe('latest')
    // A SHA's hex digits in either case name the same build.
    expect(chooseRelease(MANIFEST, LATEST.toUpperCase(), 'linux-x64').buildId).toBe(LATEST)
    // Upper-case hex is the same digest.
    const upper = [
      { ...MANIFEST[0], files: { 'linux-x64': { ...file('l'), sha: SHA.toUpperCase() } } }
    ]
    expect(chooseRelease(upper, 'latest', 'linux-x64').sha256).toBe(SHA)
  })

  test.each<[unknown, string, ClientPlatformKey, RegExp]>([
    [
      MANIFEST,
      '9.9.9',
      'linux-x64',
      /'9\.9\.9' is not in the StaticSitesClient manifest; it lists latest \(08e29138cd3dcda4ffda6d587aa580028110c1c7\), stable/
    ],
    [
      MANIFEST,
      'stable',
      'osx-x64',
      /buildId 1\.0\.027044 has no osx-x64 file \(it lists linux-x64, win-x64\)/
    ],
    [MANIFEST, 'stable', 'win-x64', /win-x64 file of buildId 1\.0\.027044 is not an https URL/],
    [MANIFEST, 'backup', 'linux-x64', /has no SHA-256 of 64 hex digits/],
    [{ not: 'an array' }, 'stable', 'linux-x64', /the manifest is not a JSON array/],
    [
      [{ version: 'stable', buildId: '../x', files: {} }],
      'stable',
      'linux-x64',
      /no usable buildId/
    ]
  ])('refuses %#', (manifest, wanted, platform, expected) => {
    expect(() => chooseRelease(manifest, wanted, platform)).toThrow(expected)
  })
})

describe('officialClientPlatform', () => {
  test.each<[NodeJS.Platform, string, NodeJS.ProcessEnv, ClientPlatformKey, string]>([
    ['linux', 'x64', {}, 'linux-x64', 'StaticSitesClient'],
    ['win32', 'x64', { RUNNER_ARCH: 'X64' }, 'win-x64', 'StaticSitesClient.exe'],
    ['darwin', 'arm64', { RUNNER_ARCH: 'X64' }, 'osx-x64', 'StaticSitesClient']
  ])('%s %s %j takes %s as %s', (platform, arch, env, key, fileName) => {
    expect(officialClientPlatform(env, platform, arch)).toEqual({ key, fileName })
  })

  test.each<[NodeJS.Platform, string, NodeJS.ProcessEnv, RegExp]>([
    ['darwin', 'x64', { RUNNER_ARCH: 'ARM64' }, /this is an arm64 runner/],
    ['linux', 'arm64', {}, /this is an arm64 runner/],
    ['win32', 'x64', { RUNNER_ARCH: 'X86' }, /this is an ia32 runner/],
    ['freebsd', 'x64', {}, /this is a freebsd runner/]
  ])('refuses %s %s %j, naming engine: native', (platform, arch, env, expected) => {
    const found = officialClientPlatform(env, platform, arch)
    expect(found).toEqual({ problem: expect.stringMatching(expected) })
    expect((found as { problem: string }).problem).toContain('Use engine: native (the default)')
  })
})

test('cacheVersion turns every buildId into a version tool-cache finds', () => {
  for (const buildId of [
    '1.0.027044',
    '1.0.0',
    'v2_beta',
    '20260301.1',
    LATEST,
    `0${'1'.repeat(39)}`
  ]) {
    expect(semver.valid(cacheVersion(buildId))).toBe(cacheVersion(buildId))
  }
  expect(cacheVersion('1.0.027044')).toBe('0.0.0-build-1-0-027044')
  expect(cacheVersion(LATEST)).toBe(`0.0.0-build-${LATEST}`)
})

describe('clientEnvironment', () => {
  const run: ClientRun = {
    deploymentToken: 'the-deployment-token',
    appLocation: '/w/dist',
    configFileLocation: undefined,
    environment: undefined,
    repositoryBase: '/w',
    verbose: false,
    runnerFiles: {
      GITHUB_OUTPUT: '/c/output',
      GITHUB_ENV: '/c/env',
      GITHUB_PATH: '/c/path',
      GITHUB_STATE: '/c/state',
      GITHUB_STEP_SUMMARY: '/c/summary'
    }
  }
  // What a process needs to run, reach the network and trust its CA: passed on as it is.
  const kept = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    HTTPS_PROXY: 'http://proxy:3128',
    NODE_EXTRA_CA_CERTS: '/etc/ca.pem',
    RUNNER_TEMP: '/tmp/r',
    GITHUB_REPOSITORY: 'o/r'
  }
  const inherited = {
    ...kept,
    'INPUT_GITHUB-TOKEN': 'ghs_input',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token',
    ACTIONS_RUNTIME_TOKEN: 'runtime',
    GITHUB_TOKEN: 'ghs_env',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: '/e.json',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_OUTPUT: '/runner/output',
    github_env: '/runner/env',
    GITHUB_PATH: '/runner/path',
    GITHUB_STATE: '/runner/state',
    GITHUB_STEP_SUMMARY: '/runner/summary',
    deployment_environment: 'stray',
    API_LOCATION: 'api',
    FUNCTION_LANGUAGE: 'node'
  }

  test('production: the runner’s environment less what is withheld, plus the §6 rows', () => {
    expect(clientEnvironment(run, inherited)).toEqual({
      ...kept,
      DEPLOYMENT_ACTION: 'upload',
      DEPLOYMENT_TOKEN: 'the-deployment-token',
      DEPLOYMENT_PROVIDER: 'GitHub',
      REPOSITORY_BASE: '/w',
      APP_LOCATION: '/w/dist',
      SKIP_APP_BUILD: 'true',
      SKIP_API_BUILD: 'true',
      VERBOSE: 'false',
      // The runner's files are the action's: the client writes to throwaway ones.
      ...run.runnerFiles
    })
  })

  test('a preview environment, a config folder and debug logging', () => {
    const env = clientEnvironment(
      { ...run, environment: 'staging', configFileLocation: '/w/config', verbose: true },
      {}
    )
    expect(env).toMatchObject({
      DEPLOYMENT_ENVIRONMENT: 'staging',
      CONFIG_FILE_LOCATION: '/w/config',
      VERBOSE: 'true'
    })
    // The token travels in one variable only.
    expect(Object.entries(env).filter(([, value]) => value === run.deploymentToken)).toEqual([
      ['DEPLOYMENT_TOKEN', run.deploymentToken]
    ])
  })
})

describe('ClientOutput', () => {
  let shown: string[]
  let output: ClientOutput
  beforeEach(() => {
    shown = []
    output = new ClientOutput((line) => shown.push(line))
  })

  test('lines split across chunks and streams, CR endings and colour codes', () => {
    output.push('stdout', 'Uploading build art')
    output.push('stderr', 'warn\r\n')
    output.push(
      'stdout',
      'ifacts.\rStatus: InProgress. Time: 0.1(s)\n\u001b[31mDeployment Failed :(\u001b[0m\n'
    )
    output.push('stdout', 'Deployment Failure Reason: The size of the app content was too large.\n')
    output.push('stdout', 'Status: Failed. Time: 15.2(s)\nExiting')
    output.end()
    expect(shown).toEqual([
      'warn',
      'Uploading build artifacts.',
      'Status: InProgress. Time: 0.1(s)',
      'Deployment Failed :(',
      'Deployment Failure Reason: The size of the app content was too large.',
      'Status: Failed. Time: 15.2(s)',
      'Exiting'
    ])
    expect(output.report).toMatchObject({
      lastStatus: 'Failed',
      failureReason: 'The size of the app content was too large.',
      timedOut: false
    })
    expect(output.report.lastLines.at(-1)).toBe('Exiting')
  })

  test('the site URL and the timeout text are picked out', () => {
    output.push('stdout', 'Visit your site at: https://a-b.6.azurestaticapps.net\n')
    output.push('stdout', 'Upload Timed Out. Unsure if deployment was successful or not.\n')
    expect(output.report.siteUrl).toBe('https://a-b.6.azurestaticapps.net')
    expect(output.report.timedOut).toBe(true)
  })

  test('a line with no end is shown once, cut far past what the log keeps, the rest dropped', () => {
    output.push('stdout', 'x'.repeat(70 * 1024))
    output.push('stdout', 'y'.repeat(70 * 1024))
    output.push('stdout', 'zzz\nnext\n')
    expect(shown).toHaveLength(2)
    expect(shown[0]).toBe('x'.repeat(64 * 1024))
    expect(shown[1]).toBe('next')
  })
})

// The client's verdict is what it printed as well as its exit code (PROTOCOLS.md §6).
describe('judgeClient', () => {
  const judged = (code: number | null, lines: string[]) => {
    const output = new ClientOutput(() => undefined)
    output.push('stdout', `${lines.join('\n')}\n`)
    return judgeClient(code, output.report)
  }

  test('success needs exit code 0 and the success line', () => {
    const done = ['Status: Succeeded. Time: 15.1(s)', 'Deployment Complete :)']
    expect(judged(0, [...done, 'Visit your site at: https://a.azurestaticapps.net']).kind).toBe(
      'succeeded'
    )
    expect(judged(1, [...done, 'Visit your site at: https://a.azurestaticapps.net']).kind).toBe(
      'failed'
    )
    expect(judged(0, [...done, 'Exiting'])).toMatchObject({
      kind: 'failed',
      cause: expect.stringContaining('without its success line')
    })
  })

  test.each([
    [['Status: Failed. Time: 20.4(s)'], /failed without a reason/],
    [['Deployment Failed :('], /failed without a reason/],
    [
      ['Deployment Failure Reason: Failed to deploy the Azure Functions.'],
      /reported the deployment as failed/
    ],
    [
      ['The content server has rejected the request with: BadRequest', 'Reason: Nope.'],
      /refused the deployment \(BadRequest\)/
    ],
    [
      [
        'We are currently experiencing problems communicating with our content server. Please try again later or file an issue if this behavior continues.'
      ],
      /could not reach the content server/
    ],
    [['ERROR(S):', "  Option 'environment' is unknown."], /refused a setting/]
  ])('exit code 0 after %j is a failure', (lines, cause) => {
    const success = 'Visit your site at: https://a.azurestaticapps.net'
    expect(judged(0, [...lines, success])).toMatchObject({
      kind: 'failed',
      cause: expect.stringMatching(cause)
    })
  })

  test('"Upload Timed Out" is giving up, whatever the exit code', () => {
    const line = 'Upload Timed Out. Unsure if deployment was successful or not.'
    expect(judged(0, [line]).kind).toBe('gave-up')
    expect(judged(1, [line]).kind).toBe('gave-up')
  })

  test('the server text of a rejection is handed on for the service’s cause', () => {
    expect(
      judged(1, ['The content server has rejected the request with: BadRequest', 'Reason: Quota.'])
    ).toMatchObject({ serverText: 'Quota.' })
  })
})

// Node.js itself stands in for the client on every OS: runClient starts it with no arguments, and
// NODE_OPTIONS preloads the stand-in's script (a shell script is no program on Windows).
describe('runClient', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'run-client-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  const program = (name: string, script: string): string => {
    const file = path.join(folder, `${name}.cjs`)
    writeFileSync(file, script)
    return file
  }
  const run = (
    script: string | undefined,
    options: {
      limitMs?: number
      signal?: AbortSignal
      path?: string
      platform?: NodeJS.Platform
      stopGraceMs?: number
    } = {}
  ) => {
    const shown: string[] = []
    const output = new ClientOutput((line) => shown.push(line))
    const ended = runClient({
      path: options.path ?? process.execPath,
      env: {
        PATH: process.env.PATH ?? '',
        SYSTEMROOT: process.env.SYSTEMROOT,
        GREETING: 'from the environment',
        ...(script === undefined ? {} : { NODE_OPTIONS: `--require ${JSON.stringify(script)}` })
      },
      cwd: folder,
      signal: options.signal ?? new AbortController().signal,
      limitMs: options.limitMs ?? 10_000,
      ...(options.platform === undefined ? {} : { platform: options.platform }),
      ...(options.stopGraceMs === undefined ? {} : { stopGraceMs: options.stopGraceMs }),
      output
    })
    return { ended, shown, output }
  }

  test('its exit code and its lines, its environment the one given and no arguments', async () => {
    const { ended, shown } = run(
      program(
        'exits',
        'console.log(`${process.env.GREETING}, ${process.argv.length - 1} arguments`)\nprocess.exit(7)\n'
      )
    )
    expect(await ended).toEqual({ kind: 'exited', code: 7, signalName: null })
    expect(shown).toEqual(['from the environment, 0 arguments'])
  })

  test('stopped at its limit', async () => {
    const { ended } = run(
      program('sleeps', "console.log('started')\nsetTimeout(() => {}, 30_000)\n"),
      {
        limitMs: 500
      }
    )
    expect(await ended).toEqual({ kind: 'timed-out' })
  })

  test("the run's cancellation is passed on as the signal that arrived", async () => {
    const controller = new AbortController()
    const { ended, output } = run(
      program('waits', "console.log('waiting')\nsetTimeout(() => {}, 30_000)\n"),
      { signal: controller.signal }
    )
    // Once it has printed, so it is running (Node.js takes a moment to start).
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (output.report.lastLines.length > 0) resolve(clearInterval(poll))
      }, 20)
    })
    controller.abort(new Interruption('SIGINT'))
    expect(await ended).toEqual({ kind: 'cancelled', signalName: 'SIGINT' })
    expect(output.report.lastLines).toEqual(['waiting'])
  })

  const HEARS_SIGINT =
    "process.on('SIGINT', () => { console.log('heard SIGINT'); process.exit(0) })\nconsole.log('waiting')\nsetTimeout(() => {}, 30_000)\n"
  const whenPrinted = (output: ClientOutput): Promise<void> =>
    new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (output.report.lastLines.length > 0) resolve(clearInterval(poll))
      }, 20)
    })

  // Windows: the runner's Ctrl+C is a console event the client shares, and kill() would be
  // TerminateProcess; so the action sends nothing and only ends the client after the grace.
  test('Windows rules: a console cancellation is not sent again; the client is ended after the grace', async () => {
    const controller = new AbortController()
    const { ended, output } = run(program('hears-win', HEARS_SIGINT), {
      signal: controller.signal,
      platform: 'win32',
      stopGraceMs: 300
    })
    await whenPrinted(output)
    const cancelledAt = performance.now()
    controller.abort(new Interruption('SIGINT'))
    expect(await ended).toEqual({ kind: 'cancelled', signalName: 'SIGINT' })
    // Not before the grace: nothing ended it sooner (on Linux no console event exists to hear).
    expect(performance.now() - cancelledAt).toBeGreaterThanOrEqual(290)
    expect(output.report.lastLines).toEqual(['waiting'])
  })

  const posix = process.platform !== 'win32'
  ;(posix ? test : test.skip)(
    'POSIX rules: the signal is passed on and the client stops by itself',
    async () => {
      const controller = new AbortController()
      const { ended, output } = run(program('hears-posix', HEARS_SIGINT), {
        signal: controller.signal,
        platform: process.platform,
        stopGraceMs: 20_000
      })
      await whenPrinted(output)
      controller.abort(new Interruption('SIGINT'))
      expect(await ended).toEqual({ kind: 'cancelled', signalName: 'SIGINT' })
      expect(output.report.lastLines).toEqual(['waiting', 'heard SIGINT'])
    }
  )

  // POSIX: a file without the execute bit; Windows has no such bit, so: no file at all.
  const unstartable =
    process.platform === 'win32'
      ? { path: path.join(folder, 'missing.exe'), code: 'ENOENT' }
      : { path: program('not-executable', 'process.exit(0)\n'), code: 'EACCES' }
  test(`a file that cannot be started is an error that says why (${unstartable.code})`, async () => {
    const { ended } = run(undefined, { path: unstartable.path })
    await expect(ended).rejects.toThrow(
      `StaticSitesClient could not be started (${unstartable.code}).`
    )
  })
})
