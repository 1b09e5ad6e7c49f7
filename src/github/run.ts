// Which workflow run this is, as a link: logged with every ARM request id, so an Activity Log
// entry ("who read the deployment token?") leads back to the run that made it.

/** https://github.com/<owner>/<repo>/actions/runs/<id>/attempts/<n>, or undefined outside a runner. */
export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').trim().replace(/\/+$/, '')
  const repository = env.GITHUB_REPOSITORY?.trim() ?? ''
  const runId = env.GITHUB_RUN_ID?.trim() ?? ''
  const attempt = env.GITHUB_RUN_ATTEMPT?.trim() ?? ''
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(runId)) return undefined
  const attemptPath = /^\d+$/.test(attempt) ? `/attempts/${attempt}` : ''
  return `${server}/${repository}/actions/runs/${runId}${attemptPath}`
}
