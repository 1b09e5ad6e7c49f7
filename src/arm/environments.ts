// Preview environments (ARM "builds"): list them, read one, and delete one for `action: close`.
import {
  deleteStaticSiteBuild,
  getStaticSiteBuild,
  listStaticSiteBuilds
} from '@azure/arm-appservice/api/staticSites'
import type { StaticSiteBuildARMResource } from '@azure/arm-appservice/models'
import { cancelledError } from '../cancel.js'
import { ActionError } from '../errors.js'
import type { SiteConfig } from '../inputs/index.js'
import { knob } from '../knobs.js'
import { armError, type ArmClient } from './client.js'

const READ_STEP = 'ARM read environment'
const DELETE_STEP = 'ARM delete environment'
const LIST_STEP = 'ARM list environments'
/** ARM's name for production's build: never a preview environment, never deleted. */
export const PRODUCTION_BUILD = 'default'

export interface PreviewEnvironment {
  name: string
  hostname: string | undefined
  status: string | undefined
  sourceBranch: string | undefined
  pullRequestTitle: string | undefined
  createdAt: Date | undefined
  lastUpdatedOn: Date | undefined
}

/**
 * The site's preview environments (production's `default` left out: the quota does not count it),
 * every page of ARM's listing (`nextLink`) read through the SDK's pager.
 */
export async function listPreviewEnvironments(
  client: ArmClient,
  config: SiteConfig
): Promise<PreviewEnvironment[]> {
  const environments: PreviewEnvironment[] = []
  try {
    for await (const build of listStaticSiteBuilds(client, config.resourceGroup, config.appName)) {
      const environment = previewEnvironmentOf(build)
      if (environment.name === '' || environment.name.toLowerCase() === PRODUCTION_BUILD) continue
      environments.push(environment)
    }
  } catch (error) {
    throw armError(error, config, LIST_STEP)
  }
  return environments
}

/** ARM's build as the action reads it. */
function previewEnvironmentOf(build: StaticSiteBuildARMResource): PreviewEnvironment {
  return {
    name: build.name ?? build.buildId ?? '',
    hostname: build.hostname,
    status: build.status,
    sourceBranch: build.sourceBranch || undefined,
    pullRequestTitle: build.pullRequestTitle || undefined,
    createdAt: validDate(build.createdTimeUtc),
    lastUpdatedOn: validDate(build.lastUpdatedOn)
  }
}

function validDate(value: Date | undefined): Date | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined
}

/** The environment as ARM describes it (hostname, status, branch, times), or undefined when it does not exist. */
export async function readEnvironment(
  client: ArmClient,
  config: SiteConfig,
  name: string
): Promise<PreviewEnvironment | undefined> {
  try {
    const build = await getStaticSiteBuild(client, config.resourceGroup, config.appName, name)
    return { ...previewEnvironmentOf(build), name: build.name ?? name }
  } catch (error) {
    if (isMissingEnvironment(error)) return undefined
    throw armError(error, config, READ_STEP)
  }
}

export interface DeleteOptions {
  /** The run's cancellation. */
  signal: AbortSignal
  /** deployment-timeout: how long to wait for ARM's long-running operation. */
  timeoutSeconds: number
}

/** Deletes the environment and waits, at most deployment-timeout, for ARM's operation to finish. */
export async function deleteEnvironment(
  client: ArmClient,
  config: SiteConfig,
  name: string,
  options: DeleteOptions
): Promise<'deleted' | 'absent'> {
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(), options.timeoutSeconds * 1000)
  const signal = AbortSignal.any([options.signal, timeout.signal])
  try {
    const poller = deleteStaticSiteBuild(client, config.resourceGroup, config.appName, name, {
      // ARM's Retry-After, when it sends one, sets the pace instead.
      updateIntervalInMs: knob('pollIntervalMs', config.resourceManagerEndpoint),
      abortSignal: signal
    })
    await poller.pollUntilDone({ abortSignal: signal })
    return 'deleted'
  } catch (error) {
    if (options.signal.aborted) throw cancelledError(options.signal, DELETE_STEP)
    if (timeout.signal.aborted) throw deleteTimedOut(name, options.timeoutSeconds)
    if (isMissingEnvironment(error)) return 'absent'
    throw armError(error, config, DELETE_STEP)
  } finally {
    clearTimeout(timer)
  }
}

function deleteTimedOut(name: string, timeoutSeconds: number): ActionError {
  return new ActionError(
    `${DELETE_STEP}: ARM did not finish deleting '${name}' within deployment-timeout (${timeoutSeconds} s). It may still complete.`,
    {
      step: DELETE_STEP,
      doc: 'deployment-timeout',
      fix: "Check the Static Web App's Environments in the Azure portal a few minutes later, or raise deployment-timeout."
    }
  )
}

/**
 * Only the build itself being absent: the resource provider's NotFound for a child of an
 * existing site ("Cannot find StaticSiteBuild with name …"). A missing site (ARM's
 * ResourceNotFound), resource group or subscription is a wrong input, diagnosed as such.
 */
function isMissingEnvironment(error: unknown): boolean {
  const rest = error as { statusCode?: unknown; code?: unknown } | null
  return rest?.statusCode === 404 && rest.code === 'NotFound'
}
