// Sign-in by the job's GitHub OIDC token, exchanged at Entra ID for an ARM access token.
import { createArmClient } from '../arm/client.js'
import { logPresentedClaims, requestGitHubToken } from '../github/oidc.js'
import { runUrl } from '../github/run.js'
import type { SignInMethod } from './method.js'

export const signInWithGitHubOidc: SignInMethod = async ({
  config,
  env,
  signal,
  stage,
  onSubject
}) => {
  // MSAL, a third of the action's code, is loaded while the GitHub token is on its way.
  const exchange = import('../entra/exchange.js')
  exchange.catch(() => undefined)
  const identity = await stage('GitHub OIDC token', () =>
    requestGitHubToken(config.audience, env, signal)
  )
  logPresentedClaims(identity.claims)
  onSubject(identity.claims.sub, 'sub')
  const { acquireArmToken } = await exchange
  const accessToken = await stage('Entra ID token', () => acquireArmToken(config, identity, signal))
  const arm = createArmClient(config, accessToken, { signal, runUrl: runUrl(env) })
  return { subject: identity.claims.sub, arm }
}
