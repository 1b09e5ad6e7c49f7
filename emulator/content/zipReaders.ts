// Reads every uploaded archive again with zip readers nobody here wrote, so a writer bug that
// yauzl forgives still fails the deployment: Python's zipfile and Info-ZIP unzip test every entry,
// libarchive (bsdtar) extracts the archive, and what it extracts must be byte for byte what yauzl
// extracted. The .NET server may be more forgiving than all three; an archive every reader agrees
// on is what a client should send.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { DeployedFile } from './types.js'
import { PackageError } from './unpack.js'

interface ReaderVerdict {
  exitCode: number
  stdout: string
  stderr: string
}

interface ZipReader {
  name: string
  /** Executables to try, in order, on this OS. */
  commands: (platform: NodeJS.Platform) => string[]
  /** Arguments that print its version; `identifies` must match the output. */
  versionArguments: string[]
  identifies: RegExp
  /** Arguments that read every entry of `zip` and check it. */
  testArguments?: (zip: string) => string[]
  /** Arguments that extract `zip` into the existing folder `into`. */
  extractArguments?: (zip: string, into: string) => string[]
  /** Why the reader refused the archive, or undefined when it read it cleanly. */
  refusal: (verdict: ReaderVerdict) => string | undefined
}

const onlyOutput = (verdict: ReaderVerdict): string =>
  `${verdict.stdout}\n${verdict.stderr}`.trim().split('\n').slice(0, 5).join(' | ')

/** The readers, in the order they are preferred for extracting. */
export const ZIP_READERS: readonly ZipReader[] = [
  {
    // Windows and macOS ship libarchive's bsdtar as `tar`; GNU tar (Linux) reads no zip.
    name: 'libarchive bsdtar',
    commands: (platform) => (platform === 'linux' ? ['bsdtar'] : ['bsdtar', 'tar']),
    versionArguments: ['--version'],
    identifies: /libarchive/,
    extractArguments: (zip, into) => ['-x', '-f', zip, '-C', into],
    refusal: (verdict) => (verdict.exitCode === 0 ? undefined : onlyOutput(verdict))
  },
  {
    name: 'Python zipfile',
    commands: (platform) => (platform === 'win32' ? ['python', 'python3'] : ['python3', 'python']),
    versionArguments: ['--version'],
    identifies: /^Python 3\./m,
    testArguments: (zip) => ['-m', 'zipfile', '-t', zip],
    extractArguments: (zip, into) => ['-m', 'zipfile', '-e', zip, into],
    // `-t` exits 0 even when an entry is corrupt; it says so on stdout instead.
    refusal: (verdict) =>
      verdict.exitCode === 0 && !/corrupted/i.test(verdict.stdout) ? undefined : onlyOutput(verdict)
  },
  {
    name: 'Info-ZIP unzip',
    commands: () => ['unzip'],
    versionArguments: ['-v'],
    identifies: /Info-ZIP/,
    testArguments: (zip) => ['-t', '-qq', zip],
    // Exit 1 is "warnings" (e.g. a local header that disagrees with the central directory): refused.
    refusal: (verdict) => (verdict.exitCode === 0 ? undefined : onlyOutput(verdict))
  }
]

/** At least this many readers other than yauzl must read each archive. */
export const MINIMUM_READERS = 2
const TIMEOUT_MS = 120_000

interface FoundReader {
  reader: ZipReader
  command: string
}

// Readers are looked up once per process: their presence does not change during a run.
let found: Promise<FoundReader[]> | undefined

/** The readers installed here, each with the executable that answered as that reader. */
export function installedReaders(): Promise<FoundReader[]> {
  found ??= Promise.all(ZIP_READERS.map(locate)).then((located) =>
    located.filter((reader): reader is FoundReader => reader !== undefined)
  )
  return found
}

async function locate(reader: ZipReader): Promise<FoundReader | undefined> {
  for (const command of reader.commands(process.platform)) {
    const verdict = await run(command, reader.versionArguments)
    if (verdict.exitCode === 0 && reader.identifies.test(`${verdict.stdout}${verdict.stderr}`)) {
      return { reader, command }
    }
  }
  return undefined
}

function run(command: string, args: string[]): Promise<ReaderVerdict> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      // UTF-8 names must not depend on the machine's locale (bsdtar converts names to it).
      {
        timeout: TIMEOUT_MS,
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, ...(process.platform === 'linux' ? { LC_ALL: 'C.UTF-8' } : {}) }
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ exitCode: 0, stdout, stderr })
        // A numeric code is the reader's exit status; anything else is a failure to run it at all.
        if (typeof error.code === 'number') return resolve({ exitCode: error.code, stdout, stderr })
        resolve({ exitCode: -1, stdout, stderr: error.message })
      }
    )
  })
}

/** Which readers read an archive, and which of them extracted it. */
export interface IndependentReading {
  readers: string[]
  extractedBy: string
}

/**
 * Has every installed reader read `zipFile` and one of them extract it into `scratchDir` (which
 * must not exist); throws PackageError when a reader refuses the archive, when its extraction
 * differs from `files` (what yauzl extracted) by one path or one byte, or when fewer than
 * MINIMUM_READERS are installed.
 */
export async function readIndependently(
  zipFile: string,
  files: readonly DeployedFile[],
  scratchDir: string
): Promise<IndependentReading> {
  const readers = await installedReaders()
  if (readers.length < MINIMUM_READERS) {
    throw new PackageError(
      `Only ${readers.length} independent zip reader(s) found (${readers.map((r) => r.reader.name).join(', ') || 'none'}); ` +
        `at least ${MINIMUM_READERS} must read every upload. Install python3, unzip and libarchive-tools (bsdtar).`
    )
  }
  const extractor = readers.find((found) => found.reader.extractArguments)!
  await mkdir(scratchDir)
  try {
    // Every reader runs to the end, so the error names each one that refused.
    const refusals = await Promise.all(
      readers.map(async ({ reader, command }) => {
        const args =
          reader === extractor.reader
            ? reader.extractArguments!(zipFile, scratchDir)
            : reader.testArguments?.(zipFile)
        if (!args) return undefined
        const refusal = reader.refusal(await run(command, args))
        return refusal === undefined ? undefined : `${reader.name} refuses it (${refusal})`
      })
    )
    const refused = refusals.filter((refusal) => refusal !== undefined)
    if (refused.length > 0) {
      throw new PackageError(
        `Independent zip readers refuse the uploaded zip: ${refused.join('; ')}.`
      )
    }
    const differences = compareExtractions(files, await digestsOf(scratchDir))
    if (differences.length > 0) {
      throw new PackageError(
        `${extractor.reader.name} extracts the uploaded zip differently from yauzl: ${differences.slice(0, 5).join('; ')}.`
      )
    }
    return {
      readers: readers.map((found) => found.reader.name),
      extractedBy: extractor.reader.name
    }
  } finally {
    await rm(scratchDir, { recursive: true, force: true })
  }
}

/** path (forward slashes) → sha256 of every file below `folder`, streamed. */
async function digestsOf(folder: string): Promise<Map<string, string>> {
  const digests = new Map<string, string>()
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const hash = createHash('sha256')
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
    digests.set(path.relative(folder, file).split(path.sep).join('/'), hash.digest('hex'))
  }
  return digests
}

function compareExtractions(
  expected: readonly DeployedFile[],
  extracted: ReadonlyMap<string, string>
): string[] {
  const differences: string[] = []
  const seen = new Set<string>()
  for (const file of expected) {
    seen.add(file.path)
    const digest = extracted.get(file.path)
    if (digest === undefined) differences.push(`'${file.path}' is missing`)
    else if (digest !== file.sha256) differences.push(`'${file.path}' has other bytes`)
  }
  for (const name of extracted.keys()) {
    if (!seen.has(name)) differences.push(`'${name}' appears that yauzl did not extract`)
  }
  return differences
}
