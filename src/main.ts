// run(): the pipeline, nothing else — inputs → identity → secret → payload → deploy → report.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { createArmClient, type ArmClient } from './arm/client.js'
import { deleteEnvironment, readEnvironment } from './arm/environments.js'
import { readDeploymentToken, readStaticSite, type StaticSiteInfo } from './arm/staticSite.js'
import { cancelOnSignals, throwIfCancelled } from './cancel.js'
import { deploy, dryRun } from './content/deploy.js'
import { staticSiteResourceId } from './diagnose.js'
import { acquireArmToken } from './entra/exchange.js'
import { ActionError } from './errors.js'
import { readGitHubContext } from './github/event.js'
import { logPresentedClaims, requestGitHubToken } from './github/oidc.js'
import { runUrl } from './github/run.js'
import { closeTransport } from './http/transport.js'
import { readConfig, type Config } from './inputs.js'
import { fail, info } from './log.js'
import { checkSkuLimit, preparePayload, type Payload } from './payload/index.js'
import { setOutputs, Timings, writeSummary, type DeploymentReport } from './report.js'
import { buildEventInfo, PRODUCTION, resolveTarget, type DeploymentTarget } from './target.js'

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
  let payload: Payload | undefined
  try {
    // Everything that can be wrong with the inputs or the files is found before any network call.
    const config = readConfig(core.getInput, process.env)
    const target = resolveTarget(config, readGitHubContext(process.env))
    if (config.action === 'upload') {
      payload = await stage('Check payload', () => preparePayload(config))
    }

    const identity = await stage('GitHub OIDC token', () =>
      requestGitHubToken(config.audience, process.env, signal)
    )
    logPresentedClaims(identity.claims)
    const accessToken = await stage('Entra ID token', () =>
      acquireArmToken(config, identity, signal)
    )
    const arm = createArmClient(config, accessToken, { signal, runUrl: runUrl(process.env) })
    const base = {
      subject: identity.claims.sub,
      resourceId: staticSiteResourceId(config),
      environment: target.environment
    }

    if (config.action === 'close') {
      const outcome = await stage('Delete environment', () =>
        deleteEnvironment(arm, config, target.environment, {
          signal,
          timeoutSeconds: config.deploymentTimeoutSeconds
        })
      )
      info(
        outcome === 'deleted'
          ? `Preview environment '${target.environment}' deleted.`
          : `Preview environment '${target.environment}' does not exist: nothing to close.`
      )
      return await report({
        ...base,
        outcome: outcome === 'deleted' ? 'closed' : 'already-closed',
        timings: timings.list()
      })
    }

    const upload = payload! // set above: action is 'upload' here
    const site = await stage('Read Static Web App', () => readStaticSite(arm, config))
    checkSkuLimit(upload, site.sku)
    const deploymentToken = await stage('Read deployment token', () =>
      readDeploymentToken(arm, config)
    )
    const counts = { fileCount: upload.fileCount, totalBytes: upload.totalBytes }

    if (config.dryRun) {
      const packaged = await stage('Package (dry run)', () => dryRun(upload))
      info(
        `Dry run: would upload ${upload.fileCount} files (${upload.totalBytes} bytes, ${packaged.zipBytes} zipped) to '${target.environment}' of ${config.appName}. Nothing was uploaded.`
      )
      return await report({ ...base, ...counts, outcome: 'dry-run', timings: timings.list() })
    }

    const correlationId = randomUUID()
    cancellation.enter('Deploy')
    const result = await deploy({
      contentHost: contentHostOf(site),
      deploymentToken,
      correlationId,
      eventInfo: buildEventInfo(target, {
        defaultHostname: site.defaultHostname,
        tenantId: config.tenantId,
        contentDistributionEndpoint: site.contentDistributionEndpoint
      }),
      payload: upload,
      fallbackHostname: () => fallbackHostname(arm, config, site, target),
      timeoutSeconds: config.deploymentTimeoutSeconds,
      signal
    })
    await report({
      ...base,
      ...counts,
      outcome: 'deployed',
      url: result.url,
      deploymentId: result.correlationId,
      timings: [...timings.list(), ...result.timings]
    })
  } catch (error) {
    fail(error)
  } finally {
    await payload?.close()
    cancellation.dispose()
    closeTransport()
  }
}

async function report(summary: DeploymentReport): Promise<void> {
  setOutputs(summary)
  await writeSummary(summary)
}

function contentHostOf(site: StaticSiteInfo): string {
  if (site.contentDistributionEndpoint) return site.contentDistributionEndpoint
  throw new ActionError("ARM did not report the site's content distribution endpoint.", {
    doc: 'arm-other',
    fix: 'Check the Static Web App finished provisioning (its Overview page shows a URL), then retry.'
  })
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
