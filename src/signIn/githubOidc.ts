// Sign-in by the job's GitHub OIDC token, exchanged at Entra ID for an ARM access token.
import { logPresentedClaims, requestGitHubToken } from '../github/oidc.js'
import { runUrl } from '../github/run.js'
import type { SignInMethod } from './method.js'

/** The exchange's MSAL and the ARM client's Azure SDK: over half of the action's code. */
const loadExchangeAndArm = () =>
  Promise.all([import('../entra/exchange.js'), import('../arm/client.js')])

export const signInWithGitHubOidc: SignInMethod = async ({
  config,
  env,
  signal,
  stage,
  onSubject
}) => {
  // Parsed once the token request has left, while GitHub mints the token: parsed before, they
  // would hold the request back (start-up, issue 26).
  let loading: ReturnType<typeof loadExchangeAndArm> | undefined
  const startLoading = (): ReturnType<typeof loadExchangeAndArm> => {
    if (loading === undefined) {
      loading = loadExchangeAndArm()
      // Awaited only once the token is here: a failed request must not leave it unhandled.
      loading.catch(() => undefined)
    }
    return loading
  }
  const identity = await stage('GitHub OIDC token', () =>
    requestGitHubToken(config.audience, env, signal, () => void startLoading())
  )
  logPresentedClaims(identity.claims)
  onSubject(identity.claims.sub, 'sub')
  const [{ acquireArmToken }, { createArmClient }] = await startLoading()
  const accessToken = await stage('Entra ID token', () => acquireArmToken(config, identity, signal))
  const arm = createArmClient(config, accessToken, { signal, runUrl: runUrl(env) })
  return { subject: identity.claims.sub, arm }
}
