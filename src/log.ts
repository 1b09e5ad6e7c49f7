// Every line the action writes to the runner's log goes through here, and every line through the
// printable filter: no secret, cut or whole, and no newline or escape sequence from a server or a
// file name reaches the log raw. A log line is one line; several lines are several calls.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { errorText } from './errors.js'
import { printable } from './format.js'
import { redact } from './secrets.js'

/** Longest line written; anything longer is cut (after redaction). */
const LINE_LIMIT = 2000

export function info(line: string): void {
  core.info(printable(line, LINE_LIMIT))
}

export function warning(line: string): void {
  core.warning(printable(line, LINE_LIMIT))
}

/** An annotation that is news, not trouble (a run that had nothing to do). */
export function notice(line: string): void {
  core.notice(printable(line, LINE_LIMIT))
}

export function debug(line: string, limit = LINE_LIMIT): void {
  core.debug(printable(line, limit))
}

/**
 * A line another program printed (StaticSitesClient). The runner reads `::name::` at a line's
 * start and `##[name]` anywhere as a workflow command (add-mask, set-output…); such a line is
 * shown between stop-commands markers, whose token it cannot know, so it is only ever text.
 */
export function relayed(line: string): void {
  const shown = printable(line, LINE_LIMIT)
  if (!/^\s*::|##\[/.test(shown)) return core.info(shown)
  const token = randomUUID()
  core.info(`::stop-commands::${token}`)
  core.info(shown)
  core.info(`::${token}::`)
}

/** Lines under a collapsible heading. */
export function group(title: string, lines: readonly string[]): void {
  core.startGroup(printable(title, LINE_LIMIT))
  try {
    for (const line of lines) info(line)
  } finally {
    core.endGroup()
  }
}

/**
 * Ends the step as failed with the error's message, fix and link, never a stack trace. The text
 * keeps its own line breaks (the `::error::` command encodes them); each line is filtered.
 */
export function fail(error: unknown): void {
  const text = redact(errorText(error))
  core.setFailed(
    text
      .split(/\r?\n/)
      .map((line) => printable(line, LINE_LIMIT))
      .join('\n')
  )
}

/**
 * Ends the process with `code` once everything logged is written: stdout to a pipe is written
 * asynchronously on macOS (POSIX), and an immediate process.exit could drop the last line.
 */
export function exitWhenWritten(code: number): void {
  process.exitCode = code
  process.stdout.write('', () => process.exit(code))
}
