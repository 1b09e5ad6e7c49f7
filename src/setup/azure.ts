// ARM reads of setup: the subscriptions the user sees, and the Static Web App found by name
// (PROTOCOLS.md §3), over the project's transport with the user's own token.
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TokenCredential } from '@azure/identity'
import { checkDeploymentAuthPolicy } from '../arm/authPolicy.js'
import {
  FIND_SITE_STEP,
  listedSites,
  listRefused,
  pickSiteGroup,
  SETUP_FLAG_WORDS,
  staticSitesListUrl
} from '../arm/siteByName.js'
import { armScope } from '../clouds.js'
import { ActionError, InputError } from '../errors.js'
import { printable } from '../format.js'
import { STEP_LIMITS } from '../http/limits.js'
import { describeBody, send } from '../http/transport.js'
import { asRecord, type JsonRecord } from '../json.js'

export interface ArmReader {
  endpoint: string
  credential: TokenCredential
  signal: AbortSignal
}

export interface Subscription {
  subscriptionId: string
  tenantId: string
  displayName: string
}

export interface StaticSite {
  id: string
  name: string
  resourceGroup: string
  sku: string
  defaultHostname: string
  deploymentAuthPolicy: string | undefined
}

/** The published api-versions setup uses (PROTOCOLS.md §3). */
const SUBSCRIPTIONS_API = '2022-12-01'
const STATIC_SITES_API = '2025-05-01'
/** Pages followed at most. */
const MAX_PAGES = 50

/** Fixes for ARM refusals of the user's reads, by error code. */
const ARM_READ_FIXES: Readonly<Record<string, string>> = {
  AuthorizationFailed:
    'Ask for Reader (or more) on the Static Web App or its resource group, or pass --resource-group and --subscription if the names are wrong.',
  ResourceNotFound: 'Check --app-name and --resource-group (and --subscription).',
  ResourceGroupNotFound: 'Check --resource-group and --subscription.',
  SubscriptionNotFound: 'Check --subscription; `az account list` shows the ones you can use.',
  InvalidAuthenticationTokenTenant:
    'Sign in to the tenant of the subscription (az login --tenant TENANT).'
}

async function armGet(reader: ArmReader, step: string, url: string): Promise<JsonRecord> {
  const token = await reader.credential.getToken(armScope(reader.endpoint))
  if (!token) throw new ActionError(`${step}: no ARM token.`, { step })
  const reply = await send({
    step,
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${token.token}`, accept: 'application/json' },
    signal: reader.signal,
    limits: STEP_LIMITS.arm
  })
  let body: JsonRecord | undefined
  try {
    body = asRecord(JSON.parse(reply.body))
  } catch {
    body = undefined
  }
  if (reply.status === 200 && body) return body
  const error = asRecord(body?.error)
  const code = typeof error?.code === 'string' ? error.code : ''
  const message =
    typeof error?.message === 'string' ? printable(error.message, 600) : describeBody(reply.body)
  throw new ActionError(`${step} failed: HTTP ${reply.status} ${code} (${message}).`, {
    step,
    status: reply.status,
    doc: 'setup',
    fix: ARM_READ_FIXES[code] ?? 'Run setup again; if it persists, check the Azure status page.'
  })
}

async function listAll(reader: ArmReader, step: string, first: string): Promise<JsonRecord[]> {
  const items: JsonRecord[] = []
  const origin = new URL(reader.endpoint).origin
  let url: string | undefined = first
  for (let page = 0; url !== undefined && page < MAX_PAGES; page++) {
    const body = await armGet(reader, step, url)
    if (Array.isArray(body.value)) {
      for (const item of body.value as unknown[]) {
        const record = asRecord(item)
        if (record) items.push(record)
      }
    }
    const next = typeof body.nextLink === 'string' ? body.nextLink : undefined
    // The token goes to ARM only, whatever a nextLink names.
    url = next !== undefined && new URL(next).origin === origin ? next : undefined
  }
  return items
}

const base = (reader: ArmReader): string => reader.endpoint.replace(/\/+$/, '')

export async function listSubscriptions(reader: ArmReader): Promise<Subscription[]> {
  const items = await listAll(
    reader,
    'ARM list subscriptions',
    `${base(reader)}/subscriptions?api-version=${SUBSCRIPTIONS_API}`
  )
  return items.flatMap((item) =>
    typeof item.subscriptionId === 'string'
      ? [
          {
            subscriptionId: item.subscriptionId,
            tenantId: typeof item.tenantId === 'string' ? item.tenantId : '',
            displayName: typeof item.displayName === 'string' ? item.displayName : ''
          }
        ]
      : []
  )
}

/** The Azure CLI's default subscription (`az account set`), when its profile says one. */
function azureCliDefaultSubscription(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const folder = env.AZURE_CONFIG_DIR || path.join(os.homedir(), '.azure')
  try {
    // The CLI writes the profile with a byte-order mark.
    const text = readFileSync(path.join(folder, 'azureProfile.json'), 'utf8').replace(/^\uFEFF/, '')
    const subscriptions = asRecord(JSON.parse(text))?.subscriptions
    if (!Array.isArray(subscriptions)) return undefined
    const chosen = subscriptions.map(asRecord).find((item) => item?.isDefault === true)
    return typeof chosen?.id === 'string' ? chosen.id : undefined
  } catch {
    return undefined
  }
}

/** `--subscription`, else AZURE_SUBSCRIPTION_ID, else the CLI's default, else the only one there is. */
export function pickSubscription(
  wanted: string | undefined,
  visible: Subscription[],
  env: NodeJS.ProcessEnv = process.env
): Subscription {
  const preferred =
    wanted ?? (env.AZURE_SUBSCRIPTION_ID?.trim() || azureCliDefaultSubscription(env))
  const list = visible.map((item) => `${item.subscriptionId} (${item.displayName})`).join(', ')
  if (preferred !== undefined) {
    const lower = preferred.toLowerCase()
    const found = visible.find(
      (item) =>
        item.subscriptionId.toLowerCase() === lower || item.displayName.toLowerCase() === lower
    )
    if (found) return found
    throw new InputError(
      `Subscription '${preferred}' is not among those your login sees${list ? `: ${list}` : ''}.`,
      {
        fix: 'Pass --subscription with one of them, or sign in to the tenant that holds it.'
      }
    )
  }
  if (visible.length === 1) return visible[0]!
  throw new InputError(
    visible.length === 0
      ? 'Your Azure login sees no subscription.'
      : `Your Azure login sees ${visible.length} subscriptions and none is the default: ${list}.`,
    { fix: 'Pass --subscription SUBSCRIPTION_ID (or set one with az account set).' }
  )
}

/** The resource group of the app of that name: the only one, or a refusal listing what was found. */
export async function findSiteGroup(
  reader: ArmReader,
  subscriptionId: string,
  appName: string
): Promise<string> {
  const wanted = { subscriptionId, appName }
  const items = await listAll(
    reader,
    FIND_SITE_STEP,
    staticSitesListUrl(reader.endpoint, subscriptionId)
  ).catch((error: unknown) => {
    if (error instanceof ActionError && error.status === 403) {
      throw nothingChanged(listRefused(wanted, SETUP_FLAG_WORDS, 403))
    }
    throw error
  })
  try {
    return pickSiteGroup(listedSites(items), wanted, SETUP_FLAG_WORDS)
  } catch (error) {
    throw error instanceof ActionError ? nothingChanged(error) : error
  }
}

/** Setup's refusals say that nothing was changed (apply adds what was, when something was). */
function nothingChanged(error: ActionError): InputError {
  return new InputError(`${error.message} Nothing was changed.`, {
    ...(error.fix === undefined ? {} : { fix: error.fix }),
    ...(error.doc === undefined ? {} : { doc: error.doc })
  })
}

export async function readSite(
  reader: ArmReader,
  subscriptionId: string,
  resourceGroup: string,
  appName: string
): Promise<StaticSite> {
  const id = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Web/staticSites/${appName}`
  const body = await armGet(
    reader,
    'ARM read Static Web App',
    `${base(reader)}${id}?api-version=${STATIC_SITES_API}`
  )
  const properties = asRecord(body.properties) ?? {}
  const site: StaticSite = {
    id: typeof body.id === 'string' ? body.id : id,
    name: typeof body.name === 'string' ? body.name : appName,
    resourceGroup,
    sku: String(asRecord(body.sku)?.name ?? 'Free'),
    defaultHostname: String(properties.defaultHostname ?? ''),
    deploymentAuthPolicy:
      typeof properties.deploymentAuthPolicy === 'string'
        ? properties.deploymentAuthPolicy
        : undefined
  }
  // The same refusal, and the same fixes, as the action gives before uploading.
  checkDeploymentAuthPolicy(
    {
      deploymentAuthPolicy: site.deploymentAuthPolicy,
      repositoryUrl:
        typeof properties.repositoryUrl === 'string' ? properties.repositoryUrl : undefined,
      branch: typeof properties.branch === 'string' ? properties.branch : undefined
    },
    { resourceManagerEndpoint: base(reader), resourceId: site.id, appName: site.name }
  )
  return site
}
