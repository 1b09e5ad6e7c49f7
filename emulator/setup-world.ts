// Worlds for the setup command's tests: a site with NO app registration for the user's repository,
// and a user who signs in with the Azure CLI, with switches for each refusal setup must explain.
import { randomUUID } from 'node:crypto'
import { newUser, type DirectoryRole, type DirectoryUser } from './world-directory.js'
import { assignRole, type BuiltInRoleName } from './world-rbac.js'
import {
  addSite,
  defaultWorld,
  resourceGroupId,
  type StaticSite,
  type World,
  type WorldUrls
} from './world.js'

export interface SetupWorldOptions {
  /** The site's name; default `octo-site`. */
  siteName?: string
  /** Its resource group; default `rg-web`. */
  resourceGroup?: string
  /** The user's role on the site's resource group; default Owner. `none`: no role at all. */
  userRole?: BuiltInRoleName | 'none'
  /** false: the tenant forbids members to register apps (and the user has no Entra role). */
  userMayRegisterApps?: boolean
  /** Entra roles of the user (e.g. Application Developer, which registers apps anyway). */
  directoryRoles?: DirectoryRole[]
  /** Also a site of the same name in this other resource group (an ambiguous `--app-name`). */
  sameNameInResourceGroup?: string
  /** The site's deployment authorization policy; default DeploymentToken. */
  deploymentAuthPolicy?: StaticSite['deploymentAuthPolicy']
  /** Keep the default world's registration (`octo-site-deployer`) and its role; default false. */
  keepDefaultRegistration?: boolean
}

/** Each setup world as built, before its options: what `reshapeSetupWorld` starts again from. */
const UNSHAPED = new WeakMap<World, { world: World; contentUrl: string }>()

/**
 * A world builder for `startEmulator({ world: setupWorld(…) })`: one tenant and subscription, the
 * site, and one user (`world.users[0]`, see `setupUser`) with a password for `az login`.
 */
export function setupWorld(options: SetupWorldOptions = {}): (urls: WorldUrls) => World {
  return (urls) => {
    const world = defaultWorld(urls)
    const tenant = world.tenants[0]!
    const user = newUser({ tenantId: tenant.id, name: 'mona', domain: tenant.domain })
    // An account made long ago: no replication delay applies to it.
    user.createdAt = Date.now() - 86_400_000
    world.users.push(user)
    UNSHAPED.set(world, { world: structuredClone(world), contentUrl: urls.contentUrl })
    shape(world, urls.contentUrl, options)
    return world
  }
}

/**
 * Makes a world `setupWorld` built into what `setupWorld(options)` builds, with the same tenant,
 * subscription and user: an Azure CLI signed in to it stays signed in, so a test file signs in
 * once (each sign-in starts az, seconds of CPU). Whatever earlier runs changed is gone.
 */
export function reshapeSetupWorld(world: World, options: SetupWorldOptions = {}): void {
  const unshaped = UNSHAPED.get(world)
  if (!unshaped) throw new Error('reshapeSetupWorld: this world was not built by setupWorld()')
  const fresh = structuredClone(unshaped.world)
  // A setting a test added (e.g. armNextLinkOrigin) goes too.
  for (const key of Object.keys(world) as (keyof World)[]) if (!(key in fresh)) delete world[key]
  for (const key of Object.keys(fresh) as (keyof World)[]) {
    const value = world[key]
    // Arrays in place: the emulator's services read the world through the same object.
    if (Array.isArray(value)) (value as unknown[]).splice(0, Infinity, ...(fresh[key] as unknown[]))
    else Object.assign(world, { [key]: fresh[key] })
  }
  shape(world, unshaped.contentUrl, options)
}

/** What the options choose, applied to a default world with the setup user in it. */
function shape(world: World, contentUrl: string, options: SetupWorldOptions): void {
  const tenant = world.tenants[0]!
  const subscription = world.subscriptions[0]!
  const user = setupUser(world)
  if (!options.keepDefaultRegistration) {
    world.apps.splice(0)
    world.roleAssignments.splice(0)
  }
  world.sites.splice(0)
  const resourceGroup = options.resourceGroup ?? 'rg-web'
  const name = options.siteName ?? 'octo-site'
  addSite(world, contentUrl, {
    name,
    resourceGroup,
    ...(options.deploymentAuthPolicy ? { deploymentAuthPolicy: options.deploymentAuthPolicy } : {})
  })
  if (options.sameNameInResourceGroup)
    addSite(world, contentUrl, { name, resourceGroup: options.sameNameInResourceGroup })
  if (options.userMayRegisterApps === false) tenant.usersMayRegisterApps = false
  user.directoryRoles = options.directoryRoles ?? []
  const role = options.userRole ?? 'Owner'
  if (role !== 'none') {
    assignRole(world, user.objectId, resourceGroupId(subscription.id, resourceGroup), role, 'User')
    if (options.sameNameInResourceGroup)
      assignRole(
        world,
        user.objectId,
        resourceGroupId(subscription.id, options.sameNameInResourceGroup),
        role,
        'User'
      )
  }
}

/** The user a setup world signs in as. */
export function setupUser(world: World): DirectoryUser {
  const user = world.users[0]
  if (!user) throw new Error('this world has no user: build it with setupWorld()')
  return user
}

/** Adds another user to the world's first tenant (e.g. a colleague without rights). */
export function addUser(
  world: World,
  name: string,
  directoryRoles: DirectoryRole[] = []
): DirectoryUser {
  const tenant = world.tenants[0]!
  const user = newUser({ tenantId: tenant.id, name, domain: tenant.domain, directoryRoles })
  user.createdAt = Date.now() - 86_400_000
  world.users.push(user)
  return user
}

/** A fresh GUID (role definition and assignment names are GUIDs the client chooses). */
export function newGuid(): string {
  return randomUUID()
}
