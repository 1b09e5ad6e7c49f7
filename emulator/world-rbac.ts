// Azure RBAC as one model: role definitions (built-in and custom) and the assignments that name
// them. ARM's authorization of every call, the action's included, is read from here, so what a
// role assignment made through the RBAC API grants is exactly what the caller is then allowed.
import { randomUUID } from 'node:crypto'

interface Permission {
  actions: string[]
  notActions: string[]
  dataActions: string[]
  notDataActions: string[]
}

export interface RoleDefinition {
  /** The definition's GUID (its ARM `name`). */
  id: string
  roleName: string
  type: 'BuiltInRole' | 'CustomRole'
  description: string
  permissions: Permission[]
  /** `/` for built-in roles; subscription, resource group or resource ids for custom roles. */
  assignableScopes: string[]
  /** The directory a custom role belongs to (role names are unique per tenant). */
  tenantId?: string
  createdOn: string
  updatedOn: string
  createdBy?: string
}

export type PrincipalType = 'User' | 'Group' | 'ServicePrincipal' | 'ForeignGroup' | 'Device'

export interface RoleAssignment {
  /** Principal object id: a user or a service principal. */
  principalId: string
  /** GUID of the role definition it grants. */
  roleDefinitionId: string
  /** ARM scope; the assignment covers this id and everything below it. */
  scope: string
  /** The assignment's GUID (its ARM `name`). */
  id: string
  principalType?: PrincipalType
  createdOn?: string
  createdBy?: string
}

export interface RbacState {
  roleDefinitions: RoleDefinition[]
  roleAssignments: RoleAssignment[]
}

const BUILT_IN_DATE = '2015-02-02T21:55:09.8806423Z'

function builtIn(
  id: string,
  roleName: string,
  description: string,
  actions: string[],
  notActions: string[] = []
): RoleDefinition {
  return {
    id,
    roleName,
    type: 'BuiltInRole',
    description,
    permissions: [{ actions, notActions, dataActions: [], notDataActions: [] }],
    assignableScopes: ['/'],
    createdOn: BUILT_IN_DATE,
    updatedOn: BUILT_IN_DATE
  }
}

/** Azure's built-in roles the setup command meets, with their real ids and actions. */
export const BUILT_IN_ROLES = {
  Owner: builtIn(
    '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    'Owner',
    'Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.',
    ['*']
  ),
  Contributor: builtIn(
    'b24988ac-6180-42a0-ab88-20f7382dd24c',
    'Contributor',
    'Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC, manage assignments in Azure Blueprints, or share image galleries.',
    ['*'],
    [
      'Microsoft.Authorization/*/Delete',
      'Microsoft.Authorization/*/Write',
      'Microsoft.Authorization/elevateAccess/Action',
      'Microsoft.Blueprint/blueprintAssignments/write',
      'Microsoft.Blueprint/blueprintAssignments/delete',
      'Microsoft.Compute/galleries/share/action'
    ]
  ),
  Reader: builtIn(
    'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    'Reader',
    'View all resources, but does not allow you to make any changes.',
    ['*/read']
  ),
  'User Access Administrator': builtIn(
    '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
    'User Access Administrator',
    'Lets you manage user access to Azure resources.',
    ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*']
  ),
  'Role Based Access Control Administrator': builtIn(
    'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
    'Role Based Access Control Administrator',
    'Manage access to Azure resources by assigning roles using Azure RBAC. This role does not allow you to manage access using other ways, such as Azure Policy.',
    [
      'Microsoft.Authorization/roleAssignments/write',
      'Microsoft.Authorization/roleAssignments/delete',
      '*/read',
      'Microsoft.Support/*'
    ]
  )
} as const satisfies Record<string, RoleDefinition>

export type BuiltInRoleName = keyof typeof BUILT_IN_ROLES

export function builtInRoleDefinitions(): RoleDefinition[] {
  return Object.values(BUILT_IN_ROLES).map((role) => structuredClone(role))
}

/** An action pattern as Azure matches it: case-insensitive, `*` standing for any run of characters. */
export function actionMatches(pattern: string, action: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`, 'i').test(action)
}

/** True when the definition grants the (control-plane) action: some action matches, no notAction does. */
export function grants(definition: RoleDefinition, action: string): boolean {
  return definition.permissions.some(
    (permission) =>
      permission.actions.some((pattern) => actionMatches(pattern, action)) &&
      !permission.notActions.some((pattern) => actionMatches(pattern, action))
  )
}

function normalScope(scope: string): string {
  return scope.toLowerCase().replace(/\/+$/, '')
}

/** True when `scope` is `ancestor` or lies below it (`/` and `''` are the root). */
export function scopeCovers(ancestor: string, scope: string): boolean {
  const granted = normalScope(ancestor)
  const target = normalScope(scope)
  return granted === '' || target === granted || target.startsWith(`${granted}/`)
}

export function findRoleDefinition(state: RbacState, id: string): RoleDefinition | undefined {
  const wanted = id.toLowerCase()
  return state.roleDefinitions.find((definition) => definition.id.toLowerCase() === wanted)
}

/** True when an assignment of the principal grants the action on the scope or an ancestor. */
export function isAllowed(
  state: RbacState,
  principalId: string,
  action: string,
  scope: string
): boolean {
  return state.roleAssignments.some((assignment) => {
    if (assignment.principalId !== principalId || !scopeCovers(assignment.scope, scope))
      return false
    const definition = findRoleDefinition(state, assignment.roleDefinitionId)
    return definition !== undefined && grants(definition, action)
  })
}

/** A custom role made by a test helper: its own definition, named so it never meets a setup role. */
function helperRole(state: RbacState, actions: readonly string[], scope: string): RoleDefinition {
  const now = new Date().toISOString()
  const definition: RoleDefinition = {
    id: randomUUID(),
    roleName: `Emulator role ${state.roleDefinitions.length + 1}`,
    type: 'CustomRole',
    description: 'Made by a test of the emulator.',
    permissions: [{ actions: [...actions], notActions: [], dataActions: [], notDataActions: [] }],
    assignableScopes: [scope],
    createdOn: now,
    updatedOn: now
  }
  state.roleDefinitions.push(definition)
  return definition
}

/** Assigns a new custom role with exactly `actions` to the principal on the scope. */
export function grantRole(
  state: RbacState,
  principalId: string,
  scope: string,
  actions: readonly string[]
): RoleAssignment {
  const definition = helperRole(state, actions, scope)
  return assignRole(state, principalId, scope, definition.id)
}

/** Assigns an existing role definition (a built-in's name or a definition GUID). */
export function assignRole(
  state: RbacState,
  principalId: string,
  scope: string,
  role: BuiltInRoleName | string,
  principalType?: PrincipalType
): RoleAssignment {
  const roleDefinitionId =
    role in BUILT_IN_ROLES ? BUILT_IN_ROLES[role as BuiltInRoleName].id : role
  const assignment: RoleAssignment = {
    id: randomUUID(),
    principalId,
    roleDefinitionId,
    scope,
    createdOn: new Date().toISOString(),
    ...(principalType ? { principalType } : {})
  }
  state.roleAssignments.push(assignment)
  return assignment
}

/**
 * Takes actions away from every assignment of the principal: each gets a copy of its role without
 * them (definitions are never edited in place, so a saved list of assignments restores the rights).
 */
export function removeRoleActions(
  state: RbacState,
  principalId: string,
  actions: readonly string[]
): void {
  const removed = new Set(actions.map((action) => action.toLowerCase()))
  state.roleAssignments.forEach((assignment, index) => {
    if (assignment.principalId !== principalId) return
    const definition = findRoleDefinition(state, assignment.roleDefinitionId)
    if (!definition) return
    const kept = definition.permissions
      .flatMap((permission) => permission.actions)
      .filter((action) => !removed.has(action.toLowerCase()))
    const notActions = definition.permissions.flatMap((permission) => permission.notActions)
    const copy = helperRole(state, kept, assignment.scope)
    copy.permissions[0]!.notActions = [...notActions, ...actions]
    state.roleAssignments[index] = { ...assignment, roleDefinitionId: copy.id }
  })
}
