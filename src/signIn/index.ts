// Sign-in, one stage shared by every action: who the job is, and an ARM client acting as it.
import { signInWithGitHubOidc } from './githubOidc.js'
import type { SignedIn, SignInRequest } from './method.js'

/** Today the job's GitHub OIDC token is the only way; managed identity will be a second one. */
export function signIn(request: SignInRequest): Promise<SignedIn> {
  return signInWithGitHubOidc(request)
}
