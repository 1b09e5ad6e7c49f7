// EventInfo: which commit event the deployment comes from, and so which environment it targets.
import { ContentRejection } from './envelope.js'
import { optionalString, property, requireObject, requiredBoolean } from './fields.js'

export const PRODUCTION = 'production'
const ENVIRONMENT_NAME = /^[0-9A-Za-z]{1,16}$/
const PULL_REQUEST_ID = /^[1-9][0-9]{0,15}$/

export interface EventInfo {
  repoUrl: string | undefined
  isPullRequest: boolean
  isNamedEnvironment: boolean
  pullRequestId: string | undefined
  pullRequestTitle: string | undefined
  headBranch: string | undefined
  baseBranch: string | undefined
  environmentName: string | undefined
  /** Where the deployment goes: 'production', the named environment, or the PR number. */
  environment: string
}

export function parseEventInfo(value: unknown): EventInfo {
  const where = 'EventInfo'
  const source = requireObject(value, where)
  const isPullRequest = requiredBoolean(source, 'IsPullRequest', where)
  const isNamedEnvironment = requiredBoolean(source, 'IsNamedEnvironment', where)
  // PullRequestId is a string on the wire; a number is a client bug the .NET binder refuses.
  const rawPullRequestId = property(source, 'PullRequestId')
  if (
    rawPullRequestId !== undefined &&
    rawPullRequestId !== null &&
    typeof rawPullRequestId !== 'string'
  ) {
    throw new ContentRejection(`${where}.PullRequestId must be a string, e.g. "42".`)
  }
  const info: Omit<EventInfo, 'environment'> = {
    repoUrl: optionalString(source, 'RepoUrl', where),
    isPullRequest,
    isNamedEnvironment,
    pullRequestId: optionalString(source, 'PullRequestId', where),
    pullRequestTitle: optionalString(source, 'PullRequestTitle', where),
    headBranch: optionalString(source, 'HeadBranch', where),
    baseBranch: optionalString(source, 'BaseBranch', where),
    environmentName: optionalString(source, 'EnvironmentName', where)
  }
  // Validated for type only: the real server takes these from the token, not from the client.
  for (const name of ['TenantId', 'DefaultHostname', 'Slice']) optionalString(source, name, where)
  return { ...info, environment: resolveEnvironment(info) }
}

/** The explicit environment name wins; a pull request otherwise gets its number; else production. */
function resolveEnvironment(info: Omit<EventInfo, 'environment'>): string {
  if (info.isNamedEnvironment) {
    const name = info.environmentName ?? ''
    // Refused outright: the real service has been seen to deploy a bad name to production.
    if (!ENVIRONMENT_NAME.test(name) || name.toLowerCase() === PRODUCTION) {
      throw new ContentRejection(
        `The environment name '${name}' is invalid: use 1 to 16 letters and digits (and not 'production').`
      )
    }
    return name
  }
  if (info.isPullRequest) {
    const id = info.pullRequestId ?? ''
    if (!PULL_REQUEST_ID.test(id)) {
      throw new ContentRejection(
        `EventInfo.PullRequestId '${id}' is invalid: a pull request deployment needs the pull request number.`
      )
    }
    return id
  }
  if (info.environmentName !== undefined && info.environmentName !== '') {
    throw new ContentRejection(
      'EventInfo.EnvironmentName is set but IsNamedEnvironment is false: the deployment would go to production.'
    )
  }
  return PRODUCTION
}
