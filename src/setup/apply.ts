// Carries a plan out in order (registration, service principal, credentials, role, assignment,
// variables), each step skipped when already true; an error says what was already done. Then
// reads back what the deploying jobs will meet (ACTION.md setup step 8).
import { ActionError } from '../errors.js'
import {
  createApplication,
  createServicePrincipal,
  listFederatedCredentials,
  upsertFederatedCredential
} from '../graph/applications.js'
import { assignDeployRole, hasAssignment, writeDeployRole } from '../rbac/deployRole.js'
import { anotherApp } from './clientIds.js'
import { readVariable, writeVariable } from './github.js'
import { rbacFor, roleScope, type Connections, type Plan } from './plan.js'

/** What a deploying job will meet after setup: its subject trusted or not, the role on the app. */
export interface ReadBack {
  jobs: Array<{
    workflow: string
    job: string
    trigger: string
    subject: string | undefined
    trusted: boolean
  }>
  /** Extra subjects (from --subject) and whether each is trusted. */
  extras: Array<{ subject: string; trusted: boolean }>
  role: boolean
  variables: Array<{ name: string; written: boolean }>
  /** Jobs whose client-id names another app, each as a sentence with its fix. */
  wrongClientIds: string[]
}

export interface Applied {
  done: string[]
}

/** Runs `step`, or rethrows its error with what was already done. */
async function step<T>(done: string[], work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    const already = done.length > 0 ? `Already done: ${done.join('; ')}.` : 'Nothing was changed.'
    if (error instanceof ActionError) {
      throw new ActionError(
        `${error.message.replace(/\s*Nothing was changed\.$/, '')} ${already}`,
        {
          ...(error.fix ? { fix: error.fix } : {}),
          ...(error.doc ? { doc: error.doc } : {}),
          ...(error.step ? { step: error.step } : {}),
          ...(error.status ? { status: error.status } : {})
        }
      )
    }
    throw error
  }
}

export async function applyPlan(plan: Plan, connections: Connections): Promise<Applied> {
  const done: string[] = []
  const { graph } = connections

  let objectId = plan.registration.objectId
  let appId = plan.registration.appId
  let created = false
  if (objectId === undefined || appId === undefined) {
    const app = await step(done, () => createApplication(graph, plan.registration.displayName))
    objectId = app.id
    appId = app.appId
    created = true
    plan.registration = { ...plan.registration, appId, objectId }
    done.push(`app registration '${plan.registration.displayName}' created (client id ${appId})`)
  }
  let principalId = plan.servicePrincipal.id
  if (principalId === undefined) {
    const newAppId = appId
    principalId = await step(done, () => createServicePrincipal(graph, newAppId))
    plan.servicePrincipal = { ...plan.servicePrincipal, id: principalId }
    done.push(`service principal created (object id ${principalId})`)
  }
  for (const credential of plan.credentials) {
    if (credential.status === 'present') continue
    const appObjectId = objectId
    await step(done, () =>
      upsertFederatedCredential(graph, appObjectId, {
        name: credential.name,
        issuer: plan.issuer,
        subject: credential.subject,
        audiences: [plan.audience],
        description: 'Added by keyless-swa-deploy setup.'
      })
    )
    done.push(
      `federated credential ${credential.name} ${credential.status === 'create' ? 'added' : 'updated'}`
    )
  }

  const rbac = rbacFor(connections, plan.subscription.subscriptionId)
  let roleId = plan.role.id
  if (plan.role.status !== 'present' || roleId === undefined) {
    const existing =
      plan.role.id && plan.role.guid
        ? {
            id: plan.role.id,
            name: plan.role.guid,
            roleName: plan.role.roleName,
            actions: [],
            exact: false
          }
        : undefined
    const role = await step(done, () => writeDeployRole(rbac, roleScope(plan.site), existing))
    roleId = role.id
    plan.role = { roleName: role.roleName, id: role.id, guid: role.name, status: plan.role.status }
    done.push(`role '${role.roleName}' ${existing ? 'set to its four actions' : 'created'}`)
  }
  if (plan.assignment.status !== 'present') {
    const principal = principalId
    const definition = roleId
    const outcome = await step(done, () =>
      assignDeployRole(
        rbac,
        plan.assignment.scope,
        principal,
        definition,
        connections.signal,
        connections.armEndpoint
      )
    )
    done.push(
      outcome === 'created' ? 'role assigned on the app' : 'role assignment was already there'
    )
  }

  const github = connections.github
  for (const variable of plan.variables) {
    if (variable.name === 'AZURE_CLIENT_ID') variable.value = appId
    if (variable.status === 'print' || github === undefined) continue
    if (variable.status === 'present' && !created) continue
    const current = await step(done, () => readVariable(github, plan.repository, variable.name))
    if (current === variable.value) continue
    await step(done, () =>
      writeVariable(github, plan.repository, variable.name, variable.value, current !== undefined)
    )
    done.push(`variable ${variable.name} written`)
  }
  return { done }
}

/** What the jobs will meet now: credentials read again (a new one may take a moment to be listed). */
export async function readBack(
  plan: Plan,
  connections: Connections,
  afterChanges: boolean
): Promise<ReadBack> {
  const objectId = plan.registration.objectId
  const held = objectId
    ? await listFederatedCredentials(connections.graph, objectId, afterChanges)
    : []
  const trusted = (subject: string | undefined): boolean =>
    subject !== undefined &&
    held.some(
      (credential) =>
        credential.issuer === plan.issuer &&
        credential.subject === subject &&
        credential.audiences.includes(plan.audience)
    )
  const rbac = rbacFor(connections, plan.subscription.subscriptionId)
  const role =
    plan.role.id !== undefined && plan.servicePrincipal.id !== undefined
      ? await hasAssignment(rbac, plan.assignment.scope, plan.servicePrincipal.id, plan.role.id)
      : false
  const variables: ReadBack['variables'] = []
  for (const variable of plan.variables) {
    if (variable.status === 'print' || connections.github === undefined) continue
    const value = await readVariable(connections.github, plan.repository, variable.name)
    variables.push({ name: variable.name, written: value === variable.value })
  }
  return {
    jobs: plan.jobs.map((row) => ({
      workflow: row.workflow,
      job: row.job,
      trigger: row.trigger,
      subject: row.subject,
      trusted: trusted(row.subject)
    })),
    extras: plan.extraSubjects.map((subject) => ({ subject, trusted: trusted(subject) })),
    role,
    variables,
    wrongClientIds: plan.wrongClientIds.map((use) => anotherApp(use, plan.registration.displayName))
  }
}

/** Whether every job that has a subject signs in and may deploy, and the variables are in place. */
export function readBackOk(result: ReadBack): boolean {
  return (
    result.role &&
    result.jobs.every((row) => row.subject === undefined || row.trusted) &&
    result.extras.every((extra) => extra.trusted) &&
    result.variables.every((variable) => variable.written) &&
    result.wrongClientIds.length === 0
  )
}
