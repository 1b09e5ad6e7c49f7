// Shared by the identity end-to-end tests: put the emulator back as it started between tests,
// and count what one run asked of each service.
import type { Emulator } from '../../emulator/index.js'
import { defaultGitHubClaims } from '../../emulator/github-oidc.js'
import type { RecordedRequest } from '../../emulator/server.js'
import type { AppRegistration } from '../../emulator/world.js'

/** Remembers the identity side of the world now; the returned function restores it. */
export function identityBaseline(emulator: Emulator): () => void {
  const world = emulator.world
  const saved = structuredClone({
    tenants: world.tenants,
    apps: world.apps,
    roleAssignments: world.roleAssignments,
    subscriptions: world.subscriptions,
    resourceGroups: world.resourceGroups
  })
  return () => {
    emulator.host.clearFaults()
    const copy = structuredClone(saved)
    world.tenants.splice(0, Infinity, ...copy.tenants)
    world.apps.splice(0, Infinity, ...copy.apps)
    world.roleAssignments.splice(0, Infinity, ...copy.roleAssignments)
    world.subscriptions.splice(0, Infinity, ...copy.subscriptions)
    world.resourceGroups.splice(0, Infinity, ...copy.resourceGroups)
    emulator.github.claims = defaultGitHubClaims()
    emulator.github.expired = false
    emulator.github.lifetimeSeconds = 300
    emulator.github.replyDelayMs = 0
    // A test that rotated to an unpublished key leaves it current: publish it for the next.
    emulator.github.publishCurrentKey()
  }
}

/** The app registration the default world trusts. */
export function deployer(emulator: Emulator): AppRegistration {
  return emulator.world.apps[0]!
}

export { runCounted, type CountedRun } from './e2e.js'

/** The four remote steps of the identity chain, as the emulator sees them. */
export const STEPS = {
  'GitHub OIDC token request': { service: 'github', method: 'GET', path: /^\/token$/ },
  'Entra token request': { service: 'entra', method: 'POST', path: /\/oauth2\/v2\.0\/token$/ },
  'ARM read Static Web App': {
    service: 'arm',
    method: 'GET',
    path: /\/providers\/Microsoft\.Web\/staticSites\/[^/]+$/i
  },
  'ARM listSecrets': { service: 'arm', method: 'POST', path: /\/listSecrets$/i }
} as const

export type StepName = keyof typeof STEPS

/** Requests of one step among `requests`. */
export function requestsOf(requests: RecordedRequest[], step: StepName): RecordedRequest[] {
  const { service, method, path } = STEPS[step]
  return requests.filter(
    (request) =>
      request.service === service &&
      request.method === method &&
      path.test(request.url.split('?')[0] ?? '')
  )
}
