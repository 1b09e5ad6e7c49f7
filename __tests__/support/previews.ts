// Shared by the preview-environment tests: the world and the GitHub REST API put back between
// tests, environments with a branch, a title and an age, and a job token as a workflow grants it.
import type { Emulator } from '../../emulator/index.js'
import type { ApiToken } from '../../emulator/github-api.js'
import type { RecordedRequest } from '../../emulator/server.js'
import {
  addEnvironment,
  type StaticSite,
  type StaticSiteEnvironment
} from '../../emulator/world.js'
import { deployBaseline } from './deploy.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** deployBaseline, plus GitHub's repositories, rate limits and ARM's page size. */
export function previewsBaseline(emulator: Emulator): () => void {
  const restore = deployBaseline(emulator)
  const { armBuildsPageSize } = emulator.world
  return () => {
    restore()
    emulator.githubApi.reset()
    emulator.world.armBuildsPageSize = armBuildsPageSize
    emulator.world.armNextLinkOrigin = undefined
    // A prune deletes several environments: ARM's operations are polled without a pause.
    emulator.world.armOperationRetryAfterSeconds = 0
  }
}

export interface EnvironmentSpec {
  branch?: string
  title?: string
  /** Days since ARM last saw it updated. */
  idleDays?: number
}

/** A preview environment as an earlier deployment would have left it. */
export function addPreview(
  site: StaticSite,
  name: string,
  spec: EnvironmentSpec = {}
): StaticSiteEnvironment {
  const environment = addEnvironment(site, name)
  if (spec.branch !== undefined) environment.sourceBranch = spec.branch
  if (spec.title !== undefined) environment.pullRequestTitle = spec.title
  if (spec.idleDays !== undefined) {
    const then = new Date(Date.now() - spec.idleDays * DAY_MS).toISOString()
    environment.createdAt = then
    environment.lastUpdatedOn = then
  }
  return environment
}

/** A job token for octo-org/octo-site with the given permissions (default pull-requests: write). */
export function jobToken(
  emulator: Emulator,
  permissions: ApiToken['permissions'] = { 'pull-requests': 'write', issues: 'none' }
): string {
  return emulator.githubApi.issueToken({ permissions })
}

export function githubApiRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.service === 'githubApi')
}

/** ARM's `GET …/builds` pages of a run. */
export function listingsOf(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (request) =>
      request.service === 'arm' &&
      request.method === 'GET' &&
      /\/builds$/i.test(request.url.split('?')[0] ?? '')
  )
}

export function deletesOf(requests: RecordedRequest[]): string[] {
  return requests
    .filter((request) => request.service === 'arm' && request.method === 'DELETE')
    .map((request) => /\/builds\/([^/?]+)/.exec(request.url)?.[1] ?? '')
}
