// Entry point of the setup command's bundle (`node dist/setup.js …`, `npx github:org/keyless-swa-deploy setup …`).
// Whatever escapes (a bug, a library's stray rejection) ends as one redacted line and exit 1,
// never as a stack dump that could carry a token.
import { redact } from './secrets.js'
import { main } from './setup/cli.js'

function failUnexpectedly(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`setup stopped on an unexpected error: ${redact(message)}\n`)
  process.exitCode = 1
}

process.on('uncaughtException', failUnexpectedly)
process.on('unhandledRejection', failUnexpectedly)

const code = await main(process.argv.slice(2)).catch((error: unknown) => {
  failUnexpectedly(error)
  return 1
})
// stdout to a pipe is written asynchronously on macOS: exit once it is flushed.
process.stdout.write('', () => process.exit(code))
