// The action: read the inputs and the GitHub context, choose the action, run it, report.
// Each action is its own pipeline under actions/ (inputs → sign-in → its work → report).
import * as core from '@actions/core'
import { conclude, concludeWithError } from './actions/report.js'
import { startRun, type ActionRequest, type Ending, type Run } from './actions/run.js'
import { staticSiteResourceId } from './diagnose.js'
import { readGitHubContext } from './github/event.js'
import { closeTransport } from './http/transport.js'
import { readConfig, type Config } from './inputs/index.js'
import { skipBeforeStart } from './previews/skip.js'
import { resolveTarget } from './target.js'

export async function run(): Promise<void> {
  const current = startRun()
  const { known } = current
  let configRead: Config | undefined
  // The summary's heading names the action, even when its inputs are refused.
  const asked = core.getInput('action').trim().toLowerCase()
  if (asked === 'close' || asked === 'prune') known.action = asked
  try {
    // Everything that can be wrong with the inputs or the files is found before any network call.
    const config = readConfig(core.getInput, process.env)
    const context = readGitHubContext(process.env)
    const target = resolveTarget(config, context)
    configRead = config
    known.action = config.action
    // Prune looks at every environment, not at one.
    if (config.action !== 'prune') known.environment = target.environment
    // Blank resource-group: the id is known once the app is found by name, after sign-in.
    if (config.resourceGroup !== undefined) {
      known.resourceId = staticSiteResourceId({ ...config, resourceGroup: config.resourceGroup })
    }
    const nothingToDo = skipBeforeStart(config, context, target, process.env)
    const request: ActionRequest = { config, context, target, env: process.env }
    await conclude(nothingToDo ? { skip: nothingToDo } : await act(request, current), current)
  } catch (error) {
    await concludeWithError(error, configRead, current)
  } finally {
    await current.finish()
    closeTransport()
  }
}

/** Each action's pipeline is loaded when chosen: a run parses only the code its action needs. */
async function act(request: ActionRequest, current: Run): Promise<Ending> {
  switch (request.config.action) {
    case 'upload':
      return (await import('./actions/upload.js')).upload(request, current)
    case 'close':
      return (await import('./actions/close.js')).close(request, current)
    case 'prune':
      return (await import('./actions/prune.js')).prune(request, current)
  }
}
