// The emulator's RSA keys (its TLS CA and server certificate, Entra's and GitHub's token
// signing). Made fresh at start-up, or taken from a test suite's global setup, which makes one
// set for every emulator of the suite: four 2048-bit keys cost ~0.26 s of CPU per emulator,
// ~50 emulators a suite. Each emulator still signs its own certificate and publishes its own key
// ids, so a token or certificate from one emulator is not another's.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'

export type KeyRole = 'tls-ca' | 'tls-server' | 'entra' | 'github'
const KEY_ROLES: readonly KeyRole[] = ['tls-ca', 'tls-server', 'entra', 'github']

/** JSON of PKCS#8 PEMs by role, set by the test suite's global setup only. */
const SHARED_KEYS_VARIABLE = 'KEYLESS_SWA_SHARED_KEYS'

export interface RsaKeyPair {
  privateKey: KeyObject
  publicKey: KeyObject
}

export function newRsaKeyPair(): RsaKeyPair {
  return generateKeyPairSync('rsa', { modulusLength: 2048 })
}

/** The key for `role`: the suite's shared one when its global setup made them, else a new one. */
export function rsaKeyPair(role: KeyRole, env: NodeJS.ProcessEnv = process.env): RsaKeyPair {
  const shared = env[SHARED_KEYS_VARIABLE]
  const pem = shared ? (JSON.parse(shared) as Partial<Record<KeyRole, string>>)[role] : undefined
  if (pem === undefined) return newRsaKeyPair()
  const privateKey = createPrivateKey(pem)
  return { privateKey, publicKey: createPublicKey(privateKey) }
}

/** A set of keys for SHARED_KEYS_VARIABLE. */
export function sharedKeysValue(): string {
  const pems = Object.fromEntries(
    KEY_ROLES.map((role) => [
      role,
      newRsaKeyPair().privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    ])
  )
  return JSON.stringify(pems)
}
