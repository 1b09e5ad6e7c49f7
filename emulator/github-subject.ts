// The claims GitHub's OIDC provider puts in a job's token (PROTOCOLS.md §1, §5): `sub` from the
// job's environment, event and ref, in the repository's subject form (name-based or immutable
// `repo:O@OWNER_ID/R@REPO_ID`) and under its customisation (the repository's `include_claim_keys`,
// or the organisation's template when the repository opts out of the default without keys).
import { defaultGitHubClaims, type GitHubClaimTemplate } from './github-oidc.js'
import type { GitHubOrganization, GitHubRepository } from './github-repos.js'

export interface GitHubJob {
  /** The triggering event: push, pull_request, workflow_dispatch, … */
  event: string
  /** `refs/heads/B`, `refs/tags/T`, or `refs/pull/N/merge` for a pull request. */
  ref: string
  /** The job's `environment:` name, when it has one. */
  environment?: string
  /** The workflow file, e.g. `.github/workflows/deploy.yml`; default that one. */
  workflowPath?: string
}

// Events whose token says `pull_request` rather than a ref (inferred for pull_request_target).
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/** `repo:`'s value: `O/R`, or `O@OWNER_ID/R@REPO_ID` for immutable subjects. */
function repoSegment(repository: GitHubRepository): string {
  const [owner, name] = repository.fullName.split('/') as [string, string]
  if (!repository.immutableSubjects) return repository.fullName
  return `${owner}@${repository.ownerId ?? 0}/${name}@${repository.id}`
}

/** The default subject's tail: environment, pull_request, or the ref. */
function subjectContext(job: GitHubJob): string {
  if (job.environment) return `environment:${job.environment}`
  if (PULL_REQUEST_EVENTS.has(job.event)) return 'pull_request'
  return `ref:${job.ref}`
}

/** The claim keys the subject is built from; undefined for the default `repo:…:context`. */
function subjectClaimKeys(
  repository: GitHubRepository,
  organization: GitHubOrganization | undefined
): string[] | undefined {
  const custom = repository.oidcSubject ?? { useDefault: true }
  if (custom.useDefault) return undefined
  if (custom.includeClaimKeys && custom.includeClaimKeys.length > 0) return custom.includeClaimKeys
  return organization?.includeClaimKeys
}

/** Every claim of the job's token but iss, aud and the times, with `sub` as GitHub builds it. */
export function jobClaims(
  repository: GitHubRepository,
  organization: GitHubOrganization | undefined,
  job: GitHubJob
): GitHubClaimTemplate {
  const [owner] = repository.fullName.split('/') as [string]
  const workflowPath = job.workflowPath ?? '.github/workflows/deploy.yml'
  const isPull = PULL_REQUEST_EVENTS.has(job.event)
  const claims: GitHubClaimTemplate = {
    ...defaultGitHubClaims(),
    ref: job.ref,
    repository: repository.fullName,
    repository_id: String(repository.id),
    repository_owner: owner,
    repository_owner_id: String(repository.ownerId ?? 0),
    repository_visibility: repository.private ? 'private' : 'public',
    event_name: job.event,
    ref_type: job.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    head_ref: isPull ? 'feature/change' : '',
    base_ref: isPull ? `refs/heads/${repository.defaultBranch ?? 'main'}` : '',
    workflow_ref: `${repository.fullName}/${workflowPath}@${job.ref}`,
    job_workflow_ref: `${repository.fullName}/${workflowPath}@${job.ref}`
  }
  if (job.environment) claims['environment'] = job.environment
  else delete claims['environment']
  const context = subjectContext(job)
  const keys = subjectClaimKeys(repository, organization)
  claims['sub'] = keys
    ? keys
        .map((key) =>
          key === 'context'
            ? context
            : key === 'repo'
              ? `repo:${repoSegment(repository)}`
              : `${key}:${claims[key] ?? ''}`
        )
        .join(':')
    : `repo:${repoSegment(repository)}:${context}`
  return claims
}
