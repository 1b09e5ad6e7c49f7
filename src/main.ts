// run(): the pipeline, nothing else — inputs → identity → secret → payload → deploy → report.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { createArmClient, type ArmClient } from './arm/client.js'
import { readEnvironment } from './arm/environments.js'
import { readDeploymentToken, readStaticSite, type StaticSiteInfo } from './arm/staticSite.js'
import { cancelOnSignals, throwIfCancelled } from './cancel.js'
import { checkDeploymentAuthPolicy } from './arm/authPolicy.js'
import {
  deploy,
  DeploymentTimedOut,
  describeApi,
  dryRun,
  validateDeploymentToken,
  type DeploymentTrace
} from './content/deploy.js'
import { staticSiteResourceId } from './diagnose.js'
import { uploadWithOfficialClient } from './engine/deploy.js'
import { installOfficialClient, type OfficialClient } from './engine/install.js'
import { acquireArmToken } from './entra/exchange.js'
import { ActionError, errorText } from './errors.js'
import { readGitHubContext } from './github/event.js'
import { logPresentedClaims, requestGitHubToken } from './github/oidc.js'
import { connectGitHub } from './github/rest.js'
import { runUrl } from './github/run.js'
import { closeTransport } from './http/transport.js'
import { readConfig, type Config } from './inputs/index.js'
import { fail, info } from './log.js'
import { HeadStart } from './payload/headStart.js'
import { checkSkuLimit, preparePayload, type Payload } from './payload/index.js'
import { closeEnvironment } from './previews/close.js'
import { commentOnPullRequest, previewDetails } from './previews/comment.js'
import { checkEnvironmentLimit, quotaNotes } from './previews/limits.js'
import { prunePreviews, PruneIncomplete } from './previews/prune.js'
import {
  announceSkip,
  closedSinceEvent,
  skipBeforeStart,
  skipOnLimitRejection,
  type Skip
} from './previews/skip.js'
import {
  setOutputs,
  supportLine,
  Timings,
  writeSummary,
  type ApiReport,
  type DeploymentReport,
  type FailureReport
} from './report.js'
import { redact } from './secrets.js'
import { PRODUCTION } from './environmentNames.js'
import { buildEventInfo, resolveTarget, type DeploymentTarget } from './target.js'

export async function run(): Promise<void> {
  const cancellation = cancelOnSignals()
  const timings = new Timings()
  const { signal } = cancellation
  // Each stage is timed, and named in the error when a signal arrives while it runs.
  const stage = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    cancellation.enter(phase)
    const result = await timings.measure(phase, work)
    throwIfCancelled(signal, phase)
    return result
  }
  // What is known so far: a failed run still reports it (outputs and job summary).
  const known: KnownSoFar = {}
  let payload: Payload | undefined
  let headStart: HeadStart | undefined
  let configRead: Config | undefined
  // The summary's heading names the action, even when its inputs are refused.
  const asked = core.getInput('action').trim().toLowerCase()
  if (asked === 'close' || asked === 'prune') known.action = asked
  try {
    // Everything that can be wrong with the inputs or the files is found before any network call.
    const config = readConfig(core.getInput, process.env)
    const context = readGitHubContext(process.env)
    const target = resolveTarget(config, context)
    configRead = config
    known.action = config.action
    // Prune looks at every environment, not at one.
    if (config.action !== 'prune') known.environment = target.environment
    known.resourceId = staticSiteResourceId(config)
    const nothingToDo = skipBeforeStart(config, context, target, process.env)
    if (nothingToDo) return await skipped(nothingToDo, known, timings)
    if (config.action === 'upload') {
      payload = await stage('Check payload', () => preparePayload(config))
      known.fileCount = payload.fileCount
      known.totalBytes = payload.totalBytes
      known.api = apiReportOf(payload)
      known.engine = config.engine.name
      // Packaging starts now, beside sign-in: the native engine's real upload only.
      if (config.engine.name === 'native' && !config.dryRun) headStart = new HeadStart(payload)
    }
    const github = connectGitHub(config, signal)
    if (config.action === 'upload' && github && target.isPullRequest) {
      const closed = await stage('Check pull request', () => closedSinceEvent(github, context))
      if (closed) return await skipped(closed, known, timings)
    }
    // Microsoft's client is fetched and verified before any token exists: a failure costs none.
    let officialClient: OfficialClient | undefined
    if (config.action === 'upload' && config.engine.name === 'official') {
      const { version } = config.engine
      officialClient = await stage('Install StaticSitesClient', () =>
        installOfficialClient(version, signal)
      )
      known.engine = `official: StaticSitesClient buildId ${officialClient.release.buildId}`
    }

    const identity = await stage('GitHub OIDC token', () =>
      requestGitHubToken(config.audience, process.env, signal)
    )
    logPresentedClaims(identity.claims)
    known.subject = identity.claims.sub
    const accessToken = await stage('Entra ID token', () =>
      acquireArmToken(config, identity, signal)
    )
    const arm = createArmClient(config, accessToken, { signal, runUrl: runUrl(process.env) })

    if (config.action === 'close') {
      const phase = config.dryRun ? 'Read environment (dry run)' : 'Delete environment'
      const outcome = await stage(phase, () =>
        closeEnvironment(arm, config, target.environment, signal)
      )
      return await report({ ...known, outcome, timings: timings.list() })
    }

    if (config.action === 'prune') {
      const pruned = await stage('Prune preview environments', () =>
        prunePreviews({
          arm,
          config,
          github,
          repository: context.repository,
          signal,
          onDeleted: (name) => (known.pruned = [...(known.pruned ?? []), name])
        })
      )
      return await report({
        ...known,
        outcome: config.dryRun ? 'dry-run' : 'pruned',
        pruned: pruned.deleted,
        tables: [pruned.table],
        timings: timings.list()
      })
    }

    const upload = payload! // set above: action is 'upload' here
    const site = await stage('Read Static Web App', () => readStaticSite(arm, config))
    // A GitHub-policy site's key is rejected by the content plane: refused before it is read.
    checkDeploymentAuthPolicy(site, { ...config, resourceId: known.resourceId })
    checkSkuLimit(upload, site.sku)
    // A new environment on a full plan would be refused at the end of its upload: stopped here.
    const limit = await stage('Check preview environments', () =>
      checkEnvironmentLimit(arm, config, site.sku, target)
    )
    if (limit.skip) return await skipped(limit.skip, known, timings)
    const deploymentToken = await stage('Read deployment token', () =>
      readDeploymentToken(arm, config)
    )
    const contentHost = contentHostOf(site)
    const trace: DeploymentTrace = {
      correlationId: randomUUID(),
      contentHost: hostOf(contentHost),
      unhealthyRegions: []
    }
    known.trace = trace
    known.deploymentId = trace.correlationId
    const contentPlane = {
      contentHost,
      deploymentToken,
      eventInfo: buildEventInfo(target, site),
      trace,
      signal,
      // The policy was just read and the token just listed: the bad-token text then means an incident.
      checkedSite: { deploymentAuthPolicy: site.deploymentAuthPolicy }
    }

    if (config.dryRun) {
      await stage('Validate deployment token (dry run)', () =>
        validateDeploymentToken(contentPlane)
      )
      const packaged = await stage('Package (dry run)', () => dryRun(upload))
      const withApi = upload.api ? `, and ${describeApi(upload.api)}` : ''
      info(
        `Dry run: the content plane accepts the deployment token; would upload ${upload.fileCount} files (${upload.totalBytes} bytes, ${packaged.zipBytes} zipped)${withApi} to '${target.environment}' of ${config.appName}. Nothing was uploaded.`
      )
      if (officialClient) {
        info(
          `Dry run: StaticSitesClient ${officialClient.release.buildId} is downloaded and its SHA-256 verified; it was not run.`
        )
      }
      return await report({
        ...known,
        outcome: 'dry-run',
        notes: quotaNotes(limit.quota),
        timings: timings.list()
      })
    }

    cancellation.enter('Deploy')
    // Microsoft's client makes its content-plane calls under a correlation id of its own.
    if (officialClient) known.deploymentId = undefined
    const uploadWith = officialClient
      ? uploadWithOfficialClient(officialClient, target, config.workspace)
      : deploy
    const result = await uploadWith({
      ...contentPlane,
      payload: upload,
      ...(headStart ? { headStart } : {}),
      fallbackHostname: () => fallbackHostname(arm, config, site, target),
      environmentStatus: async () =>
        (await readEnvironment(arm, config, armEnvironmentName(target)))?.status,
      timeoutSeconds: config.deploymentTimeoutSeconds
    })
    if (known.api) known.api.upload = result.apiUpload
    if (config.prComment) {
      const deployed = {
        ...upload,
        url: result.url,
        timings: [...timings.list(), ...result.timings]
      }
      await stage('Pull request comment', () =>
        commentOnPullRequest(
          github,
          context,
          previewDetails(config, target, context, deployed, process.env)
        )
      )
    }
    await report({
      ...known,
      outcome: 'deployed',
      url: result.url,
      timings: [...timings.list(), ...result.timings]
    })
  } catch (error) {
    // A quota overtaken between the count and the upload is still a skip when the inputs ask.
    const overtaken = configRead && skipOnLimitRejection(error, configRead, known.environment)
    // A prune that failed part-way still shows its verdicts.
    if (error instanceof PruneIncomplete) known.tables = [error.table]
    if (overtaken) await skipped(overtaken, known, timings)
    else await reportFailure(error, known, timings)
  } finally {
    headStart?.dispose()
    await payload?.close()
    cancellation.dispose()
    closeTransport()
  }
}

type KnownSoFar = Omit<DeploymentReport, 'outcome' | 'timings'> & { trace?: DeploymentTrace }

/** The error with what support asks for, the outputs known so far, and a job summary. */
async function reportFailure(error: unknown, known: KnownSoFar, timings: Timings): Promise<void> {
  const at = new Date()
  const support = known.trace === undefined ? '' : `\n${supportLine(known.trace, at)}`
  const message = redact(`${errorText(error)}${support}`)
  fail(message)
  const failure: FailureReport = {
    ...known,
    outcome: error instanceof DeploymentTimedOut ? 'timed-out' : 'failed',
    error: message,
    at,
    timings: timings.list()
  }
  setOutputs(failure)
  // The failure is already reported; a summary that cannot be written must not hide it.
  await writeSummary(failure).catch(() => undefined)
}

async function report(summary: DeploymentReport): Promise<void> {
  setOutputs(summary)
  await writeSummary(summary)
}

/** Exit 0 with outcome `skipped`: the annotation says why, the summary too. */
async function skipped(skip: Skip, known: KnownSoFar, timings: Timings): Promise<void> {
  announceSkip(skip)
  await report({
    ...known,
    outcome: 'skipped',
    notes: [['Why', skip.reason]],
    timings: timings.list()
  })
}

function contentHostOf(site: StaticSiteInfo): string {
  if (site.contentDistributionEndpoint) return site.contentDistributionEndpoint
  throw new ActionError("ARM did not report the site's content distribution endpoint.", {
    doc: 'arm-other',
    fix: 'Check the Static Web App finished provisioning (its Overview page shows a URL), then retry.'
  })
}

/** ARM calls production's build `default`. */
function armEnvironmentName(target: DeploymentTarget): string {
  return target.environment === PRODUCTION ? 'default' : target.environment
}

/** The API's figures for the summary, when the payload has one. */
function apiReportOf(payload: Payload): ApiReport | undefined {
  const api = payload.api
  if (api === undefined) return undefined
  return {
    fileCount: api.fileCount,
    totalBytes: api.totalBytes,
    archiveBytes: api.archive.bytes,
    language: api.language,
    languageVersion: api.languageVersion
  }
}

/** The host of the content plane's URL (its region), for support. */
function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** Where the site answers when the content plane's reply has no siteUrl (read after the deployment, so a new environment exists). */
async function fallbackHostname(
  arm: ArmClient,
  config: Config,
  site: StaticSiteInfo,
  target: DeploymentTarget
): Promise<string> {
  if (target.environment === PRODUCTION) return site.defaultHostname
  const environment = await readEnvironment(arm, config, target.environment).catch(() => undefined)
  return environment?.hostname ?? site.defaultHostname
}
