// Adapts the emulator's World to the narrow SiteDirectory the content plane works with: the
// content plane says 'production', ARM calls the same build 'default'.
import {
  environmentHostname,
  findSiteByApiKey,
  findSubscription,
  staticSiteId,
  type SiteDeployment,
  type StaticSite,
  type World
} from '../world.js'
import { PRODUCTION } from './eventInfo.js'
import type { ContentSite, DeploymentRecord, EnvironmentBuild, SiteDirectory } from './types.js'

const ARM_PRODUCTION = 'default'

export function worldDirectory(world: World): SiteDirectory {
  const siteOf = (site: ContentSite): StaticSite => {
    const found = world.sites.find((candidate) => staticSiteId(candidate) === site.id)
    if (found === undefined) throw new Error(`Static site ${site.id} is no longer in the world`)
    return found
  }
  const armName = (environment: string): string =>
    environment === PRODUCTION ? ARM_PRODUCTION : environment

  return {
    findByApiKey(apiKey: string): ContentSite | undefined {
      const site = findSiteByApiKey(world, apiKey)
      // A GitHub-policy site takes uploads only from its linked workflow: its key is not accepted.
      if (site === undefined || site.deploymentAuthPolicy === 'GitHub') return undefined
      const tenantId = findSubscription(world, site.subscriptionId)?.tenantId ?? ''
      return { id: staticSiteId(site), name: site.name, sku: site.sku, tenantId }
    },

    previewEnvironments(site: ContentSite): string[] {
      return [...siteOf(site).environments.keys()].filter((name) => name !== ARM_PRODUCTION)
    },

    environmentHostname(site: ContentSite, environment: string): string {
      return environmentHostname(siteOf(site), armName(environment))
    },

    environmentReady(site: ContentSite, environment: string, build: EnvironmentBuild): void {
      const environments = siteOf(site).environments
      const now = new Date().toISOString()
      const name = armName(environment)
      environments.set(name, {
        name,
        hostname: build.hostname,
        status: 'Ready',
        ...(build.sourceBranch === undefined ? {} : { sourceBranch: build.sourceBranch }),
        ...(build.pullRequestTitle === undefined
          ? {}
          : { pullRequestTitle: build.pullRequestTitle }),
        createdAt: environments.get(name)?.createdAt ?? now,
        lastUpdatedOn: now
      })
    },

    deploymentChanged(site: ContentSite, record: DeploymentRecord): void {
      if (record.status === 'WaitingForUpload') return
      const deployments = siteOf(site).deployments
      let mirrored = deployments.find(
        (entry) =>
          entry.correlationId === record.correlationId && entry.startedAt === record.requestedAt
      )
      if (mirrored === undefined) {
        mirrored = {
          correlationId: record.correlationId,
          environment: record.environment,
          status: 'InProgress',
          startedAt: record.requestedAt
        } satisfies SiteDeployment
        deployments.push(mirrored)
      }
      mirrored.status = record.status
    }
  }
}
