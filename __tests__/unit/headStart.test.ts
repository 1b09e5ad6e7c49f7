import { rmSync } from 'node:fs'
import path from 'node:path'
import { HeadStart } from '../../src/payload/headStart.js'
import { preparePayload } from '../../src/payload/prepare.js'
import { measureZip } from '../../src/payload/zip.js'
import { siteInWorkspace } from '../support/fixtures.js'

const FILES = { 'index.html': '<h1>hi</h1>'.repeat(500), 'app.js': 'let x = 1;\n'.repeat(2000) }

async function bytesOf(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks)
}

describe('HeadStart', () => {
  it('hands over the archive it started, once, and reports what it packaged', async () => {
    const payload = await preparePayload({ ...siteInWorkspace(FILES), configFile: undefined })
    const headStart = new HeadStart(payload)
    let packaged = 0
    headStart.onPackagedBytes = (bytes) => (packaged = bytes)
    const stream = headStart.take()!
    expect(headStart.take()).toBeUndefined()
    const zip = await bytesOf(stream)
    expect(zip.length).toBe(await measureZip(payload))
    expect(packaged).toBe(payload.totalBytes)
  })

  it('tells a listener set late what was packaged before it came (a small site is packaged during sign-in)', async () => {
    const payload = await preparePayload({ ...siteInWorkspace(FILES), configFile: undefined })
    const headStart = new HeadStart(payload)
    // The whole site fits in the read-ahead: it is packaged before anyone listens or reads.
    await new Promise((resolve) => setTimeout(resolve, 200))
    const told: number[] = []
    headStart.onPackagedBytes = (bytes) => told.push(bytes)
    expect(told).toEqual([payload.totalBytes])
    await bytesOf(headStart.take()!)
    expect(told.at(-1)).toBe(payload.totalBytes)
  })

  it('keeps a failure from before the upload for the reader, not for the process', async () => {
    const { workspace, appLocation } = siteInWorkspace(FILES)
    const payload = await preparePayload({ workspace, appLocation, configFile: undefined })
    rmSync(path.join(appLocation, 'app.js'))
    const headStart = new HeadStart(payload)
    await new Promise((resolve) => setTimeout(resolve, 50))
    await expect(bytesOf(headStart.take()!)).rejects.toThrow(/app\.js/)
  })

  it('stops, and hands nothing over, once disposed', async () => {
    const payload = await preparePayload({ ...siteInWorkspace(FILES), configFile: undefined })
    const headStart = new HeadStart(payload)
    headStart.dispose()
    expect(headStart.take()).toBeUndefined()
  })
})
