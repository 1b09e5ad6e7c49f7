// A forward proxy (HTTP CONNECT) that makes the public cloud host names land on the emulator, so
// default cloud endpoints and proxy support are exercised with no URL overrides. Anything that is
// neither a mapped cloud host nor loopback is refused: tests never reach the real Internet.
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo, Socket } from 'node:net'

export interface ProxyConnect {
  /** host:port as asked in the CONNECT line. */
  target: string
  allowed: boolean
  at: number
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]'])

export class ConnectProxy {
  readonly connects: ProxyConnect[] = []
  url = ''
  private readonly server = http.createServer((_req, res) => {
    // Plain-http proxying is not something the action does: every call is https via CONNECT.
    res.writeHead(403, { 'content-type': 'text/plain' })
    res.end('This proxy only tunnels (CONNECT).')
  })
  private readonly sockets = new Set<Socket>()

  /** @param routes public host name → loopback port it is served on */
  constructor(private readonly routes: () => ReadonlyMap<string, number>) {
    this.server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) =>
      this.tunnel(req, client, head)
    )
    this.server.on('connection', (socket: Socket) => this.track(socket))
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', () => resolve())
    })
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** Where a CONNECT target goes, or undefined when it is refused. */
  resolve(target: string): { host: string; port: number } | undefined {
    const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(target)
    if (!match) return undefined
    const host = match[1]!.toLowerCase()
    const port = Number(match[2])
    if (LOOPBACK.has(host)) return { host: host.replace(/^\[|\]$/g, ''), port }
    const mapped = this.routes().get(host)
    if (mapped !== undefined && port === 443) return { host: '127.0.0.1', port: mapped }
    return undefined
  }

  private track(socket: Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
  }

  private tunnel(req: http.IncomingMessage, client: Socket, head: Buffer): void {
    const target = req.url ?? ''
    const destination = this.resolve(target)
    this.connects.push({ target, allowed: destination !== undefined, at: Date.now() })
    this.track(client)
    client.on('error', () => client.destroy())
    if (!destination) {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
      return
    }
    const upstream = net.connect(destination.port, destination.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    this.track(upstream)
    upstream.on('error', () => {
      if (client.writable && upstream.connecting) {
        client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
      } else {
        client.destroy()
      }
    })
    client.on('close', () => upstream.destroy())
  }
}
