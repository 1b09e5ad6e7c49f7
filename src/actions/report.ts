// How a run ends: its outputs and job summary, for a success, a skip or a failure.
import { DeploymentTimedOut } from '../content/client.js'
import { errorText } from '../errors.js'
import type { Config } from '../inputs/index.js'
import { fail } from '../log.js'
import { announceSkip, skipOnLimitRejection, type Skip } from '../previews/skip.js'
import {
  setOutputs,
  supportLine,
  writeSummary,
  type DeploymentReport,
  type FailureReport
} from '../report.js'
import { redact } from '../secrets.js'
import type { Ending, Run } from './run.js'

export async function conclude(ending: Ending, run: Run): Promise<void> {
  if ('skip' in ending) await skipped(ending.skip, run)
  else await report(ending.report)
}

/** A failed run, or one whose quota was overtaken between the count and the upload. */
export async function concludeWithError(
  error: unknown,
  config: Config | undefined,
  run: Run
): Promise<void> {
  // A quota overtaken between the count and the upload is still a skip when the inputs ask.
  const overtaken = config && skipOnLimitRejection(error, config, run.known.environment)
  if (overtaken) await skipped(overtaken, run)
  else await reportFailure(error, run)
}

/** The error with what support asks for, the outputs known so far, and a job summary. */
async function reportFailure(error: unknown, { known, timings }: Run): Promise<void> {
  const at = new Date()
  const support = known.trace === undefined ? '' : `\n${supportLine(known.trace, at)}`
  const message = redact(`${errorText(error)}${support}`)
  fail(message)
  const failure: FailureReport = {
    ...known,
    outcome: error instanceof DeploymentTimedOut ? 'timed-out' : 'failed',
    error: message,
    at,
    timings: timings.list()
  }
  setOutputs(failure)
  // The failure is already reported; a summary that cannot be written must not hide it.
  await writeSummary(failure).catch(() => undefined)
}

async function report(summary: DeploymentReport): Promise<void> {
  setOutputs(summary)
  await writeSummary(summary)
}

/** Exit 0 with outcome `skipped`: the annotation says why, the summary too. */
async function skipped(skip: Skip, { known, timings }: Run): Promise<void> {
  announceSkip(skip)
  await report({
    ...known,
    outcome: 'skipped',
    notes: [['Why', skip.reason]],
    timings: timings.list()
  })
}
