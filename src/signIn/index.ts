// Sign-in, one stage shared by every action: who the job is, and an ARM client acting as it.
import type { AuthType } from '../inputs/identity.js'
import { signInWithGitHubOidc } from './githubOidc.js'
import { signInWithManagedIdentity } from './managedIdentity.js'
import type { SignedIn, SignInMethod, SignInRequest } from './method.js'

/** The way of signing in for each auth-type. */
const METHODS: Readonly<Record<AuthType, SignInMethod>> = {
  oidc: signInWithGitHubOidc,
  'managed-identity': signInWithManagedIdentity
}

export function signIn(request: SignInRequest): Promise<SignedIn> {
  return METHODS[request.config.authType](request)
}
