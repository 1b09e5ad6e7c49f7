// The one custom role the action needs, exactly four actions, and its assignment to the service
// principal on the one Static Web App (PROTOCOLS.md §3 least privilege, §8 the calls). Never
// Contributor, Owner or User Access Administrator.
import { createHash } from 'node:crypto'
import { waitUnlessCancelled } from '../cancel.js'
import { ROLE_ACTIONS_CLOSE, ROLE_ACTIONS_UPLOAD } from '../diagnose.js'
import { ActionError } from '../errors.js'
import { printable } from '../format.js'
import { knob } from '../knobs.js'
import type { RbacClient } from './client.js'

const DEPLOY_ROLE_ACTIONS: readonly string[] = [...ROLE_ACTIONS_UPLOAD, ...ROLE_ACTIONS_CLOSE]
export const DEPLOY_ROLE_NAME = 'Static Web App Deployer (keyless-swa-deploy)'
const DEPLOY_ROLE_DESCRIPTION =
  'Read a Static Web App and its deployment token, list and delete its preview environments: what keyless-swa-deploy needs, nothing more.'

export interface DeployRole {
  /** Full id, `/subscriptions/S/providers/Microsoft.Authorization/roleDefinitions/GUID`. */
  id: string
  /** The GUID. */
  name: string
  roleName: string
  actions: string[]
  exact: boolean
}

/**
 * The role is defined on the app's resource group (where an Owner of the group may define it, and
 * assignable there only). Role names are unique per tenant: a second group gets a name of its own.
 */
export function deployRoleNames(scope: string): string[] {
  const [, , subscriptionId = '', , resourceGroup = ''] = scope.split('/')
  return [DEPLOY_ROLE_NAME, `${DEPLOY_ROLE_NAME} ${resourceGroup} ${subscriptionId.slice(0, 8)}`]
}

/** A GUID that is always the same for the same text, so a repeated PUT names the same object. */
export function stableGuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** The SDK's `{scope}` is spliced after the host's slash: it is given without its own leading one. */
function sdkScope(scope: string): string {
  return scope.replace(/^\/+/, '')
}

interface RestErrorShape {
  statusCode?: number
  code?: string
  message?: string
}

function restError(error: unknown): RestErrorShape {
  return typeof error === 'object' && error !== null ? (error as RestErrorShape) : {}
}

/** The fix for each RBAC refusal, by ARM's error code (PROTOCOLS.md §8). */
const RBAC_FIXES: Readonly<Record<string, (what: 'definition' | 'assignment') => string>> = {
  AuthorizationFailed: (what) =>
    what === 'definition'
      ? "Ask for Owner or User Access Administrator on the app's resource group (setup defines its custom role there), or have someone with it run setup once."
      : 'Ask for Owner, User Access Administrator or Role Based Access Control Administrator on the Static Web App (or its resource group), or have someone with it run setup once.',
  RoleDefinitionWithSameNameExists: () =>
    'Another role of this name exists in the tenant; delete it or make it assignable in this subscription.',
  InvalidAuthenticationToken: () => 'Sign in again (az login) to the tenant of the subscription.'
}

function rbacError(error: unknown, step: string, what: 'definition' | 'assignment'): ActionError {
  if (error instanceof ActionError) return error
  const rest = restError(error)
  const code = rest.code ?? ''
  const fix =
    RBAC_FIXES[code]?.(what) ??
    'Run setup again; if it persists, check the Azure status page and the role in the portal.'
  return new ActionError(
    `${step} failed: ${rest.statusCode ? `HTTP ${rest.statusCode} ` : ''}${code ? `${code} ` : ''}(${printable(rest.message ?? String(error), 600)}).`,
    { step, fix, doc: 'setup', ...(rest.statusCode ? { status: rest.statusCode } : {}) }
  )
}

/** Our role as the subscription sees it, under either of its names. */
export async function findDeployRole(
  client: RbacClient,
  scope: string
): Promise<DeployRole | undefined> {
  for (const roleName of deployRoleNames(scope)) {
    try {
      for await (const role of client.roleDefinitions.list(sdkScope(scope), {
        filter: `roleName eq '${roleName.replace(/'/g, "''")}'`
      })) {
        if (role.roleType !== 'CustomRole' || !role.id || !role.name) continue
        const actions = (role.permissions ?? []).flatMap((permission) => permission.actions ?? [])
        const others = (role.permissions ?? []).flatMap((permission) => [
          ...(permission.notActions ?? []),
          ...(permission.dataActions ?? []),
          ...(permission.notDataActions ?? [])
        ])
        const exact =
          others.length === 0 &&
          actions.length === DEPLOY_ROLE_ACTIONS.length &&
          DEPLOY_ROLE_ACTIONS.every((action) =>
            actions.some((held) => held.toLowerCase() === action.toLowerCase())
          )
        return { id: role.id, name: role.name, roleName: role.roleName ?? roleName, actions, exact }
      }
    } catch (error) {
      throw rbacError(error, 'ARM read role definition', 'definition')
    }
  }
  return undefined
}

/** Creates the role, or sets an existing one of our name back to exactly the four actions. */
export async function writeDeployRole(
  client: RbacClient,
  scope: string,
  existing: DeployRole | undefined
): Promise<DeployRole> {
  const names = existing ? [existing.roleName] : deployRoleNames(scope)
  for (const [index, roleName] of names.entries()) {
    const guid = existing?.name ?? stableGuid(`${scope}|${roleName}`)
    try {
      const role = await client.roleDefinitions.createOrUpdate(sdkScope(scope), guid, {
        roleName,
        description: DEPLOY_ROLE_DESCRIPTION,
        roleType: 'CustomRole',
        permissions: [
          { actions: [...DEPLOY_ROLE_ACTIONS], notActions: [], dataActions: [], notDataActions: [] }
        ],
        assignableScopes: [scope]
      })
      return {
        id: role.id ?? `${scope}/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
        name: guid,
        roleName,
        actions: [...DEPLOY_ROLE_ACTIONS],
        exact: true
      }
    } catch (error) {
      const sameName = restError(error).code === 'RoleDefinitionWithSameNameExists'
      if (sameName && index < names.length - 1) continue
      throw rbacError(error, 'ARM write role definition', 'definition')
    }
  }
  throw new ActionError('ARM write role definition: no role name was free.', { doc: 'setup' })
}

const guidOf = (id: string | undefined): string => (id ?? '').split('/').pop()?.toLowerCase() ?? ''

/** Whether the principal holds the role on exactly this scope. */
export async function hasAssignment(
  client: RbacClient,
  scope: string,
  principalId: string,
  roleDefinitionId: string
): Promise<boolean> {
  try {
    for await (const assignment of client.roleAssignments.listForScope(sdkScope(scope), {
      filter: `principalId eq '${principalId}'`
    })) {
      if (
        assignment.principalId === principalId &&
        guidOf(assignment.roleDefinitionId) === guidOf(roleDefinitionId) &&
        (assignment.scope ?? '').toLowerCase() === scope.toLowerCase()
      ) {
        return true
      }
    }
    return false
  } catch (error) {
    throw rbacError(error, 'ARM read role assignment', 'assignment')
  }
}

/** Waits for a new principal: 1, 2, 4, 8, 16, 16 s (about 47 s), shorter only against the emulator. */
const REPLICATION_ATTEMPTS = 7

/**
 * Assigns the role on the scope, `principalType: ServicePrincipal` set; a principal created
 * moments ago (`PrincipalNotFound`) is waited for; `RoleAssignmentExists` means it is done.
 */
export async function assignDeployRole(
  client: RbacClient,
  scope: string,
  principalId: string,
  roleDefinitionId: string,
  signal: AbortSignal,
  armEndpoint: string
): Promise<'created' | 'existed'> {
  const step = 'ARM write role assignment'
  const base = knob('retryBaseMs', armEndpoint)
  for (let attempt = 1; ; attempt++) {
    try {
      await client.roleAssignments.create(
        sdkScope(scope),
        stableGuid(`${scope}|${roleDefinitionId}|${principalId}`),
        {
          roleDefinitionId,
          principalId,
          principalType: 'ServicePrincipal'
        }
      )
      return 'created'
    } catch (error) {
      const code = restError(error).code
      if (code === 'RoleAssignmentExists') return 'existed'
      if (code !== 'PrincipalNotFound' || attempt >= REPLICATION_ATTEMPTS) {
        throw rbacError(error, step, 'assignment')
      }
      await waitUnlessCancelled(Math.min(base * 2 ** (attempt - 1), base * 16), signal, step)
    }
  }
}
