// A cancelled job must stop promptly. The runner sends SIGINT (Ctrl+C on Windows), then SIGTERM
// (Ctrl+Break, SIGBREAK, on Windows) about 7.5 s later, then kills the process. One AbortSignal
// reaches every request in flight and every wait; whatever was running throws CancelledError,
// and the run ends with one `::error::` line naming what was interrupted.
import { ActionError } from './errors.js'
import { exitWhenWritten, fail, info } from './log.js'

/** Exit anyway this long after the first signal, in case some stage ignores it. */
const GRACE_MS = 7_000
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGBREAK']

/** The abort reason of a cancelled run: which signal arrived. */
export class Interruption {
  constructor(readonly signalName: string) {}
}

/** The one "cancelled" error of the codebase: which signal, and what it interrupted. */
export class CancelledError extends ActionError {
  readonly signalName: string

  constructor(signalName: string, during: string) {
    super(`Cancelled (${signalName}) during ${during}; nothing further was sent.`, {
      step: during,
      doc: 'cancelled'
    })
    this.name = 'CancelledError'
    this.signalName = signalName
  }
}

/** The error for work stopped by `signal`, naming what was running. */
export function cancelledError(signal: AbortSignal, during: string): CancelledError {
  const reason: unknown = signal.reason
  return new CancelledError(reason instanceof Interruption ? reason.signalName : 'aborted', during)
}

export function throwIfCancelled(signal: AbortSignal, during: string): void {
  if (signal.aborted) throw cancelledError(signal, during)
}

/** Waits `ms`, or rejects with CancelledError as soon as the signal fires. */
export function waitUnlessCancelled(
  ms: number,
  signal: AbortSignal,
  during: string
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(cancelledError(signal, during))
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(cancelledError(signal, during))
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

export interface Cancellation {
  signal: AbortSignal
  /** Names the stage now running, for the error line should the process have to exit by force. */
  enter(stage: string): void
  dispose(): void
}

/** Turns SIGINT, SIGTERM and SIGBREAK into an abort of the returned signal. */
export function cancelOnSignals(): Cancellation {
  const controller = new AbortController()
  let stage = 'start-up'
  let deadline: NodeJS.Timeout | undefined
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      // The runner's second signal: it is about to kill the process, so stop now.
      forceExit(new CancelledError(name, stage))
      return
    }
    info(`Received ${name}: cancelling the deployment.`)
    controller.abort(new Interruption(name))
    deadline = setTimeout(() => forceExit(new CancelledError(name, stage)), GRACE_MS).unref()
  }
  for (const name of SIGNALS) process.on(name, onSignal)
  return {
    signal: controller.signal,
    enter: (next) => {
      stage = next
    },
    dispose: () => {
      clearTimeout(deadline)
      for (const name of SIGNALS) process.off(name, onSignal)
    }
  }
}

function forceExit(error: CancelledError): void {
  fail(error)
  exitWhenWritten(1)
}
