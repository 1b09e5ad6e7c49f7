// Credential-less downloads over real sockets, against a small HTTPS server on loopback:
// redirects are followed only here, to https and a few hops at most; a body is streamed to a file
// (mode 0600) with its SHA-256, a retry starts it afresh, an oversized body is refused; and only a
// GET without a credential may ask the transport to hand a redirect back at all.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import https from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as tls from 'node:tls'
import { createTlsMaterial, type GeneratedTls } from '../../emulator/tls.js'
import { downloadFile, getFollowingRedirects, MAX_REDIRECTS } from '../../src/http/download.js'
import type { StepLimits } from '../../src/http/limits.js'
import { closeTransport, send } from '../../src/http/transport.js'

const BODY = Buffer.from('#!/bin/sh\necho client\n'.repeat(5000))
let material: GeneratedTls
let server: https.Server
let base: string
let folder: string
let flaky = 0

const ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/short': (_req, res) => redirect(res, 301, `${base}/manifest`),
  '/manifest': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('[]')
  },
  '/relative': (_req, res) => redirect(res, 302, '/file'),
  '/to-http': (_req, res) => redirect(res, 307, 'http://127.0.0.1:1/file'),
  '/loop': (_req, res) => redirect(res, 308, `${base}/loop`),
  '/file': (_req, res) => {
    res.writeHead(200, { 'content-length': String(BODY.length) })
    res.end(BODY)
  },
  // Half the file, then the connection drops; the next attempt gets it all.
  '/flaky': (_req, res) => {
    if (flaky++ > 0) return ROUTES['/file']!(_req, res)
    res.writeHead(200, { 'content-length': String(BODY.length) })
    res.write(BODY.subarray(0, BODY.length / 2), () => res.socket?.destroy())
  },
  '/missing': (_req, res) => {
    res.writeHead(404)
    res.end('The specified blob does not exist.')
  }
}

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { location, 'content-length': '0' })
  res.end()
}

beforeAll(async () => {
  material = await createTlsMaterial()
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), material.caCert])
  server = https.createServer({ key: material.key, cert: material.cert }, (req, res) => {
    req.resume()
    ROUTES[(req.url ?? '').split('?')[0] ?? '']?.(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  folder = mkdtempSync(path.join(tmpdir(), 'download-'))
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  // Short retry waits: the knob acts on loopback only.
  process.env.KEYLESS_SWA_RETRY_BASE_MS = '5'
})

afterAll(async () => {
  jest.restoreAllMocks()
  delete process.env.KEYLESS_SWA_RETRY_BASE_MS
  closeTransport()
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  rmSync(material.dir, { recursive: true, force: true })
  rmSync(folder, { recursive: true, force: true })
})

const NEVER = new AbortController().signal
const limits: StepLimits = { attempt: { kind: 'idle', ms: 5000 }, budgetMs: 20_000 }
const get = (url: string) => ({ step: 'Test download', url, signal: NEVER, limits })
const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 }

describe('getFollowingRedirects', () => {
  test('follows a redirect and says where it went', async () => {
    const reply = await getFollowingRedirects(get(`${base}/short`))
    expect(reply.status).toBe(200)
    expect(reply.body).toBe('[]')
    expect(reply.chain).toEqual([`${base}/short`, `${base}/manifest`])
  })

  test('resolves a relative Location', async () => {
    const reply = await getFollowingRedirects({
      ...get(`${base}/relative`),
      maxResponseBytes: BODY.length
    })
    expect(reply.chain.at(-1)).toBe(`${base}/file`)
  })

  test('refuses a redirect to http', async () => {
    await expect(getFollowingRedirects(get(`${base}/to-http`))).rejects.toThrow(
      /redirected to http \(127\.0\.0\.1:1\); only https is followed/
    )
  })

  test(`stops after ${MAX_REDIRECTS} hops`, async () => {
    await expect(getFollowingRedirects(get(`${base}/loop`))).rejects.toThrow(
      `more than ${MAX_REDIRECTS} redirects`
    )
  })
})

describe('downloadFile', () => {
  test('streams the body to a 0600 file and returns its SHA-256', async () => {
    const file = path.join(folder, 'plain')
    const download = await downloadFile({ ...get(`${base}/relative`), maxBytes: BODY.length }, file)
    expect(download).toEqual({
      ok: true,
      bytes: BODY.length,
      sha256: createHash('sha256').update(BODY).digest('hex'),
      chain: [`${base}/relative`, `${base}/file`]
    })
    expect(readFileSync(file).equals(BODY)).toBe(true)
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  test('a body cut off is fetched again from the start, and the digest is of the whole', async () => {
    flaky = 0
    const file = path.join(folder, 'flaky')
    const download = await downloadFile({ ...get(`${base}/flaky`), maxBytes: BODY.length }, file)
    expect(flaky).toBe(2)
    expect(download.ok && download.sha256).toBe(createHash('sha256').update(BODY).digest('hex'))
    expect(readFileSync(file).equals(BODY)).toBe(true)
  })

  test('a body over the limit is refused', async () => {
    await expect(
      downloadFile({ ...get(`${base}/file`), maxBytes: 1000 }, path.join(folder, 'big'))
    ).rejects.toThrow('the reply exceeded 1000 bytes and was refused')
  })

  test('any other status is handed back', async () => {
    expect(
      await downloadFile({ ...get(`${base}/missing`), maxBytes: 10 }, path.join(folder, 'x'))
    ).toEqual({
      ok: false,
      status: 404,
      chain: [`${base}/missing`]
    })
  })
})

test.each([
  { method: 'POST' as const },
  { method: 'GET' as const, headers: { Authorization: 'token x' } },
  { method: 'GET' as const, headers: { cookie: 'a=b' } }
])('only a credential-less GET may have a redirect handed back: %j', async (unsafe) => {
  await expect(
    send({ ...get(`${base}/short`), ...unsafe, redirects: 'return' }, fast)
  ).rejects.toThrow('only a GET without a credential may follow redirects')
})
