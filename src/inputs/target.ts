// What the run acts on: the Static Web App, the action, and which of its environments.
import { environmentNameProblem } from '../environmentNames.js'
import { matchAccepted, otherToolsWord, useAccepted } from '../suggest.js'
import type { Problems } from './problems.js'
import { GUID, readRequired, type ReadInput } from './rules.js'

const ACTIONS = ['upload', 'close', 'prune'] as const
export type ActionKind = (typeof ACTIONS)[number]

export interface TargetInputs {
  subscriptionId: string
  /** Undefined when blank: the app is then found by name after sign-in (PROTOCOLS.md §3). */
  resourceGroup: string | undefined
  appName: string
  action: ActionKind
  /** Explicit `deployment-environment`, already checked (letters and digits, not `default`); `production` means production. */
  deploymentEnvironment: string | undefined
  productionBranch: string | undefined
}

const BRANCH_REF = 'refs/heads/'

/**
 * Reads the target inputs, and the action as given: undefined when refused, so the rules of the
 * other groups that depend on it stay quiet.
 */
export function readTarget(
  read: ReadInput,
  problems: Problems
): { target: TargetInputs; action: ActionKind | undefined } {
  const subscriptionId = readRequired(
    read,
    'subscription-id',
    'the subscription that holds the Static Web App',
    problems
  )
  if (subscriptionId !== undefined && !GUID.test(subscriptionId)) {
    problems.add(
      'subscription-id',
      `Input subscription-id: '${subscriptionId}' is not a GUID; use the subscription's id (az account show --query id).`
    )
  }
  const resourceGroup = read('resource-group')
  if (resourceGroup !== undefined) checkResourceGroup(resourceGroup, problems)
  const appName = readRequired(
    read,
    'app-name',
    'the name of the Static Web App resource',
    problems
  )
  if (appName !== undefined) checkAppName(appName, problems)
  const action = readAction(read('action'), problems)
  const deploymentEnvironment = read('deployment-environment')
  if (deploymentEnvironment !== undefined) {
    const problem = environmentNameProblem(deploymentEnvironment)
    if (problem) problems.add('deployment-environment', `Input deployment-environment: ${problem}`)
  }
  const target: TargetInputs = {
    subscriptionId: subscriptionId as string,
    resourceGroup,
    appName: appName as string,
    action: action ?? 'upload',
    deploymentEnvironment,
    productionBranch: readProductionBranch(read('production-branch'), problems)
  }
  return { target, action }
}

// ARM's rule for resource group names: 1-90 letters, digits, _ ( ) - . and not ending in '.'.
function checkResourceGroup(name: string, problems: Problems): void {
  if (name.length > 90 || !/^[-\w.()\p{L}\p{N}]+$/u.test(name) || name.endsWith('.')) {
    problems.add(
      'resource-group',
      `Input resource-group: '${name}' is not a valid resource group name (1-90 letters, digits, _ ( ) - . and not ending in '.').`
    )
  }
}

// Lenient on purpose: ARM has the last word; this only keeps the name a single URL path segment.
function checkAppName(name: string, problems: Problems): void {
  if (name.length > 80 || !/^[0-9A-Za-z][0-9A-Za-z_.-]*$/.test(name)) {
    problems.add(
      'app-name',
      `Input app-name: '${name}' is not a valid Static Web App name (letters, digits and hyphens, as shown in the Azure portal).`
    )
  }
}

const ACTION_LIST = "'upload', 'close' or 'prune'"

/**
 * Other tools' words for an action (keyed as otherToolsWord reads them): the action meant and why the word is
 * expected, answered with ours (never taken in its place). Azure/static-web-apps-deploy's own
 * values are upload and close, as here; the SWA CLI deploys with `swa deploy`, and the Azure CLI
 * removes an environment with `az staticwebapp environment delete`.
 */
const OTHER_ACTION_WORDS: Readonly<Record<string, { meant: ActionKind; whose: string }>> = {
  deploy: {
    meant: 'upload',
    whose: "the SWA CLI's word for it; Azure/static-web-apps-deploy's is upload too"
  },
  delete: { meant: 'close', whose: "the Azure CLI's word for deleting an environment" }
}

function readAction(value: string | undefined, problems: Problems): ActionKind | undefined {
  if (value === undefined) return 'upload'
  const action = matchAccepted(value, ACTIONS)
  if (action !== undefined) return action
  const other = otherToolsWord(OTHER_ACTION_WORDS, value)
  const fix =
    other === undefined
      ? useAccepted(value, ACTIONS, ACTION_LIST)
      : `did you mean '${other.meant}' (${other.whose})? Use ${ACTION_LIST}`
  problems.add('action', `Input action: '${value}' is not supported; ${fix}.`)
  return undefined
}

/** A branch name; its full ref (`refs/heads/main`) is the same branch, any other ref is not one. */
function readProductionBranch(value: string | undefined, problems: Problems): string | undefined {
  if (value === undefined) return undefined
  const branch = value.startsWith(BRANCH_REF) ? value.slice(BRANCH_REF.length) : value
  if (branch.startsWith('refs/') || branch === '') {
    problems.add(
      'production-branch',
      `Input production-branch: '${value}' is not a branch; name the branch (e.g. main or refs/heads/main).`
    )
    return undefined
  }
  return branch
}
