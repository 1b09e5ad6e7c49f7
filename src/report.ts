// Outputs and the job summary: what was deployed, where, by which identity, and how long each
// phase took; on failure, what is known so far and what support asks for. Nothing here ever sees
// a token.
import * as core from '@actions/core'
import type { DeploymentTrace } from './content/deploy.js'
import { counted, formatBytes, formatCount } from './format.js'
import type { ActionKind } from './inputs/index.js'
import type { PhaseTiming } from './timing.js'

type Outcome =
  | 'deployed'
  | 'dry-run'
  | 'closed'
  | 'already-closed'
  | 'pruned'
  | 'skipped'
  | 'timed-out'
  | 'failed'

/** A table of its own in the job summary (the preview environments a prune looked at). */
export interface SummaryTable {
  title: string
  columns: readonly string[]
  /** Plain text; escaped when written. */
  rows: readonly (readonly string[])[]
}

export { Timings, type PhaseTiming } from './timing.js'

export interface DeploymentReport {
  outcome: Outcome
  /** What the run was asked to do (the summary's heading fits it); upload when unknown. */
  action?: ActionKind | undefined
  /** Who signed in (`subjectKind` says what it is); unknown when the run failed before the token. */
  subject?: string | undefined
  /** 'sub': the GitHub token's claim presented to Entra ID; 'managed identity': the machine's. */
  subjectKind?: 'sub' | 'managed identity' | undefined
  /** ARM id of the Static Web App. */
  resourceId?: string | undefined
  /** Unknown only when the inputs could not be read. */
  environment?: string | undefined
  url?: string | undefined
  deploymentId?: string | undefined
  fileCount?: number | undefined
  totalBytes?: number | undefined
  /** The managed Functions API beside the site, when there is one. */
  api?: ApiReport | undefined
  /** With action prune: the environments deleted (the `pruned` output). */
  pruned?: readonly string[] | undefined
  /** More rows of the summary's main table, plain text (e.g. why a run was skipped). */
  notes?: readonly (readonly [string, string])[] | undefined
  tables?: readonly SummaryTable[] | undefined
  /** Who uploads: `native`, or `official` with the StaticSitesClient buildId. */
  engine?: string | undefined
  timings: readonly PhaseTiming[]
}

/** The API's figures: in the job summary and the log only (ACTION.md declares no API outputs). */
export interface ApiReport {
  fileCount: number
  /** Uncompressed bytes of its files. */
  totalBytes: number
  /** Bytes of api.zip, as UploadInfo.ApiSizeInBytes declares them. */
  archiveBytes: number
  language: string
  languageVersion: string
  /** Once the upload is past: sent, or kept as deployed because its MD5 had not changed. */
  upload?: 'uploaded' | 'unchanged' | 'by-official-client' | undefined
}

const API_UPLOAD: Record<NonNullable<ApiReport['upload']>, string> = {
  uploaded: 'uploaded',
  unchanged: 'not uploaded: the same MD5 as the API deployed last, which stays deployed',
  'by-official-client':
    'handed to StaticSitesClient (API_LOCATION), which uploads it unless it is unchanged'
}

/** A run that failed (or timed out): the error shown, and what support asks for. */
export interface FailureReport extends DeploymentReport {
  outcome: 'failed' | 'timed-out'
  /** The error as printed, already redacted. */
  error: string
  trace?: DeploymentTrace | undefined
  /** When it ended, UTC. */
  at: Date
}

/**
 * Outcomes whose `file-count` and `total-bytes` are true: what was uploaded (timed out: uploaded,
 * its status unknown), or with a dry run what would be. A run that failed uploaded its files only
 * when it failed after the upload was committed (distribution failed); a skipped run, none. The
 * summary still shows the payload's figures.
 */
const COUNTS_UPLOAD: Record<Outcome, boolean | 'once committed'> = {
  deployed: true,
  'dry-run': true,
  'timed-out': true,
  closed: false,
  'already-closed': false,
  pruned: false,
  skipped: false,
  failed: 'once committed'
}

function uploadedFiles(report: DeploymentReport): boolean {
  const counts = COUNTS_UPLOAD[report.outcome]
  return counts === 'once committed'
    ? (report as Partial<FailureReport>).trace?.committed === true
    : counts
}

export function setOutputs(report: DeploymentReport): void {
  core.setOutput('outcome', report.outcome)
  if (report.environment !== undefined) core.setOutput('environment', report.environment)
  if (report.url !== undefined) {
    core.setOutput('url', report.url)
    core.setOutput('static_web_app_url', report.url)
  }
  if (report.deploymentId !== undefined) core.setOutput('deployment-id', report.deploymentId)
  if (uploadedFiles(report)) {
    if (report.fileCount !== undefined) core.setOutput('file-count', String(report.fileCount))
    if (report.totalBytes !== undefined) core.setOutput('total-bytes', String(report.totalBytes))
  }
  if (report.pruned !== undefined) core.setOutput('pruned', report.pruned.join(','))
}

const HEADINGS: Record<Outcome, string> = {
  deployed: 'Deployed to Azure Static Web Apps',
  'dry-run': 'Dry run: nothing was uploaded',
  closed: 'Preview environment closed',
  'already-closed': 'Preview environment was already gone',
  pruned: 'Preview environments pruned',
  skipped: 'Skipped: nothing was deployed',
  'timed-out': 'Deployment timed out: the site may still go live',
  failed: 'Deployment failed'
}

/** Where close and prune differ from an upload's heading. */
const ACTION_HEADINGS: Record<Exclude<ActionKind, 'upload'>, Partial<Record<Outcome, string>>> = {
  close: {
    'dry-run': 'Dry run: no preview environment was deleted',
    'timed-out': 'Closing timed out: ARM may still delete the environment',
    failed: 'Closing the preview environment failed'
  },
  prune: {
    'dry-run': 'Dry run: no preview environment was deleted',
    'timed-out': 'Pruning timed out: ARM may still delete the environment',
    failed: 'Pruning preview environments failed'
  }
}

function headingOf(report: DeploymentReport): string {
  const action = report.action ?? 'upload'
  return (
    (action === 'upload' ? undefined : ACTION_HEADINGS[action][report.outcome]) ??
    HEADINGS[report.outcome]
  )
}

/** The support details as one line, for the end of the error message. */
export function supportLine(trace: DeploymentTrace | undefined, at: Date): string {
  const details = [`UTC time ${at.toISOString()}`]
  if (trace !== undefined) {
    details.unshift(
      `correlation id ${trace.correlationId}`,
      `content host ${trace.contentHost}`,
      `last status ${trace.lastStatus ?? 'none seen'}`,
      `unhealthy regions ${trace.unhealthyRegions.join(', ') || 'none reported'}`
    )
  }
  return `For support: ${details.join('; ')}.`
}

export async function writeSummary(report: DeploymentReport | FailureReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const rows: [string, string][] = []
  if (report.subject !== undefined)
    rows.push([`Identity presented (${report.subjectKind ?? 'sub'})`, code(report.subject)])
  if (report.resourceId !== undefined) rows.push(['Static Web App', code(report.resourceId)])
  if (report.environment !== undefined) rows.push(['Environment', escapeHtml(report.environment)])
  if (report.fileCount !== undefined) rows.push(['Files', formatCount(report.fileCount)])
  if (report.totalBytes !== undefined)
    rows.push([
      'Bytes (uncompressed)',
      `${formatBytes(report.totalBytes)} (${counted(report.totalBytes, 'byte')})`
    ])
  if (report.api !== undefined) rows.push(...apiRows(report.api))
  if (report.engine !== undefined) rows.push(['Upload engine', escapeHtml(report.engine)])
  if (report.deploymentId !== undefined)
    rows.push(['Deployment id (correlation id)', code(report.deploymentId)])
  if (report.url !== undefined)
    rows.push(['URL', `<a href="${escapeHtml(report.url)}">${escapeHtml(report.url)}</a>`])
  if (report.pruned !== undefined)
    rows.push(['Pruned', escapeHtml(report.pruned.join(', ') || 'none')])
  for (const [what, value] of report.notes ?? []) rows.push([escapeHtml(what), escapeHtml(value)])
  if ('error' in report) rows.push(...supportRows(report))
  const total = report.timings.reduce((sum, timing) => sum + timing.ms, 0)

  const summary = core.summary.addHeading(headingOf(report), 2).addTable([
    [
      { data: 'What', header: true },
      { data: 'Value', header: true }
    ],
    ...rows
  ])
  for (const table of report.tables ?? []) {
    summary
      .addHeading(escapeHtml(table.title), 3)
      .addTable([
        table.columns.map((column) => ({ data: escapeHtml(column), header: true })),
        ...table.rows.map((row) => row.map((cell) => escapeHtml(cell)))
      ])
  }
  await summary
    .addHeading('Timings', 3)
    .addTable([
      [
        { data: 'Phase', header: true },
        { data: 'Seconds', header: true }
      ],
      ...report.timings.map((timing) => [timing.phase, seconds(timing.ms)]),
      ['Total', seconds(total)]
    ])
    .write()
}

function apiRows(api: ApiReport): [string, string][] {
  const rows: [string, string][] = [
    ['API files', formatCount(api.fileCount)],
    [
      'API bytes (uncompressed)',
      `${formatBytes(api.totalBytes)} (${counted(api.totalBytes, 'byte')})`
    ],
    [
      'API archive (api.zip)',
      `${formatBytes(api.archiveBytes)} (${counted(api.archiveBytes, 'byte')})`
    ],
    ['API language', escapeHtml(`${api.language} ${api.languageVersion}`)]
  ]
  if (api.upload !== undefined) rows.push(['API upload', API_UPLOAD[api.upload]])
  return rows
}

function supportRows(report: FailureReport): [string, string][] {
  const rows: [string, string][] = [['Outcome', code(report.outcome)]]
  const trace = report.trace
  if (trace !== undefined) {
    rows.push(
      ['Content host (region)', code(trace.contentHost)],
      ['Last status', escapeHtml(trace.lastStatus ?? 'none seen')],
      ['Unhealthy regions', escapeHtml(trace.unhealthyRegions.join(', ') || 'none reported')]
    )
  }
  rows.push(
    ['Time (UTC)', code(report.at.toISOString())],
    ['Error', `<pre>${escapeHtml(report.error)}</pre>`]
  )
  return rows
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2)
}

// The summary's tables are HTML: values from remote services or inputs are escaped.
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`
}
