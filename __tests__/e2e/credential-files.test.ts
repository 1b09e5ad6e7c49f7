// Credential files that earlier steps leave in the workspace are refused in the payload, each
// named, before any network call, through dist/index.js, from a folder and from a .zip; with
// allow-credential-files: true they are uploaded, each named in a warning.
import { describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { SAMPLE_SITE } from '../../emulator/runner.js'
import { cpSync } from 'node:fs'
import { deployBaseline, runCounted } from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import { patchedZip } from '../support/fixtures.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

// Built at run time, so the repository holds nothing a secret scanner would flag.
const PEM_KEY = [
  ['-----BEGIN', 'PRIVATE KEY-----'].join(' '),
  randomBytes(48).toString('base64'),
  ['-----END', 'PRIVATE KEY-----'].join(' '),
  ''
].join('\n')

/** The sample site in dist/, plus these files. */
function siteWith(files: Record<string, string>): (workspace: string) => void {
  return (workspace) => {
    const dist = path.join(workspace, 'dist')
    cpSync(SAMPLE_SITE, dist, { recursive: true })
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dist, name)), { recursive: true })
      writeFileSync(path.join(dist, name), content)
    }
  }
}

const PLANTED = {
  'gha-creds-3f2a9c1e7b.json': '{"type":"external_account"}',
  '.azure/msal_token_cache.json': '{}',
  '.aws/credentials': '[default]\n',
  '.npmrc': '//registry.npmjs.org/:_authToken=npm_0123456789abcdef\n',
  // A key under a name that says nothing: judged by its content.
  'assets/readme.txt': `notes\n${PEM_KEY}`
}

describe('credential files in the payload', () => {
  test('a planted gha-creds-*.json is refused before any request, by name', async () => {
    const { run, requests } = await runCounted(emulator, {
      prepareWorkspace: siteWith({
        'gha-creds-3f2a9c1e7b.json': PLANTED['gha-creds-3f2a9c1e7b.json']
      })
    })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain('The payload holds 1 file that looks like credentials')
    expect(error).toContain(
      "'gha-creds-3f2a9c1e7b.json': a Google Cloud credentials file (google-github-actions/auth writes gha-creds-*.json)"
    )
    expect(error).toContain('allow-credential-files: true')
    expect(error).toContain('troubleshooting.md#payload-credentials')
    expect(requests).toEqual([])
  })

  test('every kind is named in one refusal', async () => {
    const { run, requests } = await runCounted(emulator, { prepareWorkspace: siteWith(PLANTED) })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain('The payload holds 5 files that look like credentials')
    for (const line of [
      "'.aws/credentials': AWS CLI credentials (.aws/)",
      "'.azure/msal_token_cache.json': Azure CLI profile and tokens (.azure/)",
      "'.npmrc': an .npmrc with a registry auth token",
      "'assets/readme.txt': a private key",
      "'gha-creds-3f2a9c1e7b.json': a Google Cloud credentials file"
    ]) {
      expect(error).toContain(line)
    }
    expect(requests).toEqual([])
  })

  test('an .npmrc that only names an environment variable is not a credential', async () => {
    const { run } = await runCounted(emulator, {
      prepareWorkspace: siteWith({
        '.npmrc': '//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}\n'
      })
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
  })

  test('a private key inside a .zip input is refused, judged by its inflated content', async () => {
    const zip = await patchedZip([
      { name: 'index.html', bytes: Buffer.from('<h1>hello</h1>') },
      {
        name: 'config/settings.json',
        bytes: Buffer.from(JSON.stringify({ key: PEM_KEY })),
        compress: true
      }
    ])
    const { run, requests } = await runCounted(emulator, {
      inputs: { 'app-location': 'site.zip' },
      prepareWorkspace: (workspace) => writeFileSync(path.join(workspace, 'site.zip'), zip)
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain("'config/settings.json': a private key")
    expect(requests).toEqual([])
  })

  test('allow-credential-files: true uploads them, naming each in a warning', async () => {
    const { run, deployments } = await runCounted(emulator, {
      inputs: { 'allow-credential-files': 'true' },
      prepareWorkspace: siteWith(PLANTED)
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    const warnings = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::warning::Uploading'))
    expect(warnings).toHaveLength(5)
    expect(warnings).toContainEqual(
      "::warning::Uploading 'gha-creds-3f2a9c1e7b.json': a Google Cloud credentials file (google-github-actions/auth writes gha-creds-*.json), because allow-credential-files is true; it will be public."
    )
    const served = deployments.at(-1)!.files.map((file) => file.path)
    expect(served).toEqual(expect.arrayContaining(Object.keys(PLANTED)))
  })

  test('.env files keep their warning and are not refused', async () => {
    const { run } = await runCounted(emulator, {
      prepareWorkspace: siteWith({ '.env.production': 'API_URL=https://api.example\n' })
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/^::warning::The payload contains \.env\*/m)
  })
})
