// A bare HTTPS client for the emulator tests: trusts only the emulator's CA, optionally tunnels
// through its CONNECT proxy, and returns status, headers and the parsed body.
import { readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import { isIP, type Socket } from 'node:net'
import tls from 'node:tls'
import type { Emulator } from '../../emulator/index.js'

export interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any
}

export interface RequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
  /** http://127.0.0.1:<port> of a CONNECT proxy. */
  proxy?: string
}

function openTunnel(proxy: string, host: string, port: number): Promise<Socket> {
  const proxyUrl = new URL(proxy)
  return new Promise((resolve, reject) => {
    const connect = http.request({
      host: proxyUrl.hostname,
      port: proxyUrl.port,
      method: 'CONNECT',
      path: `${host}:${port}`
    })
    connect.on('connect', (response, socket) => {
      if (response.statusCode === 200) resolve(socket)
      else {
        socket.destroy()
        reject(new Error(`proxy answered ${response.statusCode}`))
      }
    })
    connect.on('error', reject)
    connect.end()
  })
}

export async function request(
  caFile: string,
  url: string,
  options: RequestOptions = {}
): Promise<Reply> {
  const target = new URL(url)
  const ca = readFileSync(caFile, 'utf8')
  const port = Number(target.port || 443)
  const tunnel = options.proxy ? await openTunnel(options.proxy, target.hostname, port) : undefined
  // Host as browsers and http-client send it: the default port left out.
  const headers: Record<string, string> = { host: target.host, ...options.headers }
  if (options.body !== undefined)
    headers['content-length'] = String(Buffer.byteLength(options.body))
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname: target.hostname,
        port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        headers,
        ca,
        // With createConnection and no agent, node uses the tunnel instead of dialling the host.
        ...(tunnel
          ? {
              createConnection: () =>
                tls.connect({
                  socket: tunnel,
                  ca,
                  ...(isIP(target.hostname) ? {} : { servername: target.hostname })
                })
            }
          : { agent: false })
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json: unknown
          try {
            json = text ? JSON.parse(text) : undefined
          } catch {
            json = undefined
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json })
        })
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** Decodes a JWT's header and claims without verifying it. */
export function peek(token: string): {
  header: Record<string, unknown>
  claims: Record<string, unknown>
} {
  const [header, claims] = token.split('.')
  return {
    header: JSON.parse(Buffer.from(header ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >,
    claims: JSON.parse(Buffer.from(claims ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >
  }
}

/**
 * The default app's federated client_credentials grant for `resource`, posted to `authority` (an
 * origin; the emulator's loopback Entra by default, public hosts go through its proxy).
 */
export function requestToken(
  emulator: Emulator,
  resource: string,
  authority = emulator.urls.entra
): Promise<Reply> {
  const app = emulator.world.apps[0]!
  const form = new URLSearchParams({
    client_id: app.clientId,
    scope: `${resource}/.default`,
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: emulator.github.issueToken('api://AzureADTokenExchange')
  })
  const viaProxy = authority !== emulator.urls.entra
  return request(emulator.caFile, `${authority}/${app.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    ...(viaProxy ? { proxy: emulator.proxyUrl } : {})
  })
}
