// The directory's people and its Microsoft Graph knobs: users who sign in with a password (the
// Azure CLI's `az login -u … -p …`), the Entra roles that let them register and manage apps, and
// the faults of a replicated directory (reads that miss a fresh object, credentials not honoured
// yet, throttling).
import { randomUUID } from 'node:crypto'

/** Entra directory roles that matter to app registrations. */
export type DirectoryRole =
  | 'Global Administrator'
  | 'Application Administrator'
  | 'Cloud Application Administrator'
  | 'Application Developer'

/** Roles that may register apps even when the tenant forbids it to members. */
export const APP_REGISTERING_ROLES: readonly DirectoryRole[] = [
  'Global Administrator',
  'Application Administrator',
  'Cloud Application Administrator',
  'Application Developer'
]

/** Roles that may change any app registration, not only the ones the user owns. */
export const APP_MANAGING_ROLES: readonly DirectoryRole[] = [
  'Global Administrator',
  'Application Administrator',
  'Cloud Application Administrator'
]

export interface DirectoryUser {
  tenantId: string
  objectId: string
  /** `name@domain`, what `az login -u` takes. */
  userPrincipalName: string
  displayName: string
  password: string
  directoryRoles: DirectoryRole[]
  /** Epoch ms the user was created; a fresh principal is subject to replication delay. */
  createdAt?: number
}

export interface GraphBehaviour {
  /** A read of an object (by id or appId) younger than this answers 404 Request_ResourceNotFound. */
  replicationDelayMs: number
  /** A federated credential younger than this is not honoured by Entra yet (AADSTS70021/700213). */
  credentialPropagationMs: number
  /** A role assignment without principalType for a principal younger than this: 400 PrincipalNotFound. */
  principalReplicationMs: number
  /** The next `times` Graph requests answer 429 with this Retry-After. */
  throttle: { times: number; retryAfterSeconds: number }
}

export function defaultGraphBehaviour(): GraphBehaviour {
  return {
    replicationDelayMs: 0,
    credentialPropagationMs: 0,
    principalReplicationMs: 0,
    throttle: { times: 0, retryAfterSeconds: 1 }
  }
}

/** The Azure CLI's first-party client id (public client; what `az login` signs in as). */
export const AZURE_CLI_CLIENT_ID = '04b07795-8ddb-461a-bbee-02f9e1bf7b46'
/** Azure PowerShell's, also a first-party public client. */
const AZURE_POWERSHELL_CLIENT_ID = '1950a258-227b-4e31-a9cf-717495945fc2'
/** Public clients Entra lets users sign in to with a password (ROPC). */
export const FIRST_PARTY_PUBLIC_CLIENTS = [AZURE_CLI_CLIENT_ID, AZURE_POWERSHELL_CLIENT_ID]

export interface NewUser {
  tenantId: string
  /** Local part; the tenant's domain is appended. */
  name: string
  domain: string
  password?: string
  directoryRoles?: DirectoryRole[]
}

export function newUser(spec: NewUser): DirectoryUser {
  return {
    tenantId: spec.tenantId,
    objectId: randomUUID(),
    userPrincipalName: `${spec.name}@${spec.domain}`,
    displayName: spec.name.charAt(0).toUpperCase() + spec.name.slice(1),
    // Shaped like a generated password; tests read it from the world.
    password: spec.password ?? `Pw-${randomUUID()}`,
    directoryRoles: spec.directoryRoles ?? [],
    createdAt: Date.now()
  }
}

/** True when the object was created less than `delayMs` ago (a replica that has not seen it). */
export function isFresh(createdAt: number | undefined, delayMs: number): boolean {
  return createdAt !== undefined && delayMs > 0 && Date.now() - createdAt < delayMs
}
