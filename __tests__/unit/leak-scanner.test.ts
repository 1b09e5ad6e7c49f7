// The leak scanner every end-to-end run relies on must itself catch leaks: a secret printed on a
// line that is not its mask line, in stderr, in a file the run left (plain or base64), or used
// before it was masked; and it must pass a clean run.
import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileStates, findLeaks, maskedSecrets } from '../support/leaks.js'

const OIDC = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9jdG8ifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg'
const ACCESS = 'eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQifQ.YWNjZXNzLXNpZ25hdHVyZQ'
const DEPLOYMENT = 'a3f9c1d07e5b4a2c9f1e8d7c6b5a49382716f5e4d3c2b1a0'
const SECRETS = [OIDC, ACCESS, DEPLOYMENT]

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

/** A run folder like the runner's, with the files a clean run leaves. */
function runRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'leak-scan-'))
  roots.push(root)
  mkdirSync(path.join(root, 'workspace', 'dist'), { recursive: true })
  writeFileSync(path.join(root, 'workspace', 'dist', 'index.html'), '<h1>hello</h1>')
  writeFileSync(path.join(root, 'github_output'), 'url=https://octo-site.6.azurestaticapps.net\n')
  writeFileSync(path.join(root, 'step_summary.md'), '## Deployed to Azure Static Web Apps\n')
  return root
}

function cleanStdout(): string {
  return [
    '::group::GitHub OIDC token claims presented to Entra ID',
    'sub: repo:octo-org/octo-site:ref:refs/heads/main',
    '::endgroup::',
    `::add-mask::${OIDC}`,
    `::add-mask::${ACCESS}`,
    'Reading the deployment token',
    `::add-mask::${DEPLOYMENT}`,
    'Deployment succeeded: https://octo-site.6.azurestaticapps.net',
    ''
  ].join('\n')
}

describe('findLeaks', () => {
  test('catches the GitHub API token (github-token) in a file the run left', () => {
    const githubToken = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
    const root = runRoot()
    writeFileSync(path.join(root, 'step_summary.md'), `comment by ${githubToken}\n`)
    const stdout = `::add-mask::${githubToken}\n${cleanStdout()}`
    expect(findLeaks({ stdout, stderr: '', root }, [...SECRETS, githubToken])).toEqual([
      { where: 'step_summary.md', secretIndex: 3 }
    ])
  })

  test('catches a secret across the boundary of the pieces a large file is read in', () => {
    const root = runRoot()
    // 4 MiB pieces: the secret starts 10 bytes before the first piece ends.
    const padding = Buffer.alloc(4 * 1024 * 1024 - 10, 'x')
    const big = Buffer.concat([padding, Buffer.from(DEPLOYMENT), Buffer.alloc(1000, 'y')])
    writeFileSync(path.join(root, 'workspace', 'large.bin'), big)
    const leaks = findLeaks({ stdout: cleanStdout(), stderr: '', root }, SECRETS)
    expect(leaks).toEqual([{ where: path.join('workspace', 'large.bin'), secretIndex: 2 }])
  })

  test('passes a clean run whose only mentions are the mask lines', () => {
    const run = { stdout: cleanStdout(), stderr: '', root: runRoot() }
    expect(findLeaks(run, SECRETS)).toEqual([])
    expect(maskedSecrets(run)).toEqual(SECRETS)
  })

  test('catches a secret on a stdout line that is not its mask line', () => {
    const stdout = cleanStdout().replace(
      'Reading the deployment token',
      `Reading the deployment token with bearer ${ACCESS}`
    )
    const leaks = findLeaks({ stdout, stderr: '', root: runRoot() }, SECRETS)
    expect(leaks).toEqual([{ where: 'stdout line 6', secretIndex: 1 }])
  })

  test('catches a mask line that comes after the first use', () => {
    const stdout = [
      `Using deployment token ${DEPLOYMENT}`,
      `::add-mask::${DEPLOYMENT}`,
      `::add-mask::${OIDC}`,
      `::add-mask::${ACCESS}`
    ].join('\n')
    const leaks = findLeaks({ stdout, stderr: '', root: runRoot() }, SECRETS)
    expect(leaks).toContainEqual({ where: 'stdout: used before ::add-mask::', secretIndex: 2 })
    expect(leaks).toContainEqual({ where: 'stdout line 1', secretIndex: 2 })
    expect(leaks.every((leak) => leak.secretIndex === 2)).toBe(true)
  })

  test('catches a secret in stderr', () => {
    const leaks = findLeaks(
      { stdout: cleanStdout(), stderr: `Error: 401 for token ${OIDC}\n`, root: runRoot() },
      SECRETS
    )
    expect(leaks).toEqual([{ where: 'stderr', secretIndex: 0 }])
  })

  test('catches a secret written in plain text to a file under the run root', () => {
    const root = runRoot()
    writeFileSync(path.join(root, 'workspace', 'debug.log'), `token=${DEPLOYMENT}\n`)
    const leaks = findLeaks({ stdout: cleanStdout(), stderr: '', root }, SECRETS)
    expect(leaks).toEqual([{ where: path.join('workspace', 'debug.log'), secretIndex: 2 }])
  })

  test('catches a secret written base64-encoded to a nested file', () => {
    const root = runRoot()
    mkdirSync(path.join(root, 'runner-temp', 'cache'), { recursive: true })
    const file = path.join(root, 'runner-temp', 'cache', 'state.json')
    writeFileSync(file, JSON.stringify({ blob: Buffer.from(ACCESS).toString('base64') }))
    const leaks = findLeaks({ stdout: cleanStdout(), stderr: '', root }, SECRETS)
    expect(leaks).toEqual([
      { where: path.join('runner-temp', 'cache', 'state.json'), secretIndex: 1 }
    ])
  })

  test('catches a secret in an output or the step summary', () => {
    const root = runRoot()
    writeFileSync(path.join(root, 'github_output'), `token=${OIDC}\n`)
    const leaks = findLeaks({ stdout: cleanStdout(), stderr: '', root }, SECRETS)
    expect(leaks).toEqual([{ where: 'github_output', secretIndex: 0 }])
  })

  test('catches the start of a secret that a cut left behind', () => {
    const stdout = cleanStdout().replace(
      'Reading the deployment token',
      `ARM said: ${'x'.repeat(40)} ${DEPLOYMENT.slice(0, 20)}…`
    )
    const leaks = findLeaks({ stdout, stderr: '', root: runRoot() }, SECRETS)
    expect(leaks).toEqual([{ where: 'stdout line 6 (a cut piece)', secretIndex: 2 }])
  })

  test('catches the end of a secret in stderr', () => {
    const stderr = `…${OIDC.slice(-18)}\n`
    const leaks = findLeaks({ stdout: cleanStdout(), stderr, root: runRoot() }, SECRETS)
    expect(leaks).toEqual([{ where: 'stderr (a cut piece)', secretIndex: 0 }])
  })

  describe('a SAS signature on its own', () => {
    const SIGNATURE = 'h4W+3sQ/9kZr1mXc2vB7nT0pL6yJ8uE5oA1dF3gHq0k='
    const SAS = `sv=2021-12-02&se=2026-01-01T00%3A00%3A00Z&sr=b&sp=cw&sig=${encodeURIComponent(SIGNATURE)}`
    const secrets = [...SECRETS, SAS]

    test('is allowed on its own mask line', () => {
      const stdout = `${cleanStdout()}::add-mask::${SIGNATURE}\n`
      expect(findLeaks({ stdout, stderr: '', root: runRoot() }, secrets)).toEqual([])
    })

    test('is caught decoded in stdout, out of its query', () => {
      const stdout = cleanStdout().replace('Reading the deployment token', `signature ${SIGNATURE}`)
      expect(findLeaks({ stdout, stderr: '', root: runRoot() }, secrets)).toEqual([
        { where: 'stdout line 6 (SAS sig)', secretIndex: 3 }
      ])
    })

    test('is caught URL-encoded in a file', () => {
      const root = runRoot()
      writeFileSync(path.join(root, 'step_summary.md'), `sig=${encodeURIComponent(SIGNATURE)}\n`)
      expect(findLeaks({ stdout: cleanStdout(), stderr: '', root }, secrets)).toEqual([
        { where: 'step_summary.md (SAS sig)', secretIndex: 3 }
      ])
    })
  })
})

describe('inputs the run did not touch', () => {
  // A test's own input holding a secret stands for any input: only its state decides whether it is read.
  function withInput(): { root: string; input: string; inputs: ReturnType<typeof fileStates> } {
    const root = runRoot()
    const input = path.join(root, 'workspace', 'dist', 'model.bin')
    writeFileSync(input, `weights ${DEPLOYMENT}\n`)
    return { root, input, inputs: fileStates(path.join(root, 'workspace')) }
  }
  // File times tick coarsely (a jiffy on Linux); a run's first write comes well after its start.
  const laterTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50))

  test('are not read again', () => {
    const { root, inputs } = withInput()
    expect(findLeaks({ stdout: cleanStdout(), stderr: '', root }, SECRETS, inputs)).toEqual([])
  })

  test('are read when the run rewrote one, even to the same size with its times put back', async () => {
    const { root, input, inputs } = withInput()
    await laterTick()
    const { atime, mtime } = statSync(input)
    writeFileSync(input, `weights ${DEPLOYMENT.toUpperCase().toLowerCase()}\n`)
    utimesSync(input, atime, mtime)
    expect(findLeaks({ stdout: cleanStdout(), stderr: '', root }, SECRETS, inputs)).toEqual([
      { where: path.join('workspace', 'dist', 'model.bin'), secretIndex: 2 }
    ])
  })

  test('are read when one was replaced by another file', async () => {
    const { root, input, inputs } = withInput()
    await laterTick()
    rmSync(input)
    writeFileSync(input, `weights ${DEPLOYMENT}\n`)
    expect(findLeaks({ stdout: cleanStdout(), stderr: '', root }, SECRETS, inputs)).toEqual([
      { where: path.join('workspace', 'dist', 'model.bin'), secretIndex: 2 }
    ])
  })

  test('do not hide a file the run added beside them', () => {
    const { root, inputs } = withInput()
    writeFileSync(path.join(root, 'workspace', 'dist', 'left.txt'), DEPLOYMENT)
    expect(findLeaks({ stdout: cleanStdout(), stderr: '', root }, SECRETS, inputs)).toEqual([
      { where: path.join('workspace', 'dist', 'left.txt'), secretIndex: 2 }
    ])
  })
})

describe("folders outside the run's own that it may write (the tool cache)", () => {
  const CACHED = path.join('StaticSitesClient', 'build-1')
  /** A tool cache holding a client from an earlier run, whose bytes happen to hold a secret. */
  function withToolCache(): {
    root: string
    cache: string
    others: { name: string; folder: string }[]
  } {
    const root = runRoot()
    const cache = mkdtempSync(path.join(tmpdir(), 'leak-scan-cache-'))
    roots.push(cache)
    mkdirSync(path.join(cache, CACHED), { recursive: true })
    writeFileSync(path.join(cache, CACHED, 'StaticSitesClient'), `client ${DEPLOYMENT}\n`)
    return { root, cache, others: [{ name: 'RUNNER_TOOL_CACHE', folder: cache }] }
  }

  test('are read: a secret the run wrote there is a leak, named under the variable', () => {
    const { root, cache, others } = withToolCache()
    const before = fileStates(cache)
    writeFileSync(path.join(cache, CACHED, 'env.txt'), `DEPLOYMENT_TOKEN=${DEPLOYMENT}\n`)
    expect(findLeaks({ stdout: cleanStdout(), stderr: '', root }, SECRETS, before, others)).toEqual(
      [{ where: path.join('RUNNER_TOOL_CACHE', CACHED, 'env.txt'), secretIndex: 2 }]
    )
  })

  test('what they held before the run, unchanged, is not read again; all of it is without a before', () => {
    const { root, cache, others } = withToolCache()
    const run = { stdout: cleanStdout(), stderr: '', root }
    expect(findLeaks(run, SECRETS, fileStates(cache), others)).toEqual([])
    expect(findLeaks(run, SECRETS, new Map(), others)).toEqual([
      { where: path.join('RUNNER_TOOL_CACHE', CACHED, 'StaticSitesClient'), secretIndex: 2 }
    ])
  })

  test('one the run has not made yet has no files', () => {
    expect(fileStates(path.join(runRoot(), 'no-tool-cache')).size).toBe(0)
  })
})
