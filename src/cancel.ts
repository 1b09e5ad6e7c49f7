// A cancelled job (SIGINT, then SIGTERM from the runner) must stop promptly: stages watch the
// signal, clean up in their `finally`, and the run fails with a clear line.
import * as core from '@actions/core'

/** Exit anyway this long after a signal, in case some stage ignores it. */
const GRACE_MS = 7_000

export interface Cancellation {
  signal: AbortSignal
  dispose(): void
}

export function cancelOnSignals(): Cancellation {
  const controller = new AbortController()
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) return
    core.info(`Received ${name}: cancelling the deployment.`)
    controller.abort(new Error(`cancelled by ${name}`))
    setTimeout(() => process.exit(1), GRACE_MS).unref()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}
