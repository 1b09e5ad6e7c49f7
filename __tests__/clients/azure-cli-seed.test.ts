// The Azure CLI's command index is built once per suite, by the first session that needs az, and
// copied into every session's config directory (azure-cli-seed.mjs). Here an `az` stand-in on
// PATH counts its runs and writes what az 2.45 writes there, so the build is seen, not trusted:
// four processes asking at once (Jest's four workers) start one az and all get its files; a
// suite without the folder starts none.
import { describe, expect, test } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { REPO_ROOT } from '../../emulator/runner.js'
import { AZ_SEED_CLAIM, AZ_SEED_VARIABLE } from '../support/azure-cli-seed.mjs'

const SEED_MODULE = pathToFileURL(
  path.join(REPO_ROOT, '__tests__', 'support', 'azure-cli-seed.mjs')
).href
const INDEX = '{"version": "2.45.0", "cloudProfile": "latest", "commandIndex": {"account": ["x"]}}'
const VERSION_CHECK = '{"versions": {"core": {"local": "2.45.0"}}}'

/** A folder of the test file's own temp folder, which the test environment deletes whole. */
function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'az-seed-test-'))
}

/**
 * A folder with an `az` (and `az.cmd`, for Windows' shell) that appends its pid to `runs`, takes
 * `ms`, and then writes the command index into AZURE_CONFIG_DIR unless `buildsIndex` is false.
 */
function azStandIn(buildsIndex: boolean, ms = 1500): { bin: string; runs: string } {
  const bin = scratch()
  const runs = path.join(bin, 'runs.txt')
  const program = path.join(bin, 'az.mjs')
  writeFileSync(
    program,
    [
      "import { appendFileSync, writeFileSync } from 'node:fs'",
      "import path from 'node:path'",
      `appendFileSync(${JSON.stringify(runs)}, process.pid + '\\n')`,
      `await new Promise((resolve) => setTimeout(resolve, ${ms}))`,
      `if (${buildsIndex}) {`,
      `  writeFileSync(path.join(process.env.AZURE_CONFIG_DIR, 'commandIndex.json'), ${JSON.stringify(INDEX)})`,
      `  writeFileSync(path.join(process.env.AZURE_CONFIG_DIR, 'versionCheck.json'), ${JSON.stringify(VERSION_CHECK)})`,
      '}',
      // Refused, as `az account show` is with nobody signed in.
      'process.exit(1)'
    ].join('\n')
  )
  writeFileSync(path.join(bin, 'az'), `#!/bin/sh\nexec "${process.execPath}" "${program}" "$@"\n`, {
    mode: 0o755
  })
  writeFileSync(path.join(bin, 'az.cmd'), `@"${process.execPath}" "${program}" %*\r\n`)
  return { bin, runs }
}

/** `count` processes that each seed a fresh config directory at once; their directories. */
async function seedAtOnce(
  count: number,
  bin: string,
  suite: string | undefined
): Promise<string[]> {
  const configs = Array.from({ length: count }, () => scratch())
  // Windows spells it Path: one entry, whatever its case, so the stand-in's folder surely comes first.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name.toUpperCase() !== 'PATH')
  )
  env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`
  if (suite === undefined) delete env[AZ_SEED_VARIABLE]
  else env[AZ_SEED_VARIABLE] = suite
  const code = `const { seedAzConfig } = await import(${JSON.stringify(SEED_MODULE)}); await seedAzConfig(process.argv[1])`
  await Promise.all(
    configs.map(
      (config) =>
        new Promise<void>((resolve, reject) => {
          execFile(
            process.execPath,
            ['--input-type=module', '--eval', code, config],
            { env, timeout: 60_000 },
            (error, _stdout, stderr) =>
              error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve()
          )
        })
    )
  )
  return configs
}

const runsOf = (file: string): number =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0

describe("the suite's az command index", () => {
  test('four processes asking at once start az once, and each config directory gets its index', async () => {
    const { bin, runs } = azStandIn(true)
    const configs = await seedAtOnce(4, bin, scratch())
    expect(runsOf(runs)).toBe(1)
    for (const config of configs) {
      expect(readFileSync(path.join(config, 'commandIndex.json'), 'utf8')).toBe(INDEX)
      expect(readFileSync(path.join(config, 'versionCheck.json'), 'utf8')).toBe(VERSION_CHECK)
    }
  })

  test('a later process finds the index built and starts no az', async () => {
    const { bin, runs } = azStandIn(true)
    const suite = scratch()
    await seedAtOnce(1, bin, suite)
    const [later] = await seedAtOnce(1, bin, suite)
    expect(runsOf(runs)).toBe(1)
    expect(readFileSync(path.join(later!, 'commandIndex.json'), 'utf8')).toBe(INDEX)
  })

  test('an az that builds no index is started once; every session goes on without one', async () => {
    const { bin, runs } = azStandIn(false)
    const configs = await seedAtOnce(4, bin, scratch())
    expect(runsOf(runs)).toBe(1)
    for (const config of configs)
      expect(existsSync(path.join(config, 'commandIndex.json'))).toBe(false)
  })

  test('a builder that died before its index was in place is not waited for', async () => {
    const { bin, runs } = azStandIn(true, 0)
    const suite = scratch()
    // The id of a process that has ended: the claimant was killed mid-build (a Jest worker ended).
    const ended = spawnSync(process.execPath, [
      '--eval',
      'process.stdout.write(String(process.pid))'
    ])
    writeFileSync(path.join(suite, AZ_SEED_CLAIM), ended.stdout)
    const started = performance.now()
    const [config] = await seedAtOnce(1, bin, suite)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(runsOf(runs)).toBe(0)
    expect(existsSync(path.join(config!, 'commandIndex.json'))).toBe(false)
  })

  test('without the suite folder (no global setup) az is not started and nothing is copied', async () => {
    const { bin, runs } = azStandIn(true, 0)
    const [config] = await seedAtOnce(1, bin, undefined)
    expect(runsOf(runs)).toBe(0)
    expect(existsSync(path.join(config!, 'commandIndex.json'))).toBe(false)
  })
})
