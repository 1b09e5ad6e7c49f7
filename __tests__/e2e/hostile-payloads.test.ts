// Hostile payloads through dist/index.js: each one is refused with a message that names the file
// (printably) and the reason, the run fails, and not one request reaches any emulated service.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Emulator } from '../../emulator/index.js'
import { errorLines, requestsSince, runAgainst, startTestEmulator } from '../support/e2e.js'
import { CONTROL_CHARACTER_NAMES, patchedZip } from '../support/fixtures.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startTestEmulator()
})
afterAll(async () => {
  await emulator?.stop()
})

const MB = 1024 * 1024

const zipOf = patchedZip

/** Swaps every occurrence of a name (local header and central directory) for one of equal length. */
function rename(from: string, to: string): (zip: Buffer) => void {
  return (zip) => {
    const needle = Buffer.from(from)
    const replacement = Buffer.from(to)
    expect(replacement.length).toBe(needle.length)
    let found = 0
    for (let at = zip.indexOf(needle); at !== -1; at = zip.indexOf(needle, at + 1)) {
      replacement.copy(zip, at)
      found++
    }
    expect(found).toBe(2)
  }
}

/**
 * An honest zip of one file of `megabytes` MiB of zeros, written directly: the same 1 MiB deflate
 * block, flushed so that it stands alone, repeated (compressing 600 MiB each run took seconds).
 */
function zerosZip(name: string, megabytes: number): Buffer {
  const zeros = Buffer.alloc(MB)
  const block = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_FULL_FLUSH })
  const data = Buffer.concat([
    ...Array<Buffer>(megabytes).fill(block),
    deflateRawSync(Buffer.alloc(0))
  ])
  let crc = 0
  for (let index = 0; index < megabytes; index++) crc = crc32(zeros, crc)
  const size = megabytes * MB
  const fileName = Buffer.from(name)
  const header = (signature: number, length: number): Buffer => {
    const buffer = Buffer.alloc(length)
    buffer.writeUInt32LE(signature, 0)
    return buffer
  }
  const local = header(0x04034b50, 30)
  local.writeUInt16LE(20, 4) // version needed
  local.writeUInt16LE(8, 8) // deflate
  local.writeUInt16LE(0x5021, 12) // 2020-01-01
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(size, 22)
  local.writeUInt16LE(fileName.length, 26)
  const central = header(0x02014b50, 46)
  central.writeUInt16LE((3 << 8) | 20, 4) // made by: Unix
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt16LE(0x5021, 14)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(size, 24)
  central.writeUInt16LE(fileName.length, 28)
  central.writeUInt32LE((0o100644 << 16) >>> 0, 38)
  const centralAt = local.length + fileName.length + data.length
  const end = header(0x06054b50, 22)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + fileName.length, 12)
  end.writeUInt32LE(centralAt, 16)
  return Buffer.concat([local, fileName, data, central, fileName, end])
}

/** Overwrites the uncompressed size of every central directory record. */
function declareSize(bytes: number): (zip: Buffer) => void {
  return (zip) => {
    const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02])
    for (let at = zip.indexOf(signature); at !== -1; at = zip.indexOf(signature, at + 1))
      zip.writeUInt32LE(bytes, at + 24)
  }
}

const innocent = { name: 'index.html', bytes: Buffer.from('<h1>hello</h1>') }

/** Runs the action on `site.zip` at the workspace root and returns the run and its requests. */
async function deployZip(zip: Buffer) {
  return await deployWorkspace(
    (workspace) => writeFileSync(path.join(workspace, 'site.zip'), zip),
    'site.zip'
  )
}

async function deployWorkspace(prepare: (workspace: string) => void, appLocation = 'dist') {
  const from = emulator.host.requests.length
  const deploymentsBefore = emulator.content!.deployments.length
  const run = await runAgainst(emulator, {
    inputs: { 'app-location': appLocation },
    prepareWorkspace: prepare
  })
  return {
    run,
    errors: errorLines(run),
    requests: requestsSince(emulator, from),
    newDeployments: emulator.content!.deployments.length - deploymentsBefore
  }
}

/** The refusal every hostile payload must get: exit 1, the reason, and silence on the network. */
function expectRefusedOffline(
  outcome: Awaited<ReturnType<typeof deployWorkspace>>,
  message: RegExp
): void {
  expect(outcome.errors).toMatch(message)
  expect(outcome.run.exitCode).toBe(1)
  expect(outcome.requests).toEqual([])
  expect(outcome.newDeployments).toBe(0)
  expect(outcome.run.stdout).not.toMatch(/Deployed to|deployment-id/)
}

describe('the refusal is observable: a well-formed .zip input does reach the services', () => {
  test('a clean .zip deploys (so an empty request list below means something)', async () => {
    const outcome = await deployZip(await zipOf([innocent]))
    expect(outcome.run.exitCode).toBe(0)
    expect(outcome.requests.map((request) => request.service)).toEqual(
      expect.arrayContaining(['github', 'entra', 'arm', 'content', 'blob'])
    )
    expect(emulator.content!.deployments.at(-1)!.files.map((file) => file.path)).toEqual([
      'index.html'
    ])
  })
})

describe('a .zip input with hostile entry names', () => {
  test.each([
    ['../evil.html', 'aa/evil.html', /Refused \.zip entry '\.\.\/evil\.html': a '\.\.' segment/],
    ['a/../../x', 'a/bb/cc/x', /Refused \.zip entry 'a\/\.\.\/\.\.\/x': a '\.\.' segment/],
    ['/etc/x', 'aetc/x', /Refused \.zip entry '\/etc\/x': an absolute path/],
    ['C:/x', 'Cq/x', /Refused \.zip entry 'C:\/x': an absolute path/],
    ['C:\\x', 'Cq_x', /Refused \.zip entry 'C:\\x': a backslash/]
  ])('%s is refused before any request', async (hostile, placeholder, message) => {
    const zip = await zipOf(
      [innocent, { name: placeholder, bytes: Buffer.from('pwned') }],
      rename(placeholder, hostile)
    )
    expectRefusedOffline(await deployZip(zip), message)
  })

  test.each([
    ['a newline', 'aXb.html', 'a\nb.html', String.raw`a\u000ab.html`],
    ['an escape character', 'aXb.html', 'a\u001bb.html', String.raw`a\u001bb.html`],
    ['a C1 control (CSI)', 'aXXb.html', 'a\u009bb.html', String.raw`a\u009bb.html`]
  ])('a name with %s is refused and shown escaped', async (_what, placeholder, hostile, shown) => {
    const zip = await zipOf(
      [innocent, { name: placeholder, bytes: Buffer.from('x') }],
      rename(placeholder, hostile)
    )
    const outcome = await deployZip(zip)
    expectRefusedOffline(outcome, /control character/)
    expect(outcome.errors).toContain(`Refused .zip entry '${shown}'`)
    // The raw character never reaches the log, where it could forge a line or a terminal sequence.
    expect(outcome.run.stdout).not.toContain(hostile)
  })

  test('a symlink entry is refused, whatever it points at', async () => {
    const zip = await zipOf([
      innocent,
      { name: 'passwd.txt', bytes: Buffer.from('/etc/passwd'), mode: 0o120777 }
    ])
    expectRefusedOffline(
      await deployZip(zip),
      /Refused \.zip entry 'passwd\.txt': it is a symbolic link/
    )
  })
})

describe('a .zip bomb', () => {
  test('declared sizes far above the limit are refused before anything is inflated', async () => {
    const zip = await zipOf(
      [
        { name: 'a.txt', bytes: Buffer.from('x'), compress: true },
        { name: 'b.txt', bytes: Buffer.from('y'), compress: true }
      ],
      declareSize(400 * MB)
    )
    const outcome = await deployZip(zip)
    expectRefusedOffline(outcome, /declares more than 500 MB/)
    expect(outcome.errors).toMatch(/'b\.txt'/)
  })

  test('an entry that inflates past what it declares is refused before any request', async () => {
    // 64 MB of zeros deflate to ~64 KB; the central directory claims 1 KB.
    const zip = await zipOf(
      [innocent, { name: 'bomb.bin', bytes: Buffer.alloc(64 * MB), compress: true }],
      (buffer) => {
        const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02])
        const second = buffer.indexOf(signature, buffer.indexOf(signature) + 1)
        buffer.writeUInt32LE(1024, second + 24)
      }
    )
    expect(zip.length).toBeLessThan(MB)
    const outcome = await deployZip(zip)
    expectRefusedOffline(outcome, /Refused \.zip entry 'bomb\.bin': it inflates to more than/)
  })

  test('a real bomb (600 MB of zeros in a small archive) is refused on its honest size', async () => {
    // The construction is honest: a small one inflates to the size and CRC-32 it declares.
    const small = zerosZip('s', 2)
    const inflated = inflateRawSync(small.subarray(31, small.length - 22 - 47))
    expect(inflated.equals(Buffer.alloc(2 * MB))).toBe(true)
    expect(small.readUInt32LE(14)).toBe(crc32(inflated))
    const zip = zerosZip('huge.txt', 600)
    expect(zip.length).toBeLessThan(2 * MB)
    const outcome = await deployZip(zip)
    expectRefusedOffline(outcome, /declares more than 500 MB.*'huge\.txt'/s)
  })
})

describe('a site folder with hostile files', () => {
  test.each(CONTROL_CHARACTER_NAMES)(
    'a file name with %s is refused, shown escaped',
    async (_what, hostile, shown) => {
      const outcome = await deployWorkspace((workspace) => {
        mkdirSync(path.join(workspace, 'dist', 'pages'), { recursive: true })
        writeFileSync(path.join(workspace, 'dist', 'index.html'), 'ok')
        writeFileSync(path.join(workspace, 'dist', 'pages', hostile), 'x')
      })
      expectRefusedOffline(outcome, /control character in the name/)
      expect(outcome.errors).toContain(`Refused file 'pages/${shown}'`)
      expect(outcome.run.stdout).not.toContain(hostile)
    }
  )

  test.each([
    // Targets that exist on every OS: the Node.js running this test, and its folder.
    ['an absolute link to a file outside', 'node.bin', () => process.execPath],
    ['an absolute link to a folder outside', 'runtime', () => path.dirname(process.execPath)],
    ['a relative link climbing out of the workspace', 'secret.txt', () => '../../outside.txt']
  ])('%s is refused, naming the link', async (_what, linkName, target) => {
    const outcome = await deployWorkspace((workspace) => {
      writeFileSync(path.join(workspace, '..', 'outside.txt'), 'not for the web')
      mkdirSync(path.join(workspace, 'dist'))
      writeFileSync(path.join(workspace, 'dist', 'index.html'), 'ok')
      symlinkSync(target(), path.join(workspace, 'dist', linkName))
    })
    expectRefusedOffline(
      outcome,
      new RegExp(`Refused '${linkName.replace('.', '\\.')}': it resolves outside the workspace`)
    )
  })
})
