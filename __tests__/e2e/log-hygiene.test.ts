// What the action prints is safe to print, through dist/index.js: a secret that a server echoes
// is replaced before any cut (no half of it survives), server text cannot start a workflow
// command, an error nobody expected still ends as one redacted `::error::` line with no stack,
// links lead to the docs of the action's own repository and ref, and every request says which
// action (and version) sent it, ARM requests with a request id logged next to the run's URL. The
// leak scan reads the run's own temporary and home folders (os.tmpdir(), os.homedir()), where a
// library's cache would go.
import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Emulator } from '../../emulator/index.js'
import { listFiles, REPO_ROOT, type ActionRun } from '../../emulator/runner.js'
import { deployBaseline, runCounted } from '../support/deploy.js'
import { errorLines, runAgainst, runScanned, useTestEmulator } from '../support/e2e.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string
  version: string
}

describe('a secret in a server reply', () => {
  test('is replaced before the excerpt is cut, so not even its start is printed', async () => {
    const secret = emulator.github.requestToken
    // The excerpt keeps 200 characters: the secret straddles the cut.
    const body = `${'x'.repeat(190)} ${secret} trailing text`
    emulator.host.addFault({
      service: 'github',
      path: /^\/token$/,
      kind: 'status',
      status: 500,
      body,
      times: Infinity
    })
    const { run } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain('GitHub OIDC token request failed: HTTP 500 after 5 attempts')
    expect(error).toContain(`${'x'.repeat(190)} *** trail…).`)
    const visible = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    expect(visible).not.toContain(secret.slice(0, 8))
  })
})

describe('server text in a log line', () => {
  test('cannot start a workflow command: its newline is shown escaped', async () => {
    const status = 'InProgress\n::warning::injected by the server\r\n::add-mask::x'
    emulator.host.addFault({
      service: 'content',
      path: /^\/api\/upload\/checkstatus$/,
      kind: 'status',
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({
        response: { deploymentStatus: status },
        statusCode: 200,
        errorMessage: null,
        isSuccessStatusCode: true
      }),
      times: 1
    })
    const { run } = await runCounted(emulator)
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    const lines = run.stdout.split(/\r?\n/)
    expect(lines.filter((line) => line.startsWith('::warning::injected'))).toEqual([])
    expect(lines.filter((line) => line === '::add-mask::x')).toEqual([])
    expect(run.stdout).toContain(
      // Shown escaped, and cut to the 64 characters a status may take in a log line.
      'Deployment status: InProgress\\u000a::warning::injected by the server\\u000d\\u000a::a…'
    )
  })
})

describe('an error nobody expected', () => {
  /** A preload that makes something go wrong mid-run, the way a library bug would. */
  function sabotage(kind: 'rejection' | 'exception'): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'sabotage-'))
    const file = path.join(folder, 'sabotage.mjs')
    const fault =
      kind === 'rejection'
        ? 'Promise.reject(new Error(message))'
        : '(() => { throw new Error(message) })()'
    writeFileSync(
      file,
      [
        '// Once the claims are logged (the runner token is then a registered secret), fail.',
        'const write = process.stdout.write.bind(process.stdout)',
        'let armed = true',
        'process.stdout.write = (chunk, ...rest) => {',
        '  const written = write(chunk, ...rest)',
        "  if (armed && String(chunk).includes('GitHub OIDC token claims')) {",
        '    armed = false',
        '    const message = `library bug holding ${process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}`',
        `    setImmediate(() => { ${fault} })`,
        '  }',
        '  return written',
        '}',
        ''
      ].join('\n')
    )
    return `--import=${pathToFileURL(file).href}`
  }

  test.each(['rejection', 'exception'] as const)(
    'an unhandled %s ends through the redacted error line, with no stack',
    async (kind) => {
      const { run, requests } = await runCounted(emulator, {
        env: { NODE_OPTIONS: sabotage(kind) }
      })
      expect(run.exitCode).toBe(1)
      const error = errorLines(run)
      expect(error).toContain('The action stopped on an unexpected error: library bug holding ***')
      expect(error).not.toContain(emulator.github.requestToken)
      // No stack frame anywhere, and the pipeline went no further.
      expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at /m)
      expect(run.stderr).toBe('')
      expect(requests.filter((request) => request.service === 'content')).toEqual([])
    }
  )
})

/**
 * A preload that writes the runner's token request token where a library would cache it: below
 * os.tmpdir() or os.homedir(), at `file`.
 */
function cacheUnder(base: 'tmpdir' | 'homedir', ...file: string[]): string {
  const preload = path.join(mkdtempSync(path.join(tmpdir(), 'token-cache-')), 'token-cache.mjs')
  writeFileSync(
    preload,
    [
      "import { mkdirSync, writeFileSync } from 'node:fs'",
      `import { ${base} } from 'node:os'`,
      "import path from 'node:path'",
      `const file = path.join(${base}(), ...${JSON.stringify(file)})`,
      'mkdirSync(path.dirname(file), { recursive: true })',
      'writeFileSync(file, JSON.stringify({ token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN }))',
      ''
    ].join('\n')
  )
  return `--import=${pathToFileURL(preload).href}`
}

/**
 * The folders a run gets of its own, where libraries write unasked: os.tmpdir() (TMPDIR, TMP,
 * TEMP) and os.homedir() (HOME, USERPROFILE). Each is inside the run's root, so the leak scan
 * reads it; one a test sets instead is read too, named by its variable.
 */
const OWN_FOLDERS = [
  {
    what: "the run's temporary folder",
    base: 'tmpdir',
    // Where a library might keep a cache of its own.
    file: ['library-cache', 'tokens.json'],
    folder: (run: ActionRun): string => run.temp,
    name: 'temp',
    variables: ['TMPDIR', 'TMP', 'TEMP']
  },
  {
    what: "the run's home folder",
    base: 'homedir',
    // Where MSAL's token cache goes when persisted (msal-node-extensions, the Azure CLI's too).
    file: ['.azure', 'msal_token_cache.json'],
    folder: (run: ActionRun): string => run.home,
    name: 'home',
    variables: ['HOME', 'USERPROFILE']
  }
] as const

describe.each(OWN_FOLDERS)('$what', ({ base, file, folder, name, variables }) => {
  const planted = (): string => cacheUnder(base, ...file)
  const leakAt = (where: string): { where: string; secretIndex: number }[] => [
    {
      where: path.join(where, ...file),
      secretIndex: emulator.issuedSecrets().indexOf(emulator.github.requestToken)
    }
  ]

  test(`a token written below os.${base}() is found by the leak scan, and named`, async () => {
    const { run, leaks } = await runScanned(emulator, { env: { NODE_OPTIONS: planted() } })
    await emulator.content!.settled()
    expect(run.exitCode).toBe(0)
    expect(leaks).toEqual(leakAt(name))
  })

  test("one a test sets instead of the run's own is read too, named by its variable", async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), `other-${name}-`))
    const env = Object.fromEntries(variables.map((variable) => [variable, elsewhere]))
    const { leaks } = await runScanned(emulator, { env: { NODE_OPTIONS: planted(), ...env } })
    await emulator.content!.settled()
    expect(leaks).toEqual(leakAt(variables[0]))
  })

  test("is the run's own, left without a file by a deploy, and removed with the run root", async () => {
    const run = await runAgainst(emulator)
    await emulator.content!.settled()
    expect(run.exitCode).toBe(0)
    expect(path.relative(run.root, folder(run))).toBe(name)
    expect(listFiles(folder(run))).toEqual([])
    rmSync(run.root, { recursive: true, force: true })
    expect(existsSync(folder(run))).toBe(false)
  })
})

describe('troubleshooting links', () => {
  // A refused input: an error with a link, and not a single request.
  const failing = { 'deployment-environment': 'not valid!' }

  test('point at the repository and ref the action runs from', async () => {
    const { run } = await runCounted(emulator, {
      inputs: failing,
      env: { GITHUB_ACTION_REPOSITORY: 'acme/keyless-swa-deploy', GITHUB_ACTION_REF: 'v1.4.2' }
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      'See https://github.com/acme/keyless-swa-deploy/blob/v1.4.2/docs/troubleshooting.md#inputs'
    )
  })

  test.each([
    ['unset (a local action)', {}],
    ['not a repository slug', { GITHUB_ACTION_REPOSITORY: 'acme/x/y', GITHUB_ACTION_REF: 'v1' }],
    ['a ref with odd characters', { GITHUB_ACTION_REPOSITORY: 'acme/x', GITHUB_ACTION_REF: 'v1?#' }]
  ])('fall back to the placeholder when %s', async (_name, env) => {
    const { run } = await runCounted(emulator, { inputs: failing, env })
    expect(errorLines(run)).toContain(
      'See https://github.com/org/keyless-swa-deploy/blob/v1/docs/troubleshooting.md#inputs'
    )
  })
})

describe('traceability', () => {
  test("every request carries the action's User-Agent; ARM requests a logged request id", async () => {
    const { run, requests } = await runCounted(emulator, { env: { GITHUB_RUN_ATTEMPT: '3' } })
    expect(run.exitCode).toBe(0)
    // The emulator's Entra reads the issuer's discovery and keys itself: those are not ours.
    const ours = requests.filter((request) => !request.url.startsWith('/.well-known/'))
    expect(new Set(ours.map((request) => request.service))).toEqual(
      new Set(['github', 'entra', 'arm', 'content', 'blob'])
    )
    for (const request of ours) {
      expect(request.userAgent?.split(' ')[0]).toBe(`${manifest.name}/${manifest.version}`)
    }
    const arm = ours.filter((request) => request.service === 'arm')
    const ids = arm.map((request) => request.clientRequestId)
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id ?? ''))).toBe(true)
    expect(new Set(ids).size).toBe(arm.length)
    const runUrl = 'https://github.com/octo-org/octo-site/actions/runs/1001/attempts/3'
    for (const id of ids) {
      expect(run.stdout).toMatch(
        new RegExp(
          `^ARM [^:]+: x-ms-client-request-id ${id} \\(run ${runUrl.replace(/[./]/g, '\\$&')}\\)$`,
          'm'
        )
      )
    }
  })
})
