// The leak scanner every end-to-end test runs: a secret may appear only on its own
// `::add-mask::` line, which must be the first line that mentions it, and in no file the run left.
// It also looks for the forms a leak takes when a secret is not printed whole: a SAS signature on
// its own (out of its query), and the start or end of a secret left by a cut.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { listFiles, type ActionRun } from '../../emulator/runner.js'

export interface Leak {
  where: string
  /** Which secret (by position in the list given), never the secret itself. */
  secretIndex: number
}

/** Characters of a secret's start or end that count as a cut-off piece of it. */
const PIECE = 16

export function findLeaks(
  run: Pick<ActionRun, 'stdout' | 'stderr' | 'root'>,
  secrets: string[]
): Leak[] {
  const leaks: Leak[] = []
  const lines = run.stdout.split(/\r?\n/)
  const files = listFiles(run.root).map((file) => ({
    where: path.relative(run.root, file),
    content: readFileSync(file)
  }))
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
    for (const file of files) {
      if (
        file.content.includes(secret) ||
        file.content.includes(Buffer.from(secret).toString('base64'))
      ) {
        leaks.push({ where: `${file.where}${what}`, secretIndex })
      }
    }
  }
  secrets.forEach((secret, secretIndex) => {
    if (secret.length < 8) return
    scan(secret, secretIndex, '')
    for (const signature of sasSignatures(secret)) scan(signature, secretIndex, ' (SAS sig)')
    if (!isSasQuery(secret) && secret.length >= 2 * PIECE) {
      scanPieces(lines, run.stderr, secret, secretIndex, leaks)
    }
  })
  return leaks
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
