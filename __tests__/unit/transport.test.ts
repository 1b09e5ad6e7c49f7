// The shared transport over real sockets, in process, against a small HTTPS server on loopback:
// a 'total' limit covers the whole reply, an 'idle' limit only silences, the run's signal stops a
// request in flight, a deadline stops retries, and every request says who sent it.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import https from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { rmSync } from 'node:fs'
import * as tls from 'node:tls'
import { createTlsMaterial, type GeneratedTls } from '../../emulator/tls.js'
import { CancelledError, Interruption } from '../../src/cancel.js'
import type { StepLimits } from '../../src/http/limits.js'
import { closeTransport, send, USER_AGENT, type HttpRequest } from '../../src/http/transport.js'

let material: GeneratedTls
let server: https.Server
let base: string
interface Seen {
  url: string
  userAgent: string | undefined
  /** When the server got the request (this process's clock). */
  at: number
  closedEarly: boolean
  /** Settles when the server sees the connection end, early or not. */
  closed: Promise<void>
}
const seen: Seen[] = []
const output: string[] = []
let limitedHits = 0

/** Routes of the test server: each shows one way a reply can be slow. */
const ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  // Headers, then a 10-byte chunk every 100 ms (10 of them, or ?chunks=N): never silent for
  // long, but slow overall.
  '/trickle': (req, res) => {
    const chunks = Number(new URL(req.url ?? '', 'https://x').searchParams.get('chunks') ?? 10)
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(chunks * 10) })
    let sent = 0
    const timer = setInterval(() => {
      res.write('x'.repeat(10))
      if (++sent === chunks) {
        clearInterval(timer)
        res.end()
      }
    }, 100)
    res.on('close', () => clearInterval(timer))
  },
  // Headers and half the body, then nothing.
  '/stall': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100' })
    res.write('x'.repeat(50))
  },
  '/unavailable': (_req, res) => {
    res.writeHead(503, { 'retry-after': '1' })
    res.end('busy')
  },
  // A wait far longer than any test runs: only the signal can end it.
  '/unavailable-long': (_req, res) => {
    res.writeHead(503, { 'retry-after': '30' })
    res.end('busy')
  },
  // A 403 that is a rate limit (as GitHub's are), then an answer.
  '/limited': (_req, res) => {
    limitedHits += 1
    if (limitedHits % 2 === 1) {
      res.writeHead(403, { 'x-ratelimit-remaining': '0', 'retry-after': '0' })
      res.end('{"message":"API rate limit exceeded"}')
      return
    }
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end('fine')
  },
  '/ok': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end('fine')
  }
}

beforeAll(async () => {
  material = await createTlsMaterial()
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), material.caCert])
  server = https.createServer({ key: material.key, cert: material.cert }, (req, res) => {
    let markClosed = (): void => {}
    const record: Seen = {
      url: req.url ?? '',
      userAgent: req.headers['user-agent'],
      at: Date.now(),
      closedEarly: false,
      closed: new Promise<void>((resolve) => (markClosed = resolve))
    }
    seen.push(record)
    res.on('close', () => {
      record.closedEarly = !res.writableFinished
      markClosed()
    })
    req.resume()
    ROUTES[(req.url ?? '').split('?')[0] ?? '']?.(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    output.push(String(chunk))
    return true
  })
})

afterAll(async () => {
  jest.restoreAllMocks()
  closeTransport()
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  rmSync(material.dir, { recursive: true, force: true })
})

const NEVER = new AbortController().signal
/** The last request, once the server has seen its connection end (however long that takes). */
async function lastRequestEnded(): Promise<Seen> {
  const last = seen.at(-1)
  if (last === undefined) throw new Error('the server saw no request')
  await last.closed
  return last
}
const limits = (kind: 'total' | 'idle', ms: number, budgetMs = 10_000): StepLimits => ({
  attempt: { kind, ms },
  budgetMs
})
const once = { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }

function request(path: string, overrides: Partial<HttpRequest> = {}): HttpRequest {
  return {
    step: 'Test call',
    method: 'GET',
    url: `${base}${path}`,
    signal: NEVER,
    limits: limits('total', 5000),
    ...overrides
  }
}

describe('attempt limits', () => {
  test("a 'total' limit covers the whole reply, not only the headers", async () => {
    // 5 s of trickle: a 0.4 s limit ends it long before, even on a machine slow to run timers.
    await expect(
      send(request('/trickle?chunks=50', { limits: limits('total', 400) }), once)
    ).rejects.toThrow('Test call failed after 1 attempt: timed out: no complete reply within 0.4 s')
    // Never silent for long, so only a limit on the whole reply ends it: the client closed it
    // before the server had sent everything (the cause is the message, not a clock).
    expect((await lastRequestEnded()).closedEarly).toBe(true)
  })

  test("an 'idle' limit lets a slow reply finish as long as data keeps coming", async () => {
    // Silences of 0.1 s against a 2 s idle limit: room for a loaded machine's late timers.
    const reply = await send(request('/trickle', { limits: limits('idle', 2000) }), once)
    expect(reply.status).toBe(200)
    expect(reply.body).toBe('x'.repeat(100))
  })

  test("an 'idle' attempt still ends with the step's budget, however steady the trickle", async () => {
    await expect(
      send(request('/trickle?chunks=50', { limits: limits('idle', 1000, 1500) }), once)
    ).rejects.toThrow('timed out: no complete reply within 1.5 s')
  })

  test("an 'idle' limit ends a reply that stops mid-body", async () => {
    await expect(send(request('/stall', { limits: limits('idle', 300) }), once)).rejects.toThrow(
      'timed out: no data moved for 0.3 s'
    )
    expect((await lastRequestEnded()).closedEarly).toBe(true)
  })
})

describe('cancellation', () => {
  test('aborting the signal closes the request in flight at once', async () => {
    const controller = new AbortController()
    const started = Date.now()
    setTimeout(() => controller.abort(new Interruption('SIGTERM')), 200)
    const error = await send(
      request('/stall', { signal: controller.signal, limits: limits('total', 10_000) }),
      once
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CancelledError)
    expect((error as CancelledError).message).toBe(
      'Cancelled (SIGTERM) during Test call; nothing further was sent.'
    )
    // Ended by the signal, far before the attempt's 10 s limit, however loaded the machine.
    expect(Date.now() - started).toBeLessThan(5000)
    expect((await lastRequestEnded()).closedEarly).toBe(true)
  })

  test('a signal that fires during the wait between attempts ends the wait', async () => {
    const controller = new AbortController()
    const started = Date.now()
    const from = seen.length
    // Retry-After: 30 makes the wait half a minute long; the signal comes once the wait has begun.
    const logFrom = output.length
    const aborted = setInterval(() => {
      if (output.slice(logFrom).some((line) => line.includes('retrying in 30 s'))) {
        clearInterval(aborted)
        controller.abort(new Interruption('SIGINT'))
      }
    }, 20)
    await expect(
      send(
        request('/unavailable-long', {
          signal: controller.signal,
          limits: limits('total', 5000, 60_000)
        }),
        {
          attempts: 5,
          baseDelayMs: 1,
          maxDelayMs: 1
        }
      )
    ).rejects.toBeInstanceOf(CancelledError)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(seen.length - from).toBe(1)
  })

  test('an already cancelled run sends nothing', async () => {
    const controller = new AbortController()
    controller.abort(new Interruption('SIGINT'))
    const from = seen.length
    await expect(send(request('/ok', { signal: controller.signal }))).rejects.toBeInstanceOf(
      CancelledError
    )
    expect(seen.length).toBe(from)
  })
})

describe('budgets and deadlines', () => {
  test('no wait runs past the deadline: retries stop and the log says why', async () => {
    const from = seen.length
    const deadline = Date.now() + 1500
    const reply = await send(
      request('/unavailable', { deadline: { at: deadline, what: 'the test deadline' } }),
      { attempts: 5, baseDelayMs: 1, maxDelayMs: 1 }
    )
    expect(reply.status).toBe(503)
    // How many fit depends on how fast this machine answers (0 s and 1 s when idle); the rule
    // does not: every attempt before the deadline, each wait taken only where it ended before it.
    const attempts = seen.slice(from)
    expect(reply.attempts).toBe(attempts.length)
    expect(attempts.length).toBeGreaterThanOrEqual(1)
    expect(attempts.length).toBeLessThanOrEqual(2)
    for (const attempt of attempts) expect(attempt.at).toBeLessThan(deadline)
    for (const retried of attempts.slice(0, -1))
      expect(retried.at + 1000).toBeLessThanOrEqual(deadline)
    const log = output.join('')
    if (attempts.length === 2)
      expect(log).toContain('Test call: HTTP 503; retrying in 1 s (attempt 2 of 5).')
    expect(log).toContain(
      'Test call: HTTP 503; not retried: waiting 1 s more would run past the test deadline.'
    )
  })

  test("the step's own budget applies when no deadline is given", async () => {
    const reply = await send(request('/unavailable', { limits: limits('total', 5000, 500) }), {
      attempts: 5,
      baseDelayMs: 1,
      maxDelayMs: 1
    })
    expect(reply.attempts).toBe(1)
    expect(output.join('')).toContain("would run past the step's 0.5 s time budget")
  })
})

describe("a service's own throttling answer", () => {
  test('a 403 is final unless the caller says it is a rate limit; then it is waited out and retried', async () => {
    limitedHits = 0
    const plain = await send(request('/limited'), { attempts: 5, baseDelayMs: 1, maxDelayMs: 1 })
    expect({ status: plain.status, attempts: plain.attempts }).toEqual({ status: 403, attempts: 1 })
    limitedHits = 0
    const throttled = await send(
      request('/limited', {
        throttled: (reply) => (reply.headers['x-ratelimit-remaining'] === '0' ? 0 : undefined)
      }),
      { attempts: 5, baseDelayMs: 1, maxDelayMs: 1 }
    )
    expect({ status: throttled.status, attempts: throttled.attempts }).toEqual({
      status: 200,
      attempts: 2
    })
    expect(output.join('')).toContain('Test call: HTTP 403 (rate limited); retrying in')
  })
})

test("every request carries the action's User-Agent, ahead of a caller's own", async () => {
  await send(request('/ok'))
  expect(seen.at(-1)?.userAgent).toBe(USER_AGENT)
  await send(request('/ok', { headers: { 'User-Agent': 'azsdk-js-test/1.0' } }))
  expect(seen.at(-1)?.userAgent).toBe(`${USER_AGENT} azsdk-js-test/1.0`)
  expect(USER_AGENT).toMatch(/^keyless-swa-deploy\/\d+\.\d+\.\d+/)
})

describe('plain http: only the machine-local endpoint, never anywhere else', () => {
  const machineLocal = { alsoTransient: [404, 410], connectLimitMs: 500 }
  const refusal = 'refused to send a request over http: (https only)'

  test.each([
    ['loopback, not marked machine-local', 'http://127.0.0.1:9/x', undefined],
    ['a routable address, marked machine-local', 'http://10.1.2.3/x', machineLocal],
    ['a host name, marked machine-local', 'http://imds.example.com/x', machineLocal],
    ['link-local, not marked machine-local', 'http://169.254.169.254/x', undefined]
  ])('%s: refused before any connection', async (_case, url, local) => {
    await expect(send({ ...request('/ok'), url, machineLocal: local })).rejects.toThrow(refusal)
  })

  test('a machine-local loopback port that refuses: one attempt, no retry, named unreachable', async () => {
    const started = Date.now()
    const logged = output.length
    const retries = { attempts: 5, baseDelayMs: 1, maxDelayMs: 1 }
    await expect(
      send({ ...request('/ok'), url: 'http://127.0.0.1:9/x', machineLocal }, retries)
    ).rejects.toMatchObject({ name: 'UnreachableHost' })
    expect(output.slice(logged).join('\n')).not.toContain('retrying')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
