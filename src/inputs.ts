// Raw action inputs → one typed, validated Config. Every input error lives here and is thrown
// before any network call; all of them are reported together so one run shows every fix.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { CLOUDS, armScope, findCloud, type CloudName } from './clouds.js'
import { CHANNELS, ENGINE_VERSION } from './engine/versions.js'
import { InputError } from './errors.js'
import { printable } from './format.js'
import { findFunctionLanguage, LANGUAGE_NAMES, LANGUAGE_VERSION } from './payload/apiLanguage.js'
import { isInside, isInsideOnDisk, isSameFileOnDisk, realPath } from './paths.js'
import { CONFIG_FILE_NAME, type FunctionLanguage } from './payload/types.js'
import { environmentNameProblem } from './environmentNames.js'

// The environment name rule lives in target.ts; inputs check it before any network call.
export { ENVIRONMENT_NAME, environmentNameProblem } from './environmentNames.js'

export type ActionKind = 'upload' | 'close' | 'prune'

/** `on-environment-limit`: what a full preview-environment quota does to a new environment. */
type EnvironmentLimitChoice = 'fail' | 'skip'

export interface Config {
  clientId: string
  tenantId: string
  subscriptionId: string
  resourceGroup: string
  appName: string
  /** Absolute path of the prebuilt site (folder or .zip), inside the workspace. */
  appLocation: string
  /** Absolute path of staticwebapp.config.json to place at the upload root, when given. */
  configFile: string | undefined
  /** Absolute path of the prebuilt managed Functions API (folder or .zip), inside the workspace. */
  apiLocation: string | undefined
  /** `api-language`, checked; blank: the payload stage takes platform.apiRuntime of the config. */
  apiLanguage: FunctionLanguage | undefined
  /** `api-language-version`, checked for its form (e.g. `20`, `3.11`, `8.0`). */
  apiLanguageVersion: string | undefined
  action: ActionKind
  /** Explicit `deployment-environment`, already checked (letters and digits, not `default`); `production` means production. */
  deploymentEnvironment: string | undefined
  productionBranch: string | undefined
  cloud: CloudName
  /** Audience for the GitHub OIDC token (input or the cloud's default). */
  audience: string
  /** Authority host without trailing slash (input override or the cloud's). */
  authorityHost: string
  /** ARM endpoint without trailing slash (input override or the cloud's). */
  resourceManagerEndpoint: string
  /** `<resourceManagerEndpoint>/.default` */
  armScope: string
  dryRun: boolean
  /** `allow-credential-files`: let files that look like credentials into the upload. */
  allowCredentialFiles: boolean
  deploymentTimeoutSeconds: number
  /** Absolute GITHUB_WORKSPACE. */
  workspace: string
  /** `github-token`, for the pull request's state, prune and the comment; masked where it is used. */
  githubToken: string | undefined
  /** GITHUB_API_URL without trailing slash (GHES: https://HOST/api/v3); undefined when unusable. */
  githubApiUrl: string | undefined
  /** `pr-comment`: keep one comment per app on the pull request. */
  prComment: boolean
  /** `prune-max-age-days`: with action prune, also delete environments not updated for this long. */
  pruneMaxAgeDays: number | undefined
  onEnvironmentLimit: EnvironmentLimitChoice
  /** `skip-without-identity`: no OIDC token available is a warning and outcome skipped. */
  skipWithoutIdentity: boolean
  /** `engine`: who uploads; for Microsoft's StaticSitesClient, `engine-version` too. */
  engine: Engine
}

type Engine = { name: 'native' } | { name: 'official'; version: string }

const DEFAULT_APP_LOCATION = 'dist'
const DEFAULT_TIMEOUT_SECONDS = 600
/** The longest a GitHub-hosted job may run. */
const MAX_TIMEOUT_SECONDS = 6 * 60 * 60
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i
const MULTI_TENANT_ALIASES = new Set(['common', 'organizations', 'consumers'])
/** Ten years: anything longer is a typo, not a policy. */
const MAX_PRUNE_AGE_DAYS = 3650
const DEFAULT_GITHUB_API_URL = 'https://api.github.com'
const REPOSITORY_SLUG = /^[\w.-]+\/[\w.-]+$/
const BRANCH_REF = 'refs/heads/'

type GetInput = (name: string) => string

/** Reads and checks every input; throws one InputError listing all problems found. */
export function readConfig(getInput: GetInput, env: NodeJS.ProcessEnv): Config {
  const problems: string[] = []
  const read = (name: string): string | undefined => {
    const value = getInput(name).trim()
    return value === '' ? undefined : value
  }
  const required = (name: string, what: string): string | undefined => {
    const value = read(name)
    if (value === undefined) problems.push(`Input ${name} is required: ${what}.`)
    return value
  }

  const clientId = required('client-id', 'the application (client) id of the app registration')
  if (clientId !== undefined && !GUID.test(clientId)) {
    problems.push(
      `Input client-id: '${clientId}' is not a GUID; use the app registration's Application (client) ID.`
    )
  }
  const tenantId = required('tenant-id', "your Entra tenant's id (GUID) or verified domain")
  if (tenantId !== undefined) checkTenant(tenantId, problems)
  const subscriptionId = required(
    'subscription-id',
    'the subscription that holds the Static Web App'
  )
  if (subscriptionId !== undefined && !GUID.test(subscriptionId)) {
    problems.push(
      `Input subscription-id: '${subscriptionId}' is not a GUID; use the subscription's id (az account show --query id).`
    )
  }
  const resourceGroup = required('resource-group', 'the resource group of the Static Web App')
  if (resourceGroup !== undefined) checkResourceGroup(resourceGroup, problems)
  const appName = required('app-name', 'the name of the Static Web App resource')
  if (appName !== undefined) checkAppName(appName, problems)

  const action = readAction(read('action'), problems)
  const cloud = readCloud(read('cloud'), problems)
  const authorityHost = readEndpoint('authority-host', read('authority-host'), problems)
  const endpoint = readEndpoint(
    'resource-manager-endpoint',
    read('resource-manager-endpoint'),
    problems
  )
  const deploymentEnvironment = read('deployment-environment')
  if (deploymentEnvironment !== undefined) {
    const problem = environmentNameProblem(deploymentEnvironment)
    if (problem) problems.push(`Input deployment-environment: ${problem}`)
  }
  const dryRun = readBoolean('dry-run', read('dry-run'), false, problems)
  const allowCredentialFiles = readBoolean(
    'allow-credential-files',
    read('allow-credential-files'),
    false,
    problems
  )
  const deploymentTimeoutSeconds = readTimeout(read('deployment-timeout'), problems)
  const productionBranch = readProductionBranch(read('production-branch'), problems)
  const previews = readPreviewInputs(read, action, env, problems)
  const engine = readEngine(read('engine'), read('engine-version'), problems)

  const workspace = readWorkspace(env, problems)
  let appLocation: string | undefined
  let configFile: string | undefined
  let apiLocation: string | undefined
  if (workspace !== undefined) {
    // Only an upload reads the site; close and prune delete environments, with no checkout needed.
    const mustExist = action === 'upload'
    appLocation = readPackageLocation(
      'app-location',
      read('app-location') ?? DEFAULT_APP_LOCATION,
      workspace,
      mustExist,
      problems
    )
    const configLocation = read('config-file-location')
    if (configLocation !== undefined) {
      configFile = readConfigFile(configLocation, workspace, mustExist, problems)
    }
    const apiValue = read('api-location')
    if (apiValue !== undefined) {
      apiLocation = readPackageLocation('api-location', apiValue, workspace, mustExist, problems)
      // Inside the site, the API's code and settings would be served as static files too.
      if (
        apiLocation !== undefined &&
        appLocation !== undefined &&
        isInsideOnDisk(appLocation, apiLocation)
      ) {
        problems.push(
          `Input api-location: '${apiValue}' is inside app-location, so its files would also be public as part of the site; build the API into a folder outside the site's.`
        )
      }
    }
  }
  const apiLanguage = readApiLanguage(read('api-language'), problems)
  const apiLanguageVersion = readApiLanguageVersion(read('api-language-version'), problems)
  if (action === 'upload' && read('api-location') === undefined) {
    for (const name of ['api-language', 'api-language-version']) {
      if (read(name) !== undefined)
        problems.push(`Input ${name} describes an API, but api-location is not set; set both.`)
    }
  }

  if (problems.length > 0) throw inputError(problems)
  const cloudEndpoints = CLOUDS[cloud ?? 'AzureCloud']
  const resourceManagerEndpoint = endpoint ?? cloudEndpoints.resourceManagerEndpoint
  // Every value below was checked above; the casts only tell the compiler so.
  return {
    clientId: clientId as string,
    tenantId: tenantId as string,
    subscriptionId: subscriptionId as string,
    resourceGroup: resourceGroup as string,
    appName: appName as string,
    appLocation: appLocation as string,
    configFile,
    apiLocation,
    apiLanguage,
    apiLanguageVersion,
    action: action ?? 'upload',
    deploymentEnvironment,
    productionBranch,
    cloud: cloudEndpoints.name,
    audience: read('audience') ?? cloudEndpoints.audience,
    authorityHost: authorityHost ?? cloudEndpoints.authorityHost,
    resourceManagerEndpoint,
    armScope: armScope(resourceManagerEndpoint),
    dryRun,
    allowCredentialFiles,
    deploymentTimeoutSeconds,
    workspace: workspace as string,
    ...previews,
    engine
  }
}

type PreviewInputs = Pick<
  Config,
  | 'githubToken'
  | 'githubApiUrl'
  | 'prComment'
  | 'pruneMaxAgeDays'
  | 'onEnvironmentLimit'
  | 'skipWithoutIdentity'
>

/** The pull-request and preview-environment inputs, and the GitHub API they may need. */
function readPreviewInputs(
  read: (name: string) => string | undefined,
  action: ActionKind | undefined,
  env: NodeJS.ProcessEnv,
  problems: string[]
): PreviewInputs {
  const githubToken = read('github-token')
  const prComment = readBoolean('pr-comment', read('pr-comment'), false, problems)
  const pruneMaxAgeDays = readPruneAge(read('prune-max-age-days'), action, problems)
  const skipWithoutIdentity = readBoolean(
    'skip-without-identity',
    read('skip-without-identity'),
    false,
    problems
  )
  const limit = read('on-environment-limit')?.toLowerCase() ?? 'fail'
  if (limit !== 'fail' && limit !== 'skip') {
    problems.push(
      `Input on-environment-limit: '${read('on-environment-limit') ?? ''}' is not supported; use 'fail' or 'skip'.`
    )
  }
  const prunesByPullRequest = action === 'prune' && githubToken !== undefined
  if (action === 'prune' && githubToken === undefined && pruneMaxAgeDays === undefined) {
    problems.push(
      'Input action: prune has nothing to go by: github-token is blank (closed pull requests cannot be looked up) and prune-max-age-days is not set; leave github-token at its default, or set prune-max-age-days.'
    )
  }
  if (prunesByPullRequest && !REPOSITORY_SLUG.test(env.GITHUB_REPOSITORY?.trim() ?? '')) {
    problems.push(
      'GITHUB_REPOSITORY is not set to owner/name; action: prune needs it to look up pull requests (run the action in a GitHub Actions job).'
    )
  }
  // Only a feature that must reach the API makes a bad GITHUB_API_URL an error.
  const needsApi = prComment || prunesByPullRequest
  const githubApiUrl = readGitHubApiUrl(env, needsApi ? problems : [])
  return {
    githubToken,
    githubApiUrl,
    prComment,
    pruneMaxAgeDays,
    onEnvironmentLimit: limit === 'skip' ? 'skip' : 'fail',
    skipWithoutIdentity
  }
}

function readPruneAge(
  value: string | undefined,
  action: ActionKind | undefined,
  problems: string[]
): number | undefined {
  if (value === undefined) return undefined
  const days = Number(value)
  if (!/^\d+$/.test(value) || days < 1 || days > MAX_PRUNE_AGE_DAYS) {
    problems.push(
      `Input prune-max-age-days: '${value}' is not a whole number of days from 1 to ${MAX_PRUNE_AGE_DAYS} (e.g. 14).`
    )
    return undefined
  }
  if (action !== undefined && action !== 'prune') {
    problems.push(
      `Input prune-max-age-days is only read with action: prune (action is ${action}); move it to the prune step.`
    )
    return undefined
  }
  return days
}

/** GITHUB_API_URL (https://api.github.com when the runner does not say), checked like the endpoint inputs. */
function readGitHubApiUrl(env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
  const value = env.GITHUB_API_URL?.trim() || DEFAULT_GITHUB_API_URL
  const found: string[] = []
  const url = readEndpoint('GITHUB_API_URL', value, found)
  problems.push(...found.map((problem) => problem.replace(/^Input /, '')))
  return url
}

function inputError(found: string[]): InputError {
  // Problems quote the user's values: control characters (an ESC sequence, say) are shown escaped.
  const problems = found.map((problem) => printable(problem, 2000))
  if (problems.length === 1) return new InputError(problems[0] as string)
  const list = problems.map((problem) => `  - ${problem}`).join('\n')
  return new InputError(`${problems.length} inputs need fixing:\n${list}`, {
    fix: "Correct each input listed above in the step's `with:` block."
  })
}

function checkTenant(tenantId: string, problems: string[]): void {
  if (MULTI_TENANT_ALIASES.has(tenantId.toLowerCase())) {
    problems.push(
      `Input tenant-id: '${tenantId}' is a multi-tenant alias; use your tenant's id (GUID) or verified domain.`
    )
  } else if (!GUID.test(tenantId) && !DOMAIN.test(tenantId)) {
    problems.push(
      `Input tenant-id: '${tenantId}' is neither a GUID nor a domain; use the Directory (tenant) ID from the app registration's overview.`
    )
  }
}

// ARM's rule for resource group names: 1-90 letters, digits, _ ( ) - . and not ending in '.'.
function checkResourceGroup(name: string, problems: string[]): void {
  if (name.length > 90 || !/^[-\w.()\p{L}\p{N}]+$/u.test(name) || name.endsWith('.')) {
    problems.push(
      `Input resource-group: '${name}' is not a valid resource group name (1-90 letters, digits, _ ( ) - . and not ending in '.').`
    )
  }
}

// Lenient on purpose: ARM has the last word; this only keeps the name a single URL path segment.
function checkAppName(name: string, problems: string[]): void {
  if (name.length > 80 || !/^[0-9A-Za-z][0-9A-Za-z_.-]*$/.test(name)) {
    problems.push(
      `Input app-name: '${name}' is not a valid Static Web App name (letters, digits and hyphens, as shown in the Azure portal).`
    )
  }
}

function readAction(value: string | undefined, problems: string[]): ActionKind | undefined {
  if (value === undefined) return 'upload'
  const wanted = value.toLowerCase()
  if (wanted === 'upload' || wanted === 'close' || wanted === 'prune') return wanted
  problems.push(`Input action: '${value}' is not supported; use 'upload', 'close' or 'prune'.`)
  return undefined
}

function readEngine(
  name: string | undefined,
  version: string | undefined,
  problems: string[]
): Engine {
  const wanted = name?.toLowerCase() ?? 'native'
  if (wanted !== 'native' && wanted !== 'official') {
    problems.push(
      `Input engine: '${name}' is not supported; use 'native' (the default) or 'official'.`
    )
  }
  if (wanted !== 'official') {
    // `stable` is action.yml's default, so the runner always passes it: only another value is a mistake.
    if (version !== undefined && version.toLowerCase() !== 'stable') {
      problems.push(
        'Input engine-version: only used with engine: official; set engine: official, or remove engine-version.'
      )
    }
    return { name: 'native' }
  }
  if (version === undefined) return { name: 'official', version: 'stable' }
  const channel = CHANNELS.find((known) => known === version.toLowerCase())
  if (channel) return { name: 'official', version: channel }
  if (!ENGINE_VERSION.test(version)) {
    problems.push(
      `Input engine-version: '${version}' is neither stable, latest, backup nor a buildId (40 hex digits, e.g. 689a6c1fe8fc32f40348cc41223a7e9d83dd43d2; older ones are dotted numbers, e.g. 1.0.027044).`
    )
  }
  return { name: 'official', version }
}

function readCloud(value: string | undefined, problems: string[]): CloudName | undefined {
  if (value === undefined) return 'AzureCloud'
  const cloud = findCloud(value)
  if (cloud) return cloud.name
  problems.push(
    `Input cloud: '${value}' is not a known cloud; use one of ${Object.keys(CLOUDS).join(', ')}.`
  )
  return undefined
}

/** An https URL override, normalised to origin + path without trailing slash. */
function readEndpoint(
  name: string,
  value: string | undefined,
  problems: string[]
): string | undefined {
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    problems.push(`Input ${name}: '${value}' is not an absolute URL; use https://host[/path].`)
    return undefined
  }
  if (url.protocol !== 'https:') {
    problems.push(
      `Input ${name}: '${value}' must use https (tokens are never sent over ${url.protocol}).`
    )
    return undefined
  }
  if (url.username || url.password) {
    problems.push(`Input ${name}: the URL must not carry a user name or password.`)
    return undefined
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    problems.push(`Input ${name}: '${value}' must not have a query string or fragment.`)
    return undefined
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

function readBoolean(
  name: string,
  value: string | undefined,
  fallback: boolean,
  problems: string[]
): boolean {
  if (value === undefined) return fallback
  // YAML 1.2 core schema, as action.yml documents: true or false in any case, nothing else.
  if (/^true$/i.test(value)) return true
  if (/^false$/i.test(value)) return false
  problems.push(`Input ${name}: '${value}' is not a boolean; use 'true' or 'false'.`)
  return fallback
}

/** A branch name; its full ref (`refs/heads/main`) is the same branch, any other ref is not one. */
function readProductionBranch(value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined) return undefined
  const branch = value.startsWith(BRANCH_REF) ? value.slice(BRANCH_REF.length) : value
  if (branch.startsWith('refs/') || branch === '') {
    problems.push(
      `Input production-branch: '${value}' is not a branch; name the branch (e.g. main or refs/heads/main).`
    )
    return undefined
  }
  return branch
}

function readTimeout(value: string | undefined, problems: string[]): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS
  const seconds = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(seconds) || seconds < 1) {
    problems.push(
      `Input deployment-timeout: '${value}' is not a positive whole number of seconds (e.g. 600).`
    )
    return DEFAULT_TIMEOUT_SECONDS
  }
  if (seconds > MAX_TIMEOUT_SECONDS) {
    problems.push(
      `Input deployment-timeout: ${seconds} seconds is longer than a job can run; use at most ${MAX_TIMEOUT_SECONDS}.`
    )
    return DEFAULT_TIMEOUT_SECONDS
  }
  return seconds
}

function readWorkspace(env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
  const workspace = env.GITHUB_WORKSPACE?.trim()
  if (!workspace) {
    problems.push(
      'GITHUB_WORKSPACE is not set; run this action in a GitHub Actions job (or set it to the checkout folder).'
    )
    return undefined
  }
  const absolute = path.resolve(workspace)
  try {
    if (!fs.statSync(absolute).isDirectory()) throw new Error('not a directory')
  } catch {
    problems.push(`GITHUB_WORKSPACE '${workspace}' is not an existing folder.`)
    return undefined
  }
  return absolute
}

export { isInside } from './paths.js'

/**
 * Resolves a workspace-relative path and checks it stays inside the workspace, both as written
 * and after following symbolic links. Returns undefined (with a problem recorded) when it escapes.
 */
function resolveInWorkspace(
  name: string,
  value: string,
  workspace: string,
  problems: string[]
): { absolute: string; exists: boolean } | undefined {
  if (value.includes('\0')) {
    problems.push(`Input ${name}: the path contains a NUL character.`)
    return undefined
  }
  const absolute = path.resolve(workspace, value)
  const escape = `Input ${name}: '${value}' is outside GITHUB_WORKSPACE (${workspace}); use a path inside the repository checkout.`
  if (!isInside(workspace, absolute)) {
    problems.push(escape)
    return undefined
  }
  let real: string | undefined
  try {
    real = realPath(absolute)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    problems.push(`Input ${name}: '${value}' cannot be read (${reason}); check its permissions.`)
    return undefined
  }
  if (real === undefined) return { absolute, exists: false }
  if (!isInside(realPath(workspace) ?? workspace, real)) {
    problems.push(
      `Input ${name}: '${value}' leads outside GITHUB_WORKSPACE through a symbolic link (to ${real}); use a path inside the repository checkout.`
    )
    return undefined
  }
  return { absolute, exists: true }
}

/** What to tell the user about each location input that is missing or of the wrong kind. */
const LOCATION_FIXES = {
  'app-location': {
    missing:
      "build the site in an earlier step, or point app-location at its output folder (default 'dist')",
    wrongKind: "point it at the built site's folder"
  },
  'api-location': {
    missing:
      'build the API in an earlier step, or point api-location at its publish output (the folder that holds host.json)',
    wrongKind: "point it at the built API's folder (the one that holds host.json)"
  }
} as const

function readPackageLocation(
  name: keyof typeof LOCATION_FIXES,
  value: string,
  workspace: string,
  mustExist: boolean,
  problems: string[]
): string | undefined {
  const resolved = resolveInWorkspace(name, value, workspace, problems)
  if (!resolved) return undefined
  if (!resolved.exists) {
    if (mustExist) {
      problems.push(
        `Input ${name}: '${value}' does not exist in the workspace; ${LOCATION_FIXES[name].missing}.`
      )
    }
    return resolved.absolute
  }
  const stats = fs.statSync(resolved.absolute)
  if (stats.isDirectory()) return resolved.absolute
  if (stats.isFile() && resolved.absolute.toLowerCase().endsWith('.zip')) return resolved.absolute
  if (mustExist) {
    problems.push(
      `Input ${name}: '${value}' is neither a folder nor a .zip file; ${LOCATION_FIXES[name].wrongKind}.`
    )
  }
  return resolved.absolute
}

function readApiLanguage(
  value: string | undefined,
  problems: string[]
): FunctionLanguage | undefined {
  if (value === undefined) return undefined
  const language = findFunctionLanguage(value)
  if (language === undefined) {
    problems.push(
      `Input api-language: '${value}' is not a managed Functions language; use ${LANGUAGE_NAMES}.`
    )
  }
  return language
}

function readApiLanguageVersion(value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined) return undefined
  if (!LANGUAGE_VERSION.test(value)) {
    problems.push(
      `Input api-language-version: '${value}' is not a version; use digits and dots, e.g. 20, 3.11 or 8.0.`
    )
    return undefined
  }
  return value
}

function readConfigFile(
  value: string,
  workspace: string,
  mustExist: boolean,
  problems: string[]
): string | undefined {
  const resolved = resolveInWorkspace('config-file-location', value, workspace, problems)
  if (!resolved) return undefined
  if (!resolved.exists) {
    if (mustExist) {
      problems.push(
        `Input config-file-location: '${value}' does not exist; give the folder that holds ${CONFIG_FILE_NAME} or the file's path.`
      )
    }
    return undefined
  }
  const stats = fs.statSync(resolved.absolute)
  if (stats.isDirectory()) {
    const file = path.join(resolved.absolute, CONFIG_FILE_NAME)
    const found = resolveInWorkspace('config-file-location', file, workspace, problems)
    if (found?.exists && fs.statSync(file).isFile()) return file
    if (found && mustExist) {
      problems.push(
        `Input config-file-location: the folder '${value}' has no ${CONFIG_FILE_NAME}; give the folder that holds it or the file's path.`
      )
    }
    return undefined
  }
  // By what the disk finds: on a case-insensitive one, StaticWebApp.config.json is that file.
  if (
    !isSameFileOnDisk(
      resolved.absolute,
      path.join(path.dirname(resolved.absolute), CONFIG_FILE_NAME)
    )
  ) {
    problems.push(
      `Input config-file-location: '${value}' is not named ${CONFIG_FILE_NAME}; give that file or the folder that holds it.`
    )
    return undefined
  }
  return resolved.absolute
}
