// GitHub OIDC token → Entra ID access token for ARM: one client_credentials grant with the
// GitHub token as client assertion. MSAL sees exactly one acquire call; retries live in send().
import * as msal from '@azure/msal-node'
import { CLOUDS } from '../clouds.js'
import { diagnoseEntra, type EntraContext, type EntraFailure } from '../diagnose.js'
import { ActionError, errorText } from '../errors.js'
import { printable } from '../format.js'
import { decodeClaims, type GitHubClaims, type GitHubIdentity } from '../github/oidc.js'
import type { Config } from '../inputs/index.js'
import { debug } from '../log.js'
import { registerSecret } from '../secrets.js'
import { EntraNetwork, TOKEN_STEP } from './network.js'

export interface ArmAccessToken {
  /** Bearer token for ARM; registered as a secret before it is returned. */
  token: string
  expiresOn: Date
}

/** Exchanges the GitHub token for an ARM access token, before the GitHub token expires. */
export async function acquireArmToken(
  config: Config,
  identity: Pick<GitHubIdentity, 'token' | 'expires'>,
  signal: AbortSignal
): Promise<ArmAccessToken> {
  const assertion = registerSecret(identity.token)
  const network = new EntraNetwork(signal, identity.expires)
  const application = new msal.ConfidentialClientApplication({
    auth: {
      clientId: config.clientId,
      authority: `${config.authorityHost}/${config.tenantId}`,
      clientAssertion: async () => assertion,
      ...knownAuthorityOptions(config.authorityHost)
    },
    system: {
      networkClient: network,
      disableInternalRetries: true,
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: msal.LogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (!containsPii && level <= msal.LogLevel.Warning) debug(`MSAL: ${message}`)
        }
      }
    }
  })
  let result: msal.AuthenticationResult | null
  try {
    result = await application.acquireTokenByClientCredential({
      scopes: [config.armScope],
      skipCache: true
    })
  } catch (error) {
    throw explainFailure(error, network, { ...config, claims: claimsOf(assertion) })
  }
  const token = result?.accessToken ?? ''
  if (token === '') {
    throw new ActionError(`${TOKEN_STEP}: Entra ID replied without an access token.`, {
      step: TOKEN_STEP,
      doc: 'entra-other',
      fix: 'Check authority-host points at Entra ID (or a compatible token service) and re-run the job.'
    })
  }
  registerSecret(token)
  const expiresOn = result?.expiresOn ?? new Date(Date.now() + 5 * 60 * 1000)
  return { token, expiresOn }
}

/** The public clouds' authorities use MSAL's built-in metadata; any other host must be trusted. */
function knownAuthorityOptions(authorityHost: string): { knownAuthorities?: string[] } {
  const builtIn = Object.values(CLOUDS).some((cloud) => cloud.authorityHost === authorityHost)
  return builtIn ? {} : { knownAuthorities: [new URL(authorityHost).host] }
}

/** Claims for error messages only; a malformed assertion is Entra's to refuse. */
function claimsOf(assertion: string): GitHubClaims | undefined {
  try {
    return decodeClaims(assertion)
  } catch {
    return undefined
  }
}

interface MsalErrorShape {
  errorCode?: unknown
  errorMessage?: unknown
  subError?: unknown
  errorNo?: unknown
  status?: unknown
}

function explainFailure(error: unknown, network: EntraNetwork, context: EntraContext): ActionError {
  if (network.failure) return network.failure
  if (error instanceof ActionError) return error
  const reply = network.lastTokenReply ?? network.metadataError
  if (reply?.error) {
    const failure: EntraFailure = {
      status: reply.status,
      attempts: reply.attempts,
      error: reply.error.error,
      description: reply.error.error_description,
      codes: Array.isArray(reply.error.error_codes) ? reply.error.error_codes : undefined
    }
    return diagnoseEntra(failure, context)
  }
  const msal = (typeof error === 'object' && error !== null ? error : {}) as MsalErrorShape
  const errorCode = typeof msal.errorCode === 'string' ? msal.errorCode : undefined
  const errorMessage = typeof msal.errorMessage === 'string' ? msal.errorMessage : ''
  if (errorCode !== undefined && /AADSTS\d+/.test(errorMessage)) {
    return diagnoseEntra(
      {
        status: typeof msal.status === 'number' ? msal.status : undefined,
        error: errorCode,
        description: /Description: ([\s\S]*?)(?: - Correlation ID:|$)/.exec(errorMessage)?.[1],
        codes:
          typeof msal.errorNo === 'string' && /^\d+$/.test(msal.errorNo)
            ? [Number(msal.errorNo)]
            : undefined
      },
      context
    )
  }
  const text = printable(errorCode ? `${errorCode}: ${errorMessage}` : errorText(error), 1000)
  return new ActionError(`${TOKEN_STEP} failed before reaching Entra ID: ${text}`, {
    step: TOKEN_STEP,
    doc: 'entra-other',
    fix: `Check authority-host, tenant-id and cloud: the authority is ${context.authorityHost}/${context.tenantId}.`
  })
}
