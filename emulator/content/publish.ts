// What happens after `updatestatus`: fetch the zip from Azurite, unpack and check it against the
// announcement, then make it the live content of its environment (or record why not).
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Deployment } from './deployments.js'
import { PRODUCTION } from './eventInfo.js'
import type { SiteServer } from './siteServer.js'
import type { UploadStore } from './storage.js'
import type { ContentBehaviour, SiteDirectory } from './types.js'
import { PackageError, unpackApp } from './unpack.js'
import { checkRoutesFile, compareWithAnnouncement } from './verify.js'
import { readIndependently } from './zipReaders.js'

export interface PublishContext {
  store: UploadStore
  siteServer: SiteServer
  sites: SiteDirectory
  behaviour: ContentBehaviour
  workDir: string
}

/** Never throws: every outcome ends as the deployment's Succeeded or Failed status. */
export async function publishUpload(
  deployment: Deployment,
  context: PublishContext
): Promise<void> {
  const { record, site } = deployment
  const zipFile = path.join(context.workDir, 'incoming', `${record.version}.zip`)
  const appDir = path.join(context.workDir, 'deployments', record.version)
  const forcedFailure = context.behaviour.failNextDeployment
  context.behaviour.failNextDeployment = undefined
  try {
    if (forcedFailure !== undefined) return fail(deployment, forcedFailure)
    await mkdir(path.dirname(zipFile), { recursive: true })
    if (!(await context.store.download(record.blobName, zipFile))) {
      return fail(
        deployment,
        'No app content was uploaded: the upload URL holds no committed blob.'
      )
    }
    await mkdir(path.dirname(appDir), { recursive: true })
    const app = await unpackApp(zipFile, appDir)
    await readIndependently(zipFile, app.files)
    record.files = app.files
    const problems = compareWithAnnouncement(record.announced, app)
    if (app.hasRoutes) {
      const routesProblem = await checkRoutesFile(appDir)
      if (routesProblem !== undefined) problems.push(routesProblem)
    }
    if (problems.length > 0) return fail(deployment, problems.join(' '))
    context.siteServer.publish(site.name, record.environment, appDir)
    if (record.environment !== PRODUCTION) {
      context.sites.environmentReady(site, record.environment, {
        hostname: record.hostname,
        sourceBranch: deployment.eventInfo.headBranch,
        pullRequestTitle: deployment.eventInfo.pullRequestTitle
      })
    }
    record.siteUrl = context.siteServer.urlOf(site.name, record.environment)
    record.status = 'Succeeded'
  } catch (error) {
    const reason =
      error instanceof PackageError ? error.message : `Emulator error: ${String(error)}`
    fail(deployment, reason)
  } finally {
    record.finishedAt = Date.now()
    context.sites.deploymentChanged(site, record)
    await rm(zipFile, { force: true })
    await context.store.delete(record.blobName).catch(() => undefined)
  }
}

function fail(deployment: Deployment, errorDetails: string): void {
  deployment.record.status = 'Failed'
  deployment.record.errorDetails = errorDetails
}
