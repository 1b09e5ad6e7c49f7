// The find-by-name rule both the action and setup use: the match, the ambiguity, the refusals' facts.
import { describe, expect, test } from '@jest/globals'
import {
  ACTION_INPUT_WORDS,
  listedSites,
  pickSiteGroup,
  SETUP_FLAG_WORDS,
  staticSitesListUrl
} from '../../src/arm/siteByName.js'
import { ActionError } from '../../src/errors.js'

const SUB = '00000000-0000-0000-0000-000000000002'
const wanted = { subscriptionId: SUB, appName: 'Octo-Site' }
const site = (group: string, name: string) => ({
  id: `/subscriptions/${SUB}/resourceGroups/${group}/providers/Microsoft.Web/staticSites/${name}`,
  name
})

function refusal(run: () => unknown): ActionError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError)
    return error as ActionError
  }
  throw new Error('expected a refusal')
}

describe('pickSiteGroup', () => {
  test('the one match, by name in any case; the group is the 4th segment of the id', () => {
    const visible = [site('rg-a', 'other'), site('RG-Web', 'octo-site')]
    expect(pickSiteGroup(visible, wanted, ACTION_INPUT_WORDS)).toBe('RG-Web')
  })

  test('none: the names it can read, cut at 20, and the fix in each vocabulary', () => {
    const visible = Array.from({ length: 23 }, (_, index) => site('rg', `app${index}`))
    const action = refusal(() => pickSiteGroup(visible, wanted, ACTION_INPUT_WORDS))
    expect(action.message).toContain(`it may read 23: 'app0', 'app1'`)
    expect(action.message).toContain(`'app19' and 3 more`)
    expect(action.message).not.toContain(`'app20'`)
    expect(action.fix).toMatch(/^Check app-name and subscription-id; .* set resource-group /)
    expect(action.doc).toBe('app-by-name')
    const setup = refusal(() => pickSiteGroup([], wanted, SETUP_FLAG_WORDS))
    expect(setup.message).toContain('(it may read none)')
    expect(setup.fix).toMatch(/^Check --app-name and --subscription; .* set --resource-group /)
  })

  test('two of that name: both groups listed, never one picked', () => {
    const visible = [site('rg-a', 'octo-site'), site('rg-b', 'OCTO-SITE')]
    const error = refusal(() => pickSiteGroup(visible, wanted, ACTION_INPUT_WORDS))
    expect(error.message).toContain("in resource groups 'rg-a', 'rg-b'")
    expect(error.fix).toContain(
      'Set resource-group to the resource group of the app to deploy to (one of rg-a, rg-b).'
    )
  })

  test.each([
    [
      'no resource-group segment',
      `/subscriptions/${SUB}/providers/Microsoft.Web/staticSites/octo-site`
    ],
    ['not an id at all', '/weird'],
    [
      'another subscription',
      site('rg-a', 'octo-site').id.replace(SUB, 'ffffffff-0000-0000-0000-000000000000')
    ],
    ['another name', site('rg-a', 'other').id]
  ])('a match whose id cannot be read (%s): ARM broke its contract, said plainly', (_case, id) => {
    const error = refusal(() =>
      pickSiteGroup([{ id, name: 'octo-site' }], wanted, SETUP_FLAG_WORDS)
    )
    expect(error.message).toBe(
      `ARM's list of Static Web Apps in subscription ${SUB} holds 'octo-site' with the id '${id}', not /subscriptions/${SUB}/resourceGroups/GROUP/providers/Microsoft.Web/staticSites/octo-site: ARM broke its own contract, so the app's resource group is unknown.`
    )
    expect(error.message).not.toMatch(/Static Web Apps named/)
    expect(error.fix).toMatch(/^Set --resource-group to the app's resource group/)
    expect(error.doc).toBe('app-by-name')
  })

  test('a match with no id at all: the same', () => {
    const error = refusal(() =>
      pickSiteGroup([{ id: undefined, name: 'OCTO-SITE' }], wanted, ACTION_INPUT_WORDS)
    )
    expect(error.message).toContain("holds 'OCTO-SITE' with the id (none), not /subscriptions/")
    expect(error.fix).toMatch(/^Set resource-group to the app's resource group/)
  })

  test('an id that does not match is never read: other apps may carry any id', () => {
    const visible = [{ id: '/weird', name: 'other' }, site('rg-web', 'octo-site')]
    expect(pickSiteGroup(visible, wanted, ACTION_INPUT_WORDS)).toBe('rg-web')
  })
})

describe('listedSites', () => {
  test('keeps every entry, its id when it is a string', () => {
    expect(
      listedSites(
        [
          { id: 'a', name: 'b' },
          { id: 1, name: 'c' }
        ],
        wanted,
        ACTION_INPUT_WORDS
      )
    ).toEqual([
      { id: 'a', name: 'b' },
      { id: undefined, name: 'c' }
    ])
  })

  test.each([[null], ['x'], [{ id: 'a' }], [{ id: 'a', name: '' }], [{ id: 'a', name: 3 }]])(
    'an entry without a name (%j): whether it is the app is unknown, said plainly',
    (entry) => {
      const error = refusal(() =>
        listedSites([{ id: 'a', name: 'b' }, entry], wanted, ACTION_INPUT_WORDS)
      )
      expect(error.message).toContain(
        `ARM's list of Static Web Apps in subscription ${SUB} holds an entry without a name (entry 2: `
      )
      expect(error.message).toContain(
        "ARM broke its own contract, so whether 'Octo-Site' is among them is unknown."
      )
    }
  )
})

test('the list URL is the one PROTOCOLS.md names', () => {
  const url = new URL(staticSitesListUrl('https://management.azure.com/', SUB))
  expect(url.pathname).toBe(`/subscriptions/${SUB}/resources`)
  expect(url.searchParams.get('$filter')).toBe("resourceType eq 'Microsoft.Web/staticSites'")
  expect(url.searchParams.get('api-version')).toBe('2021-04-01')
})
