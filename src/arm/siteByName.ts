// The Static Web App found by its name (PROTOCOLS.md §3, "Find by name"): the one rule the action
// and the setup command share — which list is read, what matches, and what each refusal says.
import { ActionError } from '../errors.js'
import { printable } from '../format.js'
import { closestValue } from '../suggest.js'

/** Resources - List, the api-version PROTOCOLS.md §3 names. */
const RESOURCES_API_VERSION = '2021-04-01'
const STATIC_SITES_FILTER = "resourceType eq 'Microsoft.Web/staticSites'"
export const FIND_SITE_STEP = 'ARM find Static Web App'
/** Names listed in a refusal at most: a subscription may hold hundreds. */
const NAMES_SHOWN = 20
export const SITE_BY_NAME_DOC = 'app-by-name'
const DOC = SITE_BY_NAME_DOC

/** Resources - List of one subscription's Static Web Apps, as PROTOCOLS.md §3 spells it. */
export function staticSitesListUrl(endpoint: string, subscriptionId: string): string {
  const base = endpoint.replace(/\/+$/, '')
  return `${base}/subscriptions/${encodeURIComponent(subscriptionId)}/resources?$filter=${encodeURIComponent(STATIC_SITES_FILTER)}&api-version=${RESOURCES_API_VERSION}`
}

/** One entry of the list, as far as the rule reads it. */
export interface ListedSite {
  /** Undefined when ARM gave none. */
  id: string | undefined
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

/** A Static Web App's id: `/subscriptions/S/resourceGroups/RG/providers/Microsoft.Web/staticSites/NAME`. */
const STATIC_SITE_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Web\/staticSites\/([^/]+)$/i

/** The resource group of a listed site: the 4th segment of an id of that subscription and name. */
function resourceGroupOf(site: ListedSite, wanted: SiteWanted): string | undefined {
  const [, subscription, group, name] = STATIC_SITE_ID.exec(site.id ?? '') ?? []
  const same = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase()
  return same(subscription, wanted.subscriptionId) && same(name, site.name) ? group : undefined
}

/**
 * The entries of Resources - List's pages. Each must carry a name (else whether it is the app is
 * unknown); the id is read only from a match (pickSiteGroup).
 */
export function listedSites(
  items: unknown[],
  wanted: SiteWanted,
  words: SiteNameWords
): ListedSite[] {
  return items.map((item, index) => {
    const record =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}
    if (typeof record.name !== 'string' || record.name === '') {
      throw contractBroken(
        `an entry without a name (entry ${index + 1}: ${printable(JSON.stringify(item) ?? String(item), 200)})`,
        `whether '${wanted.appName}' is among them is unknown`,
        wanted,
        words
      )
    }
    return { id: typeof record.id === 'string' ? record.id : undefined, name: record.name }
  })
}

/** ARM's list broke its own contract (PROTOCOLS.md §3): said plainly, with the input that avoids it. */
function contractBroken(
  what: string,
  consequence: string,
  wanted: SiteWanted,
  words: SiteNameWords
): ActionError {
  return new ActionError(
    `ARM's list of Static Web Apps in subscription ${wanted.subscriptionId} holds ${what}: ARM broke its own contract, so ${consequence}.`,
    { step: FIND_SITE_STEP, doc: DOC, fix: listUnfinishedFix(words) }
  )
}

/** What to do when the list cannot be used: the input that makes it unneeded. */
export function listUnfinishedFix(words: SiteNameWords): string {
  return `Set ${words.resourceGroup} to the app's resource group (the Azure portal shows it on the app's Overview); the list is then not read.`
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
  if (matches.length === 0) throw noSiteNamed(visible, wanted, words)
  const groups = matches.map((site) => {
    const group = resourceGroupOf(site, wanted)
    if (group !== undefined) return group
    throw contractBroken(
      `'${printable(site.name, 80)}' with the id ${site.id === undefined ? '(none)' : `'${printable(site.id, 300)}'`}, not /subscriptions/${wanted.subscriptionId}/resourceGroups/GROUP/providers/Microsoft.Web/staticSites/${site.name}`,
      `the app's resource group is unknown`,
      wanted,
      words
    )
  })
  if (groups.length === 1) return groups[0]!
  const named = groups.map((group) => printable(group, 200))
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
  // A typo of an app it can read is asked about, never taken in its place.
  const meant = closestValue(
    wanted.appName,
    visible.map((site) => site.name)
  )
  const question = meant === undefined ? '.' : `; did you mean '${printable(meant, 80)}'?`
  return new ActionError(
    `No Static Web App named '${wanted.appName}' is visible to this identity in subscription ${wanted.subscriptionId} (${seen})${question} Likely causes: a typo in ${words.appName}, the app is in another subscription, or the identity's role is assigned only on other resources.`,
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
