// Credential files that earlier steps leave in the workspace (a cloud login, a registry token, a
// key) must not become public with the site. Judged by name where the name is the tool's own,
// and by content where a key can hide under any name; refused unless allow-credential-files.
import { closeSync, openSync, readSync } from 'node:fs'
import { isAlreadyCompressed } from './zip.js'
import { openSource } from './sources.js'
import type { PayloadFile } from './types.js'

interface CredentialKind {
  /** What the file is, as the error names it. */
  what: string
  /** By the path's segments (folders, then the file name), in lower case. */
  name?: (segments: readonly string[]) => boolean
  /** By the file's first bytes; with `name` too, the name selects the file and the content decides. */
  content?: { marker: readonly string[]; pattern: RegExp }
}

// `marker`: a cheap byte search that must hit before the pattern is tried on the text.
const PRIVATE_KEY = {
  marker: ['PRIVATE KEY', 'PuTTY-User-Key-File-'],
  pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|^PuTTY-User-Key-File-\d+:/m
}
// An auth line of an .npmrc with a literal value; `${NODE_AUTH_TOKEN}` is a placeholder, not a secret.
const NPM_AUTH = {
  marker: ['_auth', '_password'],
  pattern: /^[^#;\n]*_(?:authToken|auth|password)\s*=\s*(?!\$\{)\S/m
}

const fileName = (segments: readonly string[]): string => segments.at(-1) ?? ''
const inFolder =
  (folder: string) =>
  (segments: readonly string[]): boolean =>
    segments.slice(0, -1).includes(folder)

const KINDS: readonly CredentialKind[] = [
  {
    what: 'a Google Cloud credentials file (google-github-actions/auth writes gha-creds-*.json)',
    name: (segments) => /^gha-creds-.*\.json$/i.test(fileName(segments))
  },
  { what: 'Azure CLI profile and tokens (.azure/)', name: inFolder('.azure') },
  { what: 'AWS CLI credentials (.aws/)', name: inFolder('.aws') },
  {
    what: 'an .npmrc with a registry auth token',
    name: (segments) => fileName(segments) === '.npmrc',
    content: NPM_AUTH
  },
  {
    what: 'an SSH private key',
    name: (segments) => /^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/.test(fileName(segments))
  },
  {
    what: 'a PKCS#12 key store (.pfx/.p12)',
    name: (segments) => /\.(pfx|p12)$/i.test(fileName(segments))
  },
  { what: 'a private key', content: PRIVATE_KEY }
]

/** How much of each file is read to judge it; key files are small, and keys come first in them. */
const SCAN_BYTES = 64 * 1024

export interface CredentialFile {
  name: string
  what: string
}

/** Sees a file's first bytes while some other pass reads them anyway (the .zip check inflates every entry). */
export interface HeadObserver {
  /** How many first bytes it wants. */
  bytes: number
  observe(file: PayloadFile, head: Buffer): void
}

/**
 * Judges every file of the payload. Files whose first bytes were observed on the way are judged
 * from those; the others are read here: from the disk synchronously, into one reused buffer
 * (nothing else runs yet, and a stream per file made this pass cost as much as packaging).
 */
export class CredentialScan implements HeadObserver {
  readonly bytes = SCAN_BYTES
  private readonly judged = new Map<PayloadFile, CredentialFile | undefined>()
  private readonly buffer = Buffer.allocUnsafe(SCAN_BYTES)

  observe(file: PayloadFile, head: Buffer): void {
    this.judged.set(
      file,
      judge(file, () => head)
    )
  }

  /** The files that look like credentials, each with what it looks like, in the files' order. */
  async findIn(files: readonly PayloadFile[]): Promise<CredentialFile[]> {
    const found: CredentialFile[] = []
    for (const file of files) {
      const credential = this.judged.has(file)
        ? this.judged.get(file)
        : file.source.kind === 'disk'
          ? judge(file, () => this.readFromDisk(file))
          : judge(file, await entryHead(file))
      if (credential !== undefined) found.push(credential)
    }
    return found
  }

  private readFromDisk(file: PayloadFile): Buffer {
    if (file.source.kind !== 'disk' || file.size === 0) return this.buffer.subarray(0, 0)
    const descriptor = openSync(file.source.path, 'r')
    try {
      return this.buffer.subarray(0, readSync(descriptor, this.buffer, 0, SCAN_BYTES, 0))
    } finally {
      closeSync(descriptor)
    }
  }
}

/** The kind of credential a file is, judged by name first and, where needed, by `head()`. */
function judge(file: PayloadFile, head: () => Buffer): CredentialFile | undefined {
  // Lower case: on Windows and macOS `.AWS/` is the same folder as `.aws/`.
  const segments = file.name.toLowerCase().split('/')
  let bytes: Buffer | undefined
  for (const kind of KINDS) {
    const named = kind.name === undefined || kind.name(segments)
    if (!named) continue
    if (kind.content === undefined) return { name: file.name, what: kind.what }
    // Media formats cannot hold a PEM block in the clear; reading them only costs time.
    if (kind.name === undefined && isAlreadyCompressed(file.name)) continue
    bytes ??= head()
    const { marker, pattern } = kind.content
    if (!marker.some((text) => bytes?.includes(text))) continue
    if (pattern.test(bytes.toString('latin1'))) return { name: file.name, what: kind.what }
  }
  return undefined
}

/** The first SCAN_BYTES of a .zip entry that no other pass has shown, inflated here. */
async function entryHead(file: PayloadFile): Promise<() => Buffer> {
  const stream = await openSource(file)
  const head = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const done = (): void => {
      stream.off('data', onData)
      stream.destroy()
      resolve(Buffer.concat(chunks).subarray(0, SCAN_BYTES))
    }
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk)
      size += chunk.length
      if (size >= SCAN_BYTES) done()
    }
    stream.on('data', onData)
    stream.once('end', done)
    // Kept after `done`: a stream destroyed halfway may still report an error, harmlessly.
    stream.on('error', reject)
  })
  return () => head
}
