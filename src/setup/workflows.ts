// The repository's workflows → the jobs that deploy with this action, each with the triggers that
// start it and the environment it names. Read with a real YAML parser; nothing here guesses a
// subject (subjects.ts turns these facts into subjects, or into choices for the user).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDocument } from 'yaml'
import { InputError } from '../errors.js'
import { asRecord, isRecord, type JsonRecord } from '../json.js'

/** `uses:` of a step that runs this action: `OWNER/keyless-swa-deploy@REF` (a subfolder too), or `./`. */
const ACTION_USES = /^(?:[^/\s]+\/keyless-swa-deploy(?:\/[^@\s]*)?@\S+|\.\/?)$/i
/** `uses:` of a job that calls a reusable workflow of this repository. */
const LOCAL_REUSABLE = /^\.\/(\.github\/workflows\/[^@\s]+\.ya?ml)$/i

/** One trigger as written: its event and, for push-like events, its branch and tag filters. */
export interface Trigger {
  event: string
  /** `branches:` (pull requests: the base branches; they do not change the subject). */
  branches?: string[] | undefined
  /** `branches-ignore:` present. */
  branchesIgnored?: boolean | undefined
  tags?: string[] | undefined
  tagsIgnored?: boolean | undefined
}

/** A job's `environment:`: none, a literal name, or an expression only a run can settle. */
type JobEnvironment =
  { kind: 'none' } | { kind: 'name'; name: string } | { kind: 'expression'; text: string }

export interface DeployingJob {
  /** Path of the workflow file, relative to the repository root, with `/`. */
  workflow: string
  /** The workflow's `name:` (or its path, as GitHub shows it when there is none). */
  workflowName: string
  job: string
  /** How the job is started: its workflow's own triggers, or its callers' for `workflow_call`. */
  triggers: Trigger[]
  environment: JobEnvironment
  /** For a job of a reusable workflow: the calling job, `workflow.yml#job`. */
  calledFrom?: string | undefined
  /** The `client-id` its step signs in with, as written; undefined with `auth-type: managed-identity`. */
  clientId?: string | undefined
}

export interface WorkflowScan {
  jobs: DeployingJob[]
  /** Workflow files read, relative paths. */
  files: string[]
}

interface ParsedWorkflow {
  file: string
  name: string
  triggers: Trigger[]
  jobs: JsonRecord
}

/** Every deploying job of the workflows under `folder` (relative to `root`). */
export function scanWorkflows(root: string, folder: string): WorkflowScan {
  const directory = path.resolve(root, folder)
  let names: string[]
  try {
    names = readdirSync(directory).filter((name) => /\.ya?ml$/i.test(name))
  } catch {
    throw new InputError(`--workflows: no folder of workflows at ${directory}.`, {
      fix: 'Run setup from a clone of the site repository, or point --workflows at the folder that holds its workflows (default .github/workflows).'
    })
  }
  const workflows = names.sort().map((name) => {
    const full = path.join(directory, name)
    const file = path.relative(root, full).split(path.sep).join('/')
    return parseWorkflow(file, readFileSync(full, 'utf8'))
  })
  return { jobs: deployingJobs(workflows), files: workflows.map((workflow) => workflow.file) }
}

/** One workflow file's triggers and jobs; a file YAML cannot read is refused, naming the line. */
export function parseWorkflow(file: string, text: string): ParsedWorkflow {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true })
  if (document.errors.length > 0) {
    const first = document.errors[0]!
    const line = first.linePos?.[0]
    throw new InputError(
      `Workflow ${file}${line ? ` line ${line.line}` : ''} is not valid YAML: ${first.message.split('\n')[0]}`,
      {
        fix: `Fix ${file} (GitHub would refuse it too), or move it out of --workflows; nothing was changed.`
      }
    )
  }
  const workflow = asRecord(document.toJS())
  if (workflow === undefined) {
    throw new InputError(`Workflow ${file} is not a mapping of on: and jobs:.`, {
      fix: `Fix ${file}, or move it out of --workflows; nothing was changed.`
    })
  }
  return {
    file,
    name: typeof workflow.name === 'string' && workflow.name !== '' ? workflow.name : file,
    // YAML 1.2 (the yaml package's default) reads `on` as a string key, as GitHub does.
    triggers: readTriggers(workflow.on),
    jobs: asRecord(workflow.jobs) ?? {}
  }
}

/** `on: push`, `on: [push, pull_request]` and `on: {push: {branches: […]}}` alike. */
function readTriggers(on: unknown): Trigger[] {
  if (typeof on === 'string') return [{ event: on }]
  if (Array.isArray(on)) return on.filter((e) => typeof e === 'string').map((event) => ({ event }))
  if (!isRecord(on)) return []
  return Object.entries(on).map(([event, filters]) => {
    const filter = asRecord(filters) ?? {}
    return {
      event,
      branches: listOf(filter.branches),
      branchesIgnored: 'branches-ignore' in filter ? true : undefined,
      tags: listOf(filter.tags),
      tagsIgnored: 'tags-ignore' in filter ? true : undefined
    }
  })
}

function listOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.map((item) => String(item))
  return undefined
}

/** A job's `environment:`, as a string or as `{name, url}`. */
function readEnvironment(value: unknown): JobEnvironment {
  const name = isRecord(value) ? value.name : value
  if (name === undefined || name === null || name === '') return { kind: 'none' }
  const text = String(name)
  return text.includes('${{') ? { kind: 'expression', text } : { kind: 'name', name: text }
}

/** The job's first step that runs this action, or undefined. */
function actionStep(job: JsonRecord): JsonRecord | undefined {
  const steps = Array.isArray(job.steps) ? job.steps : []
  return steps.map(asRecord).find((step) => {
    const uses = step?.uses
    return typeof uses === 'string' && ACTION_USES.test(uses.trim())
  })
}

/** The step's `client-id` as written, when it names an app registration (OIDC sign-in). */
function readClientId(step: JsonRecord): string | undefined {
  const inputs = asRecord(step.with) ?? {}
  if (String(inputs['auth-type'] ?? '').trim() === 'managed-identity') return undefined
  const written = inputs['client-id']
  return written === undefined || written === null ? undefined : String(written).trim()
}

/**
 * The deploying jobs: those with a step that uses this action; a job of a reusable workflow
 * (`on: workflow_call`) counts once per job of this repository that calls it, with the caller's
 * triggers, since its token carries the caller's event and ref.
 */
function deployingJobs(workflows: ParsedWorkflow[]): DeployingJob[] {
  const found: DeployingJob[] = []
  for (const workflow of workflows) {
    for (const [jobId, value] of Object.entries(workflow.jobs)) {
      const job = asRecord(value)
      const step = job === undefined ? undefined : actionStep(job)
      if (job === undefined || step === undefined) continue
      const environment = readEnvironment(job.environment)
      const own = workflow.triggers.filter((trigger) => trigger.event !== 'workflow_call')
      const base = {
        workflow: workflow.file,
        workflowName: workflow.name,
        job: jobId,
        environment,
        clientId: readClientId(step)
      }
      if (own.length > 0) found.push({ ...base, triggers: own })
      if (own.length === workflow.triggers.length) continue
      for (const caller of callersOf(workflow.file, workflows)) {
        found.push({ ...base, triggers: caller.triggers, calledFrom: caller.ref })
      }
    }
  }
  return found
}

function callersOf(
  file: string,
  workflows: ParsedWorkflow[]
): Array<{ ref: string; triggers: Trigger[] }> {
  const callers: Array<{ ref: string; triggers: Trigger[] }> = []
  for (const workflow of workflows) {
    for (const [jobId, value] of Object.entries(workflow.jobs)) {
      const uses = asRecord(value)?.uses
      const target = typeof uses === 'string' ? LOCAL_REUSABLE.exec(uses.trim())?.[1] : undefined
      if (target === undefined || target.toLowerCase() !== file.toLowerCase()) continue
      callers.push({ ref: `${workflow.file}#${jobId}`, triggers: workflow.triggers })
    }
  }
  return callers
}
