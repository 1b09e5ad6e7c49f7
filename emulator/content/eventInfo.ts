// EventInfo: which commit event the deployment comes from, and so which environment it targets.
import { ContentRejection } from './envelope.js'
import { environmentNameRefusal } from './environmentNames.js'
import { bindObject, type FieldRule } from './fields.js'
import { reservedEnvironmentName } from './messages.js'

/** Where a deployment with neither a pull request nor a named environment goes. */
export const PRODUCTION = 'production'

/** EventInfo as the server binds it (PROTOCOLS.md §4.1): every property present, these JSON types. */
const EVENT_INFO_FIELDS: readonly FieldRule[] = [
  { name: 'RepoUrl', type: 'string', nullable: true },
  { name: 'IsPullRequest', type: 'boolean' },
  { name: 'IsNamedEnvironment', type: 'boolean' },
  // A string on the wire ("42"); a number is a client bug the .NET binder refuses.
  { name: 'PullRequestId', type: 'string', nullable: true },
  { name: 'PullRequestTitle', type: 'string', nullable: true },
  { name: 'HeadBranch', type: 'string', nullable: true },
  { name: 'BaseBranch', type: 'string', nullable: true },
  { name: 'EnvironmentName', type: 'string', nullable: true },
  // Null, or the tenant GUID one client sends; never a domain.
  { name: 'TenantId', type: 'guid', nullable: true },
  { name: 'DefaultHostname', type: 'string', nullable: true },
  // An integer: the slice number of the content host, 0 when it has none.
  { name: 'Slice', type: 'int32' }
]
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

/** Binds an EventInfo found at JSON path `path` ('$' when it is the whole body). */
export function parseEventInfo(value: unknown, path = '$'): EventInfo {
  const bound = bindObject(value, 'EventInfo', path, EVENT_INFO_FIELDS)
  const text = (name: string): string | undefined => (bound[name] as string | null) ?? undefined
  const info: Omit<EventInfo, 'environment'> = {
    repoUrl: text('RepoUrl'),
    isPullRequest: bound.IsPullRequest as boolean,
    isNamedEnvironment: bound.IsNamedEnvironment as boolean,
    pullRequestId: text('PullRequestId'),
    pullRequestTitle: text('PullRequestTitle'),
    headBranch: text('HeadBranch'),
    baseBranch: text('BaseBranch'),
    environmentName: text('EnvironmentName')
  }
  return { ...info, environment: resolveEnvironment(info) }
}

/** The explicit environment name wins; a pull request otherwise gets its number; else production. */
function resolveEnvironment(info: Omit<EventInfo, 'environment'>): string {
  if (info.isNamedEnvironment) {
    const name = info.environmentName ?? ''
    // Refused outright: the real service has been seen to deploy a bad name to production (#1062).
    const refusal = environmentNameRefusal(name)
    if (refusal !== undefined) throw new ContentRejection(refusal)
    // Inferred: a named environment called production would collide with the production build.
    if (name.toLowerCase() === PRODUCTION) {
      throw new ContentRejection(reservedEnvironmentName(name))
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
