// The pull-request and preview-environment inputs, and the GitHub API they may need.
import { matchAccepted, useAccepted } from '../suggest.js'
import type { Problems } from './problems.js'
import { httpsUrl, readBoolean, type ReadInput } from './rules.js'
import type { ActionKind } from './target.js'

/** `on-environment-limit`: what a full preview-environment quota does to a new environment. */
const ENVIRONMENT_LIMIT_CHOICES = ['fail', 'skip'] as const
type EnvironmentLimitChoice = (typeof ENVIRONMENT_LIMIT_CHOICES)[number]

export interface PreviewInputs {
  /** `github-token`, for the pull request's state, prune and the comment; masked where it is used. */
  githubToken: string | undefined
  /** GITHUB_API_URL without trailing slash (GHES: https://HOST/api/v3); undefined when unusable. */
  githubApiUrl: string | undefined
  /** `pr-comment`: keep one comment per app on the pull request. */
  prComment: boolean
  /** `prune-max-age-days`: with action prune, also delete environments not updated for this long. */
  pruneMaxAgeDays: number | undefined
  onEnvironmentLimit: EnvironmentLimitChoice
  /** `skip-without-identity`: no OIDC token available is a warning and outcome skipped. */
  skipWithoutIdentity: boolean
}

/** Ten years: anything longer is a typo, not a policy. */
const MAX_PRUNE_AGE_DAYS = 3650
const DEFAULT_GITHUB_API_URL = 'https://api.github.com'
const REPOSITORY_SLUG = /^[\w.-]+\/[\w.-]+$/

/** `action` is undefined when it was refused: the rules that depend on it then stay quiet. */
export function readPreviews(
  read: ReadInput,
  action: ActionKind | undefined,
  env: NodeJS.ProcessEnv,
  problems: Problems
): PreviewInputs {
  const githubToken = read('github-token')
  const prComment = readBoolean(read, 'pr-comment', false, problems)
  const pruneMaxAgeDays = readPruneAge(read('prune-max-age-days'), action, problems)
  const skipWithoutIdentity = readBoolean(read, 'skip-without-identity', false, problems)
  const onEnvironmentLimit = readEnvironmentLimit(read('on-environment-limit'), problems)
  const prunesByPullRequest = action === 'prune' && githubToken !== undefined
  if (action === 'prune' && githubToken === undefined && pruneMaxAgeDays === undefined) {
    problems.add(
      'prune-sources',
      'Input action: prune has nothing to go by: github-token is blank (closed pull requests cannot be looked up) and prune-max-age-days is not set; leave github-token at its default, or set prune-max-age-days.'
    )
  }
  if (prunesByPullRequest && !REPOSITORY_SLUG.test(env.GITHUB_REPOSITORY?.trim() ?? '')) {
    problems.add(
      'prune-sources',
      'GITHUB_REPOSITORY is not set to owner/name; action: prune needs it to look up pull requests (run the action in a GitHub Actions job).'
    )
  }
  // Only a feature that must reach the API makes a bad GITHUB_API_URL an error.
  const needsApi = prComment || prunesByPullRequest
  return {
    githubToken,
    githubApiUrl: readGitHubApiUrl(env, needsApi, problems),
    prComment,
    pruneMaxAgeDays,
    onEnvironmentLimit,
    skipWithoutIdentity
  }
}

function readEnvironmentLimit(
  value: string | undefined,
  problems: Problems
): EnvironmentLimitChoice {
  if (value === undefined) return 'fail'
  const choice = matchAccepted(value, ENVIRONMENT_LIMIT_CHOICES)
  if (choice !== undefined) return choice
  const fix = useAccepted(value, ENVIRONMENT_LIMIT_CHOICES, "'fail' or 'skip'")
  problems.add(
    'on-environment-limit',
    `Input on-environment-limit: '${value}' is not supported; ${fix}.`
  )
  return 'fail'
}

function readPruneAge(
  value: string | undefined,
  action: ActionKind | undefined,
  problems: Problems
): number | undefined {
  if (value === undefined) return undefined
  const days = Number(value)
  if (!/^\d+$/.test(value) || days < 1 || days > MAX_PRUNE_AGE_DAYS) {
    problems.add(
      'prune-max-age-days',
      `Input prune-max-age-days: '${value}' is not a whole number of days from 1 to ${MAX_PRUNE_AGE_DAYS} (e.g. 14).`
    )
    return undefined
  }
  if (action !== undefined && action !== 'prune') {
    problems.add(
      'prune-max-age-days',
      `Input prune-max-age-days is only read with action: prune (action is ${action}); move it to the prune step.`
    )
    return undefined
  }
  return days
}

/** GITHUB_API_URL (https://api.github.com when the runner does not say), checked like the endpoint inputs. */
function readGitHubApiUrl(
  env: NodeJS.ProcessEnv,
  needsApi: boolean,
  problems: Problems
): string | undefined {
  const checked = httpsUrl('GITHUB_API_URL', env.GITHUB_API_URL?.trim() || DEFAULT_GITHUB_API_URL)
  if ('url' in checked) return checked.url
  if (needsApi) problems.add('GITHUB_API_URL', checked.problem)
  return undefined
}
