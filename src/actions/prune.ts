// The prune action: sign in, then delete the preview environments whose pull request is closed
// or that are older than the inputs allow (or, in a dry run, only say which).
import { connectGitHub } from '../github/rest.js'
import { signInFor, type ActionRequest, type Ending, type Run } from './run.js'

export async function prune(request: ActionRequest, run: Run): Promise<Ending> {
  const { context } = request
  const { signal, known } = run
  const github = connectGitHub(request.config, signal)
  const { arm, config } = await signInFor(request, run)
  // Its ARM calls load once signed in: nothing of the Azure SDK is parsed before the first request.
  const { prunePreviews, PruneIncomplete } = await import('../previews/prune.js')
  const pruned = await run
    .stage('Prune preview environments', () =>
      prunePreviews({
        arm,
        config,
        github,
        repository: context.repository,
        signal,
        onDeleted: (name) => (known.pruned = [...(known.pruned ?? []), name])
      })
    )
    .catch((error: unknown) => {
      // A prune that failed part-way still shows its verdicts.
      if (error instanceof PruneIncomplete) known.tables = [error.table]
      throw error
    })
  return {
    report: {
      ...known,
      outcome: config.dryRun ? 'dry-run' : 'pruned',
      pruned: pruned.deleted,
      tables: [pruned.table],
      timings: run.timings.list()
    }
  }
}
