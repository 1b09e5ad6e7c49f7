// action: close — deletes one preview environment through ARM, or, in a dry run, reads it (which
// proves the role's builds/read and reach), proves the role may delete it (ARM's permissions on the
// app), and says what a close would delete, deleting nothing.
import type { ArmClient } from '../arm/client.js'
import {
  deleteEnvironment,
  listPreviewEnvironments,
  readEnvironment,
  type PreviewEnvironment
} from '../arm/environments.js'
import { mayPerform } from '../arm/permissions.js'
import { ActionError, errorText } from '../errors.js'
import { counted, printable } from '../format.js'
import type { SiteConfig } from '../inputs/index.js'
import { debug, info, notice } from '../log.js'
import { closestValue } from '../suggest.js'
import { lastChanged, originOf, utcMinute } from './environments.js'

export type CloseOutcome = 'closed' | 'already-closed' | 'dry-run'

/** What `DELETE …/builds/<env>` needs; a close dry run proves the identity holds it. */
const DELETE_ACTION = 'Microsoft.Web/staticSites/builds/delete'

/** Environment names a notice lists at most. */
const NAMES_SHOWN = 20

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
    if (environment === undefined) await nameThoseThatExist(arm, config, name, signal)
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
  if (outcome === 'absent') await nameThoseThatExist(arm, config, name, signal)
  return outcome === 'deleted' ? 'closed' : 'already-closed'
}

/**
 * A name no environment has may be a typo: the environments that exist are named in a notice (one
 * list request, only on this path), the outcome unchanged; a list that cannot be read is only logged.
 */
async function nameThoseThatExist(
  arm: ArmClient,
  config: SiteConfig,
  name: string,
  signal: AbortSignal
): Promise<void> {
  let names: string[]
  try {
    names = (await listPreviewEnvironments(arm, config)).map((environment) => environment.name)
  } catch (error) {
    if (signal.aborted) throw error
    debug(`The preview environments could not be listed: ${errorText(error)}`)
    return
  }
  if (names.length === 0) return
  const shown = names.slice(0, NAMES_SHOWN).map((known) => `'${printable(known, 80)}'`)
  const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : ''
  const meant = closestValue(name, names)
  const question = meant === undefined ? '.' : `; did you mean '${printable(meant, 80)}'?`
  notice(
    `Preview environment '${name}' does not exist; ${config.appName} has ${counted(names.length, 'preview environment')}: ${shown.join(', ')}${more}${question}`
  )
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
