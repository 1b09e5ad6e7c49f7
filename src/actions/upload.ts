// The upload action: check the payload, sign in, read the site and its deployment token, then
// upload with the native engine or Microsoft's StaticSitesClient (or, in a dry run, only check).
import { randomUUID } from 'node:crypto'
import type { ArmClient } from '../arm/client.js'
import type { readEnvironment } from '../arm/environments.js'
import { checkDeploymentAuthPolicy } from '../arm/authPolicy.js'
import type { StaticSiteInfo } from '../arm/staticSite.js'
import {
  deploy,
  describeApi,
  dryRun,
  validateDeploymentToken,
  type DeploymentTrace
} from '../content/deploy.js'
import type { OfficialClient } from '../engine/install.js'
import { staticSiteResourceId } from '../diagnose.js'
import { PRODUCTION } from '../environmentNames.js'
import { ActionError } from '../errors.js'
import { connectGitHub } from '../github/rest.js'
import type { SiteConfig } from '../inputs/index.js'
import { info } from '../log.js'
import { HeadStart } from '../payload/headStart.js'
import { checkSkuLimit, preparePayload, type Payload } from '../payload/index.js'
import { commentOnPullRequest, previewDetails } from '../previews/comment.js'
import { closedSinceEvent } from '../previews/skip.js'
import type { ApiReport } from '../report.js'
import { buildEventInfo, type DeploymentTarget } from '../target.js'
import { signInFor, type ActionRequest, type Ending, type Run } from './run.js'
import { counted, formatCount } from '../format.js'

export async function upload(request: ActionRequest, run: Run): Promise<Ending> {
  const { context, target, env } = request
  const inputs = request.config
  const { signal, known, stage, timings } = run
  const payload = await stage('Check payload', () => preparePayload(inputs))
  run.onFinish(() => payload.close())
  known.fileCount = payload.fileCount
  known.totalBytes = payload.totalBytes
  known.api = apiReportOf(payload)
  known.engine = inputs.engine.name
  // Packaging starts now, beside sign-in: the native engine's real upload only.
  let headStart: HeadStart | undefined
  if (inputs.engine.name === 'native' && !inputs.dryRun) {
    const started = new HeadStart(payload)
    run.onFinish(() => started.dispose())
    headStart = started
  }
  const github = connectGitHub(inputs, signal)
  if (github && target.isPullRequest) {
    const closed = await stage('Check pull request', () => closedSinceEvent(github, context))
    if (closed) return { skip: closed }
  }
  // Microsoft's client is fetched and verified before any token exists: a failure costs none.
  let officialClient: OfficialClient | undefined
  if (inputs.engine.name === 'official') {
    const { version } = inputs.engine
    // Microsoft's client, its download and its process: loaded only for the engine that runs it.
    const { installOfficialClient } = await import('../engine/install.js')
    officialClient = await stage('Install StaticSitesClient', () =>
      installOfficialClient(version, signal)
    )
    known.engine = `official: StaticSitesClient buildId ${officialClient.release.buildId}`
  }

  const { arm, config } = await signInFor(request, run)
  const {
    readStaticSite,
    readDeploymentToken,
    readEnvironment,
    checkEnvironmentLimit,
    quotaNotes
  } = await loadSiteSteps()

  const site = await stage('Read Static Web App', () => readStaticSite(arm, config))
  // A GitHub-policy site's key is rejected by the content plane: refused before it is read.
  checkDeploymentAuthPolicy(site, { ...config, resourceId: staticSiteResourceId(config) })
  checkSkuLimit(payload, site.sku)
  // A new environment on a full plan would be refused at the end of its upload: stopped here.
  const limit = await stage('Check preview environments', () =>
    checkEnvironmentLimit(arm, config, site.sku, target)
  )
  if (limit.skip) return { skip: limit.skip }
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
    await stage('Validate deployment token (dry run)', () => validateDeploymentToken(contentPlane))
    const packaged = await stage('Package (dry run)', () => dryRun(payload))
    const withApi = payload.api ? `, and ${describeApi(payload.api)}` : ''
    info(
      `Dry run: the content plane accepts the deployment token; would upload ${counted(payload.fileCount, 'file')} (${counted(payload.totalBytes, 'byte')}, ${formatCount(packaged.zipBytes)} zipped)${withApi} to '${target.environment}' of ${config.appName}. Nothing was uploaded.`
    )
    if (officialClient) {
      info(
        `Dry run: StaticSitesClient ${officialClient.release.buildId} is downloaded and its SHA-256 verified; it was not run.`
      )
    }
    return {
      report: {
        ...known,
        outcome: 'dry-run',
        notes: quotaNotes(limit.quota),
        timings: timings.list()
      }
    }
  }

  run.enter('Deploy')
  // Microsoft's client makes its content-plane calls under a correlation id of its own.
  if (officialClient) known.deploymentId = undefined
  const uploadWith = officialClient
    ? (await import('../engine/deploy.js')).uploadWithOfficialClient(
        officialClient,
        target,
        config.workspace
      )
    : deploy
  const result = await uploadWith({
    ...contentPlane,
    payload,
    ...(headStart ? { headStart } : {}),
    fallbackHostname: () => fallbackHostname(readEnvironment, arm, config, site, target),
    environmentStatus: async () =>
      (await readEnvironment(arm, config, armEnvironmentName(target)))?.status,
    timeoutSeconds: config.deploymentTimeoutSeconds
  })
  if (known.api) known.api.upload = result.apiUpload
  if (config.prComment) {
    const deployed = {
      ...payload,
      url: result.url,
      timings: [...timings.list(), ...result.timings]
    }
    await stage('Pull request comment', () =>
      commentOnPullRequest(github, context, previewDetails(config, target, context, deployed, env))
    )
  }
  return {
    report: {
      ...known,
      outcome: 'deployed',
      url: result.url,
      timings: [...timings.list(), ...result.timings]
    }
  }
}

/** The site's ARM steps, loaded once signed in: no Azure SDK is parsed before the first request. */
async function loadSiteSteps() {
  const [staticSite, environments, limits] = await Promise.all([
    import('../arm/staticSite.js'),
    import('../arm/environments.js'),
    import('../previews/limits.js')
  ])
  return { ...staticSite, ...environments, ...limits }
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
  readEnvironmentOf: typeof readEnvironment,
  arm: ArmClient,
  config: SiteConfig,
  site: StaticSiteInfo,
  target: DeploymentTarget
): Promise<string> {
  if (target.environment === PRODUCTION) return site.defaultHostname
  const environment = await readEnvironmentOf(arm, config, target.environment).catch(
    () => undefined
  )
  return environment?.hostname ?? site.defaultHostname
}
