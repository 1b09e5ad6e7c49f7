// action: prune — deletes the preview environments whose pull request is closed (asked of GitHub's
// REST API) and, with prune-max-age-days, branch and named environments not updated for that many
// days: an open pull request's environment is kept however idle. Production is never among them.
// Every verdict is reached before the first deletion, so a refusal from GitHub deletes nothing;
// a failed deletion does not stop the others, and the run then fails naming each.
import type { ArmClient } from '../arm/client.js'
import {
  deleteEnvironment,
  listPreviewEnvironments,
  PRODUCTION_BUILD,
  type PreviewEnvironment
} from '../arm/environments.js'
import { CancelledError } from '../cancel.js'
import { ActionError, errorText } from '../errors.js'
import { checkRepositoryVisible, readPullRequestState } from '../github/pulls.js'
import type { GitHubApi } from '../github/rest.js'
import type { SiteConfig } from '../inputs/index.js'
import { group, info, warning } from '../log.js'
import type { SummaryTable } from '../report.js'
import { pullRequestNumberOf } from '../environmentNames.js'
import { idleDays, lastChanged, originOf, utcMinute } from './environments.js'
import { counted } from '../format.js'

interface PruneVerdict {
  environment: PreviewEnvironment
  remove: boolean
  /** Why, in words: "pull request #41 was merged", "not updated for 40 days". */
  reason: string
}

export interface PruneOptions {
  arm: ArmClient
  config: SiteConfig
  /** Undefined without github-token: then only age counts. */
  github: GitHubApi | undefined
  /** `owner/name` of the pull requests. */
  repository: string
  signal: AbortSignal
  /** Called as each deletion completes, so a failure later still reports the ones done. */
  onDeleted: (name: string) => void
  now?: number
}

export interface PruneResult {
  /** Deleted by this run (the `pruned` output); empty in a dry run. */
  deleted: string[]
  table: SummaryTable
}

export async function prunePreviews(options: PruneOptions): Promise<PruneResult> {
  const { arm, config } = options
  const environments = await listPreviewEnvironments(arm, config)
  if (options.github === undefined) {
    info('github-token is blank: pull requests are not looked up, environments are pruned by age.')
  }
  const verdicts: PruneVerdict[] = []
  for (const environment of environments) verdicts.push(await judge(environment, options))
  group(
    `Preview environments of ${config.appName} (${environments.length})`,
    verdicts.map(({ environment, remove, reason }) =>
      [environment.name, remove ? 'delete' : 'keep', reason].join(': ')
    )
  )
  const doomed = verdicts.filter((verdict) => verdict.remove)
  const done = new Map<string, string>()
  if (config.dryRun) {
    const names = doomed.map((verdict) => verdict.environment.name)
    info(
      `Dry run: would delete ${doomed.length} of ${counted(environments.length, 'preview environment')}${names.length > 0 ? ` (${names.join(', ')})` : ''}. Nothing was deleted.`
    )
    for (const name of names) done.set(name, 'would be deleted')
    return { deleted: [], table: verdictTable(verdicts, done) }
  }
  const deleted: string[] = []
  const failures: DeleteFailure[] = []
  for (const { environment, reason } of doomed) {
    // Never production: the listing leaves it out, and this says so once more.
    if (environment.name.toLowerCase() === PRODUCTION_BUILD) continue
    let outcome: 'deleted' | 'absent'
    try {
      outcome = await deleteEnvironment(arm, config, environment.name, {
        signal: options.signal,
        timeoutSeconds: config.deploymentTimeoutSeconds
      })
    } catch (error) {
      if (error instanceof CancelledError) throw error
      // One line here; the fix comes with the run's error, which lists every failure.
      warning(
        `Preview environment '${environment.name}' was not deleted: ${error instanceof Error ? error.message : String(error)}`
      )
      failures.push({ name: environment.name, error })
      done.set(environment.name, 'delete failed')
      continue
    }
    if (outcome === 'deleted') {
      deleted.push(environment.name)
      options.onDeleted(environment.name)
      info(`Preview environment '${environment.name}' deleted (${reason}).`)
      done.set(environment.name, 'deleted')
    } else {
      info(`Preview environment '${environment.name}' was already gone.`)
      done.set(environment.name, 'already gone')
    }
  }
  info(
    `Pruned ${deleted.length} of ${counted(environments.length, 'preview environment')} of ${config.appName}${deleted.length > 0 ? `: ${deleted.join(', ')}` : ''}.`
  )
  const table = verdictTable(verdicts, done)
  if (failures.length > 0) throw new PruneIncomplete(failures, deleted, table)
  return { deleted, table }
}

interface DeleteFailure {
  name: string
  error: unknown
}

/** Some deletions failed (the others were still tried): each one named, with its own fix. */
export class PruneIncomplete extends ActionError {
  constructor(
    readonly failures: readonly DeleteFailure[],
    readonly deleted: readonly string[],
    readonly table: SummaryTable
  ) {
    const lines = failures.map(
      ({ name, error }) => `  - '${name}': ${errorText(error).replace(/\n/g, '\n    ')}`
    )
    super(
      [
        `${failures.length} of ${counted(failures.length + deleted.length, 'preview environment')} could not be deleted (the others were):`,
        ...lines
      ].join('\n'),
      {
        step: 'Prune preview environments',
        fix: 'Follow the fix given for each environment above, then run the prune again: it picks up what is left.'
      }
    )
    this.name = 'PruneIncomplete'
  }
}

/**
 * One environment's verdict: a pull request's environment by its pull request's state only
 * (closed: delete; open: keep, however idle); branch and named environments by age.
 */
async function judge(
  environment: PreviewEnvironment,
  options: PruneOptions
): Promise<PruneVerdict> {
  const number = pullRequestNumberOf(environment.name)
  const idle = idleDays(environment, options.now ?? Date.now())
  const maxAge = options.config.pruneMaxAgeDays
  const age =
    idle === undefined ? 'ARM gives no update time' : `not updated for ${counted(idle, 'day')}`
  const old = maxAge !== undefined && idle !== undefined && idle >= maxAge
  // Said where the age rule would have deleted a pull request's environment.
  const spared = old ? ' (kept: prune-max-age-days is for branch and named environments)' : ''
  let byPullRequest = 'not a pull request number'
  if (number !== undefined && options.github === undefined) {
    return {
      environment,
      remove: false,
      reason: `pull request #${number} not looked up (github-token is blank); ${age}${spared}`
    }
  } else if (number !== undefined && options.github !== undefined) {
    const pr = await readPullRequestState(options.github, options.repository, number)
    if (pr === undefined) {
      await checkRepositoryVisible(options.github, options.repository)
      byPullRequest = `no pull request #${number} in ${options.repository}`
    } else if (pr.state === 'closed') {
      return {
        environment,
        remove: true,
        reason: `pull request #${number} ${pr.merged ? 'was merged' : 'is closed'}`
      }
    } else {
      return {
        environment,
        remove: false,
        reason: `pull request #${number} is open; ${age}${spared}`
      }
    }
  }
  if (old) {
    return {
      environment,
      remove: true,
      reason: `${byPullRequest}; ${age} (prune-max-age-days: ${maxAge})`
    }
  }
  return { environment, remove: false, reason: `${byPullRequest}; ${age}` }
}

function verdictTable(verdicts: PruneVerdict[], done: Map<string, string>): SummaryTable {
  return {
    title: 'Preview environments',
    columns: ['Environment', 'From', 'Last updated', 'Verdict', 'Why'],
    rows: verdicts.map(({ environment, remove, reason }) => {
      const changed = lastChanged(environment)
      return [
        environment.name,
        originOf(environment),
        changed === undefined ? 'unknown' : utcMinute(changed),
        done.get(environment.name) ?? (remove ? 'not deleted' : 'kept'),
        reason
      ]
    })
  }
}
