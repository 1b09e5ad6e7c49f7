// The Static Web App itself: its metadata (hosts, SKU) and its deployment token.
import { getStaticSite, listStaticSiteSecrets } from '@azure/arm-appservice/api/staticSites'
import { ActionError } from '../errors.js'
import type { SiteConfig } from '../inputs/index.js'
import { registerSecret } from '../secrets.js'
import { armError, LIST_SECRETS_STEP, type ArmClient } from './client.js'

export interface StaticSiteInfo {
  defaultHostname: string
  /** `DeploymentToken`, `GitHub`, or undefined on sites created before the setting existed. */
  deploymentAuthPolicy: string | undefined
  contentDistributionEndpoint: string | undefined
  sku: 'Free' | 'Standard' | string
  /** The linked repository and branch, quoted in the fix for a `GitHub`-policy site. */
  repositoryUrl: string | undefined
  branch: string | undefined
}

const READ_STEP = 'ARM read Static Web App'

export async function readStaticSite(
  client: ArmClient,
  config: SiteConfig
): Promise<StaticSiteInfo> {
  let site: Awaited<ReturnType<typeof getStaticSite>>
  let deploymentAuthPolicy: string | undefined
  try {
    site = await getStaticSite(client, config.resourceGroup, config.appName, {
      // The SDK's model has no deploymentAuthPolicy (19.x): it is read from the reply itself.
      onResponse: (response) => {
        deploymentAuthPolicy = authPolicyOf(response.bodyAsText)
      }
    })
  } catch (error) {
    throw armError(error, config, READ_STEP)
  }
  if (!site.defaultHostname) {
    throw new ActionError(
      `${READ_STEP}: the Static Web App '${config.appName}' has no default hostname.`,
      {
        step: READ_STEP,
        doc: 'arm-other',
        fix: 'Check app-name names a Static Web App that finished provisioning.'
      }
    )
  }
  return {
    defaultHostname: site.defaultHostname,
    deploymentAuthPolicy,
    contentDistributionEndpoint: site.contentDistributionEndpoint,
    sku: site.sku?.name ?? 'Free',
    repositoryUrl: site.repositoryUrl,
    branch: site.branch
  }
}

function authPolicyOf(body: string | undefined | null): string | undefined {
  try {
    const policy = (JSON.parse(body ?? '') as { properties?: { deploymentAuthPolicy?: unknown } })
      .properties?.deploymentAuthPolicy
    return typeof policy === 'string' && policy !== '' ? policy : undefined
  } catch {
    return undefined
  }
}

/** The deployment token (apiKey); masked before it is returned, never logged. */
export async function readDeploymentToken(client: ArmClient, config: SiteConfig): Promise<string> {
  let secrets: Awaited<ReturnType<typeof listStaticSiteSecrets>>
  try {
    secrets = await listStaticSiteSecrets(client, config.resourceGroup, config.appName)
  } catch (error) {
    throw armError(error, config, LIST_SECRETS_STEP)
  }
  const apiKey = secrets.properties?.apiKey
  if (typeof apiKey !== 'string' || apiKey === '') {
    throw new ActionError(
      `${LIST_SECRETS_STEP}: the reply has no deployment token (properties.apiKey).`,
      {
        step: LIST_SECRETS_STEP,
        doc: 'arm-other',
        fix: "Check the Static Web App in the portal ('Manage deployment token'); reset the token if it is missing."
      }
    )
  }
  return registerSecret(apiKey)
}
