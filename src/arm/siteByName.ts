// The Static Web App found by its name (PROTOCOLS.md §3, "Find by name"): the one rule the action
// and the setup command share — which list is read, what matches, and what each refusal says.
import { ActionError } from '../errors.js'
import { printable } from '../format.js'

/** Resources - List, the api-version PROTOCOLS.md §3 names. */
const RESOURCES_API_VERSION = '2021-04-01'
const STATIC_SITES_FILTER = "resourceType eq 'Microsoft.Web/staticSites'"
export const FIND_SITE_STEP = 'ARM find Static Web App'
/** Names listed in a refusal at most: a subscription may hold hundreds. */
const NAMES_SHOWN = 20
const DOC = 'app-by-name'

/** Resources - List of one subscription's Static Web Apps, as PROTOCOLS.md §3 spells it. */
export function staticSitesListUrl(endpoint: string, subscriptionId: string): string {
  const base = endpoint.replace(/\/+$/, '')
  return `${base}/subscriptions/${encodeURIComponent(subscriptionId)}/resources?$filter=${encodeURIComponent(STATIC_SITES_FILTER)}&api-version=${RESOURCES_API_VERSION}`
}

/** One entry of the list, as far as the rule reads it. */
export interface ListedSite {
  id: string
  name: string
}

/** How the refusals name what to set: the action's inputs, or the setup command's flags. */
export interface SiteNameWords {
  resourceGroup: string
  subscription: string
  appName: string
}

export const ACTION_INPUT_WORDS: SiteNameWords = {
  resourceGroup: 'resource-group',
  subscription: 'subscription-id',
  appName: 'app-name'
}

export const SETUP_FLAG_WORDS: SiteNameWords = {
  resourceGroup: '--resource-group',
  subscription: '--subscription',
  appName: '--app-name'
}

/** Which app is looked for, and where. */
export interface SiteWanted {
  subscriptionId: string
  appName: string
}

/** The resource group of an ARM id: its 4th segment (`/subscriptions/S/resourceGroups/RG/…`). */
function resourceGroupOf(id: string): string | undefined {
  const segments = id.split('/')
  return segments[3]?.toLowerCase() === 'resourcegroups' && segments[4] ? segments[4] : undefined
}

/** Entries of a Resources - List reply's `value` that carry an id and a name. */
export function listedSites(value: unknown): ListedSite[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown) => {
    const record =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}
    return typeof record.id === 'string' && typeof record.name === 'string'
      ? [{ id: record.id, name: record.name }]
      : []
  })
}

/**
 * The resource group of the one app named `appName` among those the identity may read (names
 * compare case-insensitively); none, or one name in two groups, is refused, never guessed.
 */
export function pickSiteGroup(
  visible: ListedSite[],
  wanted: SiteWanted,
  words: SiteNameWords
): string {
  const name = wanted.appName.toLowerCase()
  const matches = visible.filter((site) => site.name.toLowerCase() === name)
  const groups = matches.map((site) => resourceGroupOf(site.id))
  if (groups.length === 1 && groups[0] !== undefined) return groups[0]
  if (matches.length === 0) throw noSiteNamed(visible, wanted, words)
  const named = groups.map((group, index) => printable(group ?? matches[index]!.id, 200))
  throw new ActionError(
    `${matches.length} Static Web Apps named '${wanted.appName}' are visible in subscription ${wanted.subscriptionId}, in resource groups ${named.map((group) => `'${group}'`).join(', ')}: the name alone does not say which.`,
    {
      step: FIND_SITE_STEP,
      doc: DOC,
      fix: `Set ${words.resourceGroup} to the resource group of the app to deploy to (one of ${named.join(', ')}).`
    }
  )
}

function noSiteNamed(visible: ListedSite[], wanted: SiteWanted, words: SiteNameWords): ActionError {
  const names = visible.slice(0, NAMES_SHOWN).map((site) => `'${printable(site.name, 80)}'`)
  const more = visible.length > NAMES_SHOWN ? ` and ${visible.length - NAMES_SHOWN} more` : ''
  const seen =
    visible.length === 0
      ? 'it may read none'
      : `it may read ${visible.length}: ${names.join(', ')}${more}`
  return new ActionError(
    `No Static Web App named '${wanted.appName}' is visible to this identity in subscription ${wanted.subscriptionId} (${seen}). Likely causes: a typo in ${words.appName}, the app is in another subscription, or the identity's role is assigned only on other resources.`,
    {
      step: FIND_SITE_STEP,
      doc: DOC,
      fix: `Check ${words.appName} and ${words.subscription}; if both are right, set ${words.resourceGroup} to the app's resource group (a missing role is then named with the role to assign).`
    }
  )
}

/** ARM refused the list itself: whether it would filter or refuse is undocumented, so no guess. */
export function listRefused(wanted: SiteWanted, words: SiteNameWords, status: number): ActionError {
  return new ActionError(
    `ARM refused to list the Static Web Apps of subscription ${wanted.subscriptionId} (HTTP ${status} AuthorizationFailed), so '${wanted.appName}' cannot be found by name.`,
    {
      step: FIND_SITE_STEP,
      status,
      doc: DOC,
      fix: `Set ${words.resourceGroup} to the resource group of '${wanted.appName}'; a role on the app itself is then enough.`
    }
  )
}
