// ARM reads of setup: the subscriptions the user sees, and the Static Web App found by name
// (PROTOCOLS.md §3), over the project's transport with the user's own token.
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TokenCredential } from '@azure/identity'
import { checkDeploymentAuthPolicy } from '../arm/authPolicy.js'
import { readArmList } from '../arm/pages.js'
import {
  FIND_SITE_STEP,
  listedSites,
  listRefused,
  listUnfinishedFix,
  pickSiteGroup,
  SETUP_FLAG_WORDS,
  SITE_BY_NAME_DOC,
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

/** Every item of an ARM list, through the one paged reader the action uses too (arm/pages.ts). */
async function listAll(
  reader: ArmReader,
  step: string,
  first: string,
  unfinished: { fix: string; doc: string }
): Promise<unknown[]> {
  return await readArmList({
    step,
    first,
    origin: new URL(reader.endpoint).origin,
    originSetting: '--resource-manager-endpoint',
    ...unfinished,
    readPage: (url) => armGet(reader, step, url)
  })
}

const base = (reader: ArmReader): string => reader.endpoint.replace(/\/+$/, '')

export async function listSubscriptions(reader: ArmReader): Promise<Subscription[]> {
  const items = await listAll(
    reader,
    'ARM list subscriptions',
    `${base(reader)}/subscriptions?api-version=${SUBSCRIPTIONS_API}`,
    {
      fix: 'Run setup again; if it persists, check the Azure status page (and that --resource-manager-endpoint, if given, is the ARM endpoint itself).',
      doc: 'setup'
    }
  )
  return items.map(asRecord).flatMap((item) =>
    typeof item?.subscriptionId === 'string'
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
  try {
    const items = await listAll(
      reader,
      FIND_SITE_STEP,
      staticSitesListUrl(reader.endpoint, subscriptionId),
      { fix: listUnfinishedFix(SETUP_FLAG_WORDS), doc: SITE_BY_NAME_DOC }
    )
    return pickSiteGroup(listedSites(items, wanted, SETUP_FLAG_WORDS), wanted, SETUP_FLAG_WORDS)
  } catch (error) {
    if (!(error instanceof ActionError)) throw error
    // Whether ARM filters or refuses the list for a role only on one site is undocumented.
    throw nothingChanged(error.status === 403 ? listRefused(wanted, SETUP_FLAG_WORDS, 403) : error)
  }
}

/** Setup's refusals say that nothing was changed (apply adds what was, when something was). */
function nothingChanged(error: ActionError): ActionError {
  return new ActionError(`${error.message} Nothing was changed.`, {
    ...(error.step === undefined ? {} : { step: error.step }),
    ...(error.status === undefined ? {} : { status: error.status }),
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
