// A pull request's state as GitHub reports it now (`GET /repos/O/R/pulls/N`, PROTOCOLS.md §5):
// the event payload says what it was when the run started, which a re-run can make stale.
import { callGitHub, GitHubApiError, parseBody, repositoryPath, type GitHubApi } from './rest.js'

export interface PullRequestState {
  number: number
  state: 'open' | 'closed'
  merged: boolean
}

/** The pull request's state, or undefined when the repository has no such pull request. */
export async function readPullRequestState(
  api: GitHubApi,
  repository: string,
  number: number
): Promise<PullRequestState | undefined> {
  const step = `GitHub read pull request #${number}`
  let body: unknown
  try {
    const reply = await callGitHub(api, {
      step,
      method: 'GET',
      path: `/repos/${repositoryPath(repository)}/pulls/${number}`,
      permission: 'pull-requests: read'
    })
    body = parseBody(reply, step)
  } catch (error) {
    if (error instanceof GitHubApiError && error.reason === 'not-found') return undefined
    throw error
  }
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  const state = record.state
  if (state !== 'open' && state !== 'closed') {
    throw new GitHubApiError(
      `${step}: the reply has no state 'open' or 'closed'.`,
      { step, doc: 'github-api' },
      'other',
      ''
    )
  }
  return { number, state, merged: record.merged === true }
}

/**
 * GitHub answers 404 both for a missing pull request and for a repository the token cannot see
 * (a private one, PROTOCOLS.md §5): after a 404, the repository's pull request list tells which.
 */
export async function checkRepositoryVisible(api: GitHubApi, repository: string): Promise<void> {
  const step = `GitHub list pull requests of ${repository}`
  try {
    await callGitHub(api, {
      step,
      method: 'GET',
      path: `/repos/${repositoryPath(repository)}/pulls?state=closed&per_page=1`,
      permission: 'pull-requests: read'
    })
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.reason !== 'not-found') throw error
    throw new GitHubApiError(
      `github-token cannot see the repository ${repository}: GitHub answers 404 (Not Found) for it, as it does for a private repository the token has no access to. Its pull requests cannot be looked up, so no environment is judged by them.`,
      {
        step,
        status: 404,
        doc: 'github-api',
        fix: `Leave github-token at its default (\${{ github.token }}), the job's own token for ${repository}, or give a token with read access to ${repository} (\`permissions: pull-requests: read\`); check GITHUB_REPOSITORY is the repository the pull requests belong to.`
      },
      'not-found',
      error.githubMessage
    )
  }
}
