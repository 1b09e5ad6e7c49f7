// ARM's directory reads, what `az login` asks right after the token exchange: Subscriptions - List
// (`GET /subscriptions`) and Tenants - List (`GET /tenants`). A principal sees a subscription of its
// token's tenant when it holds any role at or below it (a role on one site is enough).
import { invalidApiVersion, type ArmCaller, type ArmFailure } from './arm-auth.js'
import { findTenant, type Subscription, type Tenant, type World } from './world.js'

/** Published Microsoft.Resources api-versions of Subscriptions - List and Tenants - List. */
const SUBSCRIPTIONS_API_VERSIONS = [
  '2016-06-01',
  '2018-06-01',
  '2019-06-01',
  '2019-11-01',
  '2020-01-01',
  '2021-01-01',
  '2022-12-01'
]

export type DirectoryRoute = 'subscriptions' | 'tenants'

/** `/subscriptions` or `/tenants` exactly (a trailing slash allowed); anything else is not ours. */
export function parseDirectoryRoute(pathname: string): DirectoryRoute | undefined {
  const segments = pathname.split('/').filter(Boolean)
  if (segments.length !== 1) return undefined
  const wanted = segments[0]!.toLowerCase()
  return wanted === 'subscriptions' || wanted === 'tenants' ? wanted : undefined
}

// The api-version each field first appears in, from the Python SDK's model of each version
// (2020-01-01 for defaultDomain and tenantType is inferred); ISO dates compare as strings.
const SUBSCRIPTION_FIELDS_SINCE: Record<string, string> = {
  tenantId: '2018-06-01',
  managedByTenants: '2019-06-01'
}
const TENANT_FIELDS_SINCE: Record<string, string> = {
  countryCode: '2018-06-01',
  displayName: '2018-06-01',
  domains: '2018-06-01',
  tenantCategory: '2019-06-01',
  defaultDomain: '2020-01-01',
  tenantType: '2020-01-01'
}

export type DirectoryReply = { status: 200; body: Record<string, unknown> } | ArmFailure

export function listDirectory(
  route: DirectoryRoute,
  world: World,
  caller: ArmCaller,
  apiVersion: string
): DirectoryReply {
  if (!SUBSCRIPTIONS_API_VERSIONS.includes(apiVersion))
    return invalidApiVersion(apiVersion, SUBSCRIPTIONS_API_VERSIONS)
  if (route === 'tenants') {
    const tenant = findTenant(world, caller.tenantId)
    const value = tenant ? [since(tenantBody(tenant), TENANT_FIELDS_SINCE, apiVersion)] : []
    return { status: 200, body: { value } }
  }
  const value = world.subscriptions
    .filter((subscription) => isVisible(world, caller, subscription))
    .map((subscription) =>
      since(subscriptionBody(subscription), SUBSCRIPTION_FIELDS_SINCE, apiVersion)
    )
  return { status: 200, body: { value, count: { type: 'Total', value: value.length } } }
}

function isVisible(world: World, caller: ArmCaller, subscription: Subscription): boolean {
  if (subscription.tenantId !== caller.tenantId) return false
  const scope = `/subscriptions/${subscription.id}`
  return world.roleAssignments.some((assignment) => {
    if (assignment.principalId !== caller.objectId) return false
    const granted = assignment.scope.toLowerCase().replace(/\/+$/, '')
    return granted === scope || granted.startsWith(`${scope}/`)
  })
}

function subscriptionBody(subscription: Subscription): Record<string, unknown> {
  return {
    id: `/subscriptions/${subscription.id}`,
    authorizationSource: 'RoleBased',
    managedByTenants: [],
    subscriptionId: subscription.id,
    tenantId: subscription.tenantId,
    displayName: subscription.displayName,
    state: 'Enabled',
    subscriptionPolicies: {
      locationPlacementId: 'Public_2014-09-01',
      quotaId: 'PayAsYouGo_2014-09-01',
      spendingLimit: 'Off'
    }
  }
}

function tenantBody(tenant: Tenant): Record<string, unknown> {
  return {
    id: `/tenants/${tenant.id}`,
    tenantId: tenant.id,
    countryCode: 'US',
    displayName: tenant.displayName ?? tenant.domain.split('.')[0],
    domains: [tenant.domain],
    tenantCategory: 'Home',
    defaultDomain: tenant.domain,
    tenantType: 'AAD'
  }
}

/** Drops the fields an older api-version does not have. */
function since(
  body: Record<string, unknown>,
  fieldsSince: Record<string, string>,
  apiVersion: string
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).filter(([field]) => (fieldsSince[field] ?? '') <= apiVersion)
  )
}
