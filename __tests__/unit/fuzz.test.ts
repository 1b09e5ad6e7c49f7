// Property-based fuzzing of the two gates every untrusted value passes: the input parser and the
// payload checker. Whatever they are fed, they answer with a valid result or an InputError.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { CLOUDS } from '../../src/clouds.js'
import { InputError } from '../../src/errors.js'
import { ENVIRONMENT_NAME, isInside, readConfig, type Config } from '../../src/inputs/index.js'
import { checkEntryName, entryNameProblem } from '../../src/payload/names.js'
import { unholdableNames } from '../../src/payload/diskNames.js'
import { preparePayload } from '../../src/payload/prepare.js'
import type { Payload } from '../../src/payload/types.js'
import {
  centralDirectory,
  localHeader,
  STORED,
  type ZipEntryRecord
} from '../../src/payload/zipFormat.js'

/** C0 and C1 controls and DEL: what a refusal message must never echo raw. */
function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => {
    const code = char.charCodeAt(0)
    return code < 0x20 || (code >= 0x7f && code <= 0x9f)
  })
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const INPUTS = [
  'client-id',
  'tenant-id',
  'subscription-id',
  'resource-group',
  'app-name',
  'app-location',
  'config-file-location',
  'action',
  'cloud',
  'authority-host',
  'resource-manager-endpoint',
  'deployment-environment',
  'production-branch',
  'audience',
  'dry-run',
  'deployment-timeout'
] as const

/** A workspace with the things a path input may point at, including a way out. */
function makeWorkspace(): string {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'fuzz-ws-'))
  mkdirSync(path.join(workspace, 'dist', 'sub'), { recursive: true })
  writeFileSync(path.join(workspace, 'dist', 'index.html'), 'hi')
  writeFileSync(path.join(workspace, 'site.zip'), 'PK')
  writeFileSync(path.join(workspace, 'notes.txt'), 'x')
  writeFileSync(path.join(workspace, 'staticwebapp.config.json'), '{}')
  // A folder outside the workspace on every OS: the one holding the Node.js running this test.
  symlinkSync(path.dirname(process.execPath), path.join(workspace, 'escape'))
  symlinkSync(path.join(workspace, 'dist'), path.join(workspace, 'inner-link'))
  return workspace
}

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\n',
      '\r',
      '\t',
      '\u001b',
      '\u0085',
      '\u2028',
      ' ',
      'a',
      '/',
      '.',
      '%',
      '\\'
    ),
    maxLength: 20
  }),
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    'null',
    'undefined',
    '{}',
    '[]',
    '-1',
    '0',
    '1e3',
    'NaN',
    'Infinity'
  )
)

const pathLike = fc.oneof(
  fc.constantFrom(
    'dist',
    './dist/',
    'dist/sub',
    'dist/index.html',
    'site.zip',
    'SITE.ZIP',
    'notes.txt',
    'missing',
    'missing.zip',
    '..',
    '../..',
    '../outside',
    '/etc',
    '/',
    '.',
    'escape',
    'escape/passwd',
    'inner-link',
    'dist/../../x',
    'dist\u0000',
    'C:\\Windows',
    '~',
    'staticwebapp.config.json',
    'dist/staticwebapp.config.json'
  ),
  fc
    .array(fc.constantFrom('..', '.', 'dist', 'sub', 'escape', '', 'ü', '\n', 'a b'), {
      maxLength: 5
    })
    .map((parts) => parts.join('/'))
)

const urlLike = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((url) => url.replace(/^http:/, 'https:')),
  fc.webUrl().map((url) => url.replace(/^https?:/, 'https:') + '///'),
  fc.constantFrom(
    'https://login.microsoftonline.com/',
    'https://management.azure.com//',
    'https://user:pass@example.com',
    'https://example.com?x=1',
    'https://example.com#frag',
    'http://example.com',
    'ftp://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://',
    'https://[::1]:8443/arm/',
    'https://127.0.0.1:1/a/../b/',
    'https://exa mple.com',
    '//example.com',
    'example.com'
  )
)

const inputValue = (name: (typeof INPUTS)[number]): fc.Arbitrary<string> => {
  const valid: Record<(typeof INPUTS)[number], fc.Arbitrary<string>> = {
    'client-id': fc.uuid(),
    'tenant-id': fc.oneof(fc.uuid(), fc.domain(), fc.constantFrom('common', 'Organizations')),
    'subscription-id': fc.uuid(),
    'resource-group': fc.stringMatching(/^[-\w.()]{1,90}$/),
    'app-name': fc.stringMatching(/^[0-9A-Za-z][0-9A-Za-z_.-]{0,40}$/),
    'app-location': pathLike,
    'config-file-location': pathLike,
    action: fc.constantFrom('upload', 'close', 'UPLOAD', 'delete'),
    cloud: fc.constantFrom('AzureCloud', 'azureusgovernment', 'AzureChinaCloud', 'AzureStack'),
    'authority-host': urlLike,
    'resource-manager-endpoint': urlLike,
    'deployment-environment': fc.oneof(
      fc.stringMatching(/^[0-9A-Za-z]{1,16}$/),
      fc.string({ maxLength: 20 })
    ),
    'production-branch': fc.string({ maxLength: 30 }),
    audience: fc.string({ maxLength: 30 }),
    'dry-run': fc.constantFrom('true', 'false', 'TRUE', 'yes', 'no', '1', '0', 'maybe'),
    'deployment-timeout': fc.oneof(
      fc.nat().map(String),
      fc.constantFrom('600', '0', '-5', '1.5', '21600', '21601', '9007199254740993', '1e3', '0x10')
    )
  }
  // Mostly plausible values (so a Config is often produced), sometimes garbage, sometimes absent.
  return fc.oneof(
    { weight: 6, arbitrary: valid[name] },
    { weight: 2, arbitrary: hostileText },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: valid[name].map((value) => `  ${value}\n`) }
  )
}

const inputsArbitrary = fc.record(
  Object.fromEntries(INPUTS.map((name) => [name, inputValue(name)])) as Record<
    (typeof INPUTS)[number],
    fc.Arbitrary<string>
  >
)

/** Every promise a returned Config makes to the rest of the action. */
function expectValidConfig(config: Config, workspace: string): void {
  for (const id of [config.clientId, config.tenantId, config.subscriptionId]) {
    expect(id.length).toBeGreaterThan(0)
    expect(id).toBe(id.trim())
  }
  expect(config.clientId).toMatch(GUID)
  expect(config.subscriptionId).toMatch(GUID)
  expect(['common', 'organizations', 'consumers']).not.toContain(config.tenantId.toLowerCase())
  // Blank means found by name after sign-in; given, it is never empty.
  if (config.resourceGroup !== undefined) expect(config.resourceGroup.length).toBeGreaterThan(0)
  expect(config.appName).toMatch(/^[0-9A-Za-z][0-9A-Za-z_.-]*$/)
  for (const endpoint of [config.authorityHost, config.resourceManagerEndpoint]) {
    const url = new URL(endpoint)
    expect(url.protocol).toBe('https:')
    expect(endpoint.endsWith('/')).toBe(false)
    expect(url.search).toBe('')
    expect(url.hash).toBe('')
    expect(url.username + url.password).toBe('')
  }
  expect(config.armScope).toBe(`${config.resourceManagerEndpoint}/.default`)
  expect(Object.keys(CLOUDS)).toContain(config.cloud)
  expect(['upload', 'close']).toContain(config.action)
  expect(typeof config.dryRun).toBe('boolean')
  expect(Number.isSafeInteger(config.deploymentTimeoutSeconds)).toBe(true)
  expect(config.deploymentTimeoutSeconds).toBeGreaterThanOrEqual(1)
  expect(config.deploymentTimeoutSeconds).toBeLessThanOrEqual(6 * 60 * 60)
  if (config.deploymentEnvironment !== undefined)
    expect(config.deploymentEnvironment).toMatch(ENVIRONMENT_NAME)
  expect(config.workspace).toBe(workspace)
  expect(path.isAbsolute(config.appLocation)).toBe(true)
  expect(isInside(workspace, config.appLocation)).toBe(true)
  const realWorkspace = realpathSync(workspace)
  const exists = statSync(config.appLocation, { throwIfNoEntry: false })
  if (exists) expect(isInside(realWorkspace, realpathSync(config.appLocation))).toBe(true)
  if (config.action === 'upload') {
    expect(
      exists?.isDirectory() ||
        (exists?.isFile() && config.appLocation.toLowerCase().endsWith('.zip'))
    ).toBe(true)
  }
  if (config.configFile !== undefined) {
    expect(path.basename(config.configFile)).toBe('staticwebapp.config.json')
    expect(isInside(realWorkspace, realpathSync(config.configFile))).toBe(true)
  }
}

/** Calls readConfig; anything thrown that is not an InputError fails the property. */
function parse(inputs: Record<string, string>, env: NodeJS.ProcessEnv): Config | InputError {
  try {
    return readConfig((name) => inputs[name] ?? '', env)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
}

describe('readConfig (property-based)', () => {
  const workspace = makeWorkspace()
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  test('any inputs give a valid Config or an InputError, never anything else', () => {
    fc.assert(
      fc.property(inputsArbitrary, (inputs) => {
        const outcome = parse(inputs, { GITHUB_WORKSPACE: workspace })
        if (outcome instanceof InputError) expect(outcome.message.length).toBeGreaterThan(0)
        else expectValidConfig(outcome, workspace)
      }),
      { numRuns: 400 }
    )
  })

  test('a valid set of inputs with up to three of them fuzzed: the same guarantee', () => {
    const base: Record<string, string> = {
      'client-id': '00000000-0000-0000-0000-000000000001',
      'tenant-id': 'contoso.onmicrosoft.com',
      'subscription-id': '00000000-0000-0000-0000-000000000002',
      'resource-group': 'rg-site',
      'app-name': 'site'
    }
    let configs = 0
    fc.assert(
      fc.property(
        fc.subarray([...INPUTS], { minLength: 1, maxLength: 3 }),
        inputsArbitrary,
        (fuzzed, generated) => {
          const inputs = { ...base }
          for (const name of fuzzed) inputs[name] = generated[name]
          const outcome = parse(inputs, { GITHUB_WORKSPACE: workspace })
          if (outcome instanceof InputError) {
            expect(outcome.message.length).toBeGreaterThan(0)
            return
          }
          configs++
          expectValidConfig(outcome, workspace)
        }
      ),
      { numRuns: 600 }
    )
    // The generator must reach the success path often enough for the invariants to mean something.
    expect(configs).toBeGreaterThan(50)
  })

  test('every required input missing or blank is reported, all in one error', () => {
    fc.assert(
      fc.property(
        // resource-group is optional: blank, the app is found by name after sign-in.
        fc.subarray(['client-id', 'tenant-id', 'subscription-id', 'app-name'], {
          minLength: 1
        }),
        fc.constantFrom('', ' ', '\n\t'),
        (blanked, blank) => {
          const inputs: Record<string, string> = {
            'client-id': '00000000-0000-0000-0000-000000000001',
            'tenant-id': 'contoso.onmicrosoft.com',
            'subscription-id': '00000000-0000-0000-0000-000000000002',
            'resource-group': 'rg',
            'app-name': 'site'
          }
          for (const name of blanked) inputs[name] = blank
          const outcome = parse(inputs, { GITHUB_WORKSPACE: workspace })
          expect(outcome).toBeInstanceOf(InputError)
          for (const name of blanked)
            expect((outcome as InputError).message).toContain(`Input ${name} is required`)
        }
      )
    )
  })

  test('huge and hostile values (up to 1 MB each) are refused or accepted, never crash', () => {
    const huge = fc.oneof(
      fc.string({ minLength: 10_000, maxLength: 20_000 }).map((text) => text.repeat(50)),
      fc.constantFrom(
        'https://a.com/' + 'a/'.repeat(300_000),
        '../'.repeat(200_000),
        '\u0000'.repeat(1_000_000)
      )
    )
    fc.assert(
      fc.property(fc.constantFrom(...INPUTS), huge, inputsArbitrary, (name, value, inputs) => {
        const outcome = parse({ ...inputs, [name]: value }, { GITHUB_WORKSPACE: workspace })
        if (!(outcome instanceof InputError)) expectValidConfig(outcome, workspace)
      }),
      { numRuns: 25 }
    )
  })

  test('any GITHUB_WORKSPACE value gives an InputError or a Config inside it', () => {
    const workspaceValue = fc.oneof(
      hostileText,
      pathLike.map((relative) => path.join(workspace, relative)),
      fc.constantFrom(workspace, `${workspace}/`, ` ${workspace} `, '/nonexistent', '/etc/hostname')
    )
    fc.assert(
      fc.property(
        fc.option(workspaceValue, { nil: undefined }),
        inputsArbitrary,
        (value, inputs) => {
          const outcome = parse(inputs, { GITHUB_WORKSPACE: value })
          if (outcome instanceof InputError) return
          expectValidConfig(outcome, outcome.workspace)
          expect(outcome.workspace).toBe(path.resolve(value!.trim()))
        }
      ),
      { numRuns: 300 }
    )
  })
})

/** Every promise a returned Payload makes to the zip writer and the content plane. */
function expectSafeNames(payload: Payload): void {
  const names = payload.files.map((file) => file.name)
  expect(new Set(names).size).toBe(names.length)
  expect([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))).toEqual(names)
  for (const name of names) {
    expect(entryNameProblem(name)).toBeUndefined()
    expect(name.startsWith('/')).toBe(false)
    expect(name).not.toContain('\\')
    expect(path.posix.normalize(name)).toBe(name)
    expect(name.split('/')).not.toContain('..')
    expect(path.posix.resolve('/root', name).startsWith('/root/')).toBe(true)
  }
  expect(payload.fileCount).toBe(names.length)
}

// Segments a file system accepts as names ('/' and NUL cannot be created at all); on Windows, not
// those it would rewrite (trailing dot, ':' streams, '\\' as a separator: diskNames.ts's rules).
const segment = fc
  .oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9]{1,6}(\.[a-z]{1,4})?$/) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '...',
        ' ',
        'a b',
        'ü.html',
        '\\x',
        'C:',
        'a\nb',
        '\u001b[2J',
        '\u0085',
        '\u200b',
        '.env',
        '-rf',
        '%2e%2e'
      )
    }
  )
  .filter(
    (name) =>
      !name.includes('/') &&
      !name.includes('\0') &&
      name !== '.' &&
      name !== '..' &&
      Buffer.byteLength(name) < 200 &&
      // Lone surrogates are written to disk as U+FFFD: a different name.
      Buffer.from(name).toString('utf8') === name &&
      !(process.platform === 'win32' && (name.includes('\\') || unholdableNames([name]).length > 0))
  )

/**
 * The names the disk holds for files written under `root`: as written on Linux; on NTFS and APFS
 * one file may have been written under two spellings (case, normalization), and realpath gives
 * the one the disk keeps, as its directory listing does.
 */
function namesOnDisk(root: string, written: readonly string[]): string[] {
  const realRoot = realpathSync.native(root)
  const names = written
    .filter((name) => statSync(path.join(root, name), { throwIfNoEntry: false })?.isFile())
    .map((name) =>
      path
        .relative(realRoot, realpathSync.native(path.join(root, name)))
        .split(path.sep)
        .join('/')
    )
  return [...new Set(names)]
}

describe('preparePayload on generated folder trees (property-based)', () => {
  test('a Payload of safe names (exactly the files written) or an InputError naming a refused one', async () => {
    const tree = fc.uniqueArray(fc.array(segment, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 12,
      selector: (parts) => parts.join('/')
    })
    let accepted = 0
    let refused = 0
    await fc.assert(
      fc.asyncProperty(tree, async (paths) => {
        const workspace = mkdtempSync(path.join(os.tmpdir(), 'fuzz-tree-'))
        const root = path.join(workspace, 'dist')
        mkdirSync(root)
        try {
          const written: string[] = []
          for (const parts of paths) {
            const file = path.join(root, ...parts)
            try {
              mkdirSync(path.dirname(file), { recursive: true })
              writeFileSync(file, parts.join('|'))
              written.push(parts.join('/'))
            } catch {
              // A prefix of this path is already a file (or the reverse): not a tree, skip it.
            }
          }
          // Writing a file where a folder of that name was made leaves only what is really there.
          const onDisk = namesOnDisk(root, written)
          let payload: Payload
          try {
            payload = await preparePayload({ workspace, appLocation: root, configFile: undefined })
          } catch (error) {
            expect(error).toBeInstanceOf(InputError)
            const message = (error as InputError).message
            // Refused only when some name on disk really is unsafe (or there is nothing to upload).
            const unsafe = onDisk.some((name) => entryNameProblem(name) !== undefined)
            expect(unsafe || onDisk.length === 0 || /config/.test(message)).toBe(true)
            expect(hasControlCharacter(message)).toBe(false)
            refused++
            return
          }
          accepted++
          expectSafeNames(payload)
          expect(payload.files.map((file) => file.name).sort()).toEqual([...onDisk].sort())
          await payload.close()
        } finally {
          rmSync(workspace, { recursive: true, force: true })
        }
      }),
      { numRuns: 40 }
    )
    expect(accepted).toBeGreaterThan(5)
    expect(refused).toBeGreaterThan(5)
  })
})

/** A stored-entries zip with exactly these raw name bytes, built with the action's own records. */
function rawZip(entries: { name: Buffer; data: Buffer }[]): Buffer {
  const parts: Buffer[] = []
  const records: ZipEntryRecord[] = []
  let offset = 0
  for (const entry of entries) {
    const record: ZipEntryRecord = {
      name: entry.name,
      method: STORED,
      crc32: zlib.crc32(entry.data),
      compressedSize: entry.data.length,
      size: entry.data.length,
      offset,
      streamed: false
    }
    const header = localHeader(record)
    parts.push(header, entry.data)
    offset += header.length + entry.data.length
    records.push(record)
  }
  parts.push(centralDirectory(records, offset))
  return Buffer.concat(parts)
}

const zipName = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(segment, { minLength: 1, maxLength: 3 }).map((p) => p.join('/'))
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom('..', '.', '', 'a', 'b.txt', '\\', 'C:', '/', '\u0000', '\n', 'ü'), {
        minLength: 1,
        maxLength: 5
      })
      .map((pieces) => pieces.join('/'))
  }
)

describe('preparePayload on .zip inputs with generated entry names (property-based)', () => {
  test('a Payload of safe names or an InputError, never a crash', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'fuzz-zip-'))
    const appLocation = path.join(workspace, 'site.zip')
    let accepted = 0
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(zipName, fc.uint8Array({ maxLength: 64 })), {
            minLength: 1,
            maxLength: 8
          }),
          async (entries) => {
            const files = entries.map(([name, data]) => ({
              name: Buffer.from(name),
              data: Buffer.from(data)
            }))
            writeFileSync(appLocation, rawZip(files))
            let payload: Payload
            try {
              payload = await preparePayload({ workspace, appLocation, configFile: undefined })
            } catch (error) {
              expect(error).toBeInstanceOf(InputError)
              expect(hasControlCharacter((error as InputError).message)).toBe(false)
              return
            }
            accepted++
            try {
              expectSafeNames(payload)
              // Every accepted name came from the archive, folder entries aside.
              const given = new Set(entries.map(([name]) => Buffer.from(name).toString('utf8')))
              for (const file of payload.files) expect(given.has(file.name)).toBe(true)
              // All names acceptable means all files kept (empty folder entries are dropped).
              const kept = entries.filter(
                ([name, data]) => !(name.endsWith('/') && data.length === 0)
              )
              expect(payload.fileCount).toBe(kept.length)
            } finally {
              await payload.close()
            }
          }
        ),
        { numRuns: 150 }
      )
      expect(accepted).toBeGreaterThan(10)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})

describe('checkEntryName (property-based)', () => {
  test('returns the name unchanged when safe, else throws an InputError whose message is printable', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), zipName), (name) => {
        let accepted: string
        try {
          accepted = checkEntryName(name, 'file')
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
          expect(entryNameProblem(name)).toBeDefined()
          expect(hasControlCharacter((error as InputError).message)).toBe(false)
          return
        }
        expect(accepted).toBe(name)
        expect(path.posix.resolve('/root', name).startsWith('/root/')).toBe(true)
        expect(path.win32.isAbsolute(name)).toBe(false)
        expect(name.split('/')).not.toContain('..')
      }),
      { numRuns: 3000 }
    )
  })
})
