// Azure RBAC on ARM (PROTOCOLS.md §8): role definitions and role assignments under any scope
// (subscription, resource group, resource), over the world's one RBAC model, so an assignment
// made here is what ARM then allows. Checks in ARM's order: subscription and tenant, api-version,
// the caller's right on the scope, then the request itself.
import {
  authorizationFailed,
  invalidApiVersion,
  subscriptionRefusal,
  type ArmCaller,
  type ArmFailure
} from './arm-auth.js'
import { isFresh } from './world-directory.js'
import {
  findRoleDefinition,
  isAllowed,
  scopeCovers,
  type PrincipalType,
  type RoleAssignment,
  type RoleDefinition
} from './world-rbac.js'
import { findResourceGroup, type World } from './world.js'

/** Published Microsoft.Authorization api-versions of roleDefinitions and roleAssignments. */
const RBAC_API_VERSIONS = [
  '2015-07-01',
  '2018-01-01-preview',
  '2018-07-01',
  '2018-09-01-preview',
  '2020-04-01-preview',
  '2020-08-01-preview',
  '2020-10-01-preview',
  '2021-04-01-preview',
  '2022-04-01',
  '2022-05-01-preview'
]

const PRINCIPAL_TYPES: readonly PrincipalType[] = [
  'User',
  'Group',
  'ServicePrincipal',
  'ForeignGroup',
  'Device'
]

export interface RbacRoute {
  /** `permissions`: Permissions - List (what the caller itself may do at the scope). */
  kind: 'roleDefinitions' | 'roleAssignments' | 'permissions'
  /** The scope as addressed (`/subscriptions/S…`), no trailing slash. */
  scope: string
  subscriptionId: string
  /** Resource group named in the scope, if any. */
  resourceGroup?: string
  /** The definition's or assignment's GUID, when one is addressed. */
  name?: string
}

const PROVIDER = '/providers/microsoft.authorization/'
const COLLECTIONS: Record<string, RbacRoute['kind']> = {
  roledefinitions: 'roleDefinitions',
  roleassignments: 'roleAssignments',
  permissions: 'permissions'
}

/** `<scope>/providers/Microsoft.Authorization/(roleDefinitions|roleAssignments)[/<guid>]` or `…/permissions`. */
export function parseRbacRoute(pathname: string): RbacRoute | undefined {
  const path = decodeURIComponent(pathname).replace(/\/+$/, '')
  const at = path.toLowerCase().lastIndexOf(PROVIDER)
  if (at < 0) return undefined
  const scope = path.slice(0, at)
  const [collection, name, ...extra] = path.slice(at + PROVIDER.length).split('/')
  const kind = COLLECTIONS[collection?.toLowerCase() ?? '']
  const segments = scope.split('/').filter(Boolean)
  if (!kind || extra.length > 0 || segments[0]?.toLowerCase() !== 'subscriptions' || !segments[1])
    return undefined
  if (kind === 'permissions' && name) return undefined
  return {
    kind,
    scope,
    subscriptionId: segments[1].toLowerCase(),
    ...(segments[2]?.toLowerCase() === 'resourcegroups' && segments[3]
      ? { resourceGroup: segments[3] }
      : {}),
    ...(name ? { name } : {})
  }
}

export type RbacReply = { status: number; body: unknown } | ArmFailure

interface Request {
  route: RbacRoute
  caller: ArmCaller
  method: string
  apiVersion: string
  filter: string | null
  body: Buffer
  world: World
}

export function handleRbac(request: Request): RbacReply {
  const { route, caller, world, apiVersion } = request
  const refused = subscriptionRefusal(world, caller, route.subscriptionId)
  if (refused) return refused
  if (!RBAC_API_VERSIONS.includes(apiVersion))
    return invalidApiVersion(apiVersion, RBAC_API_VERSIONS)
  if (route.kind === 'permissions') return permissions(request)
  return route.kind === 'roleDefinitions' ? roleDefinitions(request) : roleAssignments(request)
}

// --- permissions -------------------------------------------------------------------------------

/**
 * Permissions - List For Resource / For Resource Group: the permissions of every role the caller
 * holds at the scope or above, one entry per assignment. No right is needed to read one's own.
 */
function permissions(request: Request): RbacReply {
  const { route, caller, world, method } = request
  if (method !== 'GET') return methodNotAllowed(method)
  const missing = missingResourceGroup(request)
  if (missing) return missing
  const value = world.roleAssignments
    .filter(
      (assignment) =>
        assignment.principalId === caller.objectId && scopeCovers(assignment.scope, route.scope)
    )
    .flatMap(
      (assignment) => findRoleDefinition(world, assignment.roleDefinitionId)?.permissions ?? []
    )
    .map((permission) => ({
      actions: [...permission.actions],
      notActions: [...permission.notActions],
      dataActions: [...permission.dataActions],
      notDataActions: [...permission.notDataActions]
    }))
  return { status: 200, body: { value } }
}

/** Authorization first: a caller without the right never learns whether the scope exists. */
function authorize(
  request: Request,
  action: string,
  scope = request.route.scope
): ArmFailure | undefined {
  const { world, caller } = request
  if (isAllowed(world, caller.objectId, action, scope)) return undefined
  return authorizationFailed(caller, action, scope)
}

function missingResourceGroup(request: Request): ArmFailure | undefined {
  const { route, world } = request
  if (!route.resourceGroup || findResourceGroup(world, route.subscriptionId, route.resourceGroup))
    return undefined
  return {
    status: 404,
    code: 'ResourceGroupNotFound',
    message: `Resource group '${route.resourceGroup}' could not be found.`
  }
}

// --- role definitions ------------------------------------------------------------------------

function definitionId(scope: string, definition: RoleDefinition): string {
  return `${scope}/providers/Microsoft.Authorization/roleDefinitions/${definition.id}`
}

/** Built-in roles are shown under the subscription asked; a custom role under its own first scope's subscription. */
function definitionBody(
  subscriptionId: string,
  definition: RoleDefinition
): Record<string, unknown> {
  const home =
    definition.type === 'CustomRole'
      ? (/^\/subscriptions\/[^/]+/i.exec(definition.assignableScopes[0] ?? '')?.[0] ??
        `/subscriptions/${subscriptionId}`)
      : `/subscriptions/${subscriptionId}`
  return {
    properties: {
      roleName: definition.roleName,
      type: definition.type,
      description: definition.description,
      assignableScopes: [...definition.assignableScopes],
      permissions: definition.permissions.map((permission) => ({
        actions: [...permission.actions],
        notActions: [...permission.notActions],
        dataActions: [...permission.dataActions],
        notDataActions: [...permission.notDataActions]
      })),
      createdOn: definition.createdOn,
      updatedOn: definition.updatedOn,
      createdBy: definition.createdBy ?? null,
      updatedBy: definition.createdBy ?? null
    },
    id: definitionId(home, definition),
    type: 'Microsoft.Authorization/roleDefinitions',
    name: definition.id
  }
}

/** Definitions usable at the scope: assignable there or above (`atScopeAndBelow()`: below too). */
function visibleDefinitions(request: Request, belowToo: boolean): RoleDefinition[] {
  const { world, caller, route } = request
  return world.roleDefinitions.filter((definition) => {
    if (
      definition.type === 'CustomRole' &&
      definition.tenantId &&
      definition.tenantId !== caller.tenantId
    )
      return false
    return definition.assignableScopes.some(
      (assignable) =>
        assignable === '/' ||
        scopeCovers(assignable, route.scope) ||
        (belowToo && scopeCovers(route.scope, assignable))
    )
  })
}

function roleDefinitions(request: Request): RbacReply {
  const { route, method, world } = request
  if (method === 'GET') {
    const denied = authorize(request, 'Microsoft.Authorization/roleDefinitions/read')
    if (denied) return denied
    const missing = missingResourceGroup(request)
    if (missing) return missing
    if (route.name) {
      const found = findRoleDefinition(world, route.name)
      if (!found)
        return {
          status: 404,
          code: 'RoleDefinitionDoesNotExist',
          message: "The specified role definition with ID '" + route.name + "' does not exist."
        }
      return { status: 200, body: definitionBody(route.subscriptionId, found) }
    }
    const filter = parseDefinitionFilter(request.filter)
    if (filter === 'invalid') return invalidFilter(request.filter ?? '')
    const listed = visibleDefinitions(request, filter.belowToo).filter(
      (definition) =>
        (filter.roleName === undefined || definition.roleName === filter.roleName) &&
        (filter.type === undefined || definition.type === filter.type)
    )
    return {
      status: 200,
      body: { value: listed.map((definition) => definitionBody(route.subscriptionId, definition)) }
    }
  }
  if (method === 'PUT' && route.name) return putDefinition(request, route.name)
  if (method === 'DELETE' && route.name) return deleteDefinition(request, route.name)
  return methodNotAllowed(method)
}

function parseDefinitionFilter(
  filter: string | null
): { roleName?: string; type?: string; belowToo: boolean } | 'invalid' {
  if (filter === null || filter.trim() === '') return { belowToo: false }
  if (filter.trim() === 'atScopeAndBelow()') return { belowToo: true }
  const match = /^\s*(roleName|type)\s+eq\s+'((?:[^']|'')*)'\s*$/.exec(filter)
  if (!match) return 'invalid'
  const value = match[2]!.replace(/''/g, "'")
  return match[1] === 'roleName'
    ? { roleName: value, belowToo: false }
    : { type: value, belowToo: false }
}

function putDefinition(request: Request, name: string): RbacReply {
  const { world, caller } = request
  const body = jsonObject(request.body)
  const properties = body?.['properties'] as Record<string, unknown> | undefined
  if (!properties || typeof properties !== 'object')
    return badRequest(
      'InvalidRequestContent',
      'The request content was invalid and could not be deserialized.'
    )
  const roleName = properties['roleName']
  const assignableScopes = properties['assignableScopes']
  const permissions = properties['permissions']
  if (typeof roleName !== 'string' || roleName.trim() === '')
    return badRequest(
      'RoleDefinitionNameNullOrEmpty',
      'The role definition name cannot be null or empty.'
    )
  if (
    !Array.isArray(assignableScopes) ||
    assignableScopes.length === 0 ||
    !assignableScopes.every((scope) => typeof scope === 'string')
  )
    return badRequest(
      'InvalidAssignableScopes',
      'The role definition must have at least one assignable scope.'
    )
  if (!Array.isArray(permissions))
    return badRequest(
      'InvalidRoleDefinitionPermissions',
      'The role definition permissions are invalid.'
    )
  // The caller needs roleDefinitions/write on every scope the role may be assigned at.
  for (const scope of assignableScopes as string[]) {
    const denied = authorize(request, 'Microsoft.Authorization/roleDefinitions/write', scope)
    if (denied) return denied
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(name))
    // Inferred wording.
    return badRequest(
      'InvalidRoleDefinitionId',
      `The role definition ID '${name}' is not valid. The role definition ID must be a GUID.`
    )
  const existing = findRoleDefinition(world, name)
  if (existing?.type === 'BuiltInRole')
    return {
      status: 403,
      code: 'AuthorizationFailed',
      message: 'Built-in role definitions cannot be changed.'
    }
  const sameName = world.roleDefinitions.find(
    (definition) =>
      definition !== existing &&
      definition.roleName.toLowerCase() === roleName.toLowerCase() &&
      (definition.type === 'BuiltInRole' ||
        (definition.tenantId ?? caller.tenantId) === caller.tenantId)
  )
  if (sameName)
    return {
      status: 409,
      code: 'RoleDefinitionWithSameNameExists',
      // Inferred wording.
      message:
        'A custom role with the same name already exists in this directory. Use a different name.'
    }
  const now = new Date().toISOString()
  const definition: RoleDefinition = {
    id: name.toLowerCase(),
    roleName,
    type: 'CustomRole',
    description: typeof properties['description'] === 'string' ? properties['description'] : '',
    permissions: (permissions as Array<Record<string, unknown>>).map((permission) => ({
      actions: strings(permission['actions']),
      notActions: strings(permission['notActions']),
      dataActions: strings(permission['dataActions']),
      notDataActions: strings(permission['notDataActions'])
    })),
    assignableScopes: [...(assignableScopes as string[])],
    tenantId: caller.tenantId,
    createdOn: existing?.createdOn ?? now,
    updatedOn: now,
    createdBy: caller.objectId
  }
  if (existing) world.roleDefinitions.splice(world.roleDefinitions.indexOf(existing), 1, definition)
  else world.roleDefinitions.push(definition)
  return { status: 201, body: definitionBody(request.route.subscriptionId, definition) }
}

function deleteDefinition(request: Request, name: string): RbacReply {
  const { world } = request
  const denied = authorize(request, 'Microsoft.Authorization/roleDefinitions/delete')
  if (denied) return denied
  const existing = findRoleDefinition(world, name)
  if (!existing) return { status: 204, body: undefined }
  if (world.roleAssignments.some((assignment) => assignment.roleDefinitionId === existing.id))
    return {
      status: 409,
      code: 'RoleDefinitionHasAssignments',
      message:
        'There are existing role assignments referencing role. Please delete all of the role assignments referencing the role first.'
    }
  world.roleDefinitions.splice(world.roleDefinitions.indexOf(existing), 1)
  return { status: 200, body: definitionBody(request.route.subscriptionId, existing) }
}

// --- role assignments ------------------------------------------------------------------------

function assignmentBody(world: World, assignment: RoleAssignment): Record<string, unknown> {
  const definition = findRoleDefinition(world, assignment.roleDefinitionId)
  const subscription = /^\/subscriptions\/[^/]+/i.exec(assignment.scope)?.[0] ?? ''
  return {
    properties: {
      roleDefinitionId: `${subscription}/providers/Microsoft.Authorization/roleDefinitions/${definition?.id ?? assignment.roleDefinitionId}`,
      principalId: assignment.principalId,
      principalType: assignment.principalType ?? principalTypeOf(world, assignment.principalId),
      scope: assignment.scope,
      condition: null,
      conditionVersion: null,
      createdOn: assignment.createdOn ?? null,
      updatedOn: assignment.createdOn ?? null,
      createdBy: assignment.createdBy ?? null,
      updatedBy: assignment.createdBy ?? null,
      delegatedManagedIdentityResourceId: null,
      description: null
    },
    id: `${assignment.scope}/providers/Microsoft.Authorization/roleAssignments/${assignment.id}`,
    type: 'Microsoft.Authorization/roleAssignments',
    name: assignment.id
  }
}

function principalTypeOf(world: World, principalId: string): PrincipalType {
  return world.users.some((user) => user.objectId === principalId) ? 'User' : 'ServicePrincipal'
}

/** The principal as the directory knows it: its creation time, or undefined when it does not exist. */
function principalCreatedAt(
  world: World,
  tenantId: string,
  principalId: string
): number | 'unknown' | undefined {
  const user = world.users.find(
    (candidate) => candidate.tenantId === tenantId && candidate.objectId === principalId
  )
  if (user) return user.createdAt ?? 0
  const app = world.apps.find(
    (candidate) =>
      candidate.tenantId === tenantId &&
      candidate.objectId === principalId &&
      candidate.hasServicePrincipal !== false
  )
  if (app) return app.servicePrincipalCreatedAt ?? 0
  return 'unknown'
}

function roleAssignments(request: Request): RbacReply {
  const { route, method, world } = request
  if (method === 'GET') {
    const denied = authorize(request, 'Microsoft.Authorization/roleAssignments/read')
    if (denied) return denied
    const missing = missingResourceGroup(request)
    if (missing) return missing
    if (route.name) {
      const found = findAssignment(world, route.scope, route.name)
      if (!found)
        return {
          status: 404,
          code: 'RoleAssignmentNotFound',
          message: `The role assignment '${route.name}' is not found.`
        }
      return { status: 200, body: assignmentBody(world, found) }
    }
    const filter = parseAssignmentFilter(request.filter)
    if (filter === 'invalid') return invalidFilter(request.filter ?? '')
    const listed = world.roleAssignments.filter((assignment) => {
      if (filter.principalId !== undefined && assignment.principalId !== filter.principalId)
        return false
      const above = scopeCovers(assignment.scope, route.scope)
      const below = scopeCovers(route.scope, assignment.scope)
      // atScope(): at the scope and above; otherwise at, above and below.
      return filter.atScope ? above : above || below
    })
    return {
      status: 200,
      body: { value: listed.map((assignment) => assignmentBody(world, assignment)) }
    }
  }
  if (method === 'PUT' && route.name) return putAssignment(request, route.name)
  if (method === 'DELETE' && route.name) {
    const denied = authorize(request, 'Microsoft.Authorization/roleAssignments/delete')
    if (denied) return denied
    const found = findAssignment(world, route.scope, route.name)
    if (!found) return { status: 204, body: undefined }
    world.roleAssignments.splice(world.roleAssignments.indexOf(found), 1)
    return { status: 200, body: assignmentBody(world, found) }
  }
  return methodNotAllowed(method)
}

function findAssignment(world: World, scope: string, name: string): RoleAssignment | undefined {
  return world.roleAssignments.find(
    (assignment) =>
      assignment.id.toLowerCase() === name.toLowerCase() &&
      assignment.scope.toLowerCase().replace(/\/+$/, '') === scope.toLowerCase()
  )
}

function parseAssignmentFilter(
  filter: string | null
): { principalId?: string; atScope: boolean } | 'invalid' {
  if (filter === null || filter.trim() === '') return { atScope: false }
  if (filter.trim() === 'atScope()') return { atScope: true }
  const match =
    /^\s*(?:principalId\s+eq\s+'([0-9a-fA-F-]+)'|assignedTo\('([0-9a-fA-F-]+)'\))\s*$/.exec(filter)
  if (!match) return 'invalid'
  return { principalId: (match[1] ?? match[2]!).toLowerCase(), atScope: false }
}

function putAssignment(request: Request, name: string): RbacReply {
  const { route, world, caller } = request
  const denied = authorize(request, 'Microsoft.Authorization/roleAssignments/write')
  if (denied) return denied
  const missing = missingResourceGroup(request)
  if (missing) return missing
  const properties = jsonObject(request.body)?.['properties'] as Record<string, unknown> | undefined
  if (!properties || typeof properties !== 'object')
    return badRequest(
      'InvalidRequestContent',
      'The request content was invalid and could not be deserialized.'
    )
  const roleDefinitionId = String(properties['roleDefinitionId'] ?? '')
  const principalId = String(properties['principalId'] ?? '').toLowerCase()
  const principalType = properties['principalType']
  if (
    principalType !== undefined &&
    principalType !== null &&
    !PRINCIPAL_TYPES.includes(principalType as PrincipalType)
  )
    return badRequest(
      'InvalidPrincipalType',
      `The principal type '${String(principalType)}' is not valid.`
    )
  const definitionGuid = /\/providers\/Microsoft\.Authorization\/roleDefinitions\/([^/]+)$/i.exec(
    roleDefinitionId
  )?.[1]
  const definition = definitionGuid ? findRoleDefinition(world, definitionGuid) : undefined
  if (!definition)
    return badRequest(
      'RoleDefinitionDoesNotExist',
      `The specified role definition with ID '${definitionGuid ?? roleDefinitionId}' does not exist.`
    )
  if (
    !definition.assignableScopes.some(
      (assignable) => assignable === '/' || scopeCovers(assignable, route.scope)
    )
  )
    // Inferred wording.
    return {
      status: 403,
      code: 'InvalidCreateRoleAssignmentRequest',
      message: `The role ${definition.roleName} is not available for assignment at the requested scope.`
    }
  // Without principalType ARM asks the directory, whose replica may not have a fresh principal yet.
  if (!principalType) {
    const created = principalCreatedAt(world, caller.tenantId, principalId)
    if (created === 'unknown' || isFresh(created, world.graph.principalReplicationMs))
      return badRequest(
        'PrincipalNotFound',
        `Principal ${principalId.replace(/-/g, '')} does not exist in the directory ${caller.tenantId}. Check that you have the correct principal ID. ` +
          'If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay. ' +
          'In this case, set the role assignment principalType property to a value, such as ServicePrincipal, User, or Group.  See https://aka.ms/docs-principaltype'
      )
  }
  const scope = route.scope
  const same = world.roleAssignments.find(
    (assignment) =>
      assignment.principalId === principalId &&
      assignment.roleDefinitionId.toLowerCase() === definition.id.toLowerCase() &&
      assignment.scope.toLowerCase().replace(/\/+$/, '') === scope.toLowerCase()
  )
  if (same)
    return {
      status: 409,
      code: 'RoleAssignmentExists',
      message: 'The role assignment already exists.'
    }
  const assignment: RoleAssignment = {
    id: name.toLowerCase(),
    principalId,
    roleDefinitionId: definition.id,
    scope,
    createdOn: new Date().toISOString(),
    createdBy: caller.objectId,
    ...(principalType ? { principalType: principalType as PrincipalType } : {})
  }
  world.roleAssignments.push(assignment)
  return { status: 201, body: assignmentBody(world, assignment) }
}

// --- shared ----------------------------------------------------------------------------------

function badRequest(code: string, message: string): ArmFailure {
  return { status: 400, code, message }
}

function methodNotAllowed(method: string): ArmFailure {
  return {
    status: 405,
    code: 'MethodNotAllowed',
    message: `The requested resource does not support http method '${method}'.`
  }
}

// Inferred wording.
function invalidFilter(filter: string): ArmFailure {
  return badRequest('InvalidFilterInQueryString', `The filter '${filter}' is not supported.`)
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}

function jsonObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'))
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
