// What GitHub says about the run that started us: event, ref, repository and, for pull requests,
// the pull request itself (read from the event payload, which the runner writes to a file).
import { readFileSync } from 'node:fs'
import { InputError } from '../errors.js'
import { asRecord } from '../json.js'

interface PullRequestInfo {
  number: number
  title: string
  headBranch: string
  baseBranch: string
  /** `open` or `closed` as the payload says (when the run started); undefined when it does not say. */
  state: string | undefined
  /** The head commit the pull request's author pushed (GITHUB_SHA is the merge commit). */
  headSha: string | undefined
  /** The head branch lives in another repository: GitHub gives such runs a read-only token. */
  fromFork: boolean
}

export interface GitHubContext {
  eventName: string
  /** `owner/name` */
  repository: string
  /** e.g. `https://github.com` */
  serverUrl: string
  /** Full ref, e.g. `refs/heads/main`; empty when the runner did not set it. */
  ref: string
  /** Short ref name, e.g. `main` or `42/merge`. */
  refName: string
  /** Set only on pull request events. */
  pullRequest: PullRequestInfo | undefined
}

const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target'])

/** Reads GITHUB_* variables and, on pull request events, the event payload. */
export function readGitHubContext(env: NodeJS.ProcessEnv): GitHubContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const ref = env.GITHUB_REF ?? ''
  const context: GitHubContext = {
    eventName,
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    ref,
    refName: env.GITHUB_REF_NAME || ref.replace(/^refs\/(heads|tags)\//, ''),
    pullRequest: undefined
  }
  if (PULL_REQUEST_EVENTS.has(eventName)) context.pullRequest = readPullRequest(env)
  return context
}

function readPullRequest(env: NodeJS.ProcessEnv): PullRequestInfo {
  const event = readEventPayload(env.GITHUB_EVENT_PATH)
  const payload = event.payload
  const pr = asRecord(payload?.pull_request)
  const number =
    numberFrom(pr?.number) ?? numberFrom(payload?.number) ?? numberFromRef(env.GITHUB_REF)
  if (number === undefined) {
    throw new InputError(
      `A ${env.GITHUB_EVENT_NAME} event without a pull request number: ${event.said}, and GITHUB_REF '${env.GITHUB_REF ?? ''}' is not refs/pull/<number>/merge.`,
      {
        fix: 'Run the action as a step of a pull_request workflow job (its event file has pull_request.number), or set deployment-environment.'
      }
    )
  }
  const head = asRecord(pr?.head)
  const headRepository = stringFrom(asRecord(head?.repo)?.full_name)
  return {
    number,
    title: stringFrom(pr?.title) ?? '',
    headBranch: stringFrom(head?.ref) ?? env.GITHUB_HEAD_REF ?? '',
    baseBranch: stringFrom(asRecord(pr?.base)?.ref) ?? env.GITHUB_BASE_REF ?? '',
    state: stringFrom(pr?.state),
    headSha: stringFrom(head?.sha),
    fromFork:
      headRepository !== undefined &&
      headRepository.toLowerCase() !== (env.GITHUB_REPOSITORY ?? '').toLowerCase()
  }
}

/** The event payload, and what the file gave when it has no pull request number (for the error). */
interface EventFile {
  payload: Record<string, unknown> | undefined
  said: string
}

function readEventPayload(eventPath: string | undefined): EventFile {
  if (!eventPath) return { payload: undefined, said: 'GITHUB_EVENT_PATH is not set' }
  let text: string
  try {
    text = readFileSync(eventPath, 'utf8')
  } catch (error) {
    // A missing or broken payload falls back to GITHUB_REF / GITHUB_HEAD_REF.
    const code = (error as NodeJS.ErrnoException).code ?? 'an error'
    return { payload: undefined, said: `GITHUB_EVENT_PATH (${eventPath}) is unreadable (${code})` }
  }
  try {
    const payload = asRecord(JSON.parse(text))
    if (payload !== undefined) {
      return {
        payload,
        said: `GITHUB_EVENT_PATH (${eventPath}) is readable JSON but has no pull_request.number`
      }
    }
  } catch {
    // Not JSON: said below, like a payload that is not an object.
  }
  return { payload: undefined, said: `GITHUB_EVENT_PATH (${eventPath}) is not a JSON object` }
}

function stringFrom(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function numberFrom(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined
}

function numberFromRef(ref: string | undefined): number | undefined {
  const match = /^refs\/pull\/(\d+)\//.exec(ref ?? '')
  return match?.[1] === undefined ? undefined : Number(match[1])
}
