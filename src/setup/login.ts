// The user's own Azure login through @azure/identity, tried in the order DefaultAzureCredential
// uses for developer machines and CI (no browser, no device code: setup never waits for a person
// it did not ask). The first source that gives a token is kept for ARM and Graph alike; when none
// does, the error names each source tried, what it said and how to sign in with it.
import {
  AzureCliCredential,
  AzureDeveloperCliCredential,
  AzurePowerShellCredential,
  CredentialUnavailableError,
  EnvironmentCredential,
  WorkloadIdentityCredential,
  type AccessToken,
  type GetTokenOptions,
  type TokenCredential
} from '@azure/identity'
import { ActionError } from '../errors.js'
import { printable } from '../format.js'
import { rememberSecret } from '../secrets.js'

export interface LoginOptions {
  /** Custom authority host for the sources that call Entra themselves (environment, workload identity). */
  authorityHost?: string | undefined
  signal: AbortSignal
}

interface LoginSource {
  name: string
  /** How to sign in with this source, for the error when none worked. */
  signIn: string
  create: (options: LoginOptions) => TokenCredential
}

/** Tools are given a minute: the first `az` call of a session can be slow. */
const TOOL_TIMEOUT_MS = 60_000

const LOGIN_SOURCES: readonly LoginSource[] = [
  {
    name: 'environment variables',
    signIn:
      'set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_CERTIFICATE_PATH (or AZURE_CLIENT_SECRET) for a service principal',
    create: ({ authorityHost }) => new EnvironmentCredential(authorityHost ? { authorityHost } : {})
  },
  {
    name: 'workload identity',
    signIn: 'on Kubernetes, AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_FEDERATED_TOKEN_FILE',
    create: ({ authorityHost }) =>
      new WorkloadIdentityCredential(authorityHost ? { authorityHost } : {})
  },
  {
    name: 'Azure CLI',
    signIn: 'az login',
    create: () => new AzureCliCredential({ processTimeoutInMs: TOOL_TIMEOUT_MS })
  },
  {
    name: 'Azure Developer CLI',
    signIn: 'azd auth login',
    create: () => new AzureDeveloperCliCredential({ processTimeoutInMs: TOOL_TIMEOUT_MS })
  },
  {
    name: 'Azure PowerShell',
    signIn: 'Connect-AzAccount',
    create: () => new AzurePowerShellCredential({ processTimeoutInMs: TOOL_TIMEOUT_MS })
  }
]

/** A signed-in user: the source that worked, and a credential every client shares. */
export interface AzureLogin {
  source: string
  credential: TokenCredential
}

/** A token is used again until this close to its expiry. */
const REFRESH_MARGIN_MS = 5 * 60_000

/**
 * Every token handed out is remembered as a secret, so no output can carry it; and kept per scope
 * until near its expiry, since the tool-based sources start a process (`az`, `azd`, `pwsh`) per call.
 */
function remembering(credential: TokenCredential, signal: AbortSignal): TokenCredential {
  const kept = new Map<string, AccessToken>()
  return {
    async getToken(
      scopes: string | string[],
      options?: GetTokenOptions
    ): Promise<AccessToken | null> {
      const key = [scopes].flat().join(' ')
      const cached = kept.get(key)
      if (cached && cached.expiresOnTimestamp - Date.now() > REFRESH_MARGIN_MS) return cached
      const token = await credential.getToken(scopes, {
        ...options,
        abortSignal: options?.abortSignal ?? signal
      })
      if (token) {
        rememberSecret(token.token)
        kept.set(key, token)
      }
      return token
    }
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return printable(text.split(/\r?\n/)[0] ?? '', 300)
}

/** Signs in for `scope` with the first source that works; refuses, naming each source, when none does. */
export async function signIn(scope: string, options: LoginOptions): Promise<AzureLogin> {
  const tried: string[] = []
  for (const source of LOGIN_SOURCES) {
    try {
      const credential = remembering(source.create(options), options.signal)
      const token = await credential.getToken(scope)
      if (token) return { source: source.name, credential }
      tried.push(`${source.name}: no token`)
    } catch (error) {
      if (options.signal.aborted) throw error
      if (!(error instanceof CredentialUnavailableError)) {
        // A source that is set up but refused (a wrong secret, an expired login) is not skipped.
        throw new ActionError(`Azure sign-in through ${source.name} failed: ${firstLine(error)}`, {
          step: 'Azure sign-in',
          doc: 'setup',
          fix: `Sign in again (${source.signIn}); nothing was changed.`
        })
      }
      tried.push(`${source.name}: ${firstLine(error)}`)
    }
  }
  throw new ActionError(
    `No Azure login was found; setup tried, in order: ${tried.join('; ')}. Nothing was changed.`,
    {
      step: 'Azure sign-in',
      doc: 'setup',
      fix: `Sign in with one of them and run setup again: ${LOGIN_SOURCES.map((source) => `${source.signIn} (${source.name})`).join(', ')}.`
    }
  )
}
