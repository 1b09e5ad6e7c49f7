// How far the block upload reads ahead of what the blob service has acknowledged: a bound in
// bytes (issue 26), so memory stays flat in the archive's size. Observed from outside the
// uploader: an instrumented archive stream counts the bytes taken from it, the blob service's
// acknowledgements (onProgress) count the bytes it holds, against the emulator's Azurite.
import { describe, expect, test } from '@jest/globals'
import { createCipheriv, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import https from 'node:https'
import { Readable } from 'node:stream'
import * as tls from 'node:tls'
import type { Emulator } from '../../emulator/index.js'
import { uploadToBlob } from '../../src/content/blob.js'
import { closeTransport } from '../../src/http/transport.js'
import { deployBaseline } from '../support/deploy.js'
import { useTestEmulator } from '../support/e2e.js'
import { eventInfoBody, uploadInfoBody } from '../support/wire.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => {
  emulator = started
  // This process is the uploader here: it trusts the emulator's CA as the action does.
  tls.setDefaultCACertificates([
    ...tls.getCACertificates('default'),
    readFileSync(started.caFile, 'utf8')
  ])
})

const MiB = 1024 * 1024

/** A SAS URL for a fresh upload blob, asked of the content plane as the action asks it. */
async function uploadUrl(totalBytes: number): Promise<string> {
  const site = emulator.world.sites[0]!
  const url = new URL('/api/upload/request', emulator.urls.content)
  url.searchParams.set('apiVersion', 'v1')
  url.searchParams.set('deploymentCorrelationId', crypto.randomUUID())
  const body = JSON.stringify({
    EventInfo: eventInfoBody(),
    UploadInfo: uploadInfoBody({
      totalBytes,
      fileCount: 1,
      largestFileBytes: totalBytes,
      hasRoutes: false
    }),
    PollingInfo: null
  })
  const reply = await new Promise<string>((resolve, reject) => {
    const request = https.request(
      url,
      {
        method: 'POST',
        headers: { authorization: `token ${site.apiKey}`, 'content-type': 'application/json' }
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
        response.on('end', () => resolve(text))
      }
    )
    request.on('error', reject)
    request.end(body)
  })
  const sasUrl = (JSON.parse(reply) as { response?: { packageUris?: { app?: string } } }).response
    ?.packageUris?.app
  if (!sasUrl) throw new Error(`no upload URL from the content plane: ${reply}`)
  return sasUrl
}

/** `total` bytes in 1 MiB pieces, as the zip writer hands them on, counting what was taken. */
function countedArchive(total: number): { stream: Readable; taken: () => number } {
  const cipher = createCipheriv('aes-256-ctr', randomBytes(32), Buffer.alloc(16))
  let taken = 0
  async function* pieces(): AsyncGenerator<Buffer> {
    while (taken < total) {
      const piece = cipher.update(Buffer.alloc(Math.min(MiB, total - taken)))
      taken += piece.length
      yield piece
    }
  }
  return {
    stream: Readable.from(pieces(), { objectMode: true, highWaterMark: 1 }),
    taken: () => taken
  }
}

describe('the block upload', () => {
  test('never holds more than its budget of unacknowledged bytes beyond the block being cut', async () => {
    const total = 56 * MiB
    const archive = countedArchive(total)
    let acknowledged = 0
    let mostAhead = 0
    const result = await uploadToBlob(await uploadUrl(total), () => archive.stream, {
      signal: new AbortController().signal,
      onProgress: (bytes) => {
        // Measured at each acknowledgement: just before it, the reader was furthest ahead.
        mostAhead = Math.max(mostAhead, archive.taken() - acknowledged)
        acknowledged = bytes
      }
    })
    closeTransport()
    expect(result).toEqual({ bytes: total, blocks: 7, method: 'blocks' })
    expect(acknowledged).toBe(total)
    // 16 MiB staged (two 8 MiB blocks), the next block being cut, and one piece in the stream.
    expect(mostAhead).toBeGreaterThanOrEqual(16 * MiB)
    expect(mostAhead).toBeLessThanOrEqual(16 * MiB + 8 * MiB + 2 * MiB)
  })
})
