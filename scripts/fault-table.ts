// Turns the fault matrix's results (written by __tests__/e2e/fault-matrix-*.test.ts) into the table
// in README.md's Reliability section, between its markers: the table is generated, never edited.
// Outcomes, requests to the faulted step and messages are the same on every run; the seconds (and
// checkstatus's polls while a deployment publishes) grow with the machine's load, which the table
// states and this script prints: regenerate from a run on a quiet machine.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
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

/** Load per core above which a run's seconds say more about the machine than about the action. */
const QUIET_LOAD_PER_CORE = 1

/** The load the cells' runs met, as the table states it; undefined where none was recorded. */
function loadNote(cells: readonly FaultMatrixCell[]): { text: string; quiet: boolean } | undefined {
  const loads = cells.flatMap((cell) => (cell.load ? [cell.load] : []))
  if (loads.length < cells.length || loads.length === 0) return undefined
  const averages = loads.map((load) => load.average)
  const cores = [...new Set(loads.map((load) => load.cores))].join(' or ')
  const [low, high] = [Math.min(...averages), Math.max(...averages)]
  const range = low === high ? low.toFixed(1) : `${low.toFixed(1)}–${high.toFixed(1)}`
  return {
    text: `Timed at a 1-minute load average of ${range} on ${cores} cores.`,
    quiet: loads.every((load) => load.average <= QUIET_LOAD_PER_CORE * load.cores)
  }
}

async function main(): Promise<void> {
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
  // Formatted as the rest of README.md is (prettier aligns the columns), so it is committed as made.
  const table = await prettier.format(faultTable(cells), {
    ...(await prettier.resolveConfig(README)),
    parser: 'markdown'
  })
  const load = loadNote(cells)
  const section = load ? `${table.trimEnd()}\n\n${load.text}` : table.trimEnd()
  const updated = `${readme.slice(0, start + START.length)}\n\n${section}\n\n${readme.slice(end)}`
  writeFileSync(README, updated)
  console.log(`README.md: fault matrix table updated (${cells.length} cells).`)
  if (load === undefined) {
    console.log(
      'The results record no load (older results, or Windows): the seconds may be a busy machine’s.'
    )
  } else {
    console.log(load.text)
    if (!load.quiet) {
      console.log(
        `The machine was busy (over ${QUIET_LOAD_PER_CORE} per core): the seconds are inflated. ` +
          'Run the fault-matrix files again on a quiet machine before committing the table.'
      )
    }
  }
}

await main()
