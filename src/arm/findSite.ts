// The action's side of "find by name": the caller's Static Web Apps listed through the ARM
// client (every page of Resources - List, read by arm/pages.ts), then the shared rule of siteByName.ts.
import { createRestError } from '@azure-rest/core-client'
import type { Config } from '../inputs/index.js'
import { armError, type ArmClient } from './client.js'
import { readArmList } from './pages.js'
import {
  ACTION_INPUT_WORDS,
  FIND_SITE_STEP,
  listedSites,
  listRefused,
  listUnfinishedFix,
  pickSiteGroup,
  SITE_BY_NAME_DOC,
  staticSitesListUrl
} from './siteByName.js'

/** The resource group of the Static Web App named `app-name`, among those the identity may read. */
export async function findSiteGroup(arm: ArmClient, config: Config): Promise<string> {
  const wanted = { subscriptionId: config.subscriptionId, appName: config.appName }
  const items = await readArmList({
    step: FIND_SITE_STEP,
    first: staticSitesListUrl(config.resourceManagerEndpoint, config.subscriptionId),
    origin: new URL(config.resourceManagerEndpoint).origin,
    originSetting: 'resource-manager-endpoint',
    fix: listUnfinishedFix(ACTION_INPUT_WORDS),
    doc: SITE_BY_NAME_DOC,
    readPage: async (url) => {
      let reply
      try {
        reply = await arm.pathUnchecked(url).get()
      } catch (error) {
        throw armError(error, config, FIND_SITE_STEP)
      }
      // Whether ARM filters or refuses the list for a role only on one site is undocumented.
      if (reply.status === '403') throw listRefused(wanted, ACTION_INPUT_WORDS, 403)
      if (reply.status !== '200') throw armError(createRestError(reply), config, FIND_SITE_STEP)
      return reply.body
    }
  })
  return pickSiteGroup(listedSites(items, wanted, ACTION_INPUT_WORDS), wanted, ACTION_INPUT_WORDS)
}
