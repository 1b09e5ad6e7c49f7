// The emulated directory and subscription: who may sign in with which GitHub token, what they
// may do, and which Static Web Apps exist. Plain mutable data, so a test states its scenario by
// editing it; the services read it on every request.
import { randomBytes, randomUUID } from 'node:crypto'
import type { CloudName } from '../src/clouds.js'
import {
  defaultGraphBehaviour,
  type DirectoryUser,
  type GraphBehaviour
} from './world-directory.js'
import {
  builtInRoleDefinitions,
  grantRole,
  type RoleAssignment,
  type RoleDefinition
} from './world-rbac.js'

export { grantRole, isAllowed, removeRoleActions, type RoleAssignment } from './world-rbac.js'

export interface Tenant {
  /** Directory (tenant) id, a GUID. */
  id: string
  /** A verified domain that also names the tenant in an authority URL. */
  domain: string
  /** The one cloud the tenant lives in; default AzureCloud. Other clouds' Entra do not know it. */
  cloud?: CloudName
  /** Directory name, as Tenants - List shows it; default the domain's first label. */
  displayName?: string
  /** Entra's "Users can register applications" switch; default true. */
  usersMayRegisterApps?: boolean
}

export interface FederatedCredential {
  name: string
  issuer: string
  subject: string
  /** Entra allows exactly one audience per credential. */
  audiences: [string]
  /** Graph object id (a GUID); given on first read when a test left it out. */
  id?: string
  description?: string | null
  /** Epoch ms it was added (Entra honours it only after the world's propagation delay). */
  createdAt?: number
}

export interface AppRegistration {
  displayName: string
  tenantId: string
  /** Application (client) id. */
  clientId: string
  /** Object id of the app's service principal: the principal role assignments name. */
  objectId: string
  federatedCredentials: FederatedCredential[]
  /** Graph object id of the application (`id`, not the client id); given on first read when absent. */
  applicationObjectId?: string
  /** False until its service principal is created (Graph `POST /servicePrincipals`); default true. */
  hasServicePrincipal?: boolean
  /** Object ids of the users who own the registration (its creator, for one made through Graph). */
  owners?: string[]
  /** Epoch ms the registration was created (replication delay of reads by id). */
  createdAt?: number
  /** Epoch ms its service principal was created. */
  servicePrincipalCreatedAt?: number
  /** Microsoft Graph application permissions granted to the app (its app-only tokens' `roles`). */
  graphAppRoles?: string[]
  signInAudience?: string
}

export interface Subscription {
  id: string
  tenantId: string
  displayName: string
}

export interface ResourceGroup {
  subscriptionId: string
  name: string
  location: string
}

type StaticSiteSku = 'Free' | 'Standard'

export interface StaticSiteEnvironment {
  /** 'default' is production; preview environments are named by PR number or branch. */
  name: string
  hostname: string
  /** ARM build status: WaitingForDeployment, Uploading, Deploying, Ready, Failed, Deleting… */
  status: string
  sourceBranch?: string
  pullRequestTitle?: string
  createdAt: string
  lastUpdatedOn: string
}

/** One content-plane deployment, recorded by the content service. */
export interface SiteDeployment {
  /** deploymentCorrelationId of the run. */
  correlationId: string
  environment: string
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled'
  startedAt: number
  /** Files served after success, path → bytes (left to the content service to fill). */
  files?: Map<string, Buffer>
}

export interface StaticSite {
  subscriptionId: string
  resourceGroup: string
  name: string
  location: string
  sku: StaticSiteSku
  /** Deployment token returned by listSecrets. */
  apiKey: string
  defaultHostname: string
  /** Base URL of the content plane for this site (the emulator's content service). */
  contentDistributionEndpoint: string
  provider: string
  repositoryUrl: string
  branch: string
  stagingEnvironmentPolicy: 'Enabled' | 'Disabled'
  /**
   * `GitHub`: listSecrets still returns the key, but the content plane rejects it with the
   * bad-token text (PROTOCOLS.md §3).
   */
  deploymentAuthPolicy: 'DeploymentToken' | 'GitHub'
  environments: Map<string, StaticSiteEnvironment>
  deployments: SiteDeployment[]
}

export interface World {
  tenants: Tenant[]
  /** People who sign in with a password (the setup command's user, through the Azure CLI). */
  users: DirectoryUser[]
  apps: AppRegistration[]
  /** Built-in roles and custom roles; assignments name them by GUID. */
  roleDefinitions: RoleDefinition[]
  roleAssignments: RoleAssignment[]
  /** Replication and throttling of Microsoft Graph and of RBAC's view of the directory. */
  graph: GraphBehaviour
  subscriptions: Subscription[]
  resourceGroups: ResourceGroup[]
  sites: StaticSite[]
  /** Polls an ARM async operation answers 'InProgress' before 'Succeeded'. */
  armOperationPolls: number
  /** Retry-After (seconds) on ARM async operations; real ARM says 15, tests want speed. */
  armOperationRetryAfterSeconds: number
  /** Builds per page of `GET …/builds` before a `nextLink` (ARM's own size is not published). */
  armBuildsPageSize: number
  /** Resources per page of Resources - List before a `nextLink` (ARM's default size is not published). */
  armResourcesPageSize: number
  /** A hostile ARM: its `nextLink`s point at this origin instead of its own. */
  armNextLinkOrigin?: string | undefined
}

/** The actions the least-privilege custom role grants (PROTOCOLS §3). */
export const LEAST_PRIVILEGE_ACTIONS = [
  'Microsoft.Web/staticSites/read',
  'Microsoft.Web/staticSites/listSecrets/action',
  'Microsoft.Web/staticSites/builds/read',
  'Microsoft.Web/staticSites/builds/delete'
] as const

const GITHUB_AUDIENCE = 'api://AzureADTokenExchange'
export const DEFAULT_SUBJECT = 'repo:octo-org/octo-site:ref:refs/heads/main'

export interface WorldUrls {
  /** Issuer the default federated credential trusts (the emulator's GitHub service). */
  githubIssuer: string
  /** Content plane base URL written into every site's contentDistributionEndpoint. */
  contentUrl: string
}

export function resourceGroupId(subscriptionId: string, resourceGroup: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`
}

export function staticSiteId(
  site: Pick<StaticSite, 'subscriptionId' | 'resourceGroup' | 'name'>
): string {
  return `${resourceGroupId(site.subscriptionId, site.resourceGroup)}/providers/Microsoft.Web/staticSites/${site.name}`
}

/** Hostname of a preview environment, shaped like Azure's `<site>-<env>.<region>.<n>.azurestaticapps.net`. */
export function environmentHostname(site: StaticSite, environment: string): string {
  if (environment === 'default') return site.defaultHostname
  const [label, ...rest] = site.defaultHostname.split('.')
  const region = site.location.toLowerCase().replace(/\s+/g, '')
  return `${label}-${environment}.${region}.${rest.join('.')}`
}

function newDeploymentToken(): string {
  // Real deployment tokens are long opaque hex strings; the leak scanner only needs uniqueness.
  return randomBytes(48).toString('hex')
}

export interface NewSite {
  name: string
  resourceGroup?: string
  subscriptionId?: string
  sku?: StaticSiteSku
  location?: string
  deploymentAuthPolicy?: StaticSite['deploymentAuthPolicy']
}

/** Adds a static site (and its resource group if missing) to the world's first subscription. */
export function addSite(world: World, contentUrl: string, spec: NewSite): StaticSite {
  const subscriptionId = spec.subscriptionId ?? world.subscriptions[0]!.id
  const resourceGroup = spec.resourceGroup ?? 'rg-web'
  const location = spec.location ?? 'West Europe'
  if (!findResourceGroup(world, subscriptionId, resourceGroup)) {
    world.resourceGroups.push({ subscriptionId, name: resourceGroup, location: 'westeurope' })
  }
  const now = new Date().toISOString()
  const defaultHostname = `${spec.name}-${randomBytes(4).toString('hex')}.6.azurestaticapps.net`
  const site: StaticSite = {
    subscriptionId,
    resourceGroup,
    name: spec.name,
    location,
    sku: spec.sku ?? 'Free',
    apiKey: newDeploymentToken(),
    defaultHostname,
    contentDistributionEndpoint: contentUrl,
    provider: 'None',
    repositoryUrl: '',
    branch: '',
    stagingEnvironmentPolicy: 'Enabled',
    deploymentAuthPolicy: spec.deploymentAuthPolicy ?? 'DeploymentToken',
    environments: new Map(),
    deployments: []
  }
  site.environments.set('default', {
    name: 'default',
    hostname: defaultHostname,
    status: 'Ready',
    createdAt: now,
    lastUpdatedOn: now
  })
  world.sites.push(site)
  return site
}

/** Adds a preview environment as if an earlier deployment had created it. */
export function addEnvironment(
  site: StaticSite,
  name: string,
  status = 'Ready'
): StaticSiteEnvironment {
  const now = new Date().toISOString()
  const environment = {
    name,
    hostname: environmentHostname(site, name),
    status,
    createdAt: now,
    lastUpdatedOn: now
  }
  site.environments.set(name, environment)
  return environment
}

export function addFederatedCredential(
  app: AppRegistration,
  credential: Omit<FederatedCredential, 'name' | 'audiences'> & { name?: string; audience?: string }
): FederatedCredential {
  const added: FederatedCredential = {
    name: credential.name ?? `credential-${app.federatedCredentials.length + 1}`,
    issuer: credential.issuer,
    subject: credential.subject,
    audiences: [credential.audience ?? GITHUB_AUDIENCE]
  }
  app.federatedCredentials.push(added)
  return added
}

export function findTenant(world: World, idOrDomain: string): Tenant | undefined {
  const wanted = idOrDomain.toLowerCase()
  return world.tenants.find(
    (tenant) => tenant.id === wanted || tenant.domain.toLowerCase() === wanted
  )
}

export function findApp(
  world: World,
  tenantId: string,
  clientId: string
): AppRegistration | undefined {
  const wanted = clientId.toLowerCase()
  return world.apps.find((app) => app.tenantId === tenantId && app.clientId === wanted)
}

export function findSubscription(world: World, id: string): Subscription | undefined {
  const wanted = id.toLowerCase()
  return world.subscriptions.find((subscription) => subscription.id === wanted)
}

// ARM resource group and resource names are case-insensitive.
export function findResourceGroup(
  world: World,
  subscriptionId: string,
  name: string
): ResourceGroup | undefined {
  const wanted = name.toLowerCase()
  return world.resourceGroups.find(
    (group) => group.subscriptionId === subscriptionId && group.name.toLowerCase() === wanted
  )
}

export function findSite(
  world: World,
  subscriptionId: string,
  resourceGroup: string,
  name: string
): StaticSite | undefined {
  return world.sites.find(
    (site) =>
      site.subscriptionId === subscriptionId &&
      site.resourceGroup.toLowerCase() === resourceGroup.toLowerCase() &&
      site.name.toLowerCase() === name.toLowerCase()
  )
}

/** Finds a site by deployment token (what the content plane authenticates with). */
export function findSiteByApiKey(world: World, apiKey: string): StaticSite | undefined {
  return world.sites.find((site) => site.apiKey === apiKey)
}

/** One tenant, one app trusted for pushes to main of octo-org/octo-site, one Free site. */
export function defaultWorld(urls: WorldUrls): World {
  const tenantId = randomUUID()
  const subscriptionId = randomUUID()
  const app: AppRegistration = {
    displayName: 'octo-site-deployer',
    tenantId,
    clientId: randomUUID(),
    objectId: randomUUID(),
    federatedCredentials: [
      {
        name: 'octo-site-main',
        issuer: urls.githubIssuer,
        subject: DEFAULT_SUBJECT,
        audiences: [GITHUB_AUDIENCE]
      }
    ]
  }
  const world: World = {
    tenants: [{ id: tenantId, domain: 'octo-org.onmicrosoft.com' }],
    users: [],
    apps: [app],
    roleDefinitions: builtInRoleDefinitions(),
    roleAssignments: [],
    graph: defaultGraphBehaviour(),
    subscriptions: [{ id: subscriptionId, tenantId, displayName: 'Octo Production' }],
    resourceGroups: [{ subscriptionId, name: 'rg-web', location: 'westeurope' }],
    sites: [],
    armOperationPolls: 1,
    armOperationRetryAfterSeconds: 1,
    // Small, so every listing of more than production and one environment is paged.
    armBuildsPageSize: 2,
    armResourcesPageSize: 2
  }
  const site = addSite(world, urls.contentUrl, {
    name: 'octo-site',
    resourceGroup: 'rg-web',
    sku: 'Free'
  })
  grantRole(world, app.objectId, staticSiteId(site), LEAST_PRIVILEGE_ACTIONS)
  return world
}
