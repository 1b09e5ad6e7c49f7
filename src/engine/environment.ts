// The environment StaticSitesClient runs with. It is driven by variables (PROTOCOLS.md §6), so
// that is the only way anything reaches it: the deployment token travels in DEPLOYMENT_TOKEN,
// never in argv or a file. It inherits the runner's environment (PATH, HOME, temp folders,
// proxies, CA files) without what it must not see: credentials it has no use for, this action's
// inputs, the event this action already turned into a target (so the client cannot settle on
// another one), and any §6 variable a workflow set (only the table below sets those). The
// runner's files (outputs, environment, PATH, state, summary) are the action's to write: the
// client is handed empty ones of its own instead, read by no one and deleted with its folder.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

/** What the client is told about this deployment. */
export interface ClientRun {
  deploymentToken: string
  /** Absolute folder of the checked payload. */
  appLocation: string
  /** Absolute folder holding the staticwebapp.config.json to use, when there is one. */
  configFileLocation: string | undefined
  /** A preview environment's name; undefined for production. */
  environment: string | undefined
  /** Absolute GITHUB_WORKSPACE. */
  repositoryBase: string
  /** The runner's debug flag. */
  verbose: boolean
  /** The prebuilt managed Functions API, when there is one: an absolute folder and its language. */
  api?: { location: string; language: string; languageVersion: string } | undefined
  /** The client's own stand-ins for the runner's files (discardedRunnerFiles). */
  runnerFiles: Readonly<Record<RunnerFile, string>>
}

/**
 * The runner's files a step may write, each read by the runner once the step ends, and why none
 * of them is the client's to write (docs/security.md). Each is replaced, not removed: a client
 * that writes one unasked (the real one has written static_web_app_url to GITHUB_OUTPUT,
 * Azure/static-web-apps#1006) must not fail for lack of it.
 */
const RUNNER_FILES = {
  GITHUB_OUTPUT:
    "the step's outputs are the action's verdict (url, static_web_app_url, outcome), set from what the client did",
  GITHUB_ENV:
    'a line there sets a variable for every later step (NODE_OPTIONS, LD_PRELOAD: code that runs in them)',
  GITHUB_PATH: 'a line there puts a folder first on every later step’s PATH',
  GITHUB_STATE:
    "the action's own state for a post step (it has none today): nothing another program should seed",
  GITHUB_STEP_SUMMARY:
    'the step summary is the action’s report: what the client wrote there would read as the action’s word'
} as const
export type RunnerFile = keyof typeof RUNNER_FILES

/** An empty file per runner file in `folder` (the client's own, deleted after it), by variable. */
export async function discardedRunnerFiles(
  folder: string
): Promise<Readonly<Record<RunnerFile, string>>> {
  const files = {} as Record<RunnerFile, string>
  for (const name of Object.keys(RUNNER_FILES) as RunnerFile[]) {
    files[name] = path.join(folder, `discarded-${name.toLowerCase()}`)
    await writeFile(files[name], '', { flag: 'wx' })
  }
  return files
}

/** The variables set, one row each (PROTOCOLS.md §6). An undefined value leaves the variable out. */
const CLIENT_VARIABLES: Readonly<Record<string, (run: ClientRun) => string | undefined>> = {
  DEPLOYMENT_ACTION: () => 'upload',
  DEPLOYMENT_TOKEN: (run) => run.deploymentToken,
  DEPLOYMENT_PROVIDER: () => 'GitHub',
  REPOSITORY_BASE: (run) => run.repositoryBase,
  APP_LOCATION: (run) => run.appLocation,
  // The payload is prebuilt: the client must not run Oryx on it.
  SKIP_APP_BUILD: () => 'true',
  SKIP_API_BUILD: () => 'true',
  CONFIG_FILE_LOCATION: (run) => run.configFileLocation,
  API_LOCATION: (run) => run.api?.location,
  FUNCTION_LANGUAGE: (run) => run.api?.language,
  FUNCTION_LANGUAGE_VERSION: (run) => run.api?.languageVersion,
  DEPLOYMENT_ENVIRONMENT: (run) => run.environment,
  VERBOSE: (run) => (run.verbose ? 'true' : 'false'),
  ...Object.fromEntries(
    Object.keys(RUNNER_FILES).map((name) => [
      name,
      (run: ClientRun) => run.runnerFiles[name as RunnerFile]
    ])
  )
}

/** Every variable PROTOCOLS.md §6 says the client reads: none is inherited, whoever set it. */
const SECTION_6_VARIABLES: readonly string[] = [
  'DEPLOYMENT_ACTION',
  'DEPLOYMENT_TOKEN',
  'DEPLOYMENT_PROVIDER',
  'REPOSITORY_BASE',
  'APP_LOCATION',
  'SKIP_APP_BUILD',
  'SKIP_API_BUILD',
  'API_LOCATION',
  'CONFIG_FILE_LOCATION',
  'DEPLOYMENT_ENVIRONMENT',
  'FUNCTION_LANGUAGE',
  'FUNCTION_LANGUAGE_VERSION',
  'VERBOSE'
]

/** Runner variables the client never inherits, and why. */
const WITHHELD: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^INPUT_/i, why: "this action's inputs (github-token among them)" },
  {
    pattern: /^ACTIONS_/i,
    why: 'the OIDC token request credential, the runtime and cache tokens, debug flags (VERBOSE carries that one)'
  },
  { pattern: /^GITHUB_TOKEN$/i, why: 'a token a workflow may have put in env' },
  {
    pattern: /^GITHUB_(EVENT_NAME|EVENT_PATH|REF|REF_NAME|REF_TYPE|HEAD_REF|BASE_REF)$/i,
    why: 'the event: this action settled the target, and DEPLOYMENT_ENVIRONMENT says it'
  }
]

/** The client's whole environment: the runner's, less what is withheld, plus the rows above. */
export function clientEnvironment(run: ClientRun, inherited: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const own = new Set(
    [...SECTION_6_VARIABLES, ...Object.keys(RUNNER_FILES)].map((name) => name.toUpperCase())
  )
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(inherited)) {
    if (value === undefined || own.has(name.toUpperCase())) continue
    if (WITHHELD.some((rule) => rule.pattern.test(name))) continue
    env[name] = value
  }
  for (const [name, value] of Object.entries(CLIENT_VARIABLES)) {
    const set = value(run)
    if (set !== undefined) env[name] = set
  }
  return env
}
