// The walk every run makes before changing anything: the Azure login, the app, the deploying
// jobs' subjects, and what Microsoft Graph, RBAC and GitHub already hold → a plan of changes, each
// step marked present, create or update. `--check` stops here; apply.ts carries the plan out.
import { CLOUDS, armScope } from '../clouds.js'
import { ActionError, InputError } from '../errors.js'
import {
  findApplications,
  findServicePrincipal,
  listFederatedCredentials,
  MAX_FEDERATED_CREDENTIALS,
  type Application
} from '../graph/applications.js'
import type { GraphApi } from '../graph/client.js'
import { GRAPH_ENDPOINTS, graphScope } from '../graph/endpoints.js'
import type { GitHubApi } from '../github/rest.js'
import { createRbacClient, type RbacClient } from '../rbac/client.js'
import { DEPLOY_ROLE_NAME, findDeployRole, hasAssignment } from '../rbac/deployRole.js'
import {
  findSiteGroup,
  listSubscriptions,
  pickSubscription,
  readSite,
  type ArmReader,
  type StaticSite,
  type Subscription
} from './azure.js'
import { wrongClientIds, type ClientIdUse } from './clientIds.js'
import { compareCredentials, issuerFor, type WantedCredential } from './credentials.js'
import {
  gitHubToken,
  readCustomisation,
  readEnvironments,
  readRepository,
  readVariable,
  repositoryOf,
  type RepositoryInfo
} from './github.js'
import { signIn, type AzureLogin } from './login.js'
import type { SetupOptions } from './options.js'
import {
  deriveSubjects,
  extraSubject,
  settledByExtras,
  subjectForm,
  type Customisation,
  type JobSubject,
  type RepositoryFacts
} from './subjects.js'
import { scanWorkflows, type DeployingJob } from './workflows.js'
import { counted } from '../format.js'

export type StepStatus = 'present' | 'create' | 'update'

const VARIABLE_NAMES = ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_SUBSCRIPTION_ID'] as const

export interface Plan {
  login: string
  cloud: string
  subscription: Subscription
  site: StaticSite
  repository: string
  issuer: string
  audience: string
  /** Notes the user must read: what setup could not tell, and risks it saw. */
  notes: string[]
  jobs: JobSubject[]
  /** Jobs with no exact subject and no `--subject` that settles them. */
  unsettled: JobSubject[]
  /** `--subject` values, completed with the repository. */
  extraSubjects: string[]
  registration: { displayName: string; appId?: string; objectId?: string; status: StepStatus }
  servicePrincipal: { id?: string; status: StepStatus }
  credentials: WantedCredential[]
  /** Credentials the app holds now. */
  credentialsHeld: number
  role: { roleName: string; id?: string; guid?: string; status: StepStatus }
  assignment: { scope: string; status: StepStatus }
  variables: Array<{ name: string; value: string; status: StepStatus | 'print' }>
  /** Deploying jobs whose `client-id` names another app than the registration. */
  wrongClientIds: ClientIdUse[]
}

/** The connections a plan was made with, for apply and the read-back. */
export interface Connections {
  login: AzureLogin
  arm: ArmReader
  graph: GraphApi
  github: GitHubApi | undefined
  signal: AbortSignal
  armEndpoint: string
}

/** Everything read from disk and the command line, before any network call. */
export interface LocalFacts {
  repository: string
  scan: ReturnType<typeof scanWorkflows>
}

export async function readLocal(options: SetupOptions, cwd: string): Promise<LocalFacts> {
  const scan = scanWorkflows(cwd, options.workflows)
  const repository = await repositoryOf(options.repo, cwd, new URL(options.githubUrl).host)
  if (scan.jobs.length === 0 && options.subjects.length === 0) {
    throw new InputError(
      `No job in ${options.workflows} uses keyless-swa-deploy (read: ${scan.files.join(', ') || 'no workflow files'}). Nothing was changed.`,
      {
        fix: 'Add the deploying workflow first (see docs/setup.md), point --workflows at it, or name the subjects with --subject.'
      }
    )
  }
  return { repository, scan }
}

export async function connect(options: SetupOptions, signal: AbortSignal): Promise<Connections> {
  const cloud = CLOUDS[options.cloud]
  const armEndpoint = options.resourceManagerEndpoint ?? cloud.resourceManagerEndpoint
  const graphEndpoint = options.graphEndpoint ?? GRAPH_ENDPOINTS[options.cloud]
  const authorityHost = options.authorityHost ?? cloud.authorityHost
  const login = await signIn(armScope(armEndpoint), { authorityHost, signal })
  const github = await connectGitHub(options, signal)
  return {
    login,
    arm: { endpoint: armEndpoint, credential: login.credential, signal },
    graph: {
      endpoint: new URL(graphEndpoint).origin,
      signal,
      token: async () => {
        const token = await login.credential.getToken(graphScope(graphEndpoint))
        if (!token) {
          throw new ActionError(`No Microsoft Graph token from ${login.source}.`, {
            fix: `Sign in again with ${login.source}.`
          })
        }
        return token.token
      }
    },
    github,
    signal,
    armEndpoint
  }
}

/** The GitHub API root: --github-api-url, api.github.com, or a GHES host's /api/v3. */
function gitHubApiUrl(options: Pick<SetupOptions, 'githubApiUrl' | 'githubUrl'>): string {
  if (options.githubApiUrl) return options.githubApiUrl
  const origin = new URL(options.githubUrl).origin
  return origin === 'https://github.com' ? 'https://api.github.com' : `${origin}/api/v3`
}

async function connectGitHub(
  options: SetupOptions,
  signal: AbortSignal
): Promise<GitHubApi | undefined> {
  const found = await gitHubToken(new URL(options.githubUrl).host)
  if (found === undefined) {
    if (options.setVariables) {
      throw new InputError(
        '--set-variables needs a GitHub token, and none was found. Nothing was changed.',
        {
          fix: 'Sign in with the GitHub CLI (gh auth login) or set GH_TOKEN, or leave out --set-variables.'
        }
      )
    }
    return undefined
  }
  return { baseUrl: gitHubApiUrl(options), token: found.token, signal }
}

/** The repository's facts; without a GitHub token only its name is known, and the plan says so. */
async function repositoryFacts(
  options: SetupOptions,
  connections: Connections,
  repository: string,
  notes: string[]
): Promise<{
  facts: RepositoryFacts
  info: RepositoryInfo | undefined
  environments: string[] | undefined
}> {
  const [owner, name] = repository.split('/') as [string, string]
  const isGhes = new URL(options.githubUrl).origin !== 'https://github.com'
  if (connections.github === undefined) {
    notes.push(
      'No GitHub token (GH_TOKEN, GITHUB_TOKEN or gh auth login): the repository’s subject customisation, subject form and default branch could not be read; GitHub’s default subject is assumed.'
    )
    const form = subjectForm(undefined, options.subjectForm, isGhes)
    return {
      facts: {
        owner,
        name,
        form: form.form,
        formUncertain: form.uncertain,
        customisation: { kind: 'unknown', why: 'no GitHub token' }
      },
      info: undefined,
      environments: undefined
    }
  }
  const info = await readRepository(connections.github, repository)
  const customisation: Customisation = await readCustomisation(connections.github, info)
  if (customisation.kind === 'unknown') {
    notes.push(
      `Cannot tell the repository's subject template: ${customisation.why}. GitHub's default (repo, context) is assumed.`
    )
  }
  if (customisation.kind === 'keys') {
    notes.push(
      `Subjects follow the ${customisation.from}'s template: ${customisation.keys.join(', ')}.`
    )
  }
  const form = subjectForm(info.createdAt, options.subjectForm, isGhes)
  if (form.uncertain) {
    notes.push(
      `Cannot tell whether ${repository} presents immutable subjects (repo:OWNER@ID/REPO@ID): it was created before 2026-07-15, and an admin may have opted it in; no REST field says which. Name-based subjects are used; if its runs show the immutable form, run setup again with --subject-form immutable.`
    )
  }
  const environments = await readEnvironments(connections.github, repository)
  return {
    facts: {
      owner: info.owner,
      name: info.name,
      ownerId: info.ownerId,
      repoId: info.repoId,
      defaultBranch: info.defaultBranch || undefined,
      visibility: info.visibility,
      form: form.form,
      formUncertain: form.uncertain,
      customisation
    },
    info,
    environments
  }
}

/**
 * The token carries an environment's name as the repository settings spell it
 * (docs/troubleshooting.md#aadsts7002138): a workflow's `Production` for GitHub's `production`
 * becomes GitHub's.
 */
function spelledAsGitHub(
  jobs: DeployingJob[],
  environments: string[] | undefined,
  notes: string[]
): DeployingJob[] {
  if (environments === undefined) return jobs
  return jobs.map((job) => {
    if (job.environment.kind !== 'name') return job
    const written = job.environment.name
    const spelled = environments.find(
      (name) => name !== written && name.toLowerCase() === written.toLowerCase()
    )
    if (spelled === undefined) return job
    notes.push(
      `${job.workflow} › ${job.job} names the environment '${written}'; GitHub spells it '${spelled}', and the subject uses GitHub's spelling.`
    )
    return { ...job, environment: { kind: 'name', name: spelled } }
  })
}

/** Environments named in workflows that GitHub has not got yet (the first run creates them). */
function environmentNotes(
  jobs: JobSubject[],
  environments: string[] | undefined,
  notes: string[]
): void {
  if (environments === undefined) return
  const named = new Set(
    jobs.flatMap((row) =>
      row.environment && !row.environment.includes('${{') ? [row.environment] : []
    )
  )
  for (const name of named) {
    if (environments.some((other) => other.toLowerCase() === name.toLowerCase())) continue
    notes.push(
      `The environment '${name}' does not exist on GitHub yet: the first run creates it, with the workflow's spelling.`
    )
  }
}

function onlyRegistration(found: Application[], displayName: string): Application | undefined {
  if (found.length <= 1) return found[0]
  throw new ActionError(
    `${found.length} app registrations are named '${displayName}': ${found.map((app) => `${app.appId} (object ${app.id})`).join(', ')}. Nothing was changed.`,
    {
      step: 'Graph find app registration',
      doc: 'setup',
      fix: 'Rename or delete the one not in use (az ad app delete --id APP_ID), or pass --registration with another name.'
    }
  )
}

export async function makePlan(
  options: SetupOptions,
  local: LocalFacts,
  connections: Connections
): Promise<Plan> {
  const notes: string[] = []
  const subscription = pickSubscription(
    options.subscription,
    await listSubscriptions(connections.arm)
  )
  const resourceGroup =
    options.resourceGroup ??
    (await findSiteGroup(connections.arm, subscription.subscriptionId, options.appName))
  const site = await readSite(
    connections.arm,
    subscription.subscriptionId,
    resourceGroup,
    options.appName
  )

  const { facts, environments } = await repositoryFacts(
    options,
    connections,
    local.repository,
    notes
  )
  const jobs = deriveSubjects(spelledAsGitHub(local.scan.jobs, environments, notes), facts)
  environmentNotes(jobs, environments, notes)
  const extraSubjects = options.subjects.map((text) => {
    const subject = extraSubject(text, facts)
    if (subject === undefined) {
      throw new InputError(`--subject '${text}' is not a subject setup can complete.`, {
        fix:
          facts.customisation.kind === 'keys'
            ? 'The repository customises its subjects: pass the whole subject (repo:…), as a run of the job logs it.'
            : 'Pass environment:NAME, pull_request, ref:refs/heads/BRANCH, ref:refs/tags/TAG or a whole repo:… subject.'
      })
    }
    return subject
  })
  const unsettled = jobs.filter(
    (row) => row.unresolved !== undefined && !settledByExtras(row, extraSubjects)
  )
  const subjects = [...new Set([...jobs.flatMap((row) => row.subject ?? []), ...extraSubjects])]

  const issuer = options.issuer ?? issuerFor(options.githubUrl)
  const audience = CLOUDS[options.cloud].audience
  const displayName = options.registration ?? `github-${facts.owner}-${facts.name}-swa-deploy`
  const app = onlyRegistration(await findApplications(connections.graph, displayName), displayName)
  const principalId = app ? await findServicePrincipal(connections.graph, app.appId) : undefined
  const held = app ? await listFederatedCredentials(connections.graph, app.id) : []
  const credentials = compareCredentials(subjects, held, issuer, audience)
  const adding = credentials.filter((credential) => credential.status === 'create').length
  if (held.length + adding > MAX_FEDERATED_CREDENTIALS) {
    throw new ActionError(
      `The plan needs ${counted(adding, 'new federated credential')} on '${displayName}', which holds ${held.length}: ${held.length + adding} is more than the ${MAX_FEDERATED_CREDENTIALS} an app registration may hold. Nothing was changed.`,
      {
        step: 'plan',
        doc: 'setup',
        fix: 'Deploy through fewer subjects (one GitHub environment for several branches), delete credentials the app no longer needs (az ad app federated-credential delete), or use a second --registration.'
      }
    )
  }

  const scope = site.id
  const rbac = rbacFor(connections, subscription.subscriptionId)
  const role = await findDeployRole(rbac, roleScope(site))
  const assigned =
    role !== undefined && principalId !== undefined
      ? await hasAssignment(rbac, scope, principalId, role.id)
      : false

  const variableValues: Record<(typeof VARIABLE_NAMES)[number], string> = {
    AZURE_CLIENT_ID: app?.appId ?? '(the new registration’s client id)',
    AZURE_TENANT_ID: subscription.tenantId,
    AZURE_SUBSCRIPTION_ID: subscription.subscriptionId
  }
  const variables: Plan['variables'] = []
  for (const name of VARIABLE_NAMES) {
    const value = variableValues[name]
    if (!options.setVariables || connections.github === undefined) {
      variables.push({ name, value, status: 'print' })
      continue
    }
    const current = await readVariable(connections.github, local.repository, name)
    variables.push({
      name,
      value,
      status: current === undefined ? 'create' : current === value && app ? 'present' : 'update'
    })
  }

  const written = new Set<string>(
    variables.filter((variable) => variable.status !== 'print').map((variable) => variable.name)
  )
  const wrong = app
    ? await wrongClientIds(local.scan.jobs, app.appId, {
        github: connections.github,
        repository: local.repository,
        written
      })
    : []

  return {
    login: connections.login.source,
    cloud: options.cloud,
    subscription,
    site,
    repository: `${facts.owner}/${facts.name}`,
    issuer,
    audience,
    notes,
    jobs,
    unsettled,
    extraSubjects,
    registration: app
      ? { displayName, appId: app.appId, objectId: app.id, status: 'present' }
      : { displayName, status: 'create' },
    servicePrincipal: principalId ? { id: principalId, status: 'present' } : { status: 'create' },
    credentials,
    credentialsHeld: held.length,
    role: role
      ? {
          roleName: role.roleName,
          id: role.id,
          guid: role.name,
          status: role.exact ? 'present' : 'update'
        }
      : { roleName: DEPLOY_ROLE_NAME, status: 'create' },
    assignment: { scope, status: assigned ? 'present' : 'create' },
    variables,
    wrongClientIds: wrong
  }
}

/** Where the custom role is defined and assignable: the app's resource group. */
export function roleScope(site: StaticSite): string {
  return site.id.split('/').slice(0, 5).join('/')
}

export function rbacFor(connections: Connections, subscriptionId: string): RbacClient {
  return createRbacClient(
    connections.login.credential,
    subscriptionId,
    connections.armEndpoint,
    connections.signal
  )
}

/** Whether the plan changes anything. */
export function planChanges(plan: Plan): boolean {
  return (
    plan.registration.status !== 'present' ||
    plan.servicePrincipal.status !== 'present' ||
    plan.credentials.some((credential) => credential.status !== 'present') ||
    plan.role.status !== 'present' ||
    plan.assignment.status !== 'present' ||
    plan.variables.some((variable) => variable.status === 'create' || variable.status === 'update')
  )
}
