// Azure RBAC through @azure/arm-authorization (role definitions and assignments, api-version
// 2022-04-01, PROTOCOLS.md §8), its HTTP through the project's transport and its own retry off.
import type { TokenCredential } from '@azure/identity'
import { AuthorizationManagementClient } from '@azure/arm-authorization'
import { armScope } from '../clouds.js'
import { sdkHttpClient } from '../http/azureSdk.js'
import { STEP_LIMITS } from '../http/limits.js'

export type RbacClient = AuthorizationManagementClient

/** Names an RBAC call for errors and retry lines. */
function rbacStep(method: string, url: string): string {
  const path = new URL(url).pathname.toLowerCase()
  const what = path.includes('/roledefinitions') ? 'role definition' : 'role assignment'
  return `ARM ${method === 'GET' ? 'read' : 'write'} ${what}`
}

export function createRbacClient(
  credential: TokenCredential,
  subscriptionId: string,
  resourceManagerEndpoint: string,
  signal: AbortSignal
): RbacClient {
  const endpoint = resourceManagerEndpoint.replace(/\/+$/, '')
  return new AuthorizationManagementClient(credential, subscriptionId, {
    endpoint,
    $host: endpoint,
    credentialScopes: [armScope(endpoint)],
    retryOptions: { maxRetries: 0 },
    // A bearer token must never follow a redirect.
    redirectOptions: { maxRetries: 0 },
    httpClient: sdkHttpClient({
      signal,
      origin: new URL(endpoint).origin,
      originSetting: '--resource-manager-endpoint',
      stepOf: rbacStep,
      limits: STEP_LIMITS.arm
    })
  })
}
