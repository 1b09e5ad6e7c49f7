// What every way of signing in takes and returns: plain data, so a second way is one more file.
import type { ArmClient } from '../arm/client.js'
import type { Config } from '../inputs/index.js'

export interface SignedIn {
  /** The `sub` claim presented to Entra ID. */
  subject: string
  arm: ArmClient
}

export interface SignInRequest {
  config: Config
  env: NodeJS.ProcessEnv
  signal: AbortSignal
  /** Times each step, and names it in the error when a signal arrives while it runs. */
  stage: <T>(phase: string, work: () => Promise<T>) => Promise<T>
  /** Told the subject as soon as it is known: a refused exchange still reports who asked. */
  onSubject: (subject: string) => void
}

/** One way of signing in. */
export type SignInMethod = (request: SignInRequest) => Promise<SignedIn>
