// engine: official. The keyless half is the action's own; then the deployment token goes to
// Microsoft's StaticSitesClient, which speaks the content plane itself. What goes in (the checked
// payload, the settled target) and what comes out (the URL, a failure with its cause and fix,
// timed-out when the end was not seen) are the same as with the native engine.
import * as core from '@actions/core'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { cancelledError, throwIfCancelled } from '../cancel.js'
import { judgeTimeout, type DeployOptions, type DeployTiming } from '../content/deploy.js'
import { findServerText, type CheckedSite } from '../content/serverTexts.js'
import { ActionError } from '../errors.js'
import { counted, endSentence, formatBytes, formatSeconds, printable } from '../format.js'
import { STEP_LIMITS } from '../http/limits.js'
import { knob } from '../knobs.js'
import { info } from '../log.js'
import { PRODUCTION } from '../environmentNames.js'
import type { DeploymentTarget } from '../target.js'
import { removeTempFolder } from '../tempFolder.js'
import { elapsedMs } from '../timing.js'
import { apiFolderFor, appFolderFor } from './appFolder.js'
import { clientEnvironment, discardedRunnerFiles } from './environment.js'
import { privateCopy, type OfficialClient } from './install.js'
import { ClientOutput, judgeClient, type ClientReport, type ClientVerdict } from './output.js'
import { runClient, type ClientEnd } from './process.js'

const STEP = 'StaticSitesClient'
/** What support can quote when the client, not the action, chose the correlation id. */
const CLIENT_CORRELATION = 'chosen by StaticSitesClient (not reported)'

export interface OfficialDeployResult {
  url: string
  timings: DeployTiming[]
  /** The client decides whether the API goes up (it skips an unchanged one); it does not say. */
  apiUpload: 'by-official-client' | undefined
}

/**
 * The client gets as long as the native engine could take: its upload steps' budgets (validate,
 * request, the blocks, the commit, the report), then deployment-timeout for the distribution.
 */
const UPLOAD_ALLOWANCE_MS =
  3 * STEP_LIMITS.content.budgetMs +
  STEP_LIMITS.blobBlock.budgetMs +
  STEP_LIMITS.blobCommit.budgetMs

function clientRunLimitMs(timeoutSeconds: number, contentHost: string): number {
  return Math.min(
    UPLOAD_ALLOWANCE_MS + timeoutSeconds * 1000,
    knob('clientRunLimitMs', contentHost)
  )
}

/**
 * The native engine's deploy(), done by `client`: the same options in (payload, token, content
 * host, trace, deployment-timeout, the ARM fallbacks), the same result out.
 */
export function uploadWithOfficialClient(
  client: OfficialClient,
  target: DeploymentTarget,
  workspace: string,
  env: NodeJS.ProcessEnv = process.env
): (options: DeployOptions) => Promise<OfficialDeployResult> {
  return (options) => runOfficialClient({ ...options, client, target, workspace, env })
}

interface OfficialRun extends DeployOptions {
  client: OfficialClient
  target: DeploymentTarget
  /** Absolute GITHUB_WORKSPACE. */
  workspace: string
  env: NodeJS.ProcessEnv
}

async function runOfficialClient(options: OfficialRun): Promise<OfficialDeployResult> {
  const { client, payload, target, signal, env, trace } = options
  const { buildId } = client.release
  // The client picks a correlation id of its own; support is told so.
  trace.correlationId = CLIENT_CORRELATION
  const workFolder = await mkdtemp(
    path.join(env.RUNNER_TEMP?.trim() || os.tmpdir(), 'swa-client-run-')
  )
  let app: Awaited<ReturnType<typeof appFolderFor>> | undefined
  let api: Awaited<ReturnType<typeof apiFolderFor>> | undefined
  try {
    // Before the payload is written out: a shared tool cache may change meanwhile, this copy not.
    const program = await privateCopy(client, workFolder)
    throwIfCancelled(signal, `the upload by ${STEP}`)
    app = await appFolderFor(payload, env)
    api = payload.api && (await apiFolderFor(payload.api, env))
    const runnerFiles = await discardedRunnerFiles(workFolder)
    const output = new ClientOutput()
    const limitMs = clientRunLimitMs(options.timeoutSeconds, options.contentHost)
    info(
      `Deployment by ${STEP} ${buildId}: ${counted(payload.fileCount, 'file')}, ${formatBytes(payload.totalBytes)} to ${target.environment === PRODUCTION ? 'production' : `environment '${target.environment}'`}.`
    )
    const started = performance.now()
    const end = await runClient({
      path: program,
      env: clientEnvironment(
        {
          runnerFiles,
          deploymentToken: options.deploymentToken,
          appLocation: app.location,
          configFileLocation: app.configFileLocation,
          environment: target.environment === PRODUCTION ? undefined : target.environment,
          repositoryBase: options.workspace,
          verbose: core.isDebug(),
          api: payload.api &&
            api && {
              location: api.location,
              language: payload.api.language,
              languageVersion: payload.api.languageVersion
            }
        },
        env
      ),
      cwd: workFolder,
      signal,
      limitMs,
      output
    })
    const timings = [{ phase: `${STEP} ${buildId}`, ms: elapsedMs(started) }]
    if (output.report.lastStatus) trace.lastStatus = printable(output.report.lastStatus, 64)
    const url = await outcome(end, output.report, { ...options, limitMs })
    info(`Deployment succeeded: ${url}`)
    return { url, timings, apiUpload: payload.api && 'by-official-client' }
  } finally {
    await removeTempFolder(workFolder)
    await app?.dispose()
    await api?.dispose()
  }
}

/**
 * The site's URL when the client succeeded; otherwise the error its end means. Judged by what it
 * printed as well as its exit code: it has exited 0 after failing (PROTOCOLS.md §6).
 */
async function outcome(
  end: ClientEnd,
  report: ClientReport,
  options: OfficialRun & { limitMs: number }
): Promise<string> {
  const { buildId } = options.client.release
  if (end.kind === 'cancelled') throw cancelledError(options.signal, `the upload by ${STEP}`)
  if (end.kind === 'timed-out') {
    throw await judgeTimeout(
      options,
      `${STEP} ${buildId} did not finish within ${formatSeconds(options.limitMs)} (the upload's allowance and deployment-timeout) and was stopped; last status ${options.trace.lastStatus ?? 'none seen'}`,
      STEP
    )
  }
  const verdict = judgeClient(end.code, report)
  if (verdict.kind === 'succeeded') return await siteUrl(report, options.fallbackHostname)
  if (verdict.kind === 'gave-up') {
    throw await judgeTimeout(
      options,
      `${STEP} ${buildId} gave up waiting for the deployment ("Upload Timed Out. Unsure if deployment was successful or not."); last status ${options.trace.lastStatus ?? 'none seen'}`,
      STEP
    )
  }
  throw clientFailed(end, verdict, buildId, options.checkedSite)
}

function clientFailed(
  end: Extract<ClientEnd, { kind: 'exited' }>,
  verdict: Extract<ClientVerdict, { kind: 'failed' }>,
  buildId: string,
  checkedSite: CheckedSite | undefined
): ActionError {
  const how = end.code !== null ? `exited with code ${end.code}` : `was ended by ${end.signalName}`
  const said = verdict.said
  const message = endSentence(
    `${STEP} ${buildId} ${how}${said ? `: ${printable(said, 1000)}` : ' without printing anything'}`
  )
  // The server's own text inside the client's words gets the service's cause and fix.
  const known =
    verdict.serverText === undefined ? undefined : findServerText(verdict.serverText, checkedSite)
  if (known !== undefined) {
    return new ActionError(`${message} Cause: ${known.cause}.`, {
      step: STEP,
      doc: known.doc,
      fix: known.fix
    })
  }
  const cause = verdict.cause === undefined ? '' : ` Cause: ${verdict.cause}.`
  return new ActionError(`${message}${cause}`, {
    step: STEP,
    doc: 'official-client-failed',
    fix: verdict.fix
  })
}

/** The client's "Visit your site at:" URL when it is https, else where the site answers. */
async function siteUrl(report: ClientReport, fallback: () => Promise<string>): Promise<string> {
  if (report.siteUrl !== undefined) {
    try {
      if (new URL(report.siteUrl).protocol === 'https:') return report.siteUrl
    } catch {
      // Not a URL: fall back, as for an empty siteUrl.
    }
  }
  info(`${STEP} printed no https site URL; using the environment's hostname from ARM.`)
  const hostname = await fallback()
  return /^https:\/\//i.test(hostname) ? hostname : `https://${hostname}`
}
