// What StaticSitesClient prints, read as it comes: every line relayed to the log (colour codes
// dropped, then through the redacting filter, never as a workflow command), and the few lines
// that carry a result picked out. The client documents none of its output: the wording below is
// what public run logs show it printing (PROTOCOLS.md §6). Its exit code is not a verdict (it has
// exited 0 after failing), so success needs its success line and no failure line.
import { printable } from '../format.js'
import { relayed } from '../log.js'

export interface ClientReport {
  /** "Visit your site at: <url>" was printed: the client's success line. */
  successLine: boolean
  /** From "Visit your site at: <url>" (undefined when the line has no URL). */
  siteUrl?: string | undefined
  /** From "Status: <status>. Time: …", the last one seen. */
  lastStatus?: string | undefined
  /** From "Deployment Failure Reason: <text>". */
  failureReason?: string | undefined
  /** "Deployment Failed" was printed (the client's own failure line). */
  deploymentFailed: boolean
  /** From "The content server has rejected the request with: <status>" (#1770, #1782). */
  rejectedWith?: string | undefined
  /** From the "Reason: <server text>" line that follows a rejection. */
  rejectionReason?: string | undefined
  /** "We are currently experiencing problems communicating with our content server…" (#1738). */
  contentServerUnreachable: boolean
  /** From "Option '<name>' is unknown." after "ERROR(S):" (cli#998): it refused its settings. */
  unknownOption?: string | undefined
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
    pattern: /Visit your site at:\s*(\S*)/,
    read: ([, url], report) => {
      report.successLine = true
      report.siteUrl = url || undefined
    }
  },
  {
    pattern: /^\s*Status:\s*([A-Za-z]+)\./,
    read: ([, status], report) => (report.lastStatus = status)
  },
  {
    pattern: /Deployment Failure Reason:\s*(.*\S)/,
    read: ([, reason], report) => (report.failureReason = reason)
  },
  { pattern: /Deployment Failed/i, read: (_match, report) => (report.deploymentFailed = true) },
  {
    pattern: /content server has rejected the request with:\s*(\S+)/i,
    read: ([, status], report) => (report.rejectedWith = status)
  },
  {
    pattern: /^\s*Reason:\s*(.*\S)/,
    read: ([, reason], report) => {
      if (report.rejectedWith !== undefined) report.rejectionReason ??= reason
    }
  },
  {
    pattern: /problems communicating with our content server/i,
    read: (_match, report) => (report.contentServerUnreachable = true)
  },
  {
    pattern: /Option '([^']*)' is unknown/i,
    read: ([, option], report) => (report.unknownOption = option)
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
  readonly report: ClientReport = {
    successLine: false,
    deploymentFailed: false,
    contentServerUnreachable: false,
    timedOut: false,
    lastLines: []
  }
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

/** What the client's end means, judged by what it printed as well as its exit code. */
export type ClientVerdict =
  | { kind: 'succeeded' }
  /** "Upload Timed Out": it stopped watching; the deployment may still go live. */
  | { kind: 'gave-up' }
  | {
      kind: 'failed'
      /** What it said, in its words (printable), or undefined when it said nothing that counts. */
      said: string | undefined
      /** The server's own text inside what it said, to be matched against the service's texts. */
      serverText: string | undefined
      /** The client text's cause (undefined for a bare non-zero exit) and fix, when the server text is not a known one. */
      cause: string | undefined
      fix: string
    }

const READ_LINES =
  "Read the client's lines above. If engine: native fails the same way, the cause is in the site or on the service's side, not in either client."

/** StaticSitesClient's own texts (PROTOCOLS.md §6), first match wins; exit code 0 included. */
const CLIENT_TEXTS: readonly {
  applies: (report: ClientReport) => boolean
  verdict: (report: ClientReport) => Omit<Extract<ClientVerdict, { kind: 'failed' }>, 'kind'>
}[] = [
  {
    applies: (report) => report.rejectedWith !== undefined,
    verdict: (report) => ({
      said: `The content server has rejected the request with: ${report.rejectedWith ?? ''}${report.rejectionReason ? `. Reason: ${report.rejectionReason}` : ''}`,
      serverText: report.rejectionReason,
      cause: `the content server refused the deployment (${report.rejectedWith ?? 'no status'}) with a reason this action does not know`,
      fix: READ_LINES
    })
  },
  {
    applies: (report) => report.failureReason !== undefined,
    verdict: (report) => ({
      said: `Deployment Failure Reason: ${report.failureReason ?? ''}`,
      serverText: report.failureReason,
      cause: 'the client reported the deployment as failed',
      fix: READ_LINES
    })
  },
  {
    applies: (report) => report.contentServerUnreachable,
    verdict: () => ({
      said: 'We are currently experiencing problems communicating with our content server.',
      serverText: undefined,
      cause:
        'StaticSitesClient could not reach the content server for about a minute; in 2026 this came with service incidents (Azure/static-web-apps#1738, #1772–#1781)',
      fix: 'Check Azure status (https://azure.status.microsoft/en-us/status) and re-run the job later; engine: native talks to the same content server and names the call and the status that failed.'
    })
  },
  {
    applies: (report) =>
      report.deploymentFailed || /^(Failed|Canceled)$/i.test(report.lastStatus ?? ''),
    verdict: (report) => ({
      said: `Deployment Failed (last status ${report.lastStatus ?? 'none printed'})`,
      serverText: undefined,
      cause: 'the client reported the deployment as failed without a reason',
      fix: READ_LINES
    })
  },
  {
    applies: (report) => report.unknownOption !== undefined,
    verdict: (report) => ({
      said: `Option '${report.unknownOption ?? ''}' is unknown.`,
      serverText: undefined,
      cause:
        'this build of StaticSitesClient refused a setting it was given and deployed nothing (static-web-apps-cli#998)',
      fix: 'Pin engine-version to another buildId (backup, or one the manifest lists), or use engine: native.'
    })
  }
]

/** The verdict on a client that exited with `code`: success needs code 0, its success line and no failure line. */
export function judgeClient(code: number | null, report: ClientReport): ClientVerdict {
  if (report.timedOut) return { kind: 'gave-up' }
  const text = CLIENT_TEXTS.find((row) => row.applies(report))
  if (text !== undefined) return { kind: 'failed', ...text.verdict(report) }
  if (code !== 0) {
    return {
      kind: 'failed',
      said: report.lastLines.at(-1),
      serverText: report.lastLines.join('\n'),
      cause: undefined,
      fix: READ_LINES
    }
  }
  if (!report.successLine) {
    return {
      kind: 'failed',
      said: report.lastLines.at(-1),
      serverText: undefined,
      cause:
        'StaticSitesClient exited 0 without its success line ("Visit your site at: <url>"), so nothing says it deployed; it has exited 0 after failing before (Azure/static-web-apps#1246, #1062; static-web-apps-cli#998)',
      fix: `${READ_LINES} Re-run the job; if it ends the same way, pin engine-version to another buildId or use engine: native.`
    }
  }
  return { kind: 'succeeded' }
}
