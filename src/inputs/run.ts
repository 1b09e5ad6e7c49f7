// How the run behaves: a dry run, and how long to wait for the deployment.
import type { Problems } from './problems.js'
import { readBoolean, type ReadInput } from './rules.js'

export interface RunInputs {
  dryRun: boolean
  deploymentTimeoutSeconds: number
}

const DEFAULT_TIMEOUT_SECONDS = 600
/** The longest a GitHub-hosted job may run. */
const MAX_TIMEOUT_SECONDS = 6 * 60 * 60

export function readRun(read: ReadInput, problems: Problems): RunInputs {
  return {
    dryRun: readBoolean(read, 'dry-run', false, problems),
    deploymentTimeoutSeconds: readTimeout(read('deployment-timeout'), problems)
  }
}

function readTimeout(value: string | undefined, problems: Problems): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS
  const seconds = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(seconds) || seconds < 1) {
    problems.add(
      'deployment-timeout',
      `Input deployment-timeout: '${value}' is not a positive whole number of seconds (e.g. 600).`
    )
    return DEFAULT_TIMEOUT_SECONDS
  }
  if (seconds > MAX_TIMEOUT_SECONDS) {
    problems.add(
      'deployment-timeout',
      `Input deployment-timeout: ${seconds} seconds is longer than a job can run; use at most ${MAX_TIMEOUT_SECONDS}.`
    )
    return DEFAULT_TIMEOUT_SECONDS
  }
  return seconds
}
