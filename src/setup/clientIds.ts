// Which app registration each deploying job signs in as: its step's `client-id`, written out or
// read from a repository variable, against the registration setup manages. A job that names
// another app presents its subject to that app and fails with AADSTS700213, however right this
// registration's credentials are; --check says so before a run does.
import type { GitHubApi } from '../github/rest.js'
import { GitHubApiError } from '../github/rest.js'
import { readVariable } from './github.js'
import type { DeployingJob } from './workflows.js'

/** `${{ vars.NAME }}` and nothing else: the one expression whose value setup can read. */
const VARIABLE_REFERENCE = /^\$\{\{\s*vars\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/

export interface ClientIdUse {
  workflow: string
  job: string
  /** The step's `client-id`, as written. */
  written: string
  /** What the job will send, when it is known before a run. */
  value: string
  /** The registration's client id, which the job does not send. */
  expected: string
}

/** How the repository variables setup reads are looked up; undefined without a GitHub token. */
interface VariableSource {
  github: GitHubApi | undefined
  repository: string
  /** Variables setup itself writes in this run (--set-variables): their value will be `expected`. */
  written: ReadonlySet<string>
}

/**
 * The deploying jobs whose `client-id` is known and is not `appId`. Known: written out, or
 * `${{ vars.NAME }}` of a job without an environment, whose repository variable exists (an
 * environment's own variable of that name would win, and an organisation's counts only when the
 * repository has none: neither is read, so neither is judged).
 */
export async function wrongClientIds(
  jobs: readonly DeployingJob[],
  appId: string,
  source: VariableSource
): Promise<ClientIdUse[]> {
  const wrong: ClientIdUse[] = []
  const values = new Map<string, string | undefined>()
  const seen = new Set<string>()
  for (const job of jobs) {
    const key = `${job.workflow}#${job.job}`
    if (job.clientId === undefined || job.clientId === '' || seen.has(key)) continue
    seen.add(key)
    const value = await valueOf(job, source, values)
    if (value === undefined || value.toLowerCase() === appId.toLowerCase()) continue
    wrong.push({
      workflow: job.workflow,
      job: job.job,
      written: job.clientId,
      value,
      expected: appId
    })
  }
  return wrong
}

async function valueOf(
  job: DeployingJob,
  source: VariableSource,
  cache: Map<string, string | undefined>
): Promise<string | undefined> {
  const written = job.clientId ?? ''
  if (!written.includes('${{')) return written
  const name = VARIABLE_REFERENCE.exec(written)?.[1]
  if (name === undefined || job.environment.kind !== 'none') return undefined
  if (source.written.has(name) || source.github === undefined) return undefined
  if (!cache.has(name)) cache.set(name, await readQuietly(source.github, source.repository, name))
  return cache.get(name)
}

/** A variable this token may not read is not judged: the check is a help, not a gate on rights. */
async function readQuietly(
  github: GitHubApi,
  repository: string,
  name: string
): Promise<string | undefined> {
  try {
    return await readVariable(github, repository, name)
  } catch (error) {
    if (error instanceof GitHubApiError) return undefined
    throw error
  }
}

/** A job that signs in as another app: which, with what, and the fix. */
export function anotherApp(use: ClientIdUse, registration: string): string {
  const shown = use.written === use.value ? use.value : `${use.written} = ${use.value}`
  const fix = use.written.includes('${{')
    ? 'run setup --set-variables, or correct the variable'
    : `set client-id to ${use.expected} in ${use.workflow}`
  return `${use.workflow} › ${use.job} signs in with client-id ${shown}, not the client id of '${registration}' (${use.expected}): the run would present its subject to another app and fail with AADSTS700213; ${fix}.`
}
