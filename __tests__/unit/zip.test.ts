import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import yauzl, { type Entry } from 'yauzl'
import { preparePayload } from '../../src/payload/prepare.js'
import { measureZip, writeZip, type ZipWriteOptions } from '../../src/payload/zip.js'
import type { Payload } from '../../src/payload/types.js'
import { siteInWorkspace } from '../support/fixtures.js'

async function zipToBuffer(
  payload: Pick<Payload, 'files'>,
  options: ZipWriteOptions = {}
): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of writeZip(payload, options)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

interface ReadEntry {
  name: string
  bytes: Buffer
  method: number
  flags: number
  entry: Entry
}

function readZip(zip: Buffer): Promise<ReadEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true }, (error, archive) => {
      if (error) return reject(error)
      const entries: ReadEntry[] = []
      archive.on('error', reject)
      archive.on('end', () => resolve(entries))
      archive.on('entry', (entry: Entry) => {
        archive.openReadStream(entry, (openError, stream) => {
          if (openError) return reject(openError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('error', reject)
          stream.on('end', () => {
            entries.push({
              name: entry.fileName,
              bytes: Buffer.concat(chunks),
              method: entry.compressionMethod,
              flags: entry.generalPurposeBitFlag,
              entry
            })
            archive.readEntry()
          })
        })
      })
      archive.readEntry()
    })
  })
}

/** An entry's bytes as stored in the archive (deflated or not), after its local header. */
function entryData(zip: Buffer, entry: Entry): Buffer {
  const header = entry.relativeOffsetOfLocalHeader
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28)
  return zip.subarray(start, start + entry.compressedSize)
}

const site = siteInWorkspace

const FILES: Record<string, string | Buffer> = {
  'index.html': '<h1>hello</h1>'.repeat(100),
  'b/z.css': 'body{margin:0}'.repeat(50),
  'a/ünïcödé 文件.txt': 'unicode name',
  'img/photo.png': randomBytes(5000),
  'empty.txt': '',
  'big/video.bin': randomBytes(300_000),
  'big/log.txt': 'line of text\n'.repeat(40_000)
}

describe('writeZip', () => {
  test.each<[string, ZipWriteOptions]>([
    ['on worker threads', { workers: 2 }],
    [
      'on this thread, large files streamed',
      { workers: 0, bufferLimitBytes: 100_000, windowBytes: 50_000 }
    ],
    ['with zip64 records forced', { workers: 1, forceZip64: true, bufferLimitBytes: 100_000 }]
  ])('round-trips names, bytes and order %s', async (_name, options) => {
    const { workspace, appLocation } = site(FILES)
    const payload = await preparePayload({ workspace, appLocation, configFile: undefined })
    const zip = await zipToBuffer(payload, options)
    const entries = await readZip(zip)
    const expectedNames = Object.keys(FILES).sort((a, b) =>
      Buffer.compare(Buffer.from(a), Buffer.from(b))
    )
    expect(entries.map((entry) => entry.name)).toEqual(expectedNames)
    for (const entry of entries) {
      expect(entry.bytes.equals(Buffer.from(FILES[entry.name] as string | Buffer))).toBe(true)
      expect(entry.flags & 0x800).toBe(0x800)
      expect(entry.entry.getLastModDate().getFullYear()).toBe(1980)
    }
    const byName = new Map(entries.map((entry) => [entry.name, entry]))
    expect(byName.get('img/photo.png')?.method).toBe(0)
    // Incompressible data is stored when buffered; a streamed entry is committed to deflate.
    if (options.bufferLimitBytes === undefined) expect(byName.get('big/video.bin')?.method).toBe(0)
    expect(byName.get('index.html')?.method).toBe(8)
    expect(byName.get('big/log.txt')?.method).toBe(8)
    expect(await measureZip(payload, options)).toBe(zip.length)
  })

  test('is deterministic', async () => {
    const { workspace, appLocation } = site(FILES)
    const payload = await preparePayload({ workspace, appLocation, configFile: undefined })
    const first = await zipToBuffer(payload, { workers: 2 })
    const second = await zipToBuffer(payload, { workers: 0, bufferLimitBytes: 1000 })
    expect(first.equals(second)).toBe(false) // streamed entries use data descriptors
    expect(first.equals(await zipToBuffer(payload, { workers: 1 }))).toBe(true)
  })

  test('each small file deflates to the bytes a new zlib stream gives, whatever the thread deflated before', async () => {
    // Ever shorter files that start alike: a reused deflate state whose window still held the
    // longer file's tail would match into it, and the bytes would depend on the file before.
    const text = Buffer.from(
      Array.from(
        { length: 4000 },
        (_, index) => `{"id":${index % 97},"tag":"t${index % 13}"}\n`
      ).join('')
    )
    const files: Record<string, Buffer> = { '0-window.json': text.subarray(0, 100_000) }
    for (let index = 1; index <= 40; index++) {
      const stem = `p${String(index).padStart(2, '0')}`
      files[`${stem}.json`] = text.subarray(0, 40_000 - index * 900)
      if (index % 10 === 0) files[`${stem}-noise.bin`] = randomBytes(20_000)
    }
    const { workspace, appLocation } = site(files)
    const payload = await preparePayload({ workspace, appLocation, configFile: undefined })
    const zip = await zipToBuffer(payload, { workers: 1, compressionLevel: 3 })
    const entries = await readZip(zip)
    expect(entries).toHaveLength(Object.keys(files).length)
    for (const { name, entry } of entries) {
      const raw = entryData(zip, entry)
      const original = files[name]!
      if (name.endsWith('.bin')) {
        expect([entry.compressionMethod, raw.equals(original)]).toEqual([0, true])
      } else {
        expect(entry.compressionMethod).toBe(8)
        expect(raw.equals(zlib.deflateRawSync(original, { level: 3 }))).toBe(true)
      }
    }
    expect(zip.equals(await zipToBuffer(payload, { workers: 0, compressionLevel: 3 }))).toBe(true)
  })

  test('a large file deflates in fixed chunks: the same bytes on workers as here, as small as one deflate', async () => {
    // Lines that repeat across chunk boundaries: each chunk must reach back into the one before.
    const lines = Array.from(
      { length: 60_000 },
      (_, index) => `{"id":${index % 977},"name":"item ${index % 131}"}\n`
    )
    const big = Buffer.from(lines.join(''))
    const { workspace, appLocation } = site({ 'data.json': big, 'index.html': '<p>hi</p>' })
    const payload = await preparePayload({ workspace, appLocation, configFile: undefined })
    const options = { bufferLimitBytes: 100_000, compressionLevel: 6 }
    const onWorkers = await zipToBuffer(payload, { ...options, workers: 2 })
    expect(onWorkers.equals(await zipToBuffer(payload, { ...options, workers: 0 }))).toBe(true)
    const entry = (await readZip(onWorkers)).find((read) => read.name === 'data.json')!
    expect(entry.bytes.equals(big)).toBe(true)
    expect(entry.method).toBe(8)
    const whole = zlib.deflateRawSync(big, { level: 6 }).length
    expect(entry.entry.compressedSize).toBeLessThan(whole * 1.01)
  })

  test('a file that starts as noise is stored whole, without deflating the rest', async () => {
    // The first 8 KiB decide: the price of not deflating all of a file deflate cannot shrink.
    const noisyHead = Buffer.concat([randomBytes(8192), Buffer.from('compressible '.repeat(5000))])
    const { workspace, appLocation } = site({
      'model.bin': noisyHead,
      'page.html': 'text '.repeat(5000)
    })
    const payload = await preparePayload({ workspace, appLocation, configFile: undefined })
    const entries = await readZip(await zipToBuffer(payload, { workers: 1 }))
    const byName = new Map(entries.map((entry) => [entry.name, entry]))
    expect(byName.get('model.bin')?.method).toBe(0)
    expect(byName.get('model.bin')?.bytes.equals(noisyHead)).toBe(true)
    expect(byName.get('page.html')?.method).toBe(8)
  })

  test('a large file that changes size while streaming fails the stream', async () => {
    const { workspace, appLocation } = site({ 'data.txt': 'x'.repeat(3_000_000) })
    const payload = await preparePayload({ workspace, appLocation, configFile: undefined })
    writeFileSync(path.join(appLocation, 'data.txt'), 'x'.repeat(2_500_000))
    await expect(zipToBuffer(payload, { workers: 1, bufferLimitBytes: 100_000 })).rejects.toThrow(
      /was 3,000,000 bytes when measured and 2,500,000/
    )
    writeFileSync(path.join(appLocation, 'data.txt'), 'x'.repeat(3_500_000))
    await expect(zipToBuffer(payload, { workers: 1, bufferLimitBytes: 100_000 })).rejects.toThrow(
      /was 3,000,000 bytes when measured and 3,500,000/
    )
  })

  test('a file that changes size after measuring fails the stream', async () => {
    const { workspace, appLocation } = site({ 'a.txt': 'short' })
    const payload = await preparePayload({ workspace, appLocation, configFile: undefined })
    writeFileSync(path.join(appLocation, 'a.txt'), 'much longer now')
    await expect(zipToBuffer(payload, { workers: 1 })).rejects.toThrow(
      /was 5 bytes when measured and 15/
    )
  })

  test('re-zips a .zip input', async () => {
    const { workspace, appLocation } = site(FILES)
    const payload = await preparePayload({ workspace, appLocation, configFile: undefined })
    const zipPath = path.join(workspace, 'site.zip')
    writeFileSync(zipPath, await zipToBuffer(payload))
    const fromZip = await preparePayload({ workspace, appLocation: zipPath, configFile: undefined })
    expect(fromZip.origin).toBe('zip')
    expect(fromZip.totalBytes).toBe(payload.totalBytes)
    const entries = await readZip(await zipToBuffer(fromZip, { bufferLimitBytes: 100_000 }))
    await fromZip.close()
    for (const entry of entries)
      expect(entry.bytes.equals(Buffer.from(FILES[entry.name] as string | Buffer))).toBe(true)
  })
})
