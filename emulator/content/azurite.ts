// Runs Azurite's blob service as a child process: the real Blob REST semantics (block staging,
// SAS checks, Content-Length rules) without Docker or a cloud account.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { TlsMaterial } from '../server.js'

/** Azurite's well-known development account (public, documented, not a secret). */
export const DEV_ACCOUNT = 'devstoreaccount1'
export const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

const requireFromHere = createRequire(import.meta.url)

/** The newest Blob service version this Azurite release accepts (its API-version check is on). */
export const AZURITE_BLOB_API_VERSION = (
  requireFromHere('azurite/dist/src/blob/utils/constants.js') as { BLOB_API_VERSION: string }
).BLOB_API_VERSION

export interface AzuriteProcess {
  /** https://127.0.0.1:<port> */
  url: string
  port: number
  /** PEM of the CA that signed Azurite's certificate. */
  caCert: string
  stop(): Promise<void>
}

/**
 * Names an Azurite that a test suite's global setup started for every emulator of the suite
 * (JSON: url, port, caCert): each emulator starting its own cost ~0.65 s of CPU, ~35 times a
 * suite. Blob names are unique per upload and every emulator keeps its own front (faults,
 * behaviour), so the emulators share nothing else.
 */
const SHARED_AZURITE_VARIABLE = 'KEYLESS_SWA_SHARED_AZURITE'

/** The suite's shared Azurite, if its global setup started one; emulators do not stop it. */
export function sharedAzurite(env: NodeJS.ProcessEnv = process.env): AzuriteProcess | undefined {
  const value = env[SHARED_AZURITE_VARIABLE]
  if (!value) return undefined
  const { url, port, caCert } = JSON.parse(value) as Omit<AzuriteProcess, 'stop'>
  return { url, port, caCert, stop: async () => undefined }
}

const STARTUP_TIMEOUT_MS = 30_000
const LISTENING = /successfully listens on https:\/\/127\.0\.0\.1:(\d+)/

/** Flags: HTTPS with the emulator's certificate, nothing on disk, no telemetry, quiet, strict. */
function azuriteArguments(certFile: string, keyFile: string): string[] {
  return [
    '--blobHost',
    '127.0.0.1',
    // Port 0: the OS picks a free port and Azurite prints it.
    '--blobPort',
    '0',
    '--cert',
    certFile,
    '--key',
    keyFile,
    '--inMemoryPersistence',
    // Bounds memory; blobs are deleted once a deployment is processed, but the bench's reference
    // uploads are never processed and five 300 MB runs overflowed 2 GB (Azurite answered 409).
    '--extentMemoryLimit',
    '6144',
    // Deliberately neither --loose nor --skipApiVersionCheck: a header Azurite does not know, or an
    // x-ms-version it does not support, fails the request as a strict storage account would.
    '--silent',
    '--disableTelemetry'
  ]
}

export async function startAzurite(tls: TlsMaterial, workDir: string): Promise<AzuriteProcess> {
  const tlsDir = path.join(workDir, 'azurite-tls')
  await mkdir(tlsDir, { recursive: true })
  const certFile = path.join(tlsDir, 'cert.pem')
  const keyFile = path.join(tlsDir, 'key.pem')
  await writeFile(certFile, tls.cert)
  await writeFile(keyFile, tls.key, { mode: 0o600 })

  const main = requireFromHere.resolve('azurite/dist/src/blob/main.js')
  const child = spawn(process.execPath, [main, ...azuriteArguments(certFile, keyFile)], {
    cwd: workDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: withoutCustomAccounts(process.env)
  })
  const port = await waitForListening(child)
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    caCert: tls.caCert,
    stop: () => stopChild(child)
  }
}

// A stray AZURITE_ACCOUNTS in the caller's environment would replace the well-known account.
function withoutCustomAccounts(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env }
  delete copy.AZURITE_ACCOUNTS
  return copy
}

function waitForListening(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = ''
    let settled = false
    const timer = setTimeout(
      () => fail(new Error('Azurite did not start within 30 s')),
      STARTUP_TIMEOUT_MS
    )
    const fail = (error: Error): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`${error.message}\n${output}`))
    }
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = LISTENING.exec(output)
      if (!match || settled) return
      settled = true
      clearTimeout(timer)
      // Keep draining its pipes so a chatty child can never block on a full buffer.
      child.stdout?.removeListener('data', onData)
      child.stdout?.resume()
      resolve(Number(match[1]))
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', fail)
    child.once('exit', (code) => fail(new Error(`Azurite exited early with code ${code}`)))
  })
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}
