// What StaticSitesClient prints, read as it comes: every line relayed to the log (colour codes
// dropped, then through the redacting filter, never as a workflow command), and the few lines
// that carry a result picked out. The client documents none of its output: the wording below is
// what Microsoft's docs and public run logs show it printing (inferred).
import { printable } from '../format.js'
import { relayed } from '../log.js'

export interface ClientReport {
  /** From "Visit your site at: <url>". */
  siteUrl?: string | undefined
  /** From "Status: <status>. Time: …", the last one seen. */
  lastStatus?: string | undefined
  /** From "Deployment Failure Reason: <text>". */
  failureReason?: string | undefined
  /** "Upload Timed Out. Unsure if deployment was successful or not." (#942, #1754). */
  timedOut: boolean
  /** The last lines, as shown (redacted), for the error message. */
  lastLines: string[]
}

/** Lines that tell something, and what. */
const CLIENT_LINES: readonly {
  pattern: RegExp
  read: (match: RegExpExecArray, report: ClientReport) => void
}[] = [
  {
    pattern: /Visit your site at:\s*(\S+)/,
    read: ([, url], report) => (report.siteUrl = url)
  },
  {
    pattern: /^\s*Status:\s*([A-Za-z]+)\./,
    read: ([, status], report) => (report.lastStatus = status)
  },
  {
    pattern: /Deployment Failure Reason:\s*(.*\S)/,
    read: ([, reason], report) => (report.failureReason = reason)
  },
  { pattern: /Upload Timed Out/i, read: (_match, report) => (report.timedOut = true) }
]

// Colour only (the client prints errors in red); any other control character stays escaped.
// eslint-disable-next-line no-control-regex -- ESC is exactly what is matched
const SGR = /\u001b\[[0-9;]*m/g
/** Kept of a line without a newline; the log shows at most 2,000 characters of it anyway. */
const MAX_LINE_CHARS = 64 * 1024
const LAST_LINES = 10

type Stream = 'stdout' | 'stderr'

export class ClientOutput {
  readonly report: ClientReport = { timedOut: false, lastLines: [] }
  private readonly partial: Record<Stream, { text: string; cut: boolean }> = {
    stdout: { text: '', cut: false },
    stderr: { text: '', cut: false }
  }

  constructor(private readonly show: (line: string) => void = relayed) {}

  /** A chunk of one of the client's streams, already decoded. */
  push(stream: Stream, chunk: string): void {
    const pending = this.partial[stream]
    const lines = (pending.text + chunk).split(/\r\n|\n|\r/)
    pending.text = lines.pop() ?? ''
    for (const line of lines) {
      this.line(pending.cut ? '' : line)
      pending.cut = false
    }
    // A line with no end in sight: what is kept is far more than is shown, so no cut secret shows.
    if (pending.text.length > MAX_LINE_CHARS) {
      if (!pending.cut) this.line(pending.text.slice(0, MAX_LINE_CHARS))
      pending.text = ''
      pending.cut = true
    }
  }

  /** The streams closed: a last line without a newline is still a line. */
  end(): void {
    for (const pending of Object.values(this.partial)) {
      if (pending.text !== '' && !pending.cut) this.line(pending.text)
      pending.text = ''
    }
  }

  private line(raw: string): void {
    const line = raw.replace(SGR, '')
    if (line.trim() === '') return
    this.show(line)
    for (const { pattern, read } of CLIENT_LINES) {
      const match = pattern.exec(line)
      if (match) read(match, this.report)
    }
    this.report.lastLines.push(printable(line, 500))
    if (this.report.lastLines.length > LAST_LINES) this.report.lastLines.shift()
  }
}
