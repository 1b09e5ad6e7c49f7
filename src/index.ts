// Entry point of the bundle the runner starts (`node dist/index.js`). Whatever escapes the
// pipeline (a bug, a library's stray rejection) still ends as one redacted `::error::` line with
// exit code 1, never as a stack dump that could carry a secret.
import v8 from 'node:v8'
import { ActionError } from './errors.js'
import { exitWhenWritten, fail } from './log.js'
import { run } from './main.js'

// The young generation stays at its first size instead of growing to 3 x 16 MiB under the
// archive's churn (the runner starts `node dist/index.js`: no command-line flags): peak RSS fell
// ~80 MB on the 500 MB bench site, ~10 MB on the 60 MB one, for the same CPU time.
v8.setFlagsFromString('--semi-space-growth-factor=1')
let failed = false

function failUnexpectedly(error: unknown): void {
  // One line only, even if more goes wrong while the log is written out.
  if (failed) return
  failed = true
  const message = error instanceof Error ? error.message : String(error)
  fail(
    new ActionError(`The action stopped on an unexpected error: ${message}`, {
      fix: 'Re-run the job; if it happens again, report it with this message.'
    })
  )
  exitWhenWritten(1)
}

process.on('uncaughtException', failUnexpectedly)
process.on('unhandledRejection', failUnexpectedly)

await run().catch(failUnexpectedly)
