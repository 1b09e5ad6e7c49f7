// Jest's test order: longest files first, so that none of them starts last and holds up the end
// of the run. Jest knows each file's duration from its last run; on a fresh machine (CI) it has
// none and orders by file size, which put the fault matrix's part files (a few lines each, 20-46 s
// of retries and hangs each) last: the suite then took 124 s instead of ~107 s. The seconds below
// are a fresh machine's (2 cores), used only where Jest has no duration of its own.
import Sequencer from '@jest/test-sequencer'

const EXPECTED_SECONDS = {
  'e2e/fault-matrix-identity-persistent.test.ts': 46,
  'e2e/official-engine.test.ts': 42,
  'e2e/fault-matrix-content-persistent.test.ts': 29,
  'clients/azure-cli.test.ts': 27,
  'e2e/fault-matrix-blob.test.ts': 25,
  'e2e/fault-matrix-blob-put.test.ts': 14,
  'e2e/fault-matrix-identity-single.test.ts': 20,
  'e2e/fault-matrix-content-single.test.ts': 18,
  'e2e/deploy-api.test.ts': 16,
  'emulator/content.test.ts': 14,
  'e2e/blob-fallback.test.ts': 12,
  'e2e/previews-prune.test.ts': 12,
  'e2e/previews-comment.test.ts': 12,
  'e2e/time-limits.test.ts': 11,
  'unit/fuzz.test.ts': 10,
  'e2e/previews-before-upload.test.ts': 10
}

export default class LongestFirst extends (Sequencer.default ?? Sequencer) {
  // Jest's own sort runs files it has a duration for after those it has none for: with the table
  // above, the slowest would start last. Here: failed files first, then the longest.
  sort(tests) {
    const seconds = new Map(tests.map((test) => [test, this.expectedMs(test)]))
    for (const test of tests) test.duration = super.time(test)
    return [...tests].sort(
      (a, b) =>
        Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || seconds.get(b) - seconds.get(a)
    )
  }

  /** Jest's duration of the file's last run, else the table's, else 0 (small files run last). */
  expectedMs(test) {
    const known = super.time(test)
    if (known !== undefined) return known
    const name = test.path
      .split(/[\\/]__tests__[\\/]/)
      .pop()
      .replaceAll('\\', '/')
    return (EXPECTED_SECONDS[name] ?? 0) * 1000
  }
}
