// Reads an external issuer's signing keys the way Entra does: discovery document, then jwks_uri,
// over https only (trusting the emulator's CA), refusing a document that names another issuer.
import https from 'node:https'
import type { Jwk } from './jwt.js'

const FETCH_TIMEOUT_MS = 5000

function getJson(url: string, ca: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!url.startsWith('https://')) return reject(new Error(`not https: ${url}`))
    const request = https.get(url, { ca, timeout: FETCH_TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        if (response.statusCode !== 200)
          return reject(new Error(`${url}: HTTP ${response.statusCode}`))
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)))
        }
      })
      response.on('error', reject)
    })
    request.on('timeout', () => request.destroy(new Error(`${url}: timed out`)))
    request.on('error', reject)
  })
}

/** The issuer's current JWKS; throws when anything on the way is missing or inconsistent. */
export async function fetchIssuerKeys(issuer: string, ca: string): Promise<Jwk[]> {
  const discovery = (await getJson(
    `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`,
    ca
  )) as {
    issuer?: unknown
    jwks_uri?: unknown
  }
  if (discovery.issuer !== issuer) throw new Error('discovery document names another issuer')
  if (typeof discovery.jwks_uri !== 'string') throw new Error('discovery document has no jwks_uri')
  const jwks = (await getJson(discovery.jwks_uri, ca)) as { keys?: unknown }
  if (!Array.isArray(jwks.keys)) throw new Error('JWKS has no keys')
  return jwks.keys as Jwk[]
}
