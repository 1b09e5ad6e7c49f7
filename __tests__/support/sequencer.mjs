// Jest's test order: longest files first, so that none of them starts last and holds up the end
// of the run. Jest knows each file's duration from its last run; on a fresh machine (CI) it has
// none and orders by file size, which put the fault matrix's part files (a few lines each, 20-46 s
// of retries and hangs each) last: the suite then took 124 s instead of ~107 s. The seconds below
// are one full run's on the shared 2-core machine (load ~13: every file ~3.5 times its quiet
// time), every file of 40 s or more, used only where Jest has no duration of its own: what
// counts is their order.
import Sequencer from '@jest/test-sequencer'

const EXPECTED_SECONDS = {
  'e2e/official-engine.test.ts': 383,
  'e2e/setup-refusals.test.ts': 255,
  'e2e/setup.test.ts': 215,
  'e2e/fault-matrix-identity-single.test.ts': 182,
  'e2e/deploy-api.test.ts': 182,
  'e2e/fault-matrix-content-single.test.ts': 165,
  'e2e/fault-matrix-blob.test.ts': 161,
  'e2e/fault-matrix-identity-persistent.test.ts': 152,
  'clients/azure-cli-directory.test.ts': 152,
  'e2e/identity-errors.test.ts': 148,
  'clients/azure-cli.test.ts': 146,
  'e2e/previews-comment.test.ts': 143,
  'e2e/fault-matrix-content-persistent.test.ts': 141,
  'e2e/previews-safety.test.ts': 130,
  'e2e/hostile-payloads.test.ts': 126,
  'e2e/deploy-payload.test.ts': 121,
  'emulator/content.test.ts': 112,
  'e2e/blob-fallback.test.ts': 111,
  'e2e/previews-before-upload.test.ts': 101,
  'e2e/live-service.test.ts': 101,
  'e2e/previews-prune.test.ts': 94,
  'e2e/identity-inputs.test.ts': 94,
  'e2e/deploy-refusals.test.ts': 93,
  'e2e/hostile-servers.test.ts': 90,
  'e2e/deploy-outcomes.test.ts': 85,
  'e2e/time-limits.test.ts': 80,
  'e2e/log-hygiene.test.ts': 75,
  'e2e/deploy-environments.test.ts': 71,
  'e2e/identity-faults.test.ts': 66,
  'e2e/fault-matrix-blob-put.test.ts': 65,
  'unit/fuzz.test.ts': 63,
  'e2e/deploy-production.test.ts': 63,
  'e2e/credential-files.test.ts': 56,
  'e2e/deploy-close.test.ts': 54,
  'e2e/deploy-report.test.ts': 53
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
