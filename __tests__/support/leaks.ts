// The leak scanner every end-to-end test runs: a secret may appear only on its own
// `::add-mask::` line, which must be the first line that mentions it, and in no file the run left.
// It also looks for the forms a leak takes when a secret is not printed whole: a SAS signature on
// its own (out of its query), and the start or end of a secret left by a cut. Besides the run's
// own folder it reads the folders outside it that the run may write (the runner's tool cache).
// Inputs the test wrote before the run and the run left untouched are not read again (a test's
// 100 MB input took 3 s per scan), nor is what a shared folder held before the run.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import path from 'node:path'
import { listFiles, type ActionRun } from '../../emulator/runner.js'

export interface Leak {
  where: string
  /** Which secret (by position in the list given), never the secret itself. */
  secretIndex: number
}

/** Characters of a secret's start or end that count as a cut-off piece of it. */
const PIECE = 16
/** Bytes of a file read at a time. */
const PIECE_BYTES = 4 * 1024 * 1024
let scratch = Buffer.alloc(0)

/** Path → what says a file is the same one, unchanged: its device, inode, size and change times. */
export type FileStates = ReadonlyMap<string, string | undefined>

/** A folder outside the run's own that the run may write, named as its leaks are reported. */
export interface OtherFolder {
  /** e.g. `RUNNER_TOOL_CACHE`, the variable that gave the run the folder. */
  name: string
  folder: string
}

/**
 * The state of every file below `folder` (none if it does not exist yet), taken before a run. The
 * change time (ctime) moves on every write and cannot be set back, so a file whose state is the
 * same after the run holds what the test wrote.
 */
export function fileStates(folder: string): FileStates {
  return new Map(filesBelow(folder).map((file) => [file, stateOf(file)]))
}

const filesBelow = (folder: string): string[] => (existsSync(folder) ? listFiles(folder) : [])

function stateOf(file: string): string | undefined {
  const stats = statSync(file, { bigint: true, throwIfNoEntry: false })
  if (stats === undefined) return undefined
  return [stats.dev, stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs].join(':')
}

export function findLeaks(
  run: Pick<ActionRun, 'stdout' | 'stderr' | 'root'>,
  secrets: string[],
  /**
   * Inputs, and the other folders' files, as they were before the run (fileStates); those still
   * the same are not read.
   */
  inputs: FileStates = new Map(),
  /** Folders outside run.root the run may write; their files are read too. */
  others: readonly OtherFolder[] = []
): Leak[] {
  const leaks: Leak[] = []
  const lines = run.stdout.split(/\r?\n/)
  // What each file must not hold, gathered first: every file is then read once, in pieces.
  const wanted: { needle: Buffer; secretIndex: number; what: string }[] = []
  const scan = (secret: string, secretIndex: number, what: string): void => {
    const maskLine = lines.findIndex((line) => line === `::add-mask::${secret}`)
    lines.forEach((line, number) => {
      if (line.includes(secret) && number !== maskLine) {
        leaks.push({ where: `stdout line ${number + 1}${what}`, secretIndex })
      }
    })
    const firstMention = lines.findIndex((line) => line.includes(secret))
    if (maskLine > firstMention)
      leaks.push({ where: `stdout: used before ::add-mask::${what}`, secretIndex })
    if (run.stderr.includes(secret)) leaks.push({ where: `stderr${what}`, secretIndex })
    for (const form of [secret, Buffer.from(secret).toString('base64')])
      wanted.push({ needle: Buffer.from(form), secretIndex, what })
  }
  secrets.forEach((secret, secretIndex) => {
    if (secret.length < 8) return
    scan(secret, secretIndex, '')
    for (const signature of sasSignatures(secret)) scan(signature, secretIndex, ' (SAS sig)')
    if (!isSasQuery(secret) && secret.length >= 2 * PIECE) {
      scanPieces(lines, run.stderr, secret, secretIndex, leaks)
    }
  })
  if (wanted.length === 0) return leaks
  const files = [
    ...listFiles(run.root).map((file) => ({ file, where: path.relative(run.root, file) })),
    ...others.flatMap(({ name, folder }) =>
      filesBelow(folder).map((file) => ({
        file,
        where: path.join(name, path.relative(folder, file))
      }))
    )
  ]
  for (const { file, where } of files) {
    const before = inputs.get(file)
    if (before !== undefined && before === stateOf(file)) continue
    const found = findIn(file, wanted)
    for (const { secretIndex, what } of wanted.filter((_, index) => found.has(index))) {
      if (
        !leaks.some((leak) => leak.where === `${where}${what}` && leak.secretIndex === secretIndex)
      )
        leaks.push({ where: `${where}${what}`, secretIndex })
    }
  }
  return leaks
}

/** Which needles the file holds, read in pieces that overlap by a needle's length (files left behind may be hundreds of MB). */
function findIn(file: string, wanted: readonly { needle: Buffer }[]): Set<number> {
  const found = new Set<number>()
  const overlap = Math.max(...wanted.map(({ needle }) => needle.length)) - 1
  // One buffer per process: a new 4 MiB one per file made V8 collect the Jest worker's whole
  // heap over and over (external memory), doubling the suite's CPU.
  if (scratch.length < PIECE_BYTES + overlap)
    scratch = Buffer.allocUnsafeSlow(PIECE_BYTES + overlap)
  const buffer = scratch
  const descriptor = openSync(file, 'r')
  try {
    let kept = 0
    for (;;) {
      const read = readSync(descriptor, buffer, kept, PIECE_BYTES, null)
      if (read === 0) break
      const piece = buffer.subarray(0, kept + read)
      wanted.forEach(({ needle }, index) => {
        if (!found.has(index) && piece.includes(needle)) found.add(index)
      })
      kept = Math.min(overlap, piece.length)
      piece.copy(buffer, 0, piece.length - kept)
    }
  } finally {
    closeSync(descriptor)
  }
  return found
}

/** A secret's start or end outside the mask lines: what a cut after (or before) it leaves. */
function scanPieces(
  lines: string[],
  stderr: string,
  secret: string,
  secretIndex: number,
  leaks: Leak[]
): void {
  const pieces = [secret.slice(0, PIECE), secret.slice(-PIECE)]
  lines.forEach((line, number) => {
    if (line.startsWith('::add-mask::') || line.includes(secret)) return
    if (pieces.some((piece) => line.includes(piece))) {
      leaks.push({ where: `stdout line ${number + 1} (a cut piece)`, secretIndex })
    }
  })
  if (!stderr.includes(secret) && pieces.some((piece) => stderr.includes(piece))) {
    leaks.push({ where: 'stderr (a cut piece)', secretIndex })
  }
}

function isSasQuery(secret: string): boolean {
  return /(^|&)sig=/.test(secret)
}

/** The `sig` of a SAS query, as it travels (URL-encoded) and as it is (decoded). */
function sasSignatures(secret: string): string[] {
  if (!isSasQuery(secret)) return []
  const decoded = new URLSearchParams(secret).get('sig')
  if (!decoded || decoded.length < 8) return []
  return [...new Set([decoded, encodeURIComponent(decoded)])]
}

/** Secrets that a run must have masked: each issued one that appears in stdout's mask lines. */
export function maskedSecrets(run: Pick<ActionRun, 'stdout'>): string[] {
  return run.stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length))
}
