// A stand-in for Microsoft's StaticSitesClient, as PROTOCOLS.md §6 describes it: driven by its
// environment alone, it zips APP_LOCATION (with CONFIG_FILE_LOCATION's staticwebapp.config.json),
// speaks the emulator's strict content plane with DEPLOYMENT_TOKEN, prints what the real client
// prints (the lines Microsoft's docs show), "Visit your site at: <url>" on success, and exits
// non-zero on failure. It borrows the project's content client and zip writer: the emulator
// judges what they send, whoever sends it. It is strict about its inputs, so a run that passes
// shows the action gave it exactly what the real client needs and nothing it must not have.
//
// argv (baked into the launcher, never from the action): <content plane URL> <buildId> <behaviour>
import { randomUUID } from 'node:crypto'
import { appendFileSync, createReadStream, createWriteStream, existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { uploadToBlob } from '../../src/content/blob.js'
import {
  ContentClient,
  ContentPlaneRejection,
  TERMINAL_STATUSES,
  type UploadInfo
} from '../../src/content/client.js'
import { ActionError } from '../../src/errors.js'
import { buildUploadInfo, pollIntervalMs } from '../../src/content/deploy.js'
import { findFunctionLanguage } from '../../src/payload/apiLanguage.js'
import { CONFIG_FILE_NAME, preparePayload, writeZip } from '../../src/payload/index.js'
import { sliceOf, type EventInfo } from '../../src/target.js'
import type { StandInBehaviour } from './build.js'
import { RUNNER_FILE_WRITES } from './runnerFiles.js'

// The project modules borrowed here log through @actions/core; a client prints plain lines.
const write = process.stdout.write.bind(process.stdout)
process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
  write(
    String(chunk).replace(/^::([a-z-]+)[^:]*::/gm, '$1: '),
    ...rest
  )) as typeof process.stdout.write

const say = (line: string): void => void write(`${line}\n`)

/** What the real client must be given, and must not be: a missing or wrong one ends it here. */
function refusal(env: NodeJS.ProcessEnv, argv: readonly string[]): string | undefined {
  const token = env.DEPLOYMENT_TOKEN ?? ''
  if (token === '') return 'DEPLOYMENT_TOKEN is not set'
  if (process.argv.some((arg) => arg.includes(token))) return 'the deployment token is in argv'
  if (argv.length !== 3) return `unexpected arguments (${process.argv.length - 2})`
  if (env.DEPLOYMENT_ACTION !== 'upload') return `DEPLOYMENT_ACTION is '${env.DEPLOYMENT_ACTION}'`
  for (const name of ['SKIP_APP_BUILD', 'SKIP_API_BUILD']) {
    if (env[name] !== 'true') return `${name} is not 'true': the client would run a build`
  }
  const seen = Object.keys(env).filter((name) =>
    /^(INPUT_|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RUNTIME_)|^GITHUB_TOKEN$|^GITHUB_EVENT_/i.test(name)
  )
  if (seen.length > 0) return `it was handed ${seen.join(', ')}`
  for (const name of ['APP_LOCATION', 'REPOSITORY_BASE']) {
    const folder = env[name] ?? ''
    if (!path.isAbsolute(folder) || !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      return `${name} '${folder}' is not an absolute folder`
    }
  }
  const api = env.API_LOCATION
  if (api !== undefined) {
    if (!path.isAbsolute(api) || !existsSync(path.join(api, 'host.json'))) {
      return `API_LOCATION '${api}' is not an absolute folder with host.json at its root`
    }
    // The real client's own words when an API comes without its language (PROTOCOLS.md §4).
    if (!env.FUNCTION_LANGUAGE || !env.FUNCTION_LANGUAGE_VERSION) {
      return "Cannot deploy to the function app because Function language info isn't provided"
    }
  } else if (env.FUNCTION_LANGUAGE !== undefined || env.FUNCTION_LANGUAGE_VERSION !== undefined) {
    return 'FUNCTION_LANGUAGE is set without API_LOCATION'
  }
  const config = env.CONFIG_FILE_LOCATION
  if (config !== undefined && !existsSync(path.join(config, CONFIG_FILE_NAME))) {
    return `CONFIG_FILE_LOCATION '${config}' holds no ${CONFIG_FILE_NAME}`
  }
  if (env.VERBOSE !== 'true' && env.VERBOSE !== 'false') return `VERBOSE is '${env.VERBOSE}'`
  return undefined
}

function writeRunnerFiles(env: NodeJS.ProcessEnv): void {
  for (const [name, text] of Object.entries(RUNNER_FILE_WRITES)) {
    const file = env[name]
    if (file === undefined) {
      say(`${name} is not set`)
      continue
    }
    appendFileSync(file, text)
    say(`Wrote ${name}`)
  }
}

/** The exit code a failure ends with: 0 for a build that exits 0 after failing (#1246). */
let failureCode = 1

function failed(reason: string, code = failureCode): never {
  say('Deployment Failed :(')
  say(`Deployment Failure Reason: ${reason}`)
  say('Exiting')
  process.exit(code)
}

/** HTTP status names as .NET prints them, for the content server's rejections. */
const STATUS_NAMES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  500: 'InternalServerError'
}

/** The real client's words for a refusal by the content server (PROTOCOLS.md §6). */
function rejected(status: number, reason: string): never {
  say(`The content server has rejected the request with: ${STATUS_NAMES[status] ?? status}`)
  say(`Reason: ${reason}`)
  say('')
  say('For further information, please visit the Azure Static Web Apps documentation.')
  say('Exiting')
  process.exit(failureCode)
}

/** The real client's words after it could not reach the content server (PROTOCOLS.md §6). */
function unreachable(): never {
  say(
    'We are currently experiencing problems communicating with our content server. Please try again later or file an issue if this behavior continues.'
  )
  say('Exiting')
  process.exit(failureCode)
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const [contentUrl = '', buildId = '', behaviour = 'deploy'] = argv as [
    string,
    string,
    StandInBehaviour
  ]
  const env = process.env
  const refused = refusal(env, argv)
  if (refused) failed(`stand-in refused to run: ${refused}`, 2)
  if (behaviour === 'crash') process.exit(3)
  if (behaviour === 'exit-0-on-failure') failureCode = 0
  if (behaviour === 'unknown-option') {
    say('ERROR(S):')
    say("  Option 'environment' is unknown.")
    process.exit(0)
  }
  const token = env.DEPLOYMENT_TOKEN as string
  const appLocation = env.APP_LOCATION as string
  const environment = env.DEPLOYMENT_ENVIRONMENT
  const shown = (name: string): string => env[name] ?? 'unset'
  say(
    `StaticSitesClient stand-in ${buildId}: ${['APP_LOCATION', 'API_LOCATION', 'FUNCTION_LANGUAGE', 'FUNCTION_LANGUAGE_VERSION', 'CONFIG_FILE_LOCATION', 'DEPLOYMENT_ENVIRONMENT', 'DEPLOYMENT_PROVIDER', 'REPOSITORY_BASE', 'VERBOSE'].map((name) => `${name}=${shown(name)}`).join(', ')}`
  )
  if (behaviour === 'leaky') {
    say(`Using deployment token ${token} for this upload`)
    say('::set-output name=url::https://attacker.example/')
    say(`::add-mask::harmless ##[warning]from the client`)
  }
  if (behaviour === 'runner-files') writeRunnerFiles(env)
  if (behaviour === 'hang') {
    say('Uploading build artifacts.')
    setInterval(() => undefined, 60_000)
    return
  }

  const configFolder = env.CONFIG_FILE_LOCATION
  const configFile =
    configFolder !== undefined && configFolder !== appLocation
      ? path.join(configFolder, CONFIG_FILE_NAME)
      : undefined
  const apiLocation = env.API_LOCATION
  const payload = await preparePayload({
    appLocation,
    configFile,
    // The client's folders need not share a parent: each is its own root.
    workspace: apiLocation === undefined ? appLocation : path.parse(appLocation).root,
    ...(apiLocation === undefined
      ? {}
      : {
          apiLocation,
          apiLanguage: findFunctionLanguage(env.FUNCTION_LANGUAGE ?? ''),
          apiLanguageVersion: env.FUNCTION_LANGUAGE_VERSION
        })
  })
  const eventInfo: EventInfo = {
    RepoUrl: null,
    IsPullRequest: false,
    IsNamedEnvironment: environment !== undefined,
    PullRequestId: null,
    PullRequestTitle: null,
    HeadBranch: '',
    BaseBranch: '',
    EnvironmentName: environment ?? null,
    TenantId: null,
    DefaultHostname: null,
    Slice: sliceOf(contentUrl)
  }
  const signal = new AbortController().signal
  const client = new ContentClient({
    host: contentUrl,
    deploymentToken: token,
    correlationId: randomUUID(),
    signal
  })
  const uploadInfo = (status: UploadInfo['Status']): UploadInfo => ({
    ...buildUploadInfo(payload, status, eventInfo),
    DeploymentProvider: env.DEPLOYMENT_PROVIDER ?? 'GitHub'
  })
  try {
    await client.validateToken(eventInfo)
    // The real client leaves its app.zip in its working folder.
    const zip = path.join(process.cwd(), 'app.zip')
    say('Zipping App Artifacts')
    await pipeline(writeZip(payload), createWriteStream(zip))
    say('Done Zipping App Artifacts')
    const ticket = await client.requestUpload(eventInfo, uploadInfo('RequestingUpload'))
    say('Uploading build artifacts.')
    await uploadToBlob(ticket.sasUrl, () => createReadStream(zip), { signal })
    if (payload.api && ticket.apiSasUrl) {
      const apiZip = payload.api.archive.path
      say('Uploading API artifacts.')
      await uploadToBlob(ticket.apiSasUrl, () => createReadStream(apiZip), { signal })
    }
    await client.updateStatus(eventInfo, uploadInfo('Succeeded'), ticket.pollingInfo)
    say('Finished Upload. Polling on deployment.')
    const started = Date.now()
    for (let poll = 1; ; poll++) {
      const state = await client.checkStatus(ticket.pollingInfo)
      say(`Status: ${state.status}. Time: ${((Date.now() - started) / 1000).toFixed(7)}(s)`)
      if (state.status === 'Succeeded') {
        say('Deployment Complete :)')
        if (behaviour !== 'no-success-line') say(`Visit your site at: ${state.siteUrl}`)
        say('Thanks for using Azure Static Web Apps!')
        say('Exiting')
        await payload.close()
        return
      }
      if (TERMINAL_STATUSES.has(state.status)) failed(state.errorDetails || state.status)
      if (behaviour === 'give-up' && poll >= 3) {
        say('Upload Timed Out. Unsure if deployment was successful or not.')
        say('Exiting')
        process.exit(failureCode)
      }
      await new Promise((resolve) => setTimeout(resolve, pollIntervalMs(contentUrl)))
    }
  } catch (error) {
    // The server's own words, without the action's "Cause:" the borrowed client adds.
    const message = error instanceof Error ? error.message : String(error)
    await payload.close()
    const reason = message.replace(/ Cause: [\s\S]*$/, '').replace(/^.*?: /, '')
    if (error instanceof ContentPlaneRejection && error.status !== undefined) {
      rejected(error.status, reason)
    }
    // No answer, or only faults, from the content server: the real client's words for that.
    if (error instanceof ActionError && error.doc === 'network-errors') unreachable()
    failed(reason)
  }
}

await main()
