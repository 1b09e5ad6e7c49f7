// The emulator's plumbing shared by every service: one HTTPS listener per service on loopback
// (plain http for the machine's managed-identity endpoint, as on a real machine),
// a log of every request (every header, and every body but the blob service's archives, so tests
// can prove where each token went), and fault injection that tests arm per service, path and count.
import http from 'node:http'
import https from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export type ServiceName =
  | 'github'
  | 'entra'
  | 'arm'
  | 'content'
  | 'blob'
  | 'site'
  | 'githubApi'
  /** Microsoft Graph (the setup command's directory calls). */
  | 'graph'
  /** aka.ms and the CDN of StaticSitesClient's manifest and files. */
  | 'downloads'
  /** The machine's managed-identity endpoint (IMDS and App Service forms), plain http. */
  | 'identity'

export interface RecordedRequest {
  service: ServiceName
  method: string
  /** Path and query as received. */
  url: string
  /** Host header as received. */
  host: string
  /** Authorization header as received (tests check which token went where). */
  authorization: string | undefined
  /** Status sent back; 0 when the connection was dropped or left hanging. */
  status: number
  at: number
  /** User-Agent header as received. */
  userAgent: string | undefined
  /** x-ms-client-request-id header as received (ARM records it in the Activity Log). */
  clientRequestId: string | undefined
  /** When the connection closed before the reply was complete (a client giving up, or a drop). */
  closedUnfinishedAt?: number
  /** Every header as received: lower-case names, a repeated header's values joined with ', '. */
  headers: Record<string, string>
  /**
   * The body as received, for every service but 'blob' (whose bodies are the archives); undefined
   * there, and when a fault dropped the connection before the body was read.
   */
  body?: Buffer
}

/** Services whose request bodies are not recorded: the archives, up to hundreds of MB. */
const UNRECORDED_BODIES: ReadonlySet<ServiceName> = new Set(['blob'])
/** A recorded body over this fails the request as a handler's over-limit read would. */
const RECORDED_BODY_LIMIT = 16 * 1024 * 1024
/** Bodies already read (and recorded) by the host, for the handlers' readBody. */
const readBodies = new WeakMap<IncomingMessage, Buffer | Error>()

export type FaultKind =
  /** Reply with `status` (and `Retry-After` when set) without reaching the service. */
  | {
      kind: 'status'
      status: number
      retryAfterSeconds?: number
      body?: string
      contentType?: string
      /** Extra reply headers, e.g. `location` for a redirect. */
      headers?: Record<string, string>
    }
  /** Destroy the socket without a reply. */
  | { kind: 'drop' }
  /** Never reply; the client's timeout must fire. */
  | { kind: 'hang' }
  /** Let the service act on the request, then drop the reply: the client cannot know it acted. */
  | { kind: 'lost-reply' }
  /**
   * Send the status line, headers (announcing `declaredBytes`) and the first `sentBytes` of the
   * body, then nothing more: a reply that stalls mid-body.
   */
  | { kind: 'stall'; status: number; declaredBytes: number; sentBytes: number }

export type Fault = FaultKind & {
  service: ServiceName
  /** Only requests whose path (query excluded) matches. */
  path?: RegExp
  /** Only requests whose query string (without '?') matches, e.g. /comp=block(&|$)/. */
  query?: RegExp
  method?: string
  /** How many matching requests it hits; Infinity for a persistent fault. */
  times: number
}

export interface TlsMaterial {
  key: string
  cert: string
  /** PEM of the CA that signed `cert`; handed to clients via NODE_EXTRA_CA_CERTS. */
  caCert: string
}

export type ServiceHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

export interface RunningService {
  name: ServiceName
  /** https://127.0.0.1:<port> */
  url: string
  port: number
}

/** Hosts the services, records their requests, injects faults. */
export class ServiceHost {
  readonly requests: RecordedRequest[] = []
  private readonly faults: Fault[] = []
  private readonly servers: http.Server[] = []
  private readonly sockets = new Set<Socket>()

  constructor(private readonly tls: TlsMaterial) {}

  /** Arms a fault; it fires on the next `times` matching requests. */
  addFault(fault: Fault): void {
    this.faults.push({ ...fault })
  }

  clearFaults(): void {
    this.faults.length = 0
  }

  /** Starts a service; `plain`: http instead of https (the managed-identity endpoint). */
  async start(
    name: ServiceName,
    handler: ServiceHandler,
    port = 0,
    plain = false
  ): Promise<RunningService> {
    const serve = (req: IncomingMessage, res: ServerResponse): void => {
      void this.dispatch(name, handler, req, res)
    }
    const server = plain
      ? http.createServer(serve)
      : https.createServer({ key: this.tls.key, cert: this.tls.cert }, serve)
    server.keepAliveTimeout = 5000
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    this.servers.push(server)
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve())
    })
    const actualPort = (server.address() as AddressInfo).port
    return { name, url: `${plain ? 'http' : 'https'}://127.0.0.1:${actualPort}`, port: actualPort }
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await Promise.all(
      this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))
    )
  }

  private async dispatch(
    name: ServiceName,
    handler: ServiceHandler,
    req: IncomingMessage,
    res: ServerResponse
  ): Promise<void> {
    const record: RecordedRequest = {
      service: name,
      method: req.method ?? '',
      url: req.url ?? '',
      host: req.headers.host ?? '',
      authorization: req.headers.authorization,
      status: 0,
      at: Date.now(),
      userAgent: req.headers['user-agent'],
      clientRequestId: headerValue(req.headers['x-ms-client-request-id']),
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([header, value]) => [header, headerValue(value) ?? ''])
      )
    }
    this.requests.push(record)
    res.on('finish', () => (record.status = res.statusCode))
    res.on('close', () => {
      if (!res.writableFinished) record.closedUnfinishedAt = Date.now()
    })
    const fault = this.takeFault(name, req)
    if (fault?.kind === 'drop') return this.inject(fault, req, res)
    try {
      if (!UNRECORDED_BODIES.has(name)) await recordBody(req, record)
      if (fault?.kind === 'lost-reply') return await this.actThenDrop(handler, req, res)
      if (fault) return this.inject(fault, req, res)
      await handler(req, res)
    } catch (error) {
      if (!res.headersSent) {
        sendJson(res, 500, { error: { code: 'EmulatorFault', message: String(error) } })
      } else {
        res.destroy()
      }
    }
  }

  /** The handler runs to the end against a reply that goes nowhere; then the connection drops. */
  private async actThenDrop(
    handler: ServiceHandler,
    req: IncomingMessage,
    res: ServerResponse
  ): Promise<void> {
    const drop = (): void => {
      req.socket.destroy()
    }
    res.writeHead = () => res
    res.write = () => true
    res.end = ((...args: unknown[]) => {
      const callback = args.find((arg): arg is () => void => typeof arg === 'function')
      callback?.()
      return res
    }) as ServerResponse['end']
    try {
      await handler(req, res)
    } catch {
      // The client never hears of it either way.
    } finally {
      drop()
    }
  }

  private takeFault(name: ServiceName, req: IncomingMessage): Fault | undefined {
    const [path = '', query = ''] = (req.url ?? '').split(/\?(.*)/s)
    const index = this.faults.findIndex(
      (fault) =>
        fault.service === name &&
        fault.times > 0 &&
        (fault.method === undefined || fault.method === req.method) &&
        (fault.path === undefined || fault.path.test(path)) &&
        (fault.query === undefined || fault.query.test(query))
    )
    if (index < 0) return undefined
    const fault = this.faults[index]!
    fault.times -= 1
    return fault
  }

  private inject(fault: Fault, req: IncomingMessage, res: ServerResponse): void {
    // Drain the request first so a client streaming a body sees the fault, not a write error.
    req.resume()
    if (fault.kind === 'drop') {
      req.socket.destroy()
      return
    }
    if (fault.kind === 'hang' || fault.kind === 'lost-reply') return
    if (fault.kind === 'stall') {
      const stall = (): void => {
        res.writeHead(fault.status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(fault.declaredBytes)
        })
        res.write(' '.repeat(fault.sentBytes))
      }
      if (req.readableEnded) stall()
      else req.on('end', stall)
      return
    }
    const headers: Record<string, string> = {
      'content-type': fault.contentType ?? 'text/plain; charset=utf-8',
      ...fault.headers
    }
    if (fault.retryAfterSeconds !== undefined)
      headers['retry-after'] = String(fault.retryAfterSeconds)
    const finish = (): void => {
      res.writeHead(fault.status, headers)
      res.end(fault.body ?? `Injected fault: HTTP ${fault.status}`)
    }
    if (req.readableEnded) finish()
    else req.on('end', finish)
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value
}

/** Reads the whole body into the record; handlers then get it from readBody. */
async function recordBody(req: IncomingMessage, record: RecordedRequest): Promise<void> {
  try {
    record.body = await readChunks(req, RECORDED_BODY_LIMIT)
    readBodies.set(req, record.body)
  } catch (error) {
    readBodies.set(req, error instanceof Error ? error : new Error(String(error)))
  }
}

/** Reads a request body, refusing bodies over `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 16 * 1024 * 1024): Promise<Buffer> {
  const read = readBodies.get(req)
  if (read instanceof Error) throw read
  if (read !== undefined) {
    if (read.length > limit) throw new Error(`request body over ${limit} bytes`)
    return read
  }
  return await readChunks(req, limit)
}

async function readChunks(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new Error(`request body over ${limit} bytes`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers
  })
  res.end(text)
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers
  })
  res.end(text)
}

/**
 * https origin the client addressed (Host header), default port dropped: services reached through
 * the proxy under a public host name answer as that host, e.g. https://management.azure.com.
 */
export function requestOrigin(req: IncomingMessage, fallbackHost: string): string {
  try {
    return new URL(`https://${req.headers.host ?? fallbackHost}`).origin
  } catch {
    return `https://${fallbackHost}`
  }
}
