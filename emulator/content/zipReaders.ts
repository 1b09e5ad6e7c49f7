// Reads every uploaded archive again with zip readers nobody here wrote, so a writer bug that
// yauzl forgives still fails the deployment. Python's zipfile extracts every entry (in memory)
// for a byte-for-byte comparison with what yauzl extracted; libarchive's bsdtar decompresses every
// entry and names them; Info-ZIP unzip tests them. The .NET server may be more forgiving than all
// three; an archive every reader agrees on is what a client should send.
import { spawn } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { DeployedFile } from './types.js'
import { PackageError } from './unpack.js'

interface ReaderOutput {
  exitCode: number
  stdout: string
  stderr: string
}

/** What one reader made of the archive. */
interface ReaderVerdict {
  /** Why it refused the archive; undefined when it read every entry cleanly. */
  refusal?: string
  /** The files it found, path → SHA-256 of their bytes (undefined when it only names them). */
  files?: Map<string, string | undefined>
}

interface ZipReader {
  name: string
  /** Executables to try, in order, on this OS. */
  commands: (platform: NodeJS.Platform) => string[]
  /** Arguments that print its version; `identifies` must match the output. */
  versionArguments: string[]
  identifies: RegExp
  /**
   * Arguments that print the path of the program itself, where the command found on PATH may be a
   * launcher (pyenv's shims are shell scripts that cost ~90 ms a start): it is paid once, not per
   * archive.
   */
  executableArguments?: string[]
  /** Arguments that read every entry of `zip`. */
  readArguments: (zip: string, platform: NodeJS.Platform) => string[]
  /** Its stdout is the archive's content (bsdtar -O): not kept. */
  discardStdout?: boolean
  verdict: (output: ReaderOutput) => ReaderVerdict
}

// Streams every file entry through SHA-256; reading to the end checks the CRC and the local header.
const PYTHON_DIGESTS = [
  'import hashlib, json, sys, zipfile',
  'with zipfile.ZipFile(sys.argv[1]) as archive:',
  '    for info in archive.infolist():',
  '        if info.is_dir(): continue',
  '        digest = hashlib.sha256()',
  '        with archive.open(info) as entry:',
  "            for chunk in iter(lambda: entry.read(1 << 20), b''): digest.update(chunk)",
  '        print(json.dumps([info.filename, digest.hexdigest()]))'
].join('\n')

const excerpt = (text: string): string => text.trim().split('\n').slice(-3).join(' | ')
const refusedUnlessClean = (output: ReaderOutput): ReaderVerdict =>
  output.exitCode === 0 ? {} : { refusal: excerpt(`${output.stdout}\n${output.stderr}`) }

export const ZIP_READERS: readonly ZipReader[] = [
  {
    name: 'Python zipfile',
    commands: (platform) => (platform === 'win32' ? ['python', 'python3'] : ['python3', 'python']),
    versionArguments: ['--version'],
    identifies: /^Python 3\./m,
    executableArguments: ['-c', 'import sys; print(sys.executable)'],
    // -I -S: no PYTHON* variables, user site or site hooks; zipfile, hashlib and json are stdlib.
    readArguments: (zip) => ['-I', '-S', '-c', PYTHON_DIGESTS, zip],
    verdict: (output) => {
      if (output.exitCode !== 0) return { refusal: excerpt(output.stderr || output.stdout) }
      const files = new Map<string, string | undefined>()
      for (const line of output.stdout.split('\n').filter(Boolean)) {
        const [name, digest] = JSON.parse(line) as [string, string]
        files.set(name, digest)
      }
      return { files }
    }
  },
  {
    // Windows and macOS ship libarchive's bsdtar as `tar`; GNU tar (Linux) reads no zip.
    name: 'libarchive bsdtar',
    commands: (platform) => (platform === 'linux' ? ['bsdtar'] : ['bsdtar', 'tar']),
    versionArguments: ['--version'],
    identifies: /libarchive/,
    // -O: decompress every entry to stdout (CRCs checked) without touching the disk. -v names the
    // entries on stderr, except on Windows, whose console code page cannot carry every UTF-8 name.
    readArguments: (zip, platform) => (platform === 'win32' ? ['-xOf', zip] : ['-xvOf', zip]),
    discardStdout: true,
    verdict: (output) => {
      if (output.exitCode !== 0) return refusedUnlessClean(output)
      const named = output.stderr.split('\n').filter((line) => line.startsWith('x '))
      if (named.length === 0) return {}
      const files = new Map<string, string | undefined>()
      for (const line of named) if (!line.endsWith('/')) files.set(line.slice(2), undefined)
      return { files }
    }
  },
  {
    name: 'Info-ZIP unzip',
    commands: () => ['unzip'],
    versionArguments: ['-v'],
    identifies: /Info-ZIP/,
    readArguments: (zip) => ['-t', '-qq', zip],
    // Exit 1 is "warnings" (e.g. a local header that disagrees with the central directory): refused.
    verdict: refusedUnlessClean
  }
]

/** At least this many readers other than yauzl read each archive, Python's byte comparison among them. */
export const MINIMUM_READERS = 2
const BYTE_COMPARER = 'Python zipfile'
const TIMEOUT_MS = 120_000
const OUTPUT_LIMIT = 16 * 1024 * 1024

interface FoundReader {
  reader: ZipReader
  command: string
}

// Readers are looked up once per process, and once per suite where its shared folder is set
// (finding Python through pyenv's shims cost ~0.4 s of CPU per test file): their presence does
// not change during a run.
let found: Promise<FoundReader[]> | undefined
/** In the suite's shared folder: [name, command] of each reader found. */
export const FOUND_READERS_FILE = 'installed.readers'

/** The readers installed here, each with the executable that answered as that reader. */
export function installedReaders(): Promise<FoundReader[]> {
  found ??= findReaders()
  return found
}

async function findReaders(): Promise<FoundReader[]> {
  const shared = await sharedFound()
  if (shared !== undefined) return shared
  const located = await Promise.all(ZIP_READERS.map(locate))
  const readers = located.filter((reader): reader is FoundReader => reader !== undefined)
  const named = readers.map(({ reader, command }) => [reader.name, command])
  await shareFile(FOUND_READERS_FILE, JSON.stringify(named))
  return readers
}

async function sharedFound(): Promise<FoundReader[] | undefined> {
  const text = await readShared(FOUND_READERS_FILE)
  if (text === undefined) return undefined
  return (JSON.parse(text) as [string, string][]).map(([name, command]) => ({
    reader: ZIP_READERS.find((reader) => reader.name === name)!,
    command
  }))
}

async function locate(reader: ZipReader): Promise<FoundReader | undefined> {
  for (const command of reader.commands(process.platform)) {
    const output = await run(command, reader.versionArguments, false)
    if (output.exitCode === 0 && reader.identifies.test(`${output.stdout}${output.stderr}`)) {
      return { reader, command: await programBehind(reader, command) }
    }
  }
  return undefined
}

/** The program `command` starts, when the reader can say; else `command` itself. */
async function programBehind(reader: ZipReader, command: string): Promise<string> {
  if (!reader.executableArguments) return command
  const output = await run(command, reader.executableArguments, false)
  const program = output.stdout.trim().split('\n').pop()?.trim() ?? ''
  return output.exitCode === 0 && path.isAbsolute(program) && existsSync(program)
    ? program
    : command
}

/**
 * A UTF-8 locale each OS surely has: C.UTF-8 is glibc's (not every macOS has it); macOS has always
 * had en_US.UTF-8. Windows' tar.exe is left with the runner's own settings.
 */
const UTF8_LOCALE: Partial<Record<NodeJS.Platform, { LC_ALL: string }>> = {
  linux: { LC_ALL: 'C.UTF-8' },
  darwin: { LC_ALL: 'en_US.UTF-8' }
}

function run(command: string, args: string[], discardStdout: boolean): Promise<ReaderOutput> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', discardStdout ? 'ignore' : 'pipe', 'pipe'],
      // Names must not depend on the machine's locale (bsdtar converts them to it).
      env: { ...process.env, ...UTF8_LOCALE[process.platform] }
    })
    // Not spawn's `timeout`: Node clears that timer on 'exit' only, which a program that never
    // started does not emit, so it kept the process alive for TIMEOUT_MS after the lookup.
    const timer = setTimeout(() => child.kill(), TIMEOUT_MS)
    const settle = (output: ReaderOutput): void => {
      clearTimeout(timer)
      resolve(output)
    }
    let stdout = ''
    let stderr = ''
    const collect = (append: (text: string) => void) => (chunk: Buffer) => {
      if (stdout.length + stderr.length < OUTPUT_LIMIT) append(chunk.toString('utf8'))
    }
    child.stdout?.on(
      'data',
      collect((text) => (stdout += text))
    )
    child.stderr?.on(
      'data',
      collect((text) => (stderr += text))
    )
    // A reader that cannot be started at all answers as a failed one.
    child.on('error', (error) => settle({ exitCode: -1, stdout, stderr: error.message }))
    child.on('close', (code) => settle({ exitCode: code ?? -1, stdout, stderr }))
  })
}

/** Which readers read an archive; the byte comparison is Python's. */
export interface IndependentReading {
  readers: string[]
}

/**
 * Has every installed reader read `zipFile`; throws PackageError when one refuses it, when one
 * finds other files than `files` (what yauzl extracted) or other bytes in one, or when fewer than
 * MINIMUM_READERS, or no byte comparer, are installed.
 */
export async function readIndependently(
  zipFile: string,
  files: readonly DeployedFile[]
): Promise<IndependentReading> {
  const readers = await installedReaders()
  const names = readers.map((found) => found.reader.name)
  if (readers.length < MINIMUM_READERS || !names.includes(BYTE_COMPARER)) {
    throw new PackageError(
      `Independent zip readers found: ${names.join(', ') || 'none'}; every upload needs ${BYTE_COMPARER} and ` +
        `at least ${MINIMUM_READERS} in all. Install python3, unzip and libarchive-tools (bsdtar).`
    )
  }
  const outputs = await readingsOf(zipFile, readers)
  const verdicts = readers.map(({ reader }, index) => ({
    reader,
    verdict: reader.verdict(outputs[index]!)
  }))
  // Every reader runs to the end, so the error names each one that refused.
  const refused = verdicts
    .filter(({ verdict }) => verdict.refusal !== undefined)
    .map(({ reader, verdict }) => `${reader.name} refuses it (${verdict.refusal})`)
  if (refused.length > 0) {
    throw new PackageError(
      `Independent zip readers refuse the uploaded zip: ${refused.join('; ')}.`
    )
  }
  for (const { reader, verdict } of verdicts) {
    const differences = verdict.files ? compareWithYauzl(files, verdict.files) : []
    if (differences.length > 0) {
      throw new PackageError(
        `${reader.name} reads the uploaded zip differently from yauzl: ${differences.slice(0, 5).join('; ')}.`
      )
    }
  }
  return { readers: names }
}

/**
 * Each reader's output for an archive, by the archive's SHA-256. A reader's output depends on the
 * archive's bytes alone, and a suite uploads the same archive many times (the action writes the
 * same bytes for the same files, every run): each distinct archive is read once, and every
 * upload's verdict and comparison with yauzl are still made from that output. Only a reading
 * every reader finished cleanly is kept; a refusal or a reader that failed to run is run again.
 * Kept in memory (Jest: per test file), and in the suite's shared folder when its global setup
 * made one, so every test file and worker of the suite shares them.
 */
const readings = new Map<string, ReaderOutput[]>()
/** Distinct archives remembered in memory; the oldest is forgotten past this. */
const READINGS_KEPT = 64
/** A folder for the whole test suite, set by its global setup only (global-setup.mjs). */
export const SHARED_READINGS_VARIABLE = 'KEYLESS_SWA_SHARED_READINGS'

async function readingsOf(zipFile: string, readers: FoundReader[]): Promise<ReaderOutput[]> {
  // The same bytes, read by the same programs.
  const key = createHash('sha256')
    .update(await sha256Of(zipFile))
    .update(JSON.stringify(readers.map(({ reader, command }) => [reader.name, command])))
    .digest('hex')
  const known = readings.get(key) ?? (await sharedReading(key))
  if (known !== undefined) return known
  const outputs = await Promise.all(
    readers.map(({ reader, command }) =>
      run(command, reader.readArguments(zipFile, process.platform), !!reader.discardStdout)
    )
  )
  if (outputs.every((output) => output.exitCode === 0)) {
    if (readings.size >= READINGS_KEPT) readings.delete(readings.keys().next().value!)
    readings.set(key, outputs)
    await shareReading(key, outputs)
  }
  return outputs
}

async function sharedReading(key: string): Promise<ReaderOutput[] | undefined> {
  const text = await readShared(`${key}.json`)
  return text === undefined ? undefined : (JSON.parse(text) as ReaderOutput[])
}

async function shareReading(key: string, outputs: ReaderOutput[]): Promise<void> {
  await shareFile(`${key}.json`, JSON.stringify(outputs))
}

/** A file of the suite's shared folder; undefined when there is no such folder or file. */
async function readShared(name: string): Promise<string | undefined> {
  const folder = process.env[SHARED_READINGS_VARIABLE]
  if (!folder) return undefined
  return await readFile(path.join(folder, name), 'utf8').catch(() => undefined)
}

/**
 * Written whole, then renamed: a process reading it meanwhile finds all of it or none. Sharing is
 * a saving only: where it fails (Windows refuses to replace a file another process has open), the
 * next process does the work itself.
 */
async function shareFile(name: string, text: string): Promise<void> {
  const folder = process.env[SHARED_READINGS_VARIABLE]
  if (!folder) return
  const partial = path.join(folder, `${name}.${process.pid}.${randomUUID()}.partial`)
  try {
    await writeFile(partial, text)
    await rename(partial, path.join(folder, name))
  } catch {
    await rm(partial, { force: true })
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

function compareWithYauzl(
  expected: readonly DeployedFile[],
  read: ReadonlyMap<string, string | undefined>
): string[] {
  const differences: string[] = []
  const seen = new Set<string>()
  for (const file of expected) {
    seen.add(file.path)
    if (!read.has(file.path)) differences.push(`'${file.path}' is missing`)
    else {
      const digest = read.get(file.path)
      if (digest !== undefined && digest !== file.sha256) {
        differences.push(`'${file.path}' has other bytes`)
      }
    }
  }
  for (const name of read.keys()) {
    if (!seen.has(name)) differences.push(`'${name}' appears that yauzl did not extract`)
  }
  return differences
}
