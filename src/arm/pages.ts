// Every page of an ARM list (`{"value":[…],"nextLink"?}`, PROTOCOLS.md §3), whichever client reads
// the pages (the action's ARM client, setup's reader): a list that cannot be read whole is an
// error that says so, never a conclusion drawn from the part that was read.
import { ActionError } from '../errors.js'
import { counted, printable } from '../format.js'
import { refuseOtherOrigin } from '../http/azureSdk.js'

/** Pages followed at most: a nextLink that never ends is ARM misbehaving, not a big subscription. */
export const MAX_ARM_PAGES = 100

export interface ArmList {
  step: string
  /** The first page's URL; every nextLink must stay on its origin. */
  first: string
  /** ARM's origin, the only one the bearer token may go to. */
  origin: string
  /** How the user names that origin (an input or a flag), for the refusal of any other. */
  originSetting: string
  /** What to do when the list cannot be read whole. */
  fix: string
  doc: string
  /** One page's parsed body; the reader's own client judges the reply's status. */
  readPage: (url: string) => Promise<unknown>
}

/** The `value` items of every page, in order. */
export async function readArmList(list: ArmList): Promise<unknown[]> {
  const items: unknown[] = []
  let url: string | undefined = list.first
  for (let page = 0; url !== undefined; page++) {
    if (page === MAX_ARM_PAGES) {
      throw unfinished(
        list,
        `went on past ${MAX_ARM_PAGES} pages (${counted(items.length, 'item')} read)`
      )
    }
    refuseOtherOrigin(list.step, url, list)
    const body = await list.readPage(url)
    const record =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
    if (!Array.isArray(record.value)) throw unfinished(list, `page ${page + 1} has no value list`)
    items.push(...(record.value as unknown[]))
    url = nextPage(list, record.nextLink, page + 1)
  }
  return items
}

/** The next page's URL: none when nextLink is absent, null or empty; anything else must be a URL. */
function nextPage(list: ArmList, nextLink: unknown, page: number): string | undefined {
  if (nextLink === undefined || nextLink === null || nextLink === '') return undefined
  if (typeof nextLink === 'string' && URL.canParse(nextLink)) return nextLink
  const shown = printable(typeof nextLink === 'string' ? nextLink : JSON.stringify(nextLink), 200)
  throw unfinished(list, `page ${page} has a nextLink that is not a URL (${shown})`)
}

function unfinished(list: ArmList, what: string): ActionError {
  return new ActionError(
    `${list.step}: ARM's list ${what}; the list was not read whole, so nothing is concluded from it.`,
    { step: list.step, doc: list.doc, fix: list.fix }
  )
}
