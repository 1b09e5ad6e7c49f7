// Runs that end with outcome `skipped` and exit 0 instead of failing or deploying: a closed pull
// request's preview, a job that cannot have an OIDC token when `skip-without-identity` allows it, and a full
// preview-environment quota when `on-environment-limit: skip` says so.
import { CancelledError } from '../cancel.js'
import { ContentPlaneRejection } from '../content/client.js'
import { ENVIRONMENT_LIMIT } from '../content/serverTexts.js'
import type { GitHubContext } from '../github/event.js'
import { identityEndpoint } from '../github/oidc.js'
import { readPullRequestState } from '../github/pulls.js'
import type { GitHubApi } from '../github/rest.js'
import type { Config } from '../inputs/index.js'
import type { DeploymentTarget } from '../target.js'
import { info, notice, warning } from '../log.js'

export interface Skip {
  /** A notice for a run that had nothing to do; a warning for one a person should look at. */
  level: 'notice' | 'warning'
  /** The annotation. */
  message: string
  /** The summary's one-line reason. */
  reason: string
}

/** The actor GitHub runs Dependabot's workflows as: such runs never get an OIDC token. */
const DEPENDABOT_ACTOR = 'dependabot[bot]'

/** What the inputs, the event and the runner already say, before any network call. */
export function skipBeforeStart(
  config: Pick<Config, 'action' | 'skipWithoutIdentity'>,
  context: GitHubContext,
  target: Pick<DeploymentTarget, 'isPullRequest'>,
  env: NodeJS.ProcessEnv
): Skip | undefined {
  const pr = context.pullRequest
  // Only the pull request's own preview ends with it; production and named environments deploy.
  if (config.action === 'upload' && target.isPullRequest && pr?.state === 'closed') {
    return closedPullRequest(pr.number, 'the event says so')
  }
  if (config.skipWithoutIdentity && identityEndpoint(env) === undefined) {
    const why = noTokenPossible(context, env)
    // Anywhere else the job only lacks `id-token: write`: the sign-in fails with that fix.
    if (why === undefined) return undefined
    return {
      level: 'warning',
      message: `This job has no GitHub OIDC token, and cannot have one: ${why}. Skipped, as skip-without-identity: true asks; nothing was deployed.`,
      reason: `no GitHub OIDC token for ${why} (skip-without-identity: true)`
    }
  }
  return undefined
}

/** Where GitHub never hands a job an OIDC token, whatever its permissions say. */
function noTokenPossible(context: GitHubContext, env: NodeJS.ProcessEnv): string | undefined {
  // pull_request_target runs in the base repository's context, where a token can exist.
  if (context.eventName === 'pull_request' && context.pullRequest?.fromFork) {
    return 'a pull request from a fork'
  }
  if (env.GITHUB_ACTOR === DEPENDABOT_ACTOR) return `a Dependabot run (${DEPENDABOT_ACTOR})`
  return undefined
}

/**
 * An event payload is fixed when the run starts: a re-run of an old `synchronize` still says
 * "open". With a token, GitHub is asked once; without one, or when it cannot answer, the
 * payload's word stands.
 */
export async function closedSinceEvent(
  github: GitHubApi | undefined,
  context: GitHubContext
): Promise<Skip | undefined> {
  const pr = context.pullRequest
  if (github === undefined || pr === undefined || context.repository === '') return undefined
  try {
    const now = await readPullRequestState(github, context.repository, pr.number)
    if (now?.state !== 'closed') return undefined
    return closedPullRequest(pr.number, 'GitHub says so now, though the event said open')
  } catch (error) {
    if (error instanceof CancelledError) throw error
    info(
      `Could not confirm that pull request #${pr.number} is still open (${error instanceof Error ? error.message : String(error)}); deploying as the event says.`
    )
    return undefined
  }
}

function closedPullRequest(number: number, how: string): Skip {
  return {
    level: 'notice',
    message: `Pull request #${number} is closed (${how}): nothing is deployed. Its preview environment is deleted by action: close or action: prune.`,
    reason: `pull request #${number} is closed`
  }
}

/**
 * The content plane's own quota refusal, for a run whose pre-flight count was overtaken (another
 * pull request took the last place in between): skipped too, when the inputs ask for it.
 */
export function skipOnLimitRejection(
  error: unknown,
  config: Pick<Config, 'onEnvironmentLimit'>,
  environment: string | undefined
): Skip | undefined {
  if (config.onEnvironmentLimit !== 'skip' || !(error instanceof ContentPlaneRejection)) {
    return undefined
  }
  if (!ENVIRONMENT_LIMIT.pattern.test(error.message)) return undefined
  return {
    level: 'warning',
    message: `The content plane refused the new preview environment '${environment ?? ''}': the plan's preview-environment limit was reached while this run was starting. Skipped (on-environment-limit: skip); nothing was deployed. Delete environments that are no longer needed with action: prune.`,
    reason: 'the plan’s preview-environment limit is reached (on-environment-limit: skip)'
  }
}

/** The annotation for a skip. */
export function announceSkip(skip: Skip): void {
  if (skip.level === 'notice') notice(skip.message)
  else warning(skip.message)
}
