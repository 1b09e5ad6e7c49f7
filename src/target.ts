// Where this run deploys: production, a named preview environment, or the pull request's
// environment. The name is settled here, before any network call, and never silently falls
// back to production.
import { InputError } from './errors.js'
import type { GitHubContext } from './github/event.js'
import type { Config } from './inputs.js'

export const PRODUCTION = 'production'

/** Names the content plane accepts; anything else has been seen to land in production. */
export const ENVIRONMENT_NAME = /^[0-9A-Za-z]{1,16}$/

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

export type TargetConfig = Pick<Config, 'action' | 'deploymentEnvironment' | 'productionBranch'>

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
  if (config.deploymentEnvironment !== undefined) {
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
  if (name.length === 0) {
    throw new InputError(
      `Branch '${branch}' has no letters or digits to name a preview environment after (production-branch is set).`,
      {
        fix: 'Set deployment-environment to a name of letters and digits (at most 16) for this branch.'
      }
    )
  }
  return name
}

export function checkEnvironmentName(name: string, input: string): string {
  if (!ENVIRONMENT_NAME.test(name)) {
    throw new InputError(
      `${input} '${name}' is not a valid environment name: use 1 to 16 letters and digits (^[0-9A-Za-z]{1,16}$).`,
      { fix: `Change ${input} to letters and digits only, at most 16 characters.` }
    )
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

/** The EventInfo the content plane reads on every call (PascalCase: its server is .NET). */
export interface EventInfo {
  RepoUrl: string
  IsPullRequest: boolean
  IsNamedEnvironment: boolean
  PullRequestId: string | null
  PullRequestTitle: string | null
  HeadBranch: string
  BaseBranch: string
  /** Set only for a named environment: a name beside IsNamedEnvironment false means production. */
  EnvironmentName: string | null
  TenantId: string
  DefaultHostname: string
  Slice: string
}

export interface SiteIdentity {
  /** Production hostname from ARM (`properties.defaultHostname`). */
  defaultHostname: string
  /** Tenant of the site when known; the server fills it in otherwise. */
  tenantId?: string | undefined
  /** Content distribution endpoint from ARM; its slice digit is sent as `Slice`. */
  contentDistributionEndpoint?: string | undefined
}

export function buildEventInfo(target: DeploymentTarget, site: SiteIdentity): EventInfo {
  return {
    RepoUrl: target.repoUrl,
    IsPullRequest: target.isPullRequest,
    IsNamedEnvironment: target.isNamedEnvironment,
    PullRequestId: target.pullRequestId ?? null,
    PullRequestTitle: target.pullRequestTitle ?? null,
    HeadBranch: target.headBranch,
    BaseBranch: target.baseBranch,
    EnvironmentName: target.isNamedEnvironment ? target.environment : null,
    TenantId: site.tenantId ?? '',
    DefaultHostname: site.defaultHostname,
    Slice: sliceOf(site.contentDistributionEndpoint)
  }
}

/** `content-am2.infrastructure.6.azurestaticapps.net` → `6`; empty when there is none. */
export function sliceOf(endpoint: string | undefined): string {
  if (!endpoint) return ''
  let host: string
  try {
    host = new URL(endpoint).hostname
  } catch {
    return ''
  }
  return /\.infrastructure\.(\d+)\./.exec(host)?.[1] ?? ''
}
