// The leak scanner every end-to-end test runs: a secret may appear only on its own
// `::add-mask::` line, which must be the first line that mentions it, and in no file the run left.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { listFiles, type ActionRun } from '../../emulator/runner.js'

export interface Leak {
  where: string
  /** Which secret (by position in the list given), never the secret itself. */
  secretIndex: number
}

export function findLeaks(
  run: Pick<ActionRun, 'stdout' | 'stderr' | 'root'>,
  secrets: string[]
): Leak[] {
  const leaks: Leak[] = []
  const candidates = secrets.filter((secret) => secret.length >= 8)
  candidates.forEach((secret) => {
    const secretIndex = secrets.indexOf(secret)
    const lines = run.stdout.split(/\r?\n/)
    const maskLine = lines.findIndex((line) => line === `::add-mask::${secret}`)
    lines.forEach((line, number) => {
      if (line.includes(secret) && number !== maskLine) {
        leaks.push({ where: `stdout line ${number + 1}`, secretIndex })
      }
    })
    const firstMention = lines.findIndex((line) => line.includes(secret))
    if (maskLine > firstMention)
      leaks.push({ where: 'stdout: used before ::add-mask::', secretIndex })
    if (run.stderr.includes(secret)) leaks.push({ where: 'stderr', secretIndex })
    for (const file of listFiles(run.root)) {
      const content = readFileSync(file)
      if (content.includes(secret) || content.includes(Buffer.from(secret).toString('base64'))) {
        leaks.push({ where: path.relative(run.root, file), secretIndex })
      }
    }
  })
  return leaks
}

/** Secrets that a run must have masked: each issued one that appears in stdout's mask lines. */
export function maskedSecrets(run: Pick<ActionRun, 'stdout'>): string[] {
  return run.stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length))
}
