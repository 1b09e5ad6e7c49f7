// The ARM client: @azure/arm-appservice's tree-shakable context, with its HTTP going through the
// project's one Azure SDK adapter (http/azureSdk.ts) and its own retry switched off.
import { createWebSiteManagement, type WebSiteManagementContext } from '@azure/arm-appservice/api'
import { formDataPolicyName, proxyPolicyName } from '@azure/core-rest-pipeline'
import { CLOUDS } from '../clouds.js'
import { diagnoseArm } from '../diagnose.js'
import { ActionError } from '../errors.js'
import { counted, endSentence, printable } from '../format.js'
import { ATTEMPTS_HEADER, sdkHttpClient } from '../http/azureSdk.js'
import { STEP_LIMITS } from '../http/limits.js'
import { isTransientStatus } from '../http/retry.js'
import type { Config } from '../inputs/index.js'
import { info } from '../log.js'
import { registerSecret } from '../secrets.js'
import { FIND_SITE_STEP } from './siteByName.js'
import type { ArmAccessToken } from '../entra/exchange.js'

export type ArmClient = WebSiteManagementContext

type TokenCredential = Parameters<typeof createWebSiteManagement>[0]

export interface ArmRun {
  /** The run's cancellation: every ARM request carries it. */
  signal: AbortSignal
  /** This workflow run's URL, logged with each request id so an Activity Log entry leads back to it. */
  runUrl: string | undefined
}

export function createArmClient(
  config: Config,
  accessToken: ArmAccessToken,
  run: ArmRun
): ArmClient {
  const credential: TokenCredential = {
    getToken: async () => ({
      token: accessToken.token,
      expiresOnTimestamp: accessToken.expiresOn.getTime(),
      tokenType: 'Bearer'
    })
  }
  const client = createWebSiteManagement(credential, config.subscriptionId, {
    endpoint: config.resourceManagerEndpoint,
    credentials: { scopes: [config.armScope] },
    retryOptions: { maxRetries: 0 },
    // A bearer token must never follow a redirect to another host.
    redirectOptions: { maxRetries: 0 },
    httpClient: sdkHttpClient({
      signal: run.signal,
      origin: new URL(config.resourceManagerEndpoint).origin,
      originSetting: 'resource-manager-endpoint',
      stepOf: armStep,
      limits: STEP_LIMITS.arm,
      onSend: (step, clientRequestId) =>
        info(
          `${step}: x-ms-client-request-id ${clientRequestId}${run.runUrl ? ` (run ${run.runUrl})` : ''}`
        ),
      onReply: (step, reply) => {
        if (step === LIST_SECRETS_STEP && reply.status === 200) registerListedSecrets(reply.body)
      }
    })
  })
  // ARM bodies are JSON, never FormData; the policy's `typeof FormData` alone makes Node load its
  // undici (~30 ms of CPU, measured with --cpu-prof) on the first request.
  client.pipeline.removePolicy({ name: formDataPolicyName })
  // The transport proxies (HTTPS_PROXY, NO_PROXY); the policy's agents are stubbed in the bundle.
  client.pipeline.removePolicy({ name: proxyPolicyName })
  return client
}

export const LIST_SECRETS_STEP = 'ARM listSecrets'

/** ARM calls by method (any when absent) and lower-cased path, first match wins. */
const ARM_STEPS: readonly { method?: string; path: RegExp; step: string }[] = [
  { method: 'POST', path: /\/listsecrets$/, step: LIST_SECRETS_STEP },
  { method: 'GET', path: /\/staticsites\/[^/]+\/builds$/, step: 'ARM list environments' },
  {
    method: 'DELETE',
    path: /\/staticsites\/[^/]+\/builds\/[^/]+$/,
    step: 'ARM delete environment'
  },
  { path: /\/staticsites\/[^/]+\/builds\/[^/]+$/, step: 'ARM read environment' },
  { method: 'GET', path: /\/staticsites\/[^/]+$/, step: 'ARM read Static Web App' },
  { method: 'GET', path: /^\/subscriptions\/[^/]+\/resources$/, step: FIND_SITE_STEP },
  // A poller's GET of the Location or Azure-AsyncOperation URL.
  { method: 'GET', path: /^/, step: 'ARM operation status' }
]

/** Names an ARM call for errors and retry lines. */
export function armStep(method: string, url: string): string {
  const path = new URL(url).pathname.replace(/\/+$/, '').toLowerCase()
  const row = ARM_STEPS.find(
    (candidate) =>
      (candidate.method === undefined || candidate.method === method) && candidate.path.test(path)
  )
  return row?.step ?? `ARM ${method}`
}

/** Masks the deployment token the moment its reply is read, before the SDK parses it. */
function registerListedSecrets(text: string): void {
  try {
    const parsed = JSON.parse(text) as { properties?: Record<string, unknown> }
    for (const value of Object.values(parsed.properties ?? {})) {
      if (typeof value === 'string') registerSecret(value)
    }
  } catch {
    // Not JSON: the SDK's deserializer reports it; there is no secret to mask.
  }
}

interface RestErrorShape {
  statusCode?: unknown
  code?: unknown
  message?: unknown
  request?: { method?: string; url?: string }
  response?: { headers?: { get(name: string): string | undefined }; bodyAsText?: string }
}

/** SDK error → ActionError naming the cause and the fix. */
export function armError(error: unknown, config: Config, fallbackStep: string): ActionError {
  if (error instanceof ActionError) return error
  const rest = (typeof error === 'object' && error !== null ? error : {}) as RestErrorShape
  const step =
    rest.request?.method && rest.request.url
      ? armStep(rest.request.method, rest.request.url)
      : fallbackStep
  if (typeof rest.statusCode === 'number') {
    const attempts = Number(rest.response?.headers?.get(ATTEMPTS_HEADER))
    const body = readArmErrorBody(rest.response?.bodyAsText)
    const code = body.code ?? (typeof rest.code === 'string' ? rest.code : undefined)
    const message = body.message ?? (typeof rest.message === 'string' ? rest.message : undefined)
    if (rest.statusCode === 504 && code === GATEWAY_TIMEOUT_CODE) {
      return gatewayTimeout(step, Number.isFinite(attempts) ? attempts : undefined, message)
    }
    const diagnosed = diagnoseArm(
      {
        step,
        status: rest.statusCode,
        code,
        message,
        attempts: Number.isFinite(attempts) && attempts > 0 ? attempts : undefined
      },
      config
    )
    return isTransientStatus(rest.statusCode) ? diagnosed : saySovereign(diagnosed, config)
  }
  const text = error instanceof Error ? error.message : String(error)
  return new ActionError(`${step} failed: ${printable(text, 1000)}`, {
    step,
    doc: 'arm-other',
    fix: 'Re-run the job; if it persists, check the Azure status page and the resource in the portal.'
  })
}

const GATEWAY_TIMEOUT_CODE = 'GatewayTimeout'

/**
 * ARM's gateway got no answer from Microsoft.Web, on every retry (PROTOCOLS.md §3, §4.5): on one
 * site that keeps happening when the site is wedged on Azure's side (#1753, #1779, #1780).
 */
function gatewayTimeout(step: string, attempts: number | undefined, said: string | undefined) {
  const after = attempts === undefined ? '' : ` after ${counted(attempts, 'attempt')}`
  const text = said ? ` ("${printable(said, 300)}")` : ''
  return new ActionError(
    `${step} failed: HTTP 504 GatewayTimeout${after}: ARM's gateway got no answer from Microsoft.Web${text}. When reads of one Static Web App keep timing out, the app is usually wedged on Azure's side (its environments stuck Failed, Uploading or Deleting: Azure/static-web-apps#1753, #1779, #1780).`,
    {
      step,
      status: 504,
      doc: 'arm-gateway-timeout',
      fix: "Re-run the job in a few minutes and check Azure status. If it persists, look at the app's Environments in the Azure portal (environments stuck Deleting or Uploading) and open an Azure support request with the app's resource id and the x-ms-client-request-id logged above; deleting a stuck environment or recreating the app has ended it for others."
    }
  )
}

/** In a cloud without Static Web Apps, an ARM refusal says so instead of implying support. */
function saySovereign(error: ActionError, config: Pick<Config, 'cloud'>): ActionError {
  if (CLOUDS[config.cloud].offersStaticWebApps) return error
  return new ActionError(
    `${endSentence(error.message)} Azure Static Web Apps is not offered in ${config.cloud} (2026, Azure/static-web-apps#1019): the sign-in worked, but there is no Static Web App there to deploy to.`,
    {
      ...(error.step === undefined ? {} : { step: error.step }),
      ...(error.status === undefined ? {} : { status: error.status }),
      doc: 'swa-not-offered',
      fix: `Deploy to a Static Web App in AzureCloud (cloud: AzureCloud, with a federated credential for the audience ${CLOUDS.AzureCloud.audience}), or host the site with a service ${config.cloud} offers.`
    }
  )
}

function readArmErrorBody(text: string | undefined): { code?: string; message?: string } {
  if (!text) return {}
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }
    const code = parsed.error?.code
    const message = parsed.error?.message
    return {
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof message === 'string' ? { message } : {})
    }
  } catch {
    return {}
  }
}
