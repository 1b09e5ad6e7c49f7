import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/timing.ts
function elapsedMs(started) {
  return Math.round(performance.now() - started);
}
var Timings = class {
  phases = [];
  async measure(phase, work) {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.phases.push({ phase, ms: elapsedMs(started) });
    }
  }
  list() {
    return [...this.phases];
  }
};

export {
  elapsedMs,
  Timings
};
