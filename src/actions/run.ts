// What every action shares while it runs: the cancellation, the stage timer, what is known so far.
import { cancelOnSignals, throwIfCancelled } from '../cancel.js'
import type { DeploymentTrace } from '../content/deploy.js'
import type { GitHubContext } from '../github/event.js'
import { staticSiteResourceId } from '../diagnose.js'
import type { Config, SiteConfig } from '../inputs/index.js'
import { info } from '../log.js'
import type { Skip } from '../previews/skip.js'
import { Timings, type DeploymentReport } from '../report.js'
import { signIn } from '../signIn/index.js'
import type { SignedIn } from '../signIn/method.js'
import type { DeploymentTarget } from '../target.js'

/** What is known so far: a failed run still reports it (outputs and job summary). */
type KnownSoFar = Omit<DeploymentReport, 'outcome' | 'timings'> & {
  trace?: DeploymentTrace
}

/** What an action is asked to do: the inputs and the GitHub context, read and checked. */
export interface ActionRequest {
  config: Config
  context: GitHubContext
  target: DeploymentTarget
  env: NodeJS.ProcessEnv
}

/** How an action ends: a report to publish, or why it had nothing to do. */
export type Ending = { report: DeploymentReport } | { skip: Skip }

export interface Run {
  signal: AbortSignal
  timings: Timings
  known: KnownSoFar
  /** Each stage is timed, and named in the error when a signal arrives while it runs. */
  stage: <T>(phase: string, work: () => Promise<T>) => Promise<T>
  /** Names a stage timed elsewhere, for the cancellation error. */
  enter: (phase: string) => void
  /** Cleans up once the run is reported; the last registered runs first. */
  onFinish: (cleanup: () => void | Promise<void>) => void
  finish: () => Promise<void>
}

export function startRun(): Run {
  const cancellation = cancelOnSignals()
  const timings = new Timings()
  const { signal } = cancellation
  const cleanups: (() => void | Promise<void>)[] = []
  return {
    signal,
    timings,
    known: {},
    stage: async (phase, work) => {
      cancellation.enter(phase)
      const result = await timings.measure(phase, work)
      throwIfCancelled(signal, phase)
      return result
    },
    enter: (phase) => cancellation.enter(phase),
    onFinish: (cleanup) => cleanups.unshift(cleanup),
    finish: async () => {
      for (const cleanup of cleanups) await cleanup()
      cancellation.dispose()
    }
  }
}

/** Signed in, and the app located: every later stage sees its resource group. */
export type SignedInToSite = SignedIn & { config: SiteConfig }

/**
 * Sign-in as a stage of this run (the subject joins what is known as soon as it is), then, with
 * resource-group blank, the app found by name before anything else touches it.
 */
export async function signInFor(request: ActionRequest, run: Run): Promise<SignedInToSite> {
  const signedIn = await signIn({
    config: request.config,
    env: request.env,
    signal: run.signal,
    stage: run.stage,
    onSubject: (subject, kind) => {
      run.known.subject = subject
      run.known.subjectKind = kind
    }
  })
  const { config } = request
  if (config.resourceGroup !== undefined) {
    return { ...signedIn, config: { ...config, resourceGroup: config.resourceGroup } }
  }
  const { findSiteGroup } = await import('../arm/findSite.js')
  const resourceGroup = await run.stage('Find Static Web App', () =>
    findSiteGroup(signedIn.arm, config)
  )
  const located: SiteConfig = { ...config, resourceGroup }
  run.known.resourceId = staticSiteResourceId(located)
  info(
    `Found Static Web App '${config.appName}' by name in resource group '${resourceGroup}' of subscription ${config.subscriptionId} (resource-group is blank).`
  )
  return { ...signedIn, config: located }
}
