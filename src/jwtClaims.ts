// A JWT's claims read without verifying its signature (the service it is presented to does that):
// for the log, and for the checks each reader adds of its own.
import { asRecord, type JsonRecord } from './json.js'

/** The payload as a JSON object, or why the token is not a JWT one can read. */
type ReadClaims = { claims: JsonRecord } | { malformed: string }

const BASE64URL_SEGMENT = /^[A-Za-z0-9_-]+$/

export function readJwtClaims(jwt: string): ReadClaims {
  const segments = jwt.split('.')
  if (segments.length !== 3 || segments.some((segment) => !BASE64URL_SEGMENT.test(segment))) {
    return { malformed: 'it is not three base64url segments' }
  }
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(segments[1] as string, 'base64url').toString('utf8'))
  } catch {
    return { malformed: 'its payload is not JSON' }
  }
  const claims = asRecord(payload)
  return claims ? { claims } : { malformed: 'its payload is not a JSON object' }
}
