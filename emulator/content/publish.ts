// What happens after `updatestatus`: fetch the zip (and api.zip) from Azurite, unpack and check
// them against the announcement, then make them the live content of their environment (or record
// why not).
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { receiveApi, type ReceivedApi } from './apiPackage.js'
import type { Deployment, DeploymentBook } from './deployments.js'
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
  book: DeploymentBook
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
    const api = await apiOf(deployment, context)
    problems.push(...(api?.problems ?? []))
    if (problems.length > 0) return fail(deployment, problems.join(' '))
    context.siteServer.publish(site.name, record.environment, appDir)
    publishApi(deployment, api, context)
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

/** The deployment's API as received; the kept one's files when its upload was skipped. */
async function apiOf(
  { record, site }: Deployment,
  context: PublishContext
): Promise<ReceivedApi | undefined> {
  const declared = record.announced.api
  if (record.api === undefined || declared === undefined) return undefined
  if (record.api.kept) {
    const live = context.book.liveApi(site.name, record.environment)
    if (live === undefined)
      return { problems: ['The API to keep is no longer deployed.'], files: [] }
    return { problems: [], folder: live.folder, files: live.files, md5: live.md5 }
  }
  const received = await receiveApi(record.api, declared, {
    store: context.store,
    workDir: context.workDir,
    version: record.version
  })
  record.api.files = received.files
  return received
}

/**
 * The environment runs the deployment's API from now on. Inferred: a deployment without an API
 * leaves the environment without one, as a new deployment replaces the environment's content.
 */
function publishApi(
  { record, site }: Deployment,
  api: ReceivedApi | undefined,
  context: PublishContext
): void {
  if (api?.folder === undefined || api.md5 === undefined || record.api === undefined) {
    context.book.setLiveApi(site.name, record.environment, undefined)
    context.siteServer.publishApi(site.name, record.environment, undefined)
    return
  }
  context.book.setLiveApi(site.name, record.environment, {
    md5: api.md5,
    folder: api.folder,
    files: api.files
  })
  context.siteServer.publishApi(site.name, record.environment, api.folder)
  record.api.files = api.files
  record.api.url = context.siteServer.apiUrlOf(site.name, record.environment)
}

function fail(deployment: Deployment, errorDetails: string): void {
  deployment.record.status = 'Failed'
  deployment.record.errorDetails = errorDetails
}
