// pr-comment: one comment per app resource on the pull request, found again by a hidden marker
// that names the resource id and updated in place on every push (PROTOCOLS.md §5: issue
// comments); only a comment the token itself wrote is ever edited, never one a person copied the
// marker into. A comment is a convenience: whatever stops it (a missing `pull-requests: write`, a
// fork's read-only token, a rate limit) is a warning with the fix, never a failed deployment.
import { CancelledError } from '../cancel.js'
import { ActionError, errorText, troubleshootingUrl } from '../errors.js'
import type { GitHubContext } from '../github/event.js'
import { runUrl } from '../github/run.js'
import {
  callGitHub,
  GitHubApiError,
  listAll,
  parseBody,
  PER_PAGE,
  repositoryPath,
  type GitHubApi
} from '../github/rest.js'
import { staticSiteResourceId } from '../diagnose.js'
import { counted, formatBytes, formatCount, formatSeconds } from '../format.js'
import type { SiteConfig } from '../inputs/index.js'
import { info, warning } from '../log.js'
import type { Payload } from '../payload/types.js'
import type { PhaseTiming } from '../report.js'
import type { DeploymentTarget } from '../target.js'
import { utcMinute } from './environments.js'

/**
 * The first line of the app's comment; HTML comments do not show in GitHub's rendering. It names
 * the resource id: two apps of one name in different resource groups get a comment each.
 */
export function commentMarker(resourceId: string): string {
  return `<!-- keyless-swa-deploy preview: app=${resourceId} -->`
}

/** What GITHUB_TOKEN (an app installation's token) writes as. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * Who the token writes comments as: `GET /user` answers a person's token; GitHub refuses it to an
 * installation token (403), and the job's GITHUB_TOKEN writes as github-actions[bot].
 */
async function commentAuthor(api: GitHubApi): Promise<string> {
  try {
    const reply = await callGitHub(api, {
      step: 'GitHub read the token’s user',
      method: 'GET',
      path: '/user',
      permission: 'pull-requests: write'
    })
    const login = (parseBody(reply, 'GitHub read the token’s user') as { login?: unknown } | null)
      ?.login
    if (typeof login === 'string' && login !== '') return login
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.reason !== 'forbidden') throw error
  }
  return ACTIONS_BOT_LOGIN
}

export interface PreviewDetails {
  appName: string
  /** ARM id of the Static Web App: the comment's marker. */
  resourceId: string
  url: string
  environment: string
  /** The head commit of the pull request, when known. */
  commit: string | undefined
  fileCount: number
  totalBytes: number
  deployedAt: Date
  /** How long the run took until the site was live. */
  durationMs: number
  /** This workflow run, when known. */
  runUrl: string | undefined
}

/** What the comment shows of a finished deployment; the commit is the pull request's head. */
export function previewDetails(
  config: Pick<SiteConfig, 'appName' | 'subscriptionId' | 'resourceGroup'>,
  target: Pick<DeploymentTarget, 'environment'>,
  context: GitHubContext,
  deployed: Pick<Payload, 'fileCount' | 'totalBytes'> & {
    url: string
    timings: readonly PhaseTiming[]
  },
  env: NodeJS.ProcessEnv
): PreviewDetails {
  return {
    appName: config.appName,
    resourceId: staticSiteResourceId(config),
    url: deployed.url,
    environment: target.environment,
    // GITHUB_SHA of a pull_request run is the merge commit, not what the author pushed.
    commit: context.pullRequest?.headSha ?? env.GITHUB_SHA,
    fileCount: deployed.fileCount,
    totalBytes: deployed.totalBytes,
    deployedAt: new Date(),
    durationMs: deployed.timings.reduce((sum, timing) => sum + timing.ms, 0),
    runUrl: runUrl(env)
  }
}

function renderComment(details: PreviewDetails): string {
  const rows: [string, string][] = [
    ['Preview', link(details.url)],
    ['Environment', code(details.environment)],
    ['Commit', details.commit === undefined ? 'unknown' : code(details.commit.slice(0, 12))],
    [
      'Files',
      `${formatCount(details.fileCount)} (${formatBytes(details.totalBytes)}, ${counted(details.totalBytes, 'byte')})`
    ],
    [
      'Deployed',
      `${utcMinute(details.deployedAt)}, in ${formatSeconds(details.durationMs)}${details.runUrl ? `, by ${link(details.runUrl, 'this run')}` : ''}`
    ]
  ]
  return [
    commentMarker(details.resourceId),
    `### Azure Static Web Apps preview of ${code(details.appName)}`,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([what, value]) => `| ${what} | ${value} |`),
    ''
  ].join('\n')
}

/** Creates the app's comment, or updates the one the token wrote before. */
async function upsertComment(
  api: GitHubApi,
  repository: string,
  number: number,
  resourceId: string,
  body: string
): Promise<'created' | 'updated'> {
  const repo = `/repos/${repositoryPath(repository)}`
  const marker = commentMarker(resourceId).toLowerCase()
  const author = (await commentAuthor(api)).toLowerCase()
  const comments = await listAll<{ id?: unknown; body?: unknown; user?: { login?: unknown } }>(
    api,
    {
      step: `GitHub list comments of #${number}`,
      method: 'GET',
      path: `${repo}/issues/${number}/comments?per_page=${PER_PAGE}`,
      permission: 'pull-requests: read'
    }
  )
  const mine = comments.find(
    (comment) =>
      typeof comment.id === 'number' &&
      typeof comment.body === 'string' &&
      // ARM ids compare case-insensitively; a person's comment carrying the marker is not ours.
      comment.body.trimStart().toLowerCase().startsWith(marker) &&
      typeof comment.user?.login === 'string' &&
      comment.user.login.toLowerCase() === author
  )
  if (mine !== undefined) {
    await callGitHub(api, {
      step: `GitHub update comment on #${number}`,
      method: 'PATCH',
      path: `${repo}/issues/comments/${String(mine.id)}`,
      body: { body },
      permission: 'pull-requests: write'
    })
    return 'updated'
  }
  await callGitHub(api, {
    step: `GitHub comment on #${number}`,
    method: 'POST',
    path: `${repo}/issues/${number}/comments`,
    body: { body },
    permission: 'pull-requests: write'
  })
  return 'created'
}

/** The comment of a finished deployment; never throws but for cancellation. */
export async function commentOnPullRequest(
  github: GitHubApi | undefined,
  context: GitHubContext,
  details: PreviewDetails
): Promise<void> {
  const pr = context.pullRequest
  if (pr === undefined) {
    info('pr-comment: this is not a pull request event; no comment.')
    return
  }
  if (github === undefined || context.repository === '') {
    return warnNoComment(
      pr.number,
      new ActionError(
        'github-token is blank (or GITHUB_API_URL / GITHUB_REPOSITORY are not set).',
        {
          fix: 'Leave github-token at its default (${{ github.token }}) and run the action in a GitHub Actions job.'
        }
      )
    )
  }
  try {
    const done = await upsertComment(
      github,
      context.repository,
      pr.number,
      details.resourceId,
      renderComment(details)
    )
    info(`Preview comment ${done} on pull request #${pr.number}.`)
  } catch (error) {
    if (error instanceof CancelledError) throw error
    warnNoComment(pr.number, forkAware(error, pr.fromFork))
  }
}

/** A fork's run gets a read-only token whatever the workflow asks: no permission fixes that. */
function forkAware(error: unknown, fromFork: boolean): unknown {
  if (!fromFork || !(error instanceof GitHubApiError) || error.reason !== 'forbidden') return error
  return new ActionError(error.message, {
    fix: 'This pull request comes from a fork: GitHub gives its workflow runs a read-only token, so no comment can be written from here. Comment from a workflow that runs with the base repository’s token (for example on workflow_run), or leave pr-comment off for forks.'
  })
}

/** One warning line: why, the fix, and the troubleshooting section. */
function warnNoComment(number: number, error: unknown): void {
  const fix = error instanceof ActionError && error.fix ? ` Fix: ${error.fix}` : ''
  const text = error instanceof Error ? error.message : errorText(error)
  warning(
    `pr-comment: no comment on pull request #${number}: ${text}${fix} The deployment itself succeeded. See ${troubleshootingUrl()}#pr-comment`
  )
}

/** Markdown inline code that no backtick or pipe in the value can break out of. */
function code(value: string): string {
  return `\`${value.replace(/[`|\r\n]/g, '')}\``
}

/** An https URL as a Markdown link; anything else as inert text. */
function link(url: string, text = url): string {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === 'https:' && !/[\s<>()[\]|`]/.test(url))
      return `[${text.replace(/[[\]|`]/g, '')}](${url})`
  } catch {
    // Not a URL: shown as code below.
  }
  return code(url)
}
