// The close action: sign in, then delete the pull request's preview environment (or, in a dry
// run, only read it).
import { connectGitHub } from '../github/rest.js'
import { signInFor, type ActionRequest, type Ending, type Run } from './run.js'

export async function close(request: ActionRequest, run: Run): Promise<Ending> {
  const { target } = request
  const { signal, known } = run
  // Closing calls no GitHub API, but its token is registered for masking as in every action.
  connectGitHub(request.config, signal)
  const { arm, config } = await signInFor(request, run)
  // Its ARM calls load once signed in: nothing of the Azure SDK is parsed before the first request.
  const { closeEnvironment } = await import('../previews/close.js')
  const phase = config.dryRun ? 'Read environment (dry run)' : 'Delete environment'
  const outcome = await run.stage(phase, () =>
    closeEnvironment(arm, config, target.environment, signal)
  )
  return { report: { ...known, outcome, timings: run.timings.list() } }
}
