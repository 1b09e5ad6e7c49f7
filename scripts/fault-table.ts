// Turns the fault matrix's results (written by __tests__/e2e/fault-matrix-*.test.ts) into the table
// in README.md's Reliability section, between its markers: the table is generated, never edited.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  FAULT_MATRIX_DIR,
  FAULTS,
  isCell,
  REMOTE_STEPS,
  type FaultMatrixCell
} from '../__tests__/support/fault-matrix.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const README = path.join(ROOT, 'README.md')
const START = '<!-- fault-matrix:start -->'
const END = '<!-- fault-matrix:end -->'

function faultTable(cells: readonly FaultMatrixCell[]): string {
  const find = (
    step: string,
    fault: string,
    mode: FaultMatrixCell['mode']
  ): FaultMatrixCell | undefined =>
    cells.find((cell) => cell.step === step && cell.fault === fault && cell.mode === mode)
  const rows = [
    '| Step | Fault | One faulty reply | Every reply faulty | Error on a persistent fault |',
    '|---|---|---|---|---|'
  ]
  for (const step of REMOTE_STEPS) {
    // A fault the matrix never injects at this step (another step of its client path takes it).
    for (const fault of FAULTS.filter(
      (fault) => isCell(step, fault, 'single') || isCell(step, fault, 'persistent')
    )) {
      const single = find(step.label, fault.label, 'single')
      const persistent = find(step.label, fault.label, 'persistent')
      rows.push(
        `| ${step.label} | ${fault.label} | ${outcome(single)} | ${outcome(persistent)} | ${persistent?.message ? code(persistent.message) : '—'} |`
      )
    }
  }
  return rows.join('\n')
}

function outcome(cell: FaultMatrixCell | undefined): string {
  if (cell === undefined) return 'not run (same client path as a step that is)'
  const verdict = cell.outcome === 'survived' ? 'survived' : 'failed'
  return `${verdict}: ${cell.attempts} request${cell.attempts === 1 ? '' : 's'}, ${cell.seconds.toFixed(1)} s`
}

// Inline code, with the table's pipe escaped and ids that change every run shortened.
function code(message: string): string {
  const stable = message
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '…')
    .replace(/\|/g, '\\|')
  return `\`${stable.length > 140 ? `${stable.slice(0, 140)}…` : stable}\``
}

function main(): void {
  const folder = path.join(ROOT, FAULT_MATRIX_DIR)
  const cells = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .flatMap(
      (name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as FaultMatrixCell[]
    )
  const readme = readFileSync(README, 'utf8')
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`)
  const updated = `${readme.slice(0, start + START.length)}\n\n${faultTable(cells)}\n\n${readme.slice(end)}`
  writeFileSync(README, updated)
  console.log(`README.md: fault matrix table updated (${cells.length} cells).`)
}

main()
