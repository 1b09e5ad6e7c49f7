// Entry point of the bundle the runner starts (`node dist/index.js`). Whatever escapes the
// pipeline (a bug, a library's stray rejection) still ends as one redacted `::error::` line with
// exit code 1, never as a stack dump that could carry a secret.
import { ActionError } from './errors.js'
import { exitWhenWritten, fail } from './log.js'
import { run } from './main.js'

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
