// The ARM client's step names (arm/client.ts's table): each kind of call keeps the name the
// errors, the retry lines, the tests and the docs quote.
import { expect, test } from '@jest/globals'
import { armStep } from '../../src/arm/client.js'

const ARM = 'https://management.azure.com'
const SITE = `${ARM}/subscriptions/s/resourceGroups/rg-web/providers/Microsoft.Web/staticSites/octo-site`
const V = '?api-version=2025-05-01'

test.each([
  ['POST', `${SITE}/listSecrets${V}`, 'ARM listSecrets'],
  ['POST', `${SITE}/LISTSECRETS/${V}`, 'ARM listSecrets'],
  ['GET', `${SITE}/builds${V}`, 'ARM list environments'],
  ['GET', `${SITE}/builds/${V}`, 'ARM list environments'],
  ['GET', `${SITE}/builds/staging${V}`, 'ARM read environment'],
  ['DELETE', `${SITE}/builds/staging${V}`, 'ARM delete environment'],
  ['PUT', `${SITE}/builds/staging${V}`, 'ARM read environment'],
  ['GET', `${SITE}${V}`, 'ARM read Static Web App'],
  [
    'GET',
    `${ARM}/subscriptions/s/resources?$filter=x&api-version=2021-04-01`,
    'ARM find Static Web App'
  ],
  [
    'GET',
    `${ARM}/subscriptions/s/providers/Microsoft.Web/locations/westeurope/operationResults/1`,
    'ARM operation status'
  ],
  ['PATCH', `${SITE}${V}`, 'ARM PATCH'],
  ['POST', `${SITE}/builds${V}`, 'ARM POST']
])('%s %s is %s', (method, url, step) => {
  expect(armStep(method, url)).toBe(step)
})
