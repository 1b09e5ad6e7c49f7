// A runner machine with a managed identity, for the e2e runs that sign in with
// `auth-type: managed-identity`: the identity in the emulator's world with the deploying role, and
// the inputs and variables of such a job (the identity endpoint's, and no OIDC token variables).
import type { Emulator, IdentityForm } from '../../emulator/index.js'
import { newManagedIdentity, type ManagedIdentity } from '../../emulator/managed-identity.js'
import { grantRole, LEAST_PRIVILEGE_ACTIONS, staticSiteId } from '../../emulator/world.js'
import { defaultSite } from './deploy.js'

/** A managed identity on the runner's machine, granted the least-privilege role on the site. */
export function giveMachineIdentity(
  emulator: Emulator,
  kind: 'system' | 'user',
  role = true
): ManagedIdentity {
  const identity = newManagedIdentity(
    emulator.world,
    kind === 'system' ? 'runner-vm' : 'id-deployer'
  )
  if (kind === 'system') emulator.identity.machine.systemAssigned = identity
  else emulator.identity.machine.userAssigned.push(identity)
  if (role) {
    grantRole(
      emulator.world,
      identity.objectId,
      staticSiteId(defaultSite(emulator)),
      LEAST_PRIVILEGE_ACTIONS
    )
  }
  return identity
}

/** Inputs and variables of a job signing in with the machine's identity: no OIDC variables at all. */
export function managedIdentityJob(
  emulator: Emulator,
  form: IdentityForm = 'imds'
): { inputs: Record<string, string>; env: Record<string, string | undefined> } {
  return {
    inputs: { 'auth-type': 'managed-identity', 'client-id': '', 'tenant-id': '' },
    env: {
      ...emulator.identityEnv(form),
      ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
    }
  }
}
