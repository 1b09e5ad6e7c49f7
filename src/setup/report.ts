// What setup prints: the plan, the check's findings per job, the read-back, and the JSON form.
// Every line passes the printable filter, so no remembered secret can reach the terminal.
import { counted, printable } from '../format.js'
import type { ReadBack } from './apply.js'
import { anotherApp } from './clientIds.js'
import type { Plan, StepStatus } from './plan.js'

const MARK: Record<StepStatus | 'print', string> = {
  present: '=',
  create: '+',
  update: '~',
  print: ' '
}

const WORDS: Record<StepStatus, string> = {
  present: 'in place',
  create: 'to create',
  update: 'to update'
}

export function line(text: string): string {
  return printable(text, 2000)
}

function jobLabel(row: { workflow: string; job: string; trigger: string }): string {
  return `${row.workflow} › ${row.job} (${row.trigger})`
}

export function describeTarget(plan: Plan): string[] {
  const { site, subscription } = plan
  return [
    `Signed in through ${plan.login} (${plan.cloud}).`,
    `Static Web App: ${site.name} in resource group ${site.resourceGroup}, subscription ${subscription.subscriptionId}${subscription.displayName ? ` (${subscription.displayName})` : ''}, tenant ${subscription.tenantId}; plan ${site.sku}, deployment authorization policy ${site.deploymentAuthPolicy ?? 'DeploymentToken'}.`,
    `Repository: ${plan.repository}; issuer ${plan.issuer}; audience ${plan.audience}.`
  ]
}

export function describeJobs(plan: Plan): string[] {
  const lines = ['', 'Deploying jobs and the subject each will present:']
  for (const row of plan.jobs) {
    if (row.subject !== undefined) {
      lines.push(`  ${jobLabel(row)}: ${row.subject}`)
      continue
    }
    const settled = !plan.unsettled.includes(row)
    lines.push(`  ${jobLabel(row)}: no single exact subject: ${row.unresolved?.why ?? ''}.`)
    if (settled) lines.push('    settled by the --subject given.')
    else for (const choice of row.unresolved?.choices ?? []) lines.push(`    choice: ${choice}`)
  }
  for (const subject of plan.extraSubjects) lines.push(`  --subject: ${subject}`)
  return lines
}

export function describePlan(plan: Plan): string[] {
  const lines = ['', 'Plan (= in place, + to create, ~ to update):']
  const { registration, servicePrincipal, role, assignment } = plan
  lines.push(
    `  ${MARK[registration.status]} app registration '${registration.displayName}'${registration.appId ? ` (client id ${registration.appId})` : ''}: ${WORDS[registration.status]}`
  )
  lines.push(
    `  ${MARK[servicePrincipal.status]} its service principal: ${WORDS[servicePrincipal.status]}`
  )
  for (const credential of plan.credentials) {
    const twin = credential.caseTwin
      ? ` (the app has '${credential.caseTwin}', which differs in letter case only)`
      : ''
    lines.push(
      `  ${MARK[credential.status]} federated credential ${credential.name}: ${credential.subject}: ${WORDS[credential.status]}${twin}`
    )
  }
  lines.push(
    `    (${counted(plan.credentialsHeld, 'credential')} held now, ${plan.credentialsHeld + plan.credentials.filter((c) => c.status === 'create').length} of at most 20 after)`
  )
  lines.push(
    `  ${MARK[role.status]} custom role '${role.roleName}' (Microsoft.Web/staticSites/read, listSecrets/action, builds/read, builds/delete): ${WORDS[role.status]}`
  )
  lines.push(
    `  ${MARK[assignment.status]} that role for the service principal on ${assignment.scope}: ${WORDS[assignment.status]}`
  )
  for (const variable of plan.variables) {
    if (variable.status === 'print') continue
    lines.push(
      `  ${MARK[variable.status]} repository variable ${variable.name} = ${variable.value}: ${WORDS[variable.status]}`
    )
  }
  if (plan.notes.length > 0) {
    lines.push('', 'Notes:')
    for (const note of plan.notes) lines.push(`  - ${note}`)
  }
  return lines
}

/** The workflow step and its variables, for a run without --set-variables. */
export function describeVariables(plan: Plan): string[] {
  if (plan.variables.every((variable) => variable.status !== 'print')) return []
  return [
    '',
    'Add these as repository variables (Settings › Secrets and variables › Actions › Variables), or run again with --set-variables:',
    ...plan.variables.map((variable) => `  ${variable.name}=${variable.value}`),
    'and deploy with:',
    '  permissions:',
    '    id-token: write',
    '    contents: read',
    '  steps:',
    '    - uses: org/keyless-swa-deploy@v1',
    '      with:',
    '        client-id: ${{ vars.AZURE_CLIENT_ID }}',
    '        tenant-id: ${{ vars.AZURE_TENANT_ID }}',
    '        subscription-id: ${{ vars.AZURE_SUBSCRIPTION_ID }}',
    `        resource-group: ${plan.site.resourceGroup}`,
    `        app-name: ${plan.site.name}`
  ]
}

/** `--check`'s findings: one line per thing missing, naming the job, its subject and the fix. */
export function checkFindings(plan: Plan): string[] {
  const findings: string[] = []
  const run = 'run setup (without --check) to add it'
  if (plan.registration.status !== 'present') {
    findings.push(
      `No app registration '${plan.registration.displayName}': no job can sign in; ${run}.`
    )
  } else if (plan.servicePrincipal.status !== 'present') {
    findings.push(
      `App registration '${plan.registration.displayName}' has no service principal: no role can be given to it; ${run}.`
    )
  }
  for (const row of plan.jobs) {
    if (row.subject === undefined) continue
    const credential = plan.credentials.find((wanted) => wanted.subject === row.subject)
    if (credential === undefined || credential.status === 'present') continue
    const what =
      credential.status === 'update'
        ? `the credential for it has another audience than ${plan.audience}`
        : credential.caseTwin
          ? `the app trusts '${credential.caseTwin}', which differs in letter case only (the run would fail with AADSTS7002138)`
          : 'no federated credential trusts it (the run would fail with AADSTS700213)'
    findings.push(`${jobLabel(row)} will present ${row.subject}: ${what}; ${run}.`)
  }
  for (const credential of plan.credentials) {
    if (credential.status !== 'present' && plan.extraSubjects.includes(credential.subject)) {
      findings.push(`--subject ${credential.subject}: no federated credential trusts it; ${run}.`)
    }
  }
  for (const row of plan.unsettled) {
    findings.push(
      `${jobLabel(row)}: no single exact subject (${row.unresolved?.why ?? ''}); choose: ${row.unresolved?.choices.join('; ') ?? ''}.`
    )
  }
  if (plan.role.status === 'update') {
    findings.push(
      `The role '${plan.role.roleName}' does not hold exactly the four actions; ${run}.`
    )
  }
  if (plan.assignment.status !== 'present') {
    findings.push(
      `The service principal has not got the role on ${plan.assignment.scope}: the runs would sign in, then fail with AuthorizationFailed; ${run}.`
    )
  }
  for (const variable of plan.variables) {
    if (variable.status === 'create' || variable.status === 'update') {
      findings.push(
        `Repository variable ${variable.name} is not ${variable.value}; run setup --set-variables.`
      )
    }
  }
  for (const use of plan.wrongClientIds)
    findings.push(anotherApp(use, plan.registration.displayName))
  return findings
}

/** The read-back; the wait for Entra ID is announced only when this run added or changed a credential. */
export function describeReadBack(result: ReadBack, credentialsWritten: boolean): string[] {
  const lines = ['', 'Read back:']
  for (const row of result.jobs) {
    if (row.subject === undefined) {
      lines.push(`  ? ${jobLabel(row)}: no single subject (see the choices above)`)
      continue
    }
    lines.push(
      `  ${row.trusted ? 'ok' : 'MISSING'} ${jobLabel(row)}: ${row.subject}${row.trusted ? ' is trusted' : ' is not trusted'}`
    )
  }
  for (const extra of result.extras) {
    lines.push(`  ${extra.trusted ? 'ok' : 'MISSING'} --subject ${extra.subject}`)
  }
  lines.push(`  ${result.role ? 'ok' : 'MISSING'} the role on the app`)
  for (const wrong of result.wrongClientIds) lines.push(`  WRONG ${wrong}`)
  for (const variable of result.variables) {
    lines.push(`  ${variable.written ? 'ok' : 'MISSING'} repository variable ${variable.name}`)
  }
  if (credentialsWritten) {
    lines.push('A new federated credential may take a minute before Entra ID honours it.')
  }
  return lines
}

/** The plan as JSON: plain data, nothing secret in it by construction (ids and names only). */
export function planJson(plan: Plan): Record<string, unknown> {
  return {
    login: plan.login,
    cloud: plan.cloud,
    subscriptionId: plan.subscription.subscriptionId,
    tenantId: plan.subscription.tenantId,
    site: plan.site,
    repository: plan.repository,
    issuer: plan.issuer,
    audience: plan.audience,
    jobs: plan.jobs,
    unsettled: plan.unsettled.map((row) => ({
      workflow: row.workflow,
      job: row.job,
      trigger: row.trigger
    })),
    extraSubjects: plan.extraSubjects,
    registration: plan.registration,
    servicePrincipal: plan.servicePrincipal,
    credentials: plan.credentials,
    credentialsHeld: plan.credentialsHeld,
    role: plan.role,
    assignment: plan.assignment,
    variables: plan.variables,
    wrongClientIds: plan.wrongClientIds,
    notes: plan.notes
  }
}
