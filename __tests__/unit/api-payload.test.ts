// The API package alone: its language from the inputs or the config, host.json at the root, the
// action's own limits, and an api.zip that is the same bytes (so the same MD5) however it is made.
import { jest } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/errors.js'
import { prepareApi, type ApiConfig, type PreparedApi } from '../../src/payload/api.js'
import { parseApiRuntime } from '../../src/payload/apiLanguage.js'
import { strayFileWarnings } from '../../src/payload/collect.js'
import { API_PACKAGE, type PayloadFile } from '../../src/payload/types.js'
import { writeTree } from '../support/deploy.js'
import { patchedZip } from '../support/fixtures.js'

let root: string
let archiveDir: string
const opened: PreparedApi[] = []

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'api-payload-'))
  archiveDir = path.join(root, 'runner-temp')
  writeTree(archiveDir, { '.keep': '' })
  // Warnings and log lines go to stdout as workflow commands: kept out of the test output.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterEach(async () => {
  for (const api of opened.splice(0)) await api.close()
})

afterAll(() => {
  jest.restoreAllMocks()
  rmSync(root, { recursive: true, force: true })
})

const API = {
  'host.json': '{"version":"2.0"}\n',
  'hello/function.json': '{"bindings":[{"type":"httpTrigger","name":"req"}]}\n',
  'hello/index.js': 'module.exports = async () => ({ body: "hi" })\n'.repeat(50),
  // Over the 4 MiB read-whole limit: this one streams through one deflate.
  'lib/big.js': `// ${'x'.repeat(80)}\n`.repeat(60_000),
  'lib/random.bin': randomBytes(300_000)
}

let counter = 0
function apiFolder(files: Record<string, string | Buffer> = API): ApiConfig {
  const workspace = path.join(root, `ws${counter++}`)
  writeTree(path.join(workspace, 'api'), files)
  return { workspace, apiLocation: path.join(workspace, 'api') }
}

async function prepare(
  config: ApiConfig,
  apiRuntime: string | undefined,
  options: Parameters<typeof prepareApi>[2] = {}
): Promise<PreparedApi> {
  const api = await prepareApi(config, apiRuntime, { archiveDir, ...options })
  opened.push(api)
  return api
}

async function refusal(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('api.zip', () => {
  test('is written once to RUNNER_TEMP, measured and hashed, and close() deletes it', async () => {
    const api = await prepare(apiFolder(), 'node:18')
    const bytes = readFileSync(api.archive.path)
    expect(path.dirname(api.archive.path)).toBe(archiveDir)
    expect(api.archive.bytes).toBe(bytes.length)
    expect(api.archive.md5).toBe(createHash('md5').update(bytes).digest('hex').toUpperCase())
    expect(api).toMatchObject({ origin: 'folder', fileCount: 5, language: 'node' })
    await api.close()
    expect(existsSync(api.archive.path)).toBe(false)
  })

  test('is the same bytes whatever the workers, the read-ahead window, or folder against .zip', async () => {
    const folder = apiFolder()
    const made = [
      await prepare(folder, 'node:18', { zip: { workers: 0 } }),
      await prepare(folder, 'node:18', { zip: { workers: 3, windowBytes: 1024 } }),
      await prepare(apiFolder(), 'node:18')
    ]
    const zipped = await patchedZip(
      Object.entries(API).map(([name, content]) => ({
        name,
        bytes: Buffer.from(content),
        compress: true
      }))
    )
    const zipWorkspace = path.join(root, `ws${counter++}`)
    writeTree(zipWorkspace, { 'api.zip': zipped })
    made.push(
      await prepare(
        { workspace: zipWorkspace, apiLocation: path.join(zipWorkspace, 'api.zip') },
        'node:18'
      )
    )
    expect(made[3]!.origin).toBe('zip')
    const hashes = made.map((api) => api.archive.md5)
    expect(new Set(hashes).size).toBe(1)
    expect(new Set(made.map((api) => api.archive.bytes)).size).toBe(1)
  })

  test('over 100 MiB is refused while it is written, and nothing is left behind', async () => {
    const before = readdirSync(archiveDir)
    const error = await refusal(
      prepare(apiFolder({ ...API, 'model.gz': randomBytes(100 * 1024 * 1024 + 1) }), 'node:18')
    )
    expect(error.message).toMatch(/over 104,857,600 bytes \(100 MiB\)/)
    expect(error.doc).toBe('api-package')
    expect(readdirSync(archiveDir)).toEqual(before)
  })
})

describe('the language', () => {
  let base: ApiConfig
  beforeAll(() => {
    base = apiFolder()
  })
  test.each<[string, Partial<ApiConfig>, string | undefined, [string, string, string]]>([
    ['from platform.apiRuntime', {}, 'node:18', ['node', '18', 'platform.apiRuntime of']],
    [
      'from the config, isolated .NET spelled its way',
      {},
      'dotnet-isolated:8.0',
      ['dotnetisolated', '8.0', 'platform.apiRuntime of']
    ],
    [
      'from the inputs, over the config',
      { apiLanguage: 'python', apiLanguageVersion: '3.11' },
      'node:18',
      ['python', '3.11', 'api-language and api-language-version']
    ],
    [
      'the input language, the config version of the same language',
      { apiLanguage: 'node' },
      'node:20',
      ['node', '20', 'api-language and platform.apiRuntime']
    ],
    [
      'the input version, the config language',
      { apiLanguageVersion: '20' },
      'node:18',
      ['node', '20', 'api-language-version and platform.apiRuntime']
    ],
    [
      'both inputs with a config that is not a runtime',
      { apiLanguage: 'dotnet', apiLanguageVersion: '8.0' },
      'nonsense',
      ['dotnet', '8.0', 'api-language and api-language-version']
    ]
  ])('%s', async (_case, inputs, apiRuntime, [language, version, source]) => {
    const api = await prepare({ ...base, ...inputs }, apiRuntime)
    expect(api.language).toBe(language)
    expect(api.languageVersion).toBe(version)
    expect(api.languageSource).toContain(source)
  })

  test.each<[string, Partial<ApiConfig>, string | undefined, RegExp]>([
    ['none anywhere', {}, undefined, /needs its Functions language/],
    [
      'no version for the input language',
      { apiLanguage: 'python' },
      'node:18',
      /version of python/
    ],
    [
      'a config runtime of no known language',
      {},
      'java:17',
      /'java:17' is not '<language>:<version>'/
    ],
    ['a config runtime without a version', {}, 'node', /'node' is not '<language>:<version>'/],
    ['a config runtime that is not a string', {}, '18', /'18' is not/]
  ])('refused: %s', async (_case, inputs, apiRuntime, message) => {
    const error = await refusal(prepare({ ...base, ...inputs }, apiRuntime))
    expect(error.message).toMatch(message)
    expect(error.doc).toBe('api-package')
  })

  test('parseApiRuntime reads every language of the table', () => {
    expect(parseApiRuntime('python:3.10')).toEqual({ language: 'python', version: '3.10' })
    expect(parseApiRuntime('DOTNET:6.0')).toEqual({ language: 'dotnet', version: '6.0' })
    expect(parseApiRuntime('node:18:1')).toHaveProperty('problem')
  })
})

describe('files probably in the API by mistake', () => {
  const named = (...names: string[]): PayloadFile[] =>
    names.map((name) => ({ name, size: 1, source: { kind: 'disk', path: name } }))

  test('local.settings.json, .git/ and .env are named; node_modules/ and its packages’ files are not', () => {
    const warnings = strayFileWarnings(
      named(
        'host.json',
        'local.settings.json',
        '.git/HEAD',
        '.env',
        'node_modules/a/index.js',
        'node_modules/a/.github/FUNDING.yml',
        '.python_packages/lib/site-packages/b/.env.example'
      ),
      API_PACKAGE
    )
    expect(warnings).toHaveLength(3)
    expect(warnings.join('\n')).toMatch(
      /The API contains local\.settings\.json \(1 file, e\.g\. 'local\.settings\.json'\): .*It will be deployed with the API; remove it from api-location/
    )
    expect(warnings.join('\n')).not.toMatch(/node_modules|FUNDING|site-packages/)
  })
})

describe('host.json and the limits', () => {
  test('host.json under another case is named', async () => {
    const { 'host.json': host, ...rest } = API
    const error = await refusal(prepare(apiFolder({ ...rest, 'Host.json': host }), 'node:18'))
    expect(error.message).toMatch(/there is 'Host\.json': the name is host\.json, in lower case/)
  })

  test('the action bounds an API by its own limits, and says they are its own', async () => {
    const error = await refusal(
      prepare(apiFolder(), 'node:18', { limits: { maxFiles: 3, maxTotalBytes: 10 ** 9 } })
    )
    expect(error.message).toBe(
      'The API has more than 3 files; this action accepts at most 3 in an API.'
    )
    expect(error.fix).toMatch(/Point api-location at the built API/)
  })

  test('an empty API folder is refused as empty, not as lacking host.json', async () => {
    const config = apiFolder({})
    mkdirSync(config.apiLocation, { recursive: true })
    const error = await refusal(prepare(config, 'node:18'))
    expect(error.message).toMatch(/The API '.*' contains no files\./)
  })
})
