// Sign-in, one stage shared by every action: who the job is, and an ARM client acting as it.
import type { AuthType } from '../inputs/identity.js'
import type { SignedIn, SignInMethod, SignInRequest } from './method.js'

/** The way of signing in for each auth-type, loaded when chosen: a run parses only its own. */
const METHODS: Readonly<Record<AuthType, () => Promise<SignInMethod>>> = {
  oidc: async () => (await import('./githubOidc.js')).signInWithGitHubOidc,
  'managed-identity': async () => (await import('./managedIdentity.js')).signInWithManagedIdentity
}

export async function signIn(request: SignInRequest): Promise<SignedIn> {
  const method = await METHODS[request.config.authType]()
  return await method(request)
}
