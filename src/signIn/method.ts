// What every way of signing in takes and returns: plain data, so a second way is one more file.
import type { ArmClient } from '../arm/client.js'
import type { Config } from '../inputs/index.js'

export interface SignedIn {
  /** Who signed in: the `sub` claim presented to Entra ID, or the machine's managed identity. */
  subject: string
  arm: ArmClient
}

export interface SignInRequest {
  config: Config
  env: NodeJS.ProcessEnv
  signal: AbortSignal
  /** Times each step, and names it in the error when a signal arrives while it runs. */
  stage: <T>(phase: string, work: () => Promise<T>) => Promise<T>
  /**
   * Told who signs in as soon as it is known (a refused exchange still reports who asked), and
   * what that is: 'sub' (the GitHub token's claim) or 'managed identity'.
   */
  onSubject: (subject: string, kind: SubjectKind) => void
}

type SubjectKind = 'sub' | 'managed identity'

/** One way of signing in. */
export type SignInMethod = (request: SignInRequest) => Promise<SignedIn>
