// The setup command: options → local facts (no network) → sign-in → plan → check, or confirm and
// apply → read-back. Human lines on stdout (stderr with --json, whose stdout is the JSON alone);
// exit 0 when every deploying job can sign in and deploy, 1 otherwise. Nothing it prints can hold
// a token: every line passes the printable filter, which redacts each remembered secret.
import { createInterface } from 'node:readline/promises'
import { ActionError, errorText } from '../errors.js'
import { closeTransport } from '../http/transport.js'
import { redact } from '../secrets.js'
import { applyPlan, readBack, readBackOk, type ReadBack } from './apply.js'
import { readOptions, USAGE, type SetupOptions } from './options.js'
import { connect, makePlan, planChanges, readLocal, type Plan } from './plan.js'
import {
  checkFindings,
  describeJobs,
  describePlan,
  describeReadBack,
  describeTarget,
  describeVariables,
  line,
  planJson
} from './report.js'
import { counted } from '../format.js'

interface SetupIo {
  args: string[]
  cwd: string
  /** True when a person can answer on stdin. */
  interactive: boolean
  /** Human lines. */
  say: (text: string) => void
  /** The error's lines. */
  complain: (text: string) => void
  /** The one JSON document of --json. */
  emit: (text: string) => void
  ask: (question: string) => Promise<string>
  signal: AbortSignal
}

interface Outcome {
  mode: 'check' | 'apply'
  changed: boolean
  ok: boolean
  plan?: Record<string, unknown>
  findings?: string[]
  done?: string[]
  readBack?: ReadBack
  error?: { message: string; fix?: string | undefined }
}

async function runSetup(io: SetupIo): Promise<number> {
  let options: SetupOptions | undefined
  const outcome: Outcome = { mode: 'apply', changed: false, ok: false }
  const say = (lines: string | string[]): void => {
    for (const text of Array.isArray(lines) ? lines : [lines]) io.say(line(text))
  }
  try {
    const read = readOptions(io.args, io.interactive)
    if (read.help) {
      io.say(USAGE)
      return 0
    }
    options = read.options
    outcome.mode = options.check ? 'check' : 'apply'
    const local = await readLocal(options, io.cwd)
    const connections = await connect(options, io.signal)
    const plan = await makePlan(options, local, connections)
    outcome.plan = planJson(plan)
    say([...describeTarget(plan), ...describeJobs(plan), ...describePlan(plan)])

    if (options.check) return finishCheck(plan, outcome, say)
    refuseUnsettled(plan)
    // Read before applying: the plan's statuses say which credentials this run writes.
    let credentialsWritten = false
    if (!planChanges(plan)) {
      say(['', 'Nothing to change: everything is in place.'])
    } else {
      if (!options.yes && !(await confirmed(io))) {
        say('Nothing was changed.')
        return 1
      }
      credentialsWritten = plan.credentials.some((credential) => credential.status !== 'present')
      const applied = await applyPlan(plan, connections)
      outcome.changed = applied.done.length > 0
      outcome.done = applied.done
      outcome.plan = planJson(plan)
      say(['', 'Done:', ...applied.done.map((step) => `  ${step}`)])
    }
    const result = await readBack(plan, connections, outcome.changed)
    outcome.readBack = result
    outcome.ok = readBackOk(result)
    say([...describeReadBack(result, credentialsWritten), ...describeVariables(plan)])
    return outcome.ok ? 0 : 1
  } catch (error) {
    const text = redact(errorText(error))
    for (const part of text.split(/\r?\n/)) io.complain(line(part))
    outcome.error = {
      message: redact(error instanceof Error ? error.message : String(error)),
      ...(error instanceof ActionError && error.fix ? { fix: redact(error.fix) } : {})
    }
    return 1
  } finally {
    if (options?.json) io.emit(redact(JSON.stringify(outcome, null, 2)))
    closeTransport()
  }
}

function finishCheck(plan: Plan, outcome: Outcome, say: (lines: string[]) => void): number {
  const findings = checkFindings(plan)
  outcome.findings = findings
  outcome.ok = findings.length === 0
  say(
    findings.length === 0
      ? ['', 'Check: every deploying job can sign in and deploy.']
      : [
          '',
          `Check: ${counted(findings.length, 'thing')} missing or wrong:`,
          ...findings.map((finding) => `  - ${finding}`)
        ]
  )
  return outcome.ok ? 0 : 1
}

/** Jobs that present no one exact subject are a choice for the user: nothing is written before it. */
function refuseUnsettled(plan: Plan): void {
  if (plan.unsettled.length === 0) return
  const jobs = plan.unsettled.map(
    (row) => `${row.workflow} › ${row.job} (${row.trigger}: ${row.unresolved?.why ?? ''})`
  )
  throw new ActionError(
    `${counted(plan.unsettled.length, 'deploying job presents', 'deploying jobs present')} no single exact subject, and setup does not guess one: ${jobs.join('; ')}. Nothing was changed.`,
    {
      doc: 'setup',
      fix: 'Make the choice listed under each job above: a GitHub environment in the job, or the subjects to trust with --subject (e.g. --subject ref:refs/heads/main), or a flexible federated credential made by hand.'
    }
  )
}

async function confirmed(io: SetupIo): Promise<boolean> {
  const answer = await io.ask('Apply this plan? [y/N] ')
  return /^y(es)?$/i.test(answer.trim())
}

/** The process's own streams: human lines to stdout, or to stderr when stdout carries the JSON. */
export async function main(args: string[]): Promise<number> {
  const json = args.includes('--json')
  const stdoutWrite = process.stdout.write.bind(process.stdout)
  if (json) {
    // The shared transport logs retries through @actions/core, which writes to stdout: with
    // --json those lines belong on stderr, so that stdout is one JSON document.
    process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  }
  const controller = new AbortController()
  const onSignal = (name: NodeJS.Signals): void => {
    process.stderr.write(`Received ${name}: stopping; what was done so far is listed above.\n`)
    controller.abort(new Error(`cancelled by ${name}`))
  }
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']
  for (const name of signals) process.on(name, onSignal)
  try {
    return await runSetup({
      args,
      cwd: process.cwd(),
      interactive: process.stdin.isTTY === true,
      say: (text) => {
        process.stdout.write(`${text}\n`)
      },
      complain: (text) => {
        process.stderr.write(`${text}\n`)
      },
      emit: (text) => {
        stdoutWrite(`${text}\n`)
      },
      ask: async (question) => {
        const prompt = createInterface({ input: process.stdin, output: process.stderr })
        try {
          return await prompt.question(question, { signal: controller.signal })
        } finally {
          prompt.close()
        }
      },
      signal: controller.signal
    })
  } finally {
    for (const name of signals) process.off(name, onSignal)
  }
}
