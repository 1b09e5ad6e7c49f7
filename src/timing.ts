// The one way a phase is timed: how long its work took, kept in order for the job summary.

export interface PhaseTiming {
  phase: string
  ms: number
}

/** Milliseconds since `started` (a performance.now() reading), rounded. */
export function elapsedMs(started: number): number {
  return Math.round(performance.now() - started)
}

/** Times phases in the order they ran. */
export class Timings {
  private readonly phases: PhaseTiming[] = []

  async measure<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      return await work()
    } finally {
      this.phases.push({ phase, ms: elapsedMs(started) })
    }
  }

  list(): PhaseTiming[] {
    return [...this.phases]
  }
}
