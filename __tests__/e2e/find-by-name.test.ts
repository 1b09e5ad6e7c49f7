// resource-group blank, through dist/index.js: after sign-in the app is found by app-name among the
// Static Web Apps the identity may read (ARM's Resources - List, every page), then every action goes
// on as with the input given; none, two, or a refused list end the run before the app is touched.
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { addPullRequest } from '../../emulator/github-repos.js'
import type { RecordedRequest } from '../../emulator/server.js'
import { grantRole } from '../../emulator/world-rbac.js'
import {
  addEnvironment,
  addSite,
  LEAST_PRIVILEGE_ACTIONS,
  staticSiteId,
  type StaticSite
} from '../../emulator/world.js'
import { defaultSite, requestsTo, runCounted, SMALL_SITE, writeTree } from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import { addPreview, deletesOf, jobToken, previewsBaseline } from '../support/previews.js'

let emulator: Emulator
useTestEmulator(
  (started) => {
    const restore = previewsBaseline(started)
    const { armResourcesPageSize } = started.world
    return () => {
      restore()
      started.world.armResourcesPageSize = armResourcesPageSize
    }
  },
  (started) => (emulator = started)
)

const BY_NAME = { 'resource-group': '' }
const EMPTY_WORKSPACE = (): void => {}
const SITE_WORKSPACE = (workspace: string): void => writeTree(`${workspace}/dist`, SMALL_SITE)

function listings(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (request) =>
      request.service === 'arm' && /^\/subscriptions\/[^/]+\/resources\?/.test(request.url)
  )
}

/** ARM calls on one Static Web App (read, listSecrets, builds, permissions). */
function siteCalls(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (request) =>
      request.service === 'arm' && /\/providers\/Microsoft\.Web\/staticSites\//i.test(request.url)
  )
}

/** Another Static Web App the deploying identity may read. */
function readableSite(name: string, resourceGroup: string): StaticSite {
  const site = addSite(emulator.world, emulator.urls.content, { name, resourceGroup })
  grantRole(
    emulator.world,
    emulator.world.apps[0]!.objectId,
    staticSiteId(site),
    LEAST_PRIVILEGE_ACTIONS
  )
  return site
}

function found(resourceGroup: string): string {
  return `Found Static Web App 'octo-site' by name in resource group '${resourceGroup}'`
}

function expectNothingTouched(requests: RecordedRequest[]): void {
  expect(siteCalls(requests)).toEqual([])
  expect(requestsTo(requests, 'content')).toEqual([])
  expect(requestsTo(requests, 'blob')).toEqual([])
}

describe('resource-group blank: the app found by name', () => {
  test('upload: found, then deployed; the log and the summary name the group', async () => {
    const { run, requests, deployments } = await runCounted(emulator, {
      inputs: BY_NAME,
      prepareWorkspace: SITE_WORKSPACE
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('deployed')
    expect(deployments).toHaveLength(1)
    expect(run.stdout).toContain(found('rg-web'))
    expect(run.summary).toContain(`<code>${staticSiteId(defaultSite(emulator))}</code>`)
    const listing = listings(requests)
    expect(listing).toHaveLength(1)
    expect(new URL(listing[0]!.url, 'https://arm').searchParams.get('$filter')).toBe(
      "resourceType eq 'Microsoft.Web/staticSites'"
    )
    expect(new URL(listing[0]!.url, 'https://arm').searchParams.get('api-version')).toBe(
      '2021-04-01'
    )
    // The list came before anything touched the app.
    const first = requests.indexOf(listing[0]!)
    expect(siteCalls(requests).every((request) => requests.indexOf(request) > first)).toBe(true)
  })

  test('dry run: found, checked, nothing uploaded', async () => {
    const { run, requests, deployments } = await runCounted(emulator, {
      inputs: { ...BY_NAME, 'dry-run': 'true' },
      prepareWorkspace: SITE_WORKSPACE
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('dry-run')
    expect(run.stdout).toContain(found('rg-web'))
    expect(deployments).toEqual([])
    expect(requestsTo(requests, 'blob')).toEqual([])
  })

  test('close: found, then the preview environment deleted', async () => {
    addEnvironment(defaultSite(emulator), 'staging')
    const { run, requests } = await runCounted(emulator, {
      inputs: { ...BY_NAME, action: 'close', 'deployment-environment': 'staging' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('closed')
    expect(run.stdout).toContain(found('rg-web'))
    expect(defaultSite(emulator).environments.has('staging')).toBe(false)
    expect(listings(requests)).toHaveLength(1)
  })

  test('prune: found, then the closed pull request environment deleted', async () => {
    addPullRequest(emulator.githubApi.repository(), { number: 41, state: 'closed' })
    addPreview(defaultSite(emulator), '41', { title: 'Change 41', idleDays: 1 })
    const { run, requests } = await runCounted(emulator, {
      inputs: { ...BY_NAME, action: 'prune', 'github-token': jobToken(emulator) },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('pruned')
    expect(run.stdout).toContain(found('rg-web'))
    expect(deletesOf(requests)).toEqual(['41'])
  })

  test('names compare case-insensitively', async () => {
    const { run, deployments } = await runCounted(emulator, {
      inputs: { ...BY_NAME, 'app-name': 'OCTO-Site' },
      prepareWorkspace: SITE_WORKSPACE
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      "Found Static Web App 'OCTO-Site' by name in resource group 'rg-web'"
    )
    expect(deployments).toHaveLength(1)
  })

  test('follows nextLink: the app on the last page is found', async () => {
    emulator.world.armResourcesPageSize = 2
    for (const name of ['alpha', 'bravo', 'charlie', 'delta']) readableSite(name, 'rg-more')
    // The app last of five: the third page (the emulator's default inputs name the first site).
    emulator.world.sites.push(emulator.world.sites.shift()!)
    const { run, requests, deployments } = await runCounted(emulator, {
      inputs: { ...BY_NAME, 'app-name': 'octo-site' },
      prepareWorkspace: SITE_WORKSPACE
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(found('rg-web'))
    expect(listings(requests)).toHaveLength(3)
    expect(deployments).toHaveLength(1)
  })

  test('a transient fault on the list is retried', async () => {
    emulator.host.addFault({
      service: 'arm',
      path: /\/resources$/,
      kind: 'status',
      status: 503,
      retryAfterSeconds: 1,
      times: 1
    })
    const { run, requests } = await runCounted(emulator, {
      inputs: BY_NAME,
      prepareWorkspace: SITE_WORKSPACE
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(listings(requests)).toHaveLength(2)
    expect(run.stdout).toMatch(/ARM find Static Web App.*503/)
    expect(run.stdout).toContain(found('rg-web'))
  })
})

describe('resource-group blank: refusals before the app is touched', () => {
  test('no app of that name: the subscription, what the identity can read, the causes and the fix', async () => {
    const { run, requests } = await runCounted(emulator, {
      inputs: { ...BY_NAME, 'app-name': 'octo-sight' },
      prepareWorkspace: SITE_WORKSPACE
    })
    expect(run.exitCode).toBe(1)
    const subscription = defaultSite(emulator).subscriptionId
    expect(errorLines(run)).toContain(
      `No Static Web App named 'octo-sight' is visible to this identity in subscription ${subscription} (it may read 1: 'octo-site'); did you mean 'octo-site'?`
    )
    expect(errorLines(run)).toMatch(
      /typo in app-name, the app is in another subscription, or the identity's role is assigned only on other resources/
    )
    expect(errorLines(run)).toMatch(
      /Fix: Check app-name and subscription-id; if both are right, set resource-group/
    )
    expect(run.outputs.outcome).toBe('failed')
    expectNothingTouched(requests)
  })

  test('an identity that may read no app: "none"', async () => {
    emulator.world.roleAssignments.splice(0, Infinity)
    const { run, requests } = await runCounted(emulator, {
      inputs: BY_NAME,
      prepareWorkspace: SITE_WORKSPACE
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toMatch(
      /No Static Web App named 'octo-site' is visible .* \(it may read none\)/
    )
    expectNothingTouched(requests)
  })

  test('two of that name in different groups: both groups listed, the input asked for', async () => {
    readableSite('octo-site', 'rg-other')
    const { run, requests } = await runCounted(emulator, {
      inputs: BY_NAME,
      prepareWorkspace: SITE_WORKSPACE
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toMatch(
      /2 Static Web Apps named 'octo-site' are visible in subscription [0-9a-f-]+, in resource groups 'rg-web', 'rg-other': the name alone does not say which\./
    )
    expect(errorLines(run)).toContain(
      'Fix: Set resource-group to the resource group of the app to deploy to (one of rg-web, rg-other).'
    )
    expectNothingTouched(requests)
  })

  test('403 on the list: "set resource-group", never a guess, never retried', async () => {
    emulator.host.addFault({
      service: 'arm',
      path: /\/resources$/,
      kind: 'status',
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({
        error: {
          code: 'AuthorizationFailed',
          message: `The client '${emulator.world.apps[0]!.clientId}' with object id '${emulator.world.apps[0]!.objectId}' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resources/read' over scope '/subscriptions/${defaultSite(emulator).subscriptionId}' or the scope is invalid.`
        }
      }),
      times: 1
    })
    const { run, requests } = await runCounted(emulator, {
      inputs: BY_NAME,
      prepareWorkspace: SITE_WORKSPACE
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toMatch(
      /ARM refused to list the Static Web Apps of subscription [0-9a-f-]+ \(HTTP 403 AuthorizationFailed\), so 'octo-site' cannot be found by name\./
    )
    expect(errorLines(run)).toContain(
      "Fix: Set resource-group to the resource group of 'octo-site'"
    )
    expect(listings(requests)).toHaveLength(1)
    expectNothingTouched(requests)
  })

  test('a nextLink to another host is not followed: no request there, the token stays with ARM, never "none found"', async () => {
    for (const name of ['alpha', 'bravo']) readableSite(name, 'rg-more')
    // The app on the second page, behind the hostile nextLink.
    emulator.world.sites.push(emulator.world.sites.shift()!)
    emulator.world.armNextLinkOrigin = emulator.urls.githubApi
    const { run, requests } = await runCounted(emulator, {
      inputs: BY_NAME,
      prepareWorkspace: SITE_WORKSPACE
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      `ARM find Static Web App: ARM's reply led to ${emulator.urls.githubApi}, outside resource-manager-endpoint`
    )
    expect(errorLines(run)).not.toContain('No Static Web App named')
    expect(listings(requests)).toHaveLength(1)
    expect(requestsTo(requests, 'githubApi')).toEqual([])
    expectNothingTouched(requests)
  })

  test('an entry of that name whose id names no resource group: ARM broke its contract, said plainly', async () => {
    const subscription = defaultSite(emulator).subscriptionId
    const id = `/subscriptions/${subscription}/providers/Microsoft.Web/staticSites/octo-site`
    emulator.host.addFault({
      service: 'arm',
      path: /\/resources$/,
      kind: 'status',
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({
        value: [
          { id, name: 'octo-site', type: 'Microsoft.Web/staticSites', location: 'westeurope' }
        ]
      }),
      times: 1
    })
    const { run, requests } = await runCounted(emulator, {
      inputs: BY_NAME,
      prepareWorkspace: SITE_WORKSPACE
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      `ARM's list of Static Web Apps in subscription ${subscription} holds 'octo-site' with the id '${id}', not /subscriptions/${subscription}/resourceGroups/GROUP/providers/Microsoft.Web/staticSites/octo-site: ARM broke its own contract, so the app's resource group is unknown.`
    )
    expect(errorLines(run)).toContain("Fix: Set resource-group to the app's resource group")
    expect(errorLines(run)).not.toMatch(/Static Web Apps named/)
    expect(run.outputs.outcome).toBe('failed')
    expectNothingTouched(requests)
  })

  test('with resource-group given, the list is never read', async () => {
    const { run, requests } = await runCounted(emulator, { prepareWorkspace: SITE_WORKSPACE })
    expect(run.exitCode).toBe(0)
    expect(listings(requests)).toEqual([])
    expect(run.stdout).not.toContain('by name')
  })
})
