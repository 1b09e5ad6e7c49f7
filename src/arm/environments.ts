// Preview environments (ARM "builds"): read one, and delete one for `action: close`.
import { deleteStaticSiteBuild, getStaticSiteBuild } from '@azure/arm-appservice/api/staticSites'
import { defaultRetryPolicy } from '../http/retry.js'
import type { Config } from '../inputs.js'
import { armError, type ArmClient } from './client.js'

export interface EnvironmentInfo {
  hostname: string | undefined
  status: string | undefined
}

const READ_STEP = 'ARM read environment'
const DELETE_STEP = 'ARM delete environment'

/** The environment's hostname and status, or undefined when it does not exist. */
export async function readEnvironment(
  client: ArmClient,
  config: Config,
  name: string
): Promise<EnvironmentInfo | undefined> {
  try {
    const build = await getStaticSiteBuild(client, config.resourceGroup, config.appName, name)
    return { hostname: build.hostname, status: build.status }
  } catch (error) {
    if (isMissingEnvironment(error)) return undefined
    throw armError(error, config, READ_STEP)
  }
}

/** Deletes the environment and waits for ARM's long-running operation to finish. */
export async function deleteEnvironment(
  client: ArmClient,
  config: Config,
  name: string
): Promise<'deleted' | 'absent'> {
  try {
    const poller = deleteStaticSiteBuild(client, config.resourceGroup, config.appName, name, {
      // Polls as often as the retry base (short in tests); ARM's Retry-After still wins.
      updateIntervalInMs: Math.max(defaultRetryPolicy().baseDelayMs, 10)
    })
    await poller.pollUntilDone()
    return 'deleted'
  } catch (error) {
    if (isMissingEnvironment(error)) return 'absent'
    throw armError(error, config, DELETE_STEP)
  }
}

// A 404 for the build itself; a missing resource group or site is a configuration error.
function isMissingEnvironment(error: unknown): boolean {
  const rest = error as { statusCode?: unknown; code?: unknown } | null
  return rest?.statusCode === 404 && rest.code !== 'ResourceGroupNotFound'
}
