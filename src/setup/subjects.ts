// Deploying jobs + the repository's facts → the exact `sub` each job will present (PROTOCOLS.md §1),
// or, where no one exact subject exists (a pattern, an expression, a ref chosen at run time), the
// reason and the choices. Never a guess: a subject that is not certain is not trusted silently.
import type { DeployingJob, Trigger } from './workflows.js'

/** Repositories created (or renamed) on or after this day use immutable subjects (PROTOCOLS.md §1). */
const IMMUTABLE_SUBJECTS_SINCE = '2026-07-15'

/** The claim keys GitHub's default subject uses. */
const DEFAULT_CLAIM_KEYS: readonly string[] = ['repo', 'context']

export type SubjectForm = 'name' | 'immutable'

export type Customisation =
  | { kind: 'default' }
  | { kind: 'keys'; keys: string[]; from: 'repository' | 'organisation' }
  /** The settings could not be read (no token, no right): the default is assumed and said so. */
  | { kind: 'unknown'; why: string }

export interface RepositoryFacts {
  /** `OWNER/REPO` as GitHub spells it. */
  owner: string
  name: string
  ownerId?: string | undefined
  repoId?: string | undefined
  /** `GET /repos/O/R` `default_branch`; undefined when it could not be read. */
  defaultBranch?: string | undefined
  visibility?: string | undefined
  form: SubjectForm
  /** True when the form was inferred, not known (a repository older than the immutable-subject date). */
  formUncertain: boolean
  customisation: Customisation
}

/** What a job presents for one of its triggers: an exact subject, or why not and what to do. */
export interface JobSubject {
  workflow: string
  job: string
  /** e.g. `push to main`, `pull_request`, `workflow_dispatch`. */
  trigger: string
  environment: string | undefined
  subject?: string | undefined
  unresolved?: Unresolved | undefined
}

/** Why a job has no one exact subject, what the user can do, and which `--subject` settles it. */
interface Unresolved {
  why: string
  choices: string[]
  /** The kind of extra subject that records the user's choice: a ref, an environment, or a whole subject. */
  settledBy: 'ref' | 'environment' | 'subject'
}

/** A ref a trigger runs on: exact (`refs/heads/main`), or not one value and why. */
type RunRef = { event: string; label: string } & (
  | { ref: string; type: 'branch' | 'tag' }
  | { pullRequest: true }
  | { problem: string; suggest?: string | undefined; refType?: 'branch' | 'tag' | undefined }
)

/** The --subject example a choice gives, by the kind of ref the job runs on. */
const SUBJECT_EXAMPLE: Record<'branch' | 'tag', string> = {
  branch: 'ref:refs/heads/BRANCH',
  tag: 'ref:refs/tags/TAG'
}

const GLOB = /[*?[\]!+]/

/** Events whose runs use the default branch's latest commit (GitHub docs, "Events that trigger workflows"). */
const DEFAULT_BRANCH_EVENTS: ReadonlySet<string> = new Set([
  'schedule',
  'workflow_run',
  'repository_dispatch',
  'issues',
  'issue_comment',
  'label',
  'milestone',
  'discussion',
  'discussion_comment',
  'watch',
  'fork',
  'gollum',
  'page_build',
  'public',
  'status',
  'check_run',
  'check_suite',
  'branch_protection_rule'
])

/** Pull-request events whose token says `pull_request` (pull_request_target: inferred the same). */
const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target'])

/** The refs one trigger can run on. */
function runRefs(trigger: Trigger, facts: Pick<RepositoryFacts, 'defaultBranch'>): RunRef[] {
  const { event } = trigger
  if (PULL_REQUEST_EVENTS.has(event)) return [{ event, pullRequest: true, label: event }]
  if (event === 'push') return pushRefs(trigger)
  if (DEFAULT_BRANCH_EVENTS.has(event)) {
    return facts.defaultBranch === undefined
      ? [
          {
            event,
            problem: `${event} runs on the default branch, which could not be read`,
            label: event
          }
        ]
      : [branch(event, facts.defaultBranch, `${event} (default branch ${facts.defaultBranch})`)]
  }
  const problems: Record<string, string> = {
    workflow_dispatch: 'a manually dispatched run uses whichever branch or tag is picked',
    workflow_call: 'a call from another repository presents that repository’s subject',
    release: "a release run's ref is its tag, known only when it is published",
    merge_group: 'a merge queue runs on temporary gh-readonly-queue/… branches',
    create: 'a create run uses the branch or tag just created',
    delete: 'a delete run uses the default branch of a deleted ref (unsupported here)',
    deployment: "a deployment run uses the deployment's ref",
    deployment_status: "a deployment_status run uses the deployment's ref",
    registry_package: "a registry_package run uses the package's tag"
  }
  return [
    {
      event,
      problem: problems[event] ?? `the ${event} event's ref is not known before a run`,
      label: event,
      suggest: event === 'workflow_dispatch' ? facts.defaultBranch : undefined
    }
  ]
}

function branch(event: string, name: string, label = `push to ${name}`): RunRef {
  return { event, ref: `refs/heads/${name}`, type: 'branch', label }
}

function pushRefs(trigger: Trigger): RunRef[] {
  const refs: RunRef[] = []
  const { branches, tags } = trigger
  if (branches === undefined && tags === undefined) {
    const what = trigger.branchesIgnored || trigger.tagsIgnored ? 'all but some' : 'any'
    return [{ event: 'push', problem: `push runs on ${what} branches and tags`, label: 'push' }]
  }
  for (const name of branches ?? []) {
    refs.push(
      GLOB.test(name)
        ? {
            event: 'push',
            problem: `push to branches matching '${name}' is a pattern`,
            label: `push to ${name}`
          }
        : branch('push', name)
    )
  }
  for (const name of tags ?? []) {
    refs.push(
      GLOB.test(name)
        ? {
            event: 'push',
            problem: `push of tags matching '${name}' is a pattern`,
            label: `push of tag ${name}`,
            refType: 'tag'
          }
        : { event: 'push', ref: `refs/tags/${name}`, type: 'tag', label: `push of tag ${name}` }
    )
  }
  return refs
}

/** `OWNER/REPO` in the repository's subject form. */
function repoClaim(facts: RepositoryFacts): string {
  if (facts.form === 'name') return `${facts.owner}/${facts.name}`
  return `${facts.owner}@${facts.ownerId ?? '?'}/${facts.name}@${facts.repoId ?? '?'}`
}

type ClaimValue = { value: string } | { problem: string }

interface RunFacts {
  job: DeployingJob
  environment: string | undefined
  run: RunRef
  facts: RepositoryFacts
}

/** The default subject's tail (PROTOCOLS.md §1), which the `context` key stands for. */
function contextOf({ environment, run }: RunFacts): ClaimValue {
  if (environment !== undefined) return { value: `environment:${environment}` }
  if ('pullRequest' in run) return { value: 'pull_request' }
  if ('ref' in run) return { value: `ref:${run.ref}` }
  return { problem: run.problem }
}

function exactRef(run: RunRef): ClaimValue {
  if ('ref' in run) return { value: run.ref }
  if ('pullRequest' in run) return { problem: 'a pull request run’s ref is refs/pull/NUMBER/merge' }
  return { problem: run.problem }
}

const known = (value: string | undefined, what: string): ClaimValue =>
  value === undefined ? { problem: `${what} could not be read from GitHub` } : { value }

/** Each claim key a template may hold → its value for one run, or why it has none before a run. */
const CLAIMS: Readonly<Record<string, (run: RunFacts) => ClaimValue>> = {
  repo: ({ facts }) => ({ value: repoClaim(facts) }),
  context: contextOf,
  environment: ({ environment }) =>
    environment === undefined ? { problem: 'the job has no environment' } : { value: environment },
  ref: ({ run }) => exactRef(run),
  ref_type: ({ run }) =>
    'type' in run ? { value: run.type } : { problem: 'the ref type is not known before a run' },
  event_name: ({ run }) => ({ value: run.event }),
  repository: ({ facts }) => ({ value: `${facts.owner}/${facts.name}` }),
  repository_owner: ({ facts }) => ({ value: facts.owner }),
  repository_id: ({ facts }) => known(facts.repoId, 'the repository id'),
  repository_owner_id: ({ facts }) => known(facts.ownerId, 'the owner id'),
  repository_visibility: ({ facts }) => known(facts.visibility, 'the visibility'),
  workflow: ({ job }) => ({ value: job.workflowName }),
  job_workflow_ref: (run) => workflowRef(run, run.job.workflow),
  workflow_ref: (run) => workflowRef(run, run.job.calledFrom?.split('#')[0] ?? run.job.workflow)
}

function workflowRef(run: RunFacts, file: string): ClaimValue {
  const ref = exactRef(run.run)
  if ('problem' in ref) return ref
  return { value: `${run.facts.owner}/${run.facts.name}/${file}@${ref.value}` }
}

/** The template's keys: the repository's, the organisation's, or GitHub's default. */
function claimKeys(customisation: Customisation): readonly string[] {
  return customisation.kind === 'keys' ? customisation.keys : DEFAULT_CLAIM_KEYS
}

/** Builds one subject from the template, or the first key that has no value before a run. */
function buildSubject(run: RunFacts): { subject: string } | { problem: string } {
  const parts: string[] = []
  for (const key of claimKeys(run.facts.customisation)) {
    const resolve = CLAIMS[key]
    if (resolve === undefined) {
      return { problem: `the subject template's key '${key}' changes from run to run` }
    }
    const claim = resolve(run)
    if ('problem' in claim) return claim
    // `context` is the default subject's tail as it stands; every other key is `key:value`.
    parts.push(key === 'context' ? claim.value : `${key}:${claim.value}`)
  }
  return { subject: parts.join(':') }
}

/** The choices a user has when a job presents no single exact subject. */
function choicesFor(run: RunFacts): string[] {
  const { facts, run: ref } = run
  const repo = repoClaim(facts)
  const choices = [
    `give the job a GitHub environment (environment: NAME), whose subject is repo:${repo}:environment:NAME`,
    `name each subject to trust with --subject (e.g. --subject ${SUBJECT_EXAMPLE[('refType' in ref && ref.refType) || 'branch']})`
  ]
  if ('problem' in ref && ref.suggest !== undefined) {
    choices.splice(1, 0, `trust the default branch only: --subject ref:refs/heads/${ref.suggest}`)
  }
  if ('problem' in ref && /pattern/.test(ref.problem)) {
    choices.push(
      'or a flexible federated credential (preview) whose claimsMatchingExpression matches the pattern (Azure portal or Microsoft Graph beta); setup does not create one'
    )
  }
  return choices
}

/** Every deploying job's subjects, one row per job and trigger, duplicates folded. */
export function deriveSubjects(jobs: DeployingJob[], facts: RepositoryFacts): JobSubject[] {
  const rows: JobSubject[] = []
  for (const job of jobs) {
    const workflow = job.calledFrom
      ? `${job.workflow} (called from ${job.calledFrom})`
      : job.workflow
    const base = { workflow, job: job.job }
    if (job.environment.kind === 'expression') {
      rows.push({
        ...base,
        trigger: job.triggers.map((trigger) => trigger.event).join(', '),
        environment: job.environment.text,
        unresolved: {
          settledBy: settledKind(facts, 'environment'),
          why: `the environment '${job.environment.text}' is an expression, settled only when the job runs`,
          choices: [
            'name the environment literally in the workflow (environment: production)',
            `name each environment it can take with --subject environment:NAME`
          ]
        }
      })
      continue
    }
    const environment = job.environment.kind === 'name' ? job.environment.name : undefined
    for (const trigger of job.triggers) {
      for (const ref of runRefs(trigger, facts)) {
        const run: RunFacts = { job, environment, run: ref, facts }
        const built = buildSubject(run)
        const row: JobSubject = { ...base, trigger: ref.label, environment }
        if ('subject' in built) row.subject = built.subject
        else {
          row.unresolved = {
            why: built.problem,
            choices: choicesFor(run),
            settledBy: settledKind(facts, 'problem' in ref ? 'ref' : 'subject')
          }
        }
        const seen = rows.some(
          (other) =>
            other.job === row.job &&
            other.workflow === row.workflow &&
            row.subject !== undefined &&
            other.subject === row.subject
        )
        if (!seen) rows.push(row)
      }
    }
  }
  return rows
}

/** With a customised template only a whole subject says what a job presents. */
function settledKind(
  facts: RepositoryFacts,
  kind: Unresolved['settledBy']
): Unresolved['settledBy'] {
  return facts.customisation.kind === 'keys' ? 'subject' : kind
}

/** Whether the extra subjects record the user's choice for an unresolved row. */
export function settledByExtras(row: JobSubject, extras: readonly string[]): boolean {
  const kind = row.unresolved?.settledBy
  if (kind === undefined) return true
  if (kind === 'subject') return extras.length > 0
  return extras.some((subject) => subject.includes(kind === 'ref' ? ':ref:refs/' : ':environment:'))
}

/** An extra `--subject`: a whole `repo:…` subject, or a context completed with the repository. */
export function extraSubject(text: string, facts: RepositoryFacts): string | undefined {
  const value = text.trim()
  if (value.startsWith('repo:')) return value
  if (/^(environment:[^:]+|pull_request|ref:refs\/(heads|tags)\/.+)$/.test(value)) {
    const repo = repoClaim(facts)
    if (facts.customisation.kind !== 'keys') return `repo:${repo}:${value}`
    // With a customised template, only a whole subject says exactly what the job presents.
    return undefined
  }
  return undefined
}

/** The subject form: immutable for repositories created on or after the date; older ones cannot tell. */
export function subjectForm(
  createdAt: string | undefined,
  chosen: SubjectForm | undefined,
  isGhes: boolean
): { form: SubjectForm; uncertain: boolean } {
  if (isGhes) return { form: 'name', uncertain: false }
  if (chosen !== undefined) return { form: chosen, uncertain: false }
  if (createdAt !== undefined && createdAt.slice(0, 10) >= IMMUTABLE_SUBJECTS_SINCE) {
    return { form: 'immutable', uncertain: false }
  }
  return { form: 'name', uncertain: true }
}
