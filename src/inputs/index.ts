// Raw action inputs → one typed, validated Config. Each group (identity, target, payload,
// previews, engine, run) reads and checks its own inputs; every problem is thrown here, before
// any network call, all of them together so one run shows every fix.
import { readEngine, type EngineInputs } from './engine.js'
import { readIdentity, type IdentityInputs } from './identity.js'
import { readPayload, type PayloadInputs } from './payload.js'
import { readPreviews, type PreviewInputs } from './previews.js'
import { Problems } from './problems.js'
import type { ReadInput } from './rules.js'
import { readRun, type RunInputs } from './run.js'
import { readTarget, type TargetInputs } from './target.js'

// The environment name rule lives in environmentNames.ts; the target group checks it before any network call.
export { ENVIRONMENT_NAME, environmentNameProblem } from '../environmentNames.js'
export { isInside } from '../paths.js'
export type { ActionKind } from './target.js'

export type Config = IdentityInputs &
  TargetInputs &
  PayloadInputs &
  PreviewInputs &
  EngineInputs &
  RunInputs

/** The Config once the app's resource group is known: given, or found by name after sign-in. */
export type SiteConfig = Config & { resourceGroup: string }

type GetInput = (name: string) => string

/** Reads and checks every input; throws one InputError listing all problems found. */
export function readConfig(getInput: GetInput, env: NodeJS.ProcessEnv): Config {
  const problems = new Problems()
  const read: ReadInput = (name) => {
    const value = getInput(name).trim()
    return value === '' ? undefined : value
  }
  const identity = readIdentity(read, problems)
  const { target, action } = readTarget(read, problems)
  const config: Config = {
    ...identity,
    ...target,
    ...readPayload(read, action, env, problems),
    ...readPreviews(read, action, env, problems),
    ...readEngine(read, problems),
    ...readRun(read, problems)
  }
  if (config.authType === 'managed-identity' && config.skipWithoutIdentity) {
    // The machine's identity does not depend on the event: there is nothing to skip for.
    problems.add(
      'skip-without-identity',
      "Input skip-without-identity: 'true' has no meaning with auth-type: managed-identity (the machine's identity does not depend on the event that started the job); remove it."
    )
  }
  // Each group's part is complete only when it found no problem.
  problems.throwIfAny()
  return config
}
