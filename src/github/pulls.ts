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
