// App registrations, their service principals and federated credentials (PROTOCOLS.md §7).
import { ActionError } from '../errors.js'
import { callGraph, GraphError, graphJson, odataString, type GraphApi } from './client.js'

export interface Application {
  /** Object id: what the application's own URLs name. */
  id: string
  /** Client id: what a workflow's client-id is. */
  appId: string
  displayName: string
}

export interface FederatedCredential {
  name: string
  issuer: string
  subject: string
  audiences: string[]
  description?: string | undefined
}

/** Most federated credentials one app may hold (PROTOCOLS.md §2, §7). */
export const MAX_FEDERATED_CREDENTIALS = 20

function valuesOf(body: Record<string, unknown>, step: string): Record<string, unknown>[] {
  if (!Array.isArray(body.value)) {
    throw new ActionError(`${step}: the reply has no list (value).`, { step })
  }
  return body.value.filter(
    (item): item is Record<string, unknown> => typeof item === 'object' && item !== null
  )
}

function application(item: Record<string, unknown>, step: string): Application {
  const { id, appId, displayName } = item
  if (typeof id !== 'string' || typeof appId !== 'string') {
    throw new ActionError(`${step}: an application without id or appId.`, { step })
  }
  return { id, appId, displayName: typeof displayName === 'string' ? displayName : '' }
}

/** Every app registration of that display name the caller can see. */
export async function findApplications(api: GraphApi, displayName: string): Promise<Application[]> {
  const step = 'Graph find app registration'
  const filter = encodeURIComponent(`displayName eq ${odataString(displayName)}`)
  const reply = await callGraph(api, {
    step,
    method: 'GET',
    path: `/applications?$filter=${filter}`
  })
  return valuesOf(graphJson(reply, step), step).map((item) => application(item, step))
}

/** A single-tenant app registration; never with a secret or certificate. */
export async function createApplication(api: GraphApi, displayName: string): Promise<Application> {
  const step = 'Graph create app registration'
  const reply = await callGraph(api, {
    step,
    method: 'POST',
    path: '/applications',
    body: { displayName, signInAudience: 'AzureADMyOrg' }
  })
  return application(graphJson(reply, step), step)
}

/** The app's service principal id, or undefined when it has none. */
export async function findServicePrincipal(
  api: GraphApi,
  appId: string
): Promise<string | undefined> {
  const step = 'Graph read service principal'
  try {
    const reply = await callGraph(api, {
      step,
      method: 'GET',
      path: `/servicePrincipals(appId=${encodeURIComponent(odataString(appId))})`
    })
    const id = graphJson(reply, step).id
    return typeof id === 'string' ? id : undefined
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return undefined
    throw error
  }
}

/** Creates the service principal; an app created moments ago may need a few seconds to replicate. */
export async function createServicePrincipal(api: GraphApi, appId: string): Promise<string> {
  const step = 'Graph create service principal'
  const reply = await callGraph(api, {
    step,
    method: 'POST',
    path: '/servicePrincipals',
    body: { appId },
    replication: true
  })
  const id = graphJson(reply, step).id
  if (typeof id !== 'string') throw new ActionError(`${step}: the reply has no id.`, { step })
  return id
}

export async function listFederatedCredentials(
  api: GraphApi,
  applicationId: string,
  afterCreate = false
): Promise<FederatedCredential[]> {
  const step = 'Graph list federated credentials'
  const reply = await callGraph(api, {
    step,
    method: 'GET',
    path: `/applications/${encodeURIComponent(applicationId)}/federatedIdentityCredentials`,
    replication: afterCreate
  })
  return valuesOf(graphJson(reply, step), step).map((item) => ({
    name: String(item.name ?? ''),
    issuer: String(item.issuer ?? ''),
    subject: String(item.subject ?? ''),
    audiences: Array.isArray(item.audiences) ? item.audiences.map(String) : [],
    ...(typeof item.description === 'string' ? { description: item.description } : {})
  }))
}

/** Creates or updates the credential of that name (PATCH with `Prefer: create-if-missing`). */
export async function upsertFederatedCredential(
  api: GraphApi,
  applicationId: string,
  credential: FederatedCredential
): Promise<'created' | 'updated'> {
  const step = `Graph write federated credential ${credential.name}`
  const reply = await callGraph(api, {
    step,
    method: 'PATCH',
    path: `/applications/${encodeURIComponent(applicationId)}/federatedIdentityCredentials(name=${encodeURIComponent(odataString(credential.name))})`,
    headers: { prefer: 'create-if-missing' },
    body: credential,
    replication: true
  })
  return reply.status === 201 ? 'created' : 'updated'
}
