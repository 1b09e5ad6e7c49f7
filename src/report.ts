// Outputs and the job summary: what was deployed, where, by which identity, and how long each
// phase took. Nothing here ever sees a token.
import * as core from '@actions/core'
import { formatBytes } from './format.js'

export type Outcome = 'deployed' | 'dry-run' | 'closed' | 'already-closed'

export interface PhaseTiming {
  phase: string
  ms: number
}

/** Times the pipeline's phases for the summary. */
export class Timings {
  private readonly phases: PhaseTiming[] = []

  async measure<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      return await work()
    } finally {
      this.phases.push({ phase, ms: Math.round(performance.now() - started) })
    }
  }

  list(): readonly PhaseTiming[] {
    return this.phases
  }
}

export interface DeploymentReport {
  outcome: Outcome
  /** The `sub` claim presented to Entra ID. */
  subject: string
  /** ARM id of the Static Web App. */
  resourceId: string
  environment: string
  url?: string | undefined
  deploymentId?: string | undefined
  fileCount?: number | undefined
  totalBytes?: number | undefined
  timings: readonly PhaseTiming[]
}

export function setOutputs(report: DeploymentReport): void {
  core.setOutput('environment', report.environment)
  if (report.url !== undefined) {
    core.setOutput('url', report.url)
    core.setOutput('static_web_app_url', report.url)
  }
  if (report.deploymentId !== undefined) core.setOutput('deployment-id', report.deploymentId)
  if (report.fileCount !== undefined) core.setOutput('file-count', String(report.fileCount))
  if (report.totalBytes !== undefined) core.setOutput('total-bytes', String(report.totalBytes))
}

const HEADINGS: Record<Outcome, string> = {
  deployed: 'Deployed to Azure Static Web Apps',
  'dry-run': 'Dry run: nothing was uploaded',
  closed: 'Preview environment closed',
  'already-closed': 'Preview environment was already gone'
}

export async function writeSummary(report: DeploymentReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const rows: [string, string][] = [
    ['Identity presented (sub)', code(report.subject)],
    ['Static Web App', code(report.resourceId)],
    ['Environment', report.environment]
  ]
  if (report.fileCount !== undefined) rows.push(['Files', report.fileCount.toLocaleString('en-US')])
  if (report.totalBytes !== undefined)
    rows.push([
      'Bytes (uncompressed)',
      `${formatBytes(report.totalBytes)} (${report.totalBytes.toLocaleString('en-US')} bytes)`
    ])
  if (report.deploymentId !== undefined) rows.push(['Deployment id', code(report.deploymentId)])
  if (report.url !== undefined)
    rows.push(['URL', `<a href="${escapeHtml(report.url)}">${escapeHtml(report.url)}</a>`])
  const total = report.timings.reduce((sum, timing) => sum + timing.ms, 0)

  await core.summary
    .addHeading(HEADINGS[report.outcome], 2)
    .addTable([
      [
        { data: 'What', header: true },
        { data: 'Value', header: true }
      ],
      ...rows
    ])
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
