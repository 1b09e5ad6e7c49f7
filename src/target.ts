// Where this run deploys: production, a named preview environment, or the pull request's
// environment. The name is settled here, before any network call, and never silently falls
// back to production.
import { InputError } from './errors.js'
import type { GitHubContext } from './github/event.js'
import {
  environmentNameProblem,
  isProductionName,
  PRODUCTION,
  pullRequestNumberOf
} from './environmentNames.js'

export interface DeploymentTarget {
  /** `production`, a preview environment's name, or the pull request number. */
  environment: string
  isPullRequest: boolean
  /** The pull request number as a string (the content plane's form). */
  pullRequestId: string | undefined
  pullRequestTitle: string | undefined
  headBranch: string
  baseBranch: string
  isNamedEnvironment: boolean
  /** e.g. `https://github.com/octo-org/octo-site` */
  repoUrl: string
}

/** What the target is settled from: the action's Config satisfies it. */
export interface TargetConfig {
  action: 'upload' | 'close' | 'prune'
  deploymentEnvironment: string | undefined
  productionBranch: string | undefined
}

/** Settles the environment: explicit name, then pull request, then production-branch, then production. */
export function resolveTarget(config: TargetConfig, context: GitHubContext): DeploymentTarget {
  const branch = currentBranch(context)
  const base = {
    isPullRequest: false,
    pullRequestId: undefined,
    pullRequestTitle: undefined,
    // On a pull request the ref is refs/pull/<n>/merge: the branch is the pull request's head.
    headBranch: branch ?? context.pullRequest?.headBranch ?? '',
    baseBranch: context.pullRequest?.baseBranch ?? '',
    repoUrl: repositoryUrl(context)
  }
  let target: DeploymentTarget
  if (
    config.deploymentEnvironment !== undefined &&
    isProductionName(config.deploymentEnvironment)
  ) {
    target = { ...base, environment: PRODUCTION, isNamedEnvironment: false }
  } else if (config.deploymentEnvironment !== undefined) {
    target = {
      ...base,
      environment: checkEnvironmentName(config.deploymentEnvironment, 'deployment-environment'),
      isNamedEnvironment: true
    }
  } else if (context.pullRequest !== undefined) {
    const pr = context.pullRequest
    target = {
      ...base,
      environment: String(pr.number),
      isPullRequest: true,
      pullRequestId: String(pr.number),
      pullRequestTitle: pr.title,
      headBranch: pr.headBranch,
      baseBranch: pr.baseBranch,
      isNamedEnvironment: false
    }
  } else if (
    config.productionBranch &&
    branch !== undefined &&
    branch !== config.productionBranch
  ) {
    target = {
      ...base,
      baseBranch: config.productionBranch,
      environment: environmentFromBranch(branch),
      isNamedEnvironment: true
    }
  } else {
    target = { ...base, environment: PRODUCTION, isNamedEnvironment: false }
  }
  if (config.action === 'close' && target.environment === PRODUCTION) {
    throw new InputError(
      'action: close would delete production; it only closes preview environments.',
      {
        fix: 'Run close on pull_request events (closed), or set deployment-environment to the preview environment to delete.'
      }
    )
  }
  return target
}

/** A branch name reduced to letters and digits and cut to 16 characters. */
export function environmentFromBranch(branch: string): string {
  const name = branch.replace(/[^0-9A-Za-z]/g, '').slice(0, 16)
  const fix =
    'Set deployment-environment to a name of letters and digits (at most 16) for this branch.'
  if (name.length === 0) {
    throw new InputError(
      `Branch '${branch}' has no letters or digits to name a preview environment after (production-branch is set).`,
      { fix }
    )
  }
  // A branch must never name production, the service's reserved name or, digits only, a pull
  // request's environment (it would overwrite that preview, and prune would judge it by the pull request).
  const problem = isProductionName(name)
    ? `'${name}' would mean production`
    : pullRequestNumberOf(name) !== undefined
      ? `'${name}' is the name of pull request #${name}'s preview environment (pull requests' environments are named after their number), so this branch would overwrite that preview`
      : environmentNameProblem(name)
  if (problem !== undefined) {
    throw new InputError(
      `Branch '${branch}' cannot name a preview environment (production-branch is set): ${problem}`,
      { fix }
    )
  }
  return name
}

function checkEnvironmentName(name: string, input: string): string {
  const problem = environmentNameProblem(name)
  if (problem !== undefined) {
    throw new InputError(`${input}: ${problem}`, {
      fix: `Change ${input} to letters and digits only, at most 16 characters, not 'default'.`
    })
  }
  return name
}

/** The branch of a push-like event, undefined for tags and detached refs. */
function currentBranch(context: GitHubContext): string | undefined {
  if (context.ref.startsWith('refs/heads/')) return context.ref.slice('refs/heads/'.length)
  if (context.ref === '' && context.refName !== '') return context.refName
  return undefined
}

function repositoryUrl(context: GitHubContext): string {
  return context.repository ? `${context.serverUrl}/${context.repository}` : ''
}

/**
 * The EventInfo the content plane reads on every call, with the JSON types of the clients proven
 * on live sites (PROTOCOLS.md §4.1): its .NET server binds `"6"` and `6` differently.
 */
export interface EventInfo {
  RepoUrl: string | null
  IsPullRequest: boolean
  IsNamedEnvironment: boolean
  /** A string, e.g. "42". */
  PullRequestId: string | null
  PullRequestTitle: string | null
  HeadBranch: string
  BaseBranch: string
  /** Null for production and pull requests: a name beside IsNamedEnvironment false is production. */
  EnvironmentName: string | null
  /** Always null: the `tenant-id` input may be a domain, which the server cannot bind. */
  TenantId: null
  DefaultHostname: string | null
  /** The digits after `infrastructure.` in the content host; 0 when there are none. */
  Slice: number
}

export interface SiteIdentity {
  /** Production hostname from ARM (`properties.defaultHostname`). */
  defaultHostname: string
  /** Content distribution endpoint from ARM; its slice number is sent as `Slice`. */
  contentDistributionEndpoint?: string | undefined
}

export function buildEventInfo(target: DeploymentTarget, site: SiteIdentity): EventInfo {
  return {
    RepoUrl: target.repoUrl || null,
    IsPullRequest: target.isPullRequest,
    IsNamedEnvironment: target.isNamedEnvironment,
    PullRequestId: target.pullRequestId ?? null,
    PullRequestTitle: target.pullRequestTitle ?? null,
    HeadBranch: target.headBranch,
    BaseBranch: target.baseBranch,
    EnvironmentName: target.isNamedEnvironment ? target.environment : null,
    TenantId: null,
    DefaultHostname: site.defaultHostname || null,
    Slice: sliceOf(site.contentDistributionEndpoint)
  }
}

/** `content-am2.infrastructure.6.azurestaticapps.net` → 6; 0 when the host has no slice. */
export function sliceOf(endpoint: string | undefined): number {
  if (!endpoint) return 0
  let host: string
  try {
    host = new URL(endpoint).hostname
  } catch {
    return 0
  }
  const digits = /\.infrastructure\.(\d+)\./.exec(host)?.[1]
  return digits === undefined ? 0 : Number(digits)
}
