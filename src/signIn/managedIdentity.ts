// Sign-in by the runner machine's managed identity: no GitHub OIDC token is requested (its
// variables are not even read); the machine's identity endpoint hands out the ARM token itself.
import { runUrl } from '../github/run.js'
import { readJwtClaims } from '../jwtClaims.js'
import { group, notice } from '../log.js'
import type { SignInMethod } from './method.js'

export const signInWithManagedIdentity: SignInMethod = async ({
  config,
  env,
  signal,
  stage,
  onSubject
}) => {
  if (config.ignoredInputs.length > 0) {
    notice(
      `auth-type: managed-identity ignores ${config.ignoredInputs.join(' and ')}: the token comes from the machine's identity, in its own tenant.`
    )
  }
  const userAssignedClientId = config.managedIdentityClientId
  const which =
    userAssignedClientId === undefined
      ? 'system-assigned'
      : `user-assigned, client id ${userAssignedClientId}`
  onSubject(which, 'managed identity')
  // MSAL is its own chunk of the bundle, loaded only by the sign-in that needs it.
  const { acquireManagedIdentityToken } = await import('../entra/managedIdentity.js')
  const accessToken = await stage('Managed identity token', () =>
    acquireManagedIdentityToken(
      { userAssignedClientId },
      config.resourceManagerEndpoint,
      env,
      signal
    )
  )
  // A token that is not a readable JWT still goes to ARM: only the log names less.
  const read = readJwtClaims(accessToken.token)
  const claims = 'claims' in read ? read.claims : undefined
  const objectId = typeof claims?.oid === 'string' ? claims.oid : undefined
  const subject = objectId === undefined ? which : `${which}, object id ${objectId}`
  logUsedIdentity(which, claims)
  onSubject(subject, 'managed identity')
  // The Azure SDK is parsed once the token is here, not before the first request (issue 26).
  const { createArmClient } = await import('../arm/client.js')
  const arm = createArmClient(config, accessToken, { signal, runUrl: runUrl(env) })
  return { subject, arm }
}

/** The claims that name the identity, when the token is a JWT (it is not verified: ARM does that). */
const NAMING_CLAIMS = ['oid', 'appid', 'tid', 'xms_mirid'] as const

/** Logs which identity was used, so a missing role can be assigned to the right principal. */
function logUsedIdentity(which: string, claims: Record<string, unknown> | undefined): void {
  const lines = [`identity: ${which}`]
  for (const name of NAMING_CLAIMS) {
    const value = claims?.[name]
    if (typeof value === 'string') lines.push(`${name}: ${value}`)
  }
  group('Managed identity used for Azure', lines)
}
