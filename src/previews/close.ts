// action: close — deletes one preview environment through ARM, or, in a dry run, reads it (which
// proves the role's builds/read and reach), proves the role may delete it (ARM's permissions on the
// app), and says what a close would delete, deleting nothing.
import type { ArmClient } from '../arm/client.js'
import { deleteEnvironment, readEnvironment } from '../arm/environments.js'
import type { SiteConfig } from '../inputs/index.js'
import { info } from '../log.js'
import type { PreviewEnvironment } from '../arm/environments.js'
import { mayPerform } from '../arm/permissions.js'
import { ActionError } from '../errors.js'
import { lastChanged, originOf, utcMinute } from './environments.js'

export type CloseOutcome = 'closed' | 'already-closed' | 'dry-run'

/** What `DELETE …/builds/<env>` needs; a close dry run proves the identity holds it. */
const DELETE_ACTION = 'Microsoft.Web/staticSites/builds/delete'

export async function closeEnvironment(
  arm: ArmClient,
  config: SiteConfig,
  name: string,
  signal: AbortSignal
): Promise<CloseOutcome> {
  if (config.dryRun) {
    const environment = await readEnvironment(arm, config, name)
    if (environment !== undefined && !(await mayPerform(arm, config, DELETE_ACTION))) {
      throw new ActionError(
        `Dry run: the identity may read preview environment '${name}' of ${config.appName} but not delete it: no role it holds on the app grants ${DELETE_ACTION}, so a close would fail with AuthorizationFailed. Nothing was deleted.`,
        {
          step: 'ARM read permissions',
          doc: 'arm-authorizationfailed',
          fix: `Add ${DELETE_ACTION} to the role assigned on the Static Web App (docs/setup.md, the custom role), then re-run.`
        }
      )
    }
    info(
      environment === undefined
        ? `Dry run: preview environment '${name}' does not exist: a close would have nothing to delete. Nothing was deleted.`
        : `Dry run: would delete preview environment '${name}' of ${config.appName} (${details(environment)}). Nothing was deleted.`
    )
    return 'dry-run'
  }
  const outcome = await deleteEnvironment(arm, config, name, {
    signal,
    timeoutSeconds: config.deploymentTimeoutSeconds
  })
  info(
    outcome === 'deleted'
      ? `Preview environment '${name}' deleted.`
      : `Preview environment '${name}' does not exist: nothing to close.`
  )
  return outcome === 'deleted' ? 'closed' : 'already-closed'
}

/** 'branch develop, last updated 2026-05-01 10:00 UTC, status Ready' */
function details(environment: PreviewEnvironment): string {
  const changed = lastChanged(environment)
  return [
    originOf(environment),
    changed === undefined ? 'last update unknown' : `last updated ${utcMinute(changed)}`,
    environment.status && `status ${environment.status}`,
    environment.hostname && `at https://${environment.hostname}`
  ]
    .filter(Boolean)
    .join(', ')
}
