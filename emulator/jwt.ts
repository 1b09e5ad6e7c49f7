// Just enough JOSE for the emulator: RS256 only, every token names its key by kid, and
// verification refuses anything else, as the real issuers' consumers do.
import { createHash, createPublicKey, randomUUID, sign, verify, type KeyObject } from 'node:crypto'
import { newRsaKeyPair, rsaKeyPair, type KeyRole } from './keys.js'

export interface SigningKey {
  kid: string
  /** Stands in for a certificate thumbprint: SHA-1 of the public key (no client reads x5c). */
  x5t: string
  privateKey: KeyObject
  publicKey: KeyObject
}

export interface Jwk {
  kty: 'RSA'
  use: 'sig'
  alg: 'RS256'
  kid: string
  x5t: string
  n: string
  e: string
}

export interface DecodedJwt {
  header: Record<string, unknown>
  claims: Record<string, unknown>
}

export type JwtFailure = 'malformed' | 'algorithm' | 'unknown-key' | 'signature'

export class JwtError extends Error {
  constructor(
    readonly reason: JwtFailure,
    message: string
  ) {
    super(message)
    this.name = 'JwtError'
  }
}

/** A signing key with its own key id; its RSA key is the role's (keys.ts), or a new one. */
export function createSigningKey(role?: KeyRole): SigningKey {
  const { privateKey, publicKey } = role === undefined ? newRsaKeyPair() : rsaKeyPair(role)
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  return {
    kid: randomUUID().replace(/-/g, ''),
    x5t: createHash('sha1').update(spki).digest('base64url'),
    privateKey,
    publicKey
  }
}

function encodeSegment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

export function signJwt(key: SigningKey, claims: Record<string, unknown>): string {
  const header = { typ: 'JWT', alg: 'RS256', kid: key.kid, x5t: key.x5t }
  const input = `${encodeSegment(header)}.${encodeSegment(claims)}`
  const signature = sign('RSA-SHA256', Buffer.from(input), key.privateKey).toString('base64url')
  return `${input}.${signature}`
}

export function toJwk(key: SigningKey): Jwk {
  const jwk = key.publicKey.export({ format: 'jwk' })
  return { kty: 'RSA', use: 'sig', alg: 'RS256', kid: key.kid, x5t: key.x5t, n: jwk.n!, e: jwk.e! }
}

function parseSegment(segment: string): Record<string, unknown> {
  const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'))
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('not a JSON object')
  }
  return value as Record<string, unknown>
}

/** Parses without verifying; throws JwtError('malformed') unless it is a three-part JWS. */
export function decodeJwt(token: string): DecodedJwt {
  const parts = token.split('.')
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) {
    throw new JwtError('malformed', 'not a compact JWS')
  }
  try {
    return { header: parseSegment(parts[0]!), claims: parseSegment(parts[1]!) }
  } catch {
    throw new JwtError('malformed', 'header or payload is not base64url JSON')
  }
}

/** Verifies an RS256 signature by a key named by kid; claims (times, audience) are the caller's. */
export function verifyJwt(token: string, keys: readonly Jwk[]): DecodedJwt {
  const decoded = decodeJwt(token)
  if (decoded.header['alg'] !== 'RS256') {
    throw new JwtError('algorithm', `alg ${String(decoded.header['alg'])} is not RS256`)
  }
  const kid = decoded.header['kid']
  const jwk = typeof kid === 'string' ? keys.find((candidate) => candidate.kid === kid) : undefined
  if (!jwk) throw new JwtError('unknown-key', `no key with kid '${String(kid)}'`)
  const publicKey = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' })
  const [header, payload, signature] = token.split('.') as [string, string, string]
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${header}.${payload}`),
    publicKey,
    Buffer.from(signature, 'base64url')
  )
  if (!valid) throw new JwtError('signature', 'signature does not verify')
  return decoded
}
