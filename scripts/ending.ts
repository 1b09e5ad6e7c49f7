// How a local script (the demo, the bench) is ended by hand: Ctrl-C, a closed terminal, `kill`.
// Each script handles these so that it removes what it made before it ends.
const ENDING_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

/** Calls `onEnd` with the first ending signal the process receives (later ones are ignored). */
export function onEndingSignal(onEnd: (signal: NodeJS.Signals) => void): void {
  let received = false
  for (const name of ENDING_SIGNALS) {
    process.on(name, () => {
      if (received) return
      received = true
      onEnd(name)
    })
  }
}
