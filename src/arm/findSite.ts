// The action's side of "find by name": the caller's Static Web Apps listed through the ARM
// client (every page of Resources - List), then the shared rule of siteByName.ts.
import { createRestError } from '@azure-rest/core-client'
import { ActionError } from '../errors.js'
import type { Config } from '../inputs/index.js'
import { armError, type ArmClient } from './client.js'
import {
  ACTION_INPUT_WORDS,
  FIND_SITE_STEP,
  listedSites,
  listRefused,
  pickSiteGroup,
  staticSitesListUrl,
  type ListedSite
} from './siteByName.js'

/** Pages followed at most: a nextLink that never ends is ARM misbehaving, not a big subscription. */
const MAX_PAGES = 100

type ListReply = Awaited<ReturnType<ReturnType<ArmClient['pathUnchecked']>['get']>>

/** The resource group of the Static Web App named `app-name`, among those the identity may read. */
export async function findSiteGroup(arm: ArmClient, config: Config): Promise<string> {
  const wanted = { subscriptionId: config.subscriptionId, appName: config.appName }
  const visible: ListedSite[] = []
  let url: string | undefined = staticSitesListUrl(
    config.resourceManagerEndpoint,
    config.subscriptionId
  )
  for (let page = 0; url !== undefined; page++) {
    if (page === MAX_PAGES) {
      throw new ActionError(
        `${FIND_SITE_STEP}: ARM's list of Static Web Apps went on past ${MAX_PAGES} pages.`,
        {
          step: FIND_SITE_STEP,
          doc: 'app-by-name',
          fix: `Set ${ACTION_INPUT_WORDS.resourceGroup}.`
        }
      )
    }
    let reply: ListReply
    try {
      reply = await arm.pathUnchecked(url).get()
    } catch (error) {
      throw armError(error, config, FIND_SITE_STEP)
    }
    // Whether ARM filters or refuses the list for a role only on one site is undocumented.
    if (reply.status === '403') throw listRefused(wanted, ACTION_INPUT_WORDS, 403)
    if (reply.status !== '200') throw armError(createRestError(reply), config, FIND_SITE_STEP)
    const body = (typeof reply.body === 'object' && reply.body !== null ? reply.body : {}) as {
      value?: unknown
      nextLink?: unknown
    }
    visible.push(...listedSites(body.value))
    url = typeof body.nextLink === 'string' && body.nextLink !== '' ? body.nextLink : undefined
  }
  return pickSiteGroup(visible, wanted, ACTION_INPUT_WORDS)
}
