// The plan's preview-environment quota, checked after the site is read and before the deployment
// token is: a new environment on a full plan is stopped with the list and the fixes (or skipped,
// with `on-environment-limit: skip`) instead of being refused at the end of its upload.
import type { ArmClient } from '../arm/client.js'
import { listPreviewEnvironments, type PreviewEnvironment } from '../arm/environments.js'
import { ActionError } from '../errors.js'
import type { SiteConfig } from '../inputs/index.js'
import { group, info, warning } from '../log.js'
import { PRODUCTION } from '../environmentNames.js'
import type { DeploymentTarget } from '../target.js'
import { describeEnvironment } from './environments.js'
import type { Skip } from './skip.js'
import { counted } from '../format.js'

/** Preview environments each plan allows (PROTOCOLS.md §4, quotas). */
const PREVIEW_ENVIRONMENT_LIMITS = { Free: 3, Standard: 10 } as const

type Plan = keyof typeof PREVIEW_ENVIRONMENT_LIMITS

/** The plan named by ARM's `sku.name`; undefined for one without a published limit. */
function planOf(sku: string): Plan | undefined {
  if (/^free$/i.test(sku)) return 'Free'
  if (/^standard$/i.test(sku)) return 'Standard'
  return undefined
}

export interface EnvironmentQuota {
  /** ARM's sku name. */
  sku: string
  /** The plan's limit; undefined for a plan without a published one (nothing is refused). */
  limit: number | undefined
  environments: readonly PreviewEnvironment[]
  /** The run's environment, when it is a preview one. */
  target: string | undefined
  /** The run would create a new environment (it is not in the list). */
  isNew: boolean
}

export interface LimitCheck {
  /** Undefined when not counted: production outside a dry run, or no builds/read. */
  quota: EnvironmentQuota | undefined
  skip: Skip | undefined
}

/**
 * Counts the site's preview environments (for a preview target, and in every dry run) and
 * stops a new environment that would not fit.
 */
export async function checkEnvironmentLimit(
  arm: ArmClient,
  config: SiteConfig,
  sku: string,
  target: Pick<DeploymentTarget, 'environment'>
): Promise<LimitCheck> {
  const preview = target.environment === PRODUCTION ? undefined : target.environment
  if (preview === undefined && !config.dryRun) return { quota: undefined, skip: undefined }
  let environments: PreviewEnvironment[]
  try {
    environments = await listPreviewEnvironments(arm, config)
  } catch (error) {
    if (!isMissingRole(error)) throw error
    warning(
      `The preview environments of ${config.appName} could not be counted: the role lacks Microsoft.Web/staticSites/builds/read. Deploying without the check; a full plan is then refused by the service at the end of the upload. Add builds/read to the role (docs/setup.md).`
    )
    return { quota: undefined, skip: undefined }
  }
  const plan = planOf(sku)
  const quota: EnvironmentQuota = {
    sku,
    limit: plan === undefined ? undefined : PREVIEW_ENVIRONMENT_LIMITS[plan],
    environments,
    target: preview,
    isNew:
      preview !== undefined &&
      !environments.some((environment) => environment.name.toLowerCase() === preview.toLowerCase())
  }
  info(quotaLine(quota))
  if (!isFull(quota)) return { quota, skip: undefined }
  const listed = environments.map(describeEnvironment)
  if (config.onEnvironmentLimit === 'skip') {
    group(`Preview environments of ${config.appName}`, listed)
    return {
      quota,
      skip: {
        level: 'warning',
        message: `${fullText(quota, config)} Skipped (on-environment-limit: skip): nothing was deployed. Free a place with action: prune, or delete one of the environments listed above.`,
        reason: `the ${quota.sku} plan’s limit of ${quota.limit} preview environments is reached (on-environment-limit: skip)`
      }
    }
  }
  throw new ActionError(
    [
      `${fullText(quota, config)} Nothing was uploaded. Its preview environments:`,
      ...listed.map((line) => `  - ${line}`)
    ].join('\n'),
    {
      step: 'Check preview environments',
      doc: 'environment-limit',
      fix: 'Delete environments that are no longer needed: run the action with action: prune (those of closed pull requests; prune-max-age-days for old ones), or action: close with deployment-environment set to one listed above. Or set on-environment-limit: skip to skip previews while the plan is full, or move the site to the Standard plan (10 environments).'
    }
  )
}

function isFull(quota: EnvironmentQuota): boolean {
  return quota.isNew && quota.limit !== undefined && quota.environments.length >= quota.limit
}

function fullText(quota: EnvironmentQuota, config: Pick<SiteConfig, 'appName'>): string {
  return `Static Web App '${config.appName}' already has ${counted(quota.environments.length, 'preview environment')}, the limit of its ${quota.sku} plan (${quota.limit}), and '${quota.target ?? ''}' would be a new one: the service would refuse it at the end of the upload.`
}

/** e.g. "Preview environments: 2 of 3 on the Free plan; '43' would be a new one." */
function quotaLine(quota: EnvironmentQuota): string {
  const limit = quota.limit === undefined ? '' : ` of ${quota.limit}`
  const target =
    quota.target === undefined
      ? ''
      : quota.isNew
        ? `; '${quota.target}' would be a new one`
        : `; '${quota.target}' exists and is redeployed`
  return `Preview environments: ${quota.environments.length}${limit} on the ${quota.sku} plan${target}.`
}

/** The summary row of a counted quota. */
export function quotaNotes(quota: EnvironmentQuota | undefined): [string, string][] {
  if (quota === undefined) return []
  const limit = quota.limit === undefined ? '' : ` of ${quota.limit}`
  return [['Preview environments', `${quota.environments.length}${limit} (${quota.sku} plan)`]]
}

/** An AuthorizationFailed on the listing: the site read worked, so only builds/read is missing. */
function isMissingRole(error: unknown): boolean {
  return error instanceof ActionError && error.doc === 'arm-authorizationfailed'
}
