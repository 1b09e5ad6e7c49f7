// Remote failures → messages that name the cause and the fix. One function per service family;
// each returns an ActionError whose `doc` is an anchor in docs/troubleshooting.md.
import { CLOUDS } from './clouds.js'
import { ActionError } from './errors.js'
import type { GitHubClaims } from './github/oidc.js'
import { isTransientStatus } from './http/retry.js'
import type { Config, SiteConfig } from './inputs/index.js'
import { counted, printable } from './format.js'

/** What Entra's token endpoint said, from its error JSON or from MSAL's ServerError. */
export interface EntraFailure {
  status?: number | undefined
  /** OAuth error, e.g. `invalid_client`. */
  error?: string | undefined
  /** `error_description`: "AADSTSnnnn: text\r\nTrace ID: …\r\nCorrelation ID: …". */
  description?: string | undefined
  codes?: readonly number[] | undefined
  /** Attempts made when the status was transient. */
  attempts?: number | undefined
}

export type EntraContext = Pick<
  Config,
  | 'clientId'
  | 'tenantId'
  | 'cloud'
  | 'audience'
  | 'armScope'
  | 'resourceManagerEndpoint'
  | 'authorityHost'
> & { claims?: GitHubClaims | undefined }

const ENTRA_STEP = 'Entra token request'

/** The AADSTS code of a failure: from `error_codes`, else from the description text. */
export function aadstsCode(failure: EntraFailure): number | undefined {
  const first = failure.codes?.[0]
  if (first !== undefined) return first
  const match = /AADSTS(\d+)/.exec(failure.description ?? '')
  return match ? Number(match[1]) : undefined
}

/** Entra's reason, first line only; the trace lines are kept apart for support requests. */
function entraReason(failure: EntraFailure): { reason: string; trace: string } {
  const lines = (failure.description ?? '').split(/\r?\n/).map((line) => line.trim())
  const reason = lines[0] || failure.error || `HTTP ${failure.status ?? 'error'}`
  const trace = lines
    .filter((line) => /^(Trace ID|Correlation ID|Timestamp):/.test(line))
    .join(', ')
  return { reason, trace }
}

function audienceText(claims: GitHubClaims | undefined, fallback: string): string {
  if (!claims) return fallback
  return Array.isArray(claims.aud) ? claims.aud.join(', ') : claims.aud
}

/** What an Entra refusal's message and fix may quote. */
interface EntraFacts {
  context: EntraContext
  iss: string
  sub: string
  aud: string
}

/** One AADSTS code: what it means (the message, before Entra's own words), its fix and anchor. */
interface EntraCase {
  cause: (facts: EntraFacts) => string
  fix: (facts: EntraFacts) => string
  anchor: string
}

const BAD_SIGNATURE: EntraCase = {
  cause: ({ iss }) => `Entra ID could not verify the GitHub token's signature (issuer '${iss}').`,
  fix: ({ iss }) =>
    `Check the federated credential's issuer is '${iss}' and that Entra can read its discovery document and keys (GitHub Enterprise Server must be reachable from the internet). During a signing-key rotation, a re-run succeeds.`,
  anchor: 'aadsts50012'
}

/** A subject "not found" on an app may be the wrong app: the fix names client-id too. */
const CLIENT_ID_CHECK = (clientId: string): string =>
  `, or correct client-id if ${clientId} is not the app registration that trusts this repository's jobs (setup prints that one's client id as AZURE_CLIENT_ID)`

/** Where a subject mismatch is seen before a run: setup's check, from a clone of the site repository. */
const SETUP_CHECK =
  ' From a clone of the repository, npx github:org/keyless-swa-deploy setup --check --app-name <app> shows, per deploying job, the subject it presents and whether a credential trusts it (setup without --check adds what is missing).'

/** Entra's refusals of a federated client assertion, keyed by AADSTS code. */
const ENTRA_CASES: Readonly<Record<number, EntraCase>> = {
  70021: {
    cause: ({ context, iss, sub, aud }) =>
      `Entra ID found no federated credential on app ${context.clientId} matching the GitHub token (presented iss '${iss}', sub '${sub}', aud '${aud}').`,
    fix: ({ context, iss, sub, aud }) =>
      `Add a federated credential to app ${context.clientId} with issuer '${iss}', subject '${sub}' and audience '${aud}'${CLIENT_ID_CHECK(context.clientId)}. A credential created in the last few minutes may not have propagated yet: wait a minute and re-run the job.${SETUP_CHECK}`,
    anchor: 'aadsts70021'
  },
  700211: {
    cause: ({ iss }) => `Entra ID found no federated credential for the token's issuer '${iss}'.`,
    fix: ({ iss }) =>
      `Set the federated credential's issuer to exactly '${iss}' (GitHub.com: https://token.actions.githubusercontent.com; GitHub Enterprise Server and enterprise-slug issuers differ).`,
    anchor: 'aadsts700211'
  },
  700212: {
    cause: ({ aud }) => `Entra ID found no federated credential for the token's audience '${aud}'.`,
    fix: ({ aud, context }) =>
      `Set the federated credential's audience to '${aud}', or set the audience input to the credential's audience (the ${context.cloud} default is '${CLOUDS[context.cloud].audience}').`,
    anchor: 'aadsts700212'
  },
  700213: {
    cause: ({ context, sub }) =>
      `Entra ID found no federated credential on app ${context.clientId} for the token's subject. Presented sub: '${sub}'.`,
    fix: ({ context, sub }) =>
      `Add a federated credential to app ${context.clientId} whose subject is exactly '${sub}'${CLIENT_ID_CHECK(context.clientId)}. GitHub's subjects look like repo:<owner>/<repo>:ref:refs/heads/<branch> (push to a branch), repo:<owner>/<repo>:environment:<name> (job with an environment) or repo:<owner>/<repo>:pull_request (pull_request events); an organisation may customise the claim's keys.${SETUP_CHECK}`,
    anchor: 'aadsts700213'
  },
  7002138: {
    cause: ({ sub }) =>
      `The token's subject '${sub}' matches a federated credential only if letter case is ignored; Entra compares subjects case-sensitively.`,
    fix: ({ sub }) =>
      `Edit the federated credential's subject to exactly '${sub}', with the same upper and lower case as the repository, branch and environment names.${SETUP_CHECK}`,
    anchor: 'aadsts7002138'
  },
  700024: {
    cause: () =>
      "Entra ID refused the GitHub token as outside its valid time range: it had expired (it lives about 5 minutes) or the runner's clock is off.",
    fix: () =>
      "Re-run the job. The action requests the token right before the exchange, so a repeated failure points at the runner's clock or a slow proxy.",
    anchor: 'aadsts700024'
  },
  700016: {
    cause: ({ context }) =>
      `Entra ID has no application '${context.clientId}' in tenant '${context.tenantId}'.`,
    fix: () =>
      "Check client-id (the app registration's Application (client) ID, not its object id) and tenant-id (the tenant the app is registered in).",
    anchor: 'aadsts700016'
  },
  90002: {
    cause: ({ context }) => `Entra ID has no tenant '${context.tenantId}' in ${context.cloud}.`,
    fix: () =>
      "Check tenant-id (the Directory (tenant) ID on the app registration's overview) and cloud: a tenant lives in one cloud.",
    anchor: 'aadsts90002'
  },
  1002012: {
    cause: ({ context }) => `Entra ID refused the scope '${context.armScope}'.`,
    fix: ({ context }) =>
      `Check resource-manager-endpoint and cloud: the scope is '<ARM endpoint>/.default', now '${context.armScope}'.`,
    anchor: 'aadsts1002012'
  },
  50012: BAD_SIGNATURE,
  700027: BAD_SIGNATURE
}

export function diagnoseEntra(failure: EntraFailure, context: EntraContext): ActionError {
  const status = failure.status
  if (status !== undefined && isTransientStatus(status) && aadstsCode(failure) === undefined) {
    return status === 429
      ? entraThrottled(failure)
      : diagnoseTransient(ENTRA_STEP, status, failure.attempts)
  }
  const code = aadstsCode(failure)
  const { reason, trace } = entraReason(failure)
  const said = printable(trace ? `${reason} (${trace})` : reason, 1000)
  const claims = context.claims
  const facts: EntraFacts = {
    context,
    sub: claims?.sub ?? '(unknown)',
    iss: claims?.iss ?? '(unknown)',
    aud: audienceText(claims, context.audience)
  }
  const details = (doc: string, fix: string): ConstructorParameters<typeof ActionError>[1] => ({
    fix,
    doc,
    step: ENTRA_STEP,
    ...(status === undefined ? {} : { status })
  })
  const known = code === undefined ? undefined : ENTRA_CASES[code]
  if (known) {
    return new ActionError(
      `${known.cause(facts)} Entra said: ${said}`,
      details(known.anchor, known.fix(facts))
    )
  }
  if (status === 429 || failure.error === 'temporarily_unavailable') return entraThrottled(failure)
  return new ActionError(
    `Entra ID refused the token exchange: ${said}`,
    details(
      'entra-other',
      code === undefined
        ? "Check client-id, tenant-id and the app registration's federated credentials."
        : `Look the code up at https://login.microsoftonline.com/error?code=${code}.`
    )
  )
}

function entraThrottled(failure: EntraFailure): ActionError {
  const after = failure.attempts ? ` after ${counted(failure.attempts, 'attempt')}` : ''
  return new ActionError(`Entra ID throttled the token request (HTTP 429)${after}.`, {
    fix: 'Wait a few minutes and re-run the job; avoid starting many jobs of the same app registration at once.',
    doc: 'entra-throttled',
    step: ENTRA_STEP,
    status: 429
  })
}

/** What ARM said: status and the `{error:{code,message}}` body, when there was one. */
export interface ArmFailure {
  /** e.g. 'ARM listSecrets'. */
  step: string
  status: number
  code?: string | undefined
  message?: string | undefined
  attempts?: number | undefined
}

export type ArmContext = Pick<
  Config,
  | 'subscriptionId'
  | 'resourceGroup'
  | 'appName'
  | 'clientId'
  | 'tenantId'
  | 'cloud'
  | 'resourceManagerEndpoint'
> &
  Partial<Pick<Config, 'authType'>>

/** The ARM id of the Static Web App, once its resource group is known. */
export function staticSiteResourceId(
  config: Pick<SiteConfig, 'subscriptionId' | 'resourceGroup' | 'appName'>
): string {
  return `/subscriptions/${config.subscriptionId}/resourceGroups/${config.resourceGroup}/providers/Microsoft.Web/staticSites/${config.appName}`
}

export const ROLE_ACTIONS_UPLOAD = [
  'Microsoft.Web/staticSites/read',
  'Microsoft.Web/staticSites/listSecrets/action'
] as const
export const ROLE_ACTIONS_CLOSE = [
  'Microsoft.Web/staticSites/builds/read',
  'Microsoft.Web/staticSites/builds/delete'
] as const

/**
 * Who ARM refused, as its AuthorizationFailed message names it ("The client '<client id>' with
 * object id '<object id>'"): the app of client-id, or the machine's managed identity.
 */
function armCaller(
  said: string,
  context: ArmContext
): { name: string; principal: string; assignee: string } {
  const named = /The client '([^']+)' with object id '([^']+)'/.exec(said)
  if (context.authType !== 'managed-identity') {
    return {
      name: `app ${context.clientId}`,
      principal: "the app's service principal",
      assignee: `--assignee ${context.clientId}`
    }
  }
  const objectId = named?.[2]
  return {
    name: named
      ? `the machine's managed identity (client id ${named[1]}, object id ${objectId})`
      : "the machine's managed identity",
    principal: "the runner machine's managed identity",
    assignee: `--assignee-object-id ${objectId ?? '<principal id of the identity>'} --assignee-principal-type ServicePrincipal`
  }
}

export function diagnoseArm(failure: ArmFailure, context: ArmContext): ActionError {
  const { step, status } = failure
  const code = failure.code ?? ''
  const said = printable(failure.message ?? '', 1000).trim()
  const base = { step, status }
  const resourceGroup = context.resourceGroup ?? '(blank: found by name)'
  const names = `subscription-id '${context.subscriptionId}', resource-group '${resourceGroup}', app-name '${context.appName}'`
  if (code === 'AuthorizationFailed' || (status === 403 && code === '')) {
    const action = /perform action '([^']+)'/.exec(said)?.[1]
    const resourceId =
      context.resourceGroup === undefined
        ? `/subscriptions/${context.subscriptionId}`
        : staticSiteResourceId({ ...context, resourceGroup: context.resourceGroup })
    const scope = /over scope '([^']+)'/.exec(said)?.[1] ?? resourceId
    const missing = action ? `'${action}'` : 'the operation'
    const who = armCaller(said, context)
    return new ActionError(
      `${step} failed: ${who.name} is not authorised to perform ${missing} on '${scope}' (HTTP ${status} AuthorizationFailed).`,
      {
        ...base,
        doc: 'arm-authorizationfailed',
        fix: `Assign ${who.principal} a role on the Static Web App that grants ${ROLE_ACTIONS_UPLOAD.join(' and ')} (plus ${ROLE_ACTIONS_CLOSE.join(' and ')} for preview environments: the limit check, close and prune) — least privilege is a custom role with exactly those actions, e.g. az role assignment create ${who.assignee} --role <role> --scope ${resourceId}. New assignments take a few minutes to apply. ARM checks authorisation before existence, so also check ${names}.`
      }
    )
  }
  if (code === 'ResourceGroupNotFound') {
    return new ActionError(
      `${step} failed: resource group '${resourceGroup}' was not found in subscription '${context.subscriptionId}'.`,
      { ...base, doc: 'arm-resourcenotfound', fix: 'Check resource-group and subscription-id.' }
    )
  }
  if (code === 'SubscriptionNotFound' || code === 'InvalidSubscriptionId') {
    return new ActionError(
      `${step} failed: subscription '${context.subscriptionId}' was not found (${said || code}).`,
      {
        ...base,
        doc: 'arm-resourcenotfound',
        fix: `Check subscription-id, and that it belongs to tenant '${context.tenantId}' in ${context.cloud}.`
      }
    )
  }
  if (code === 'ResourceNotFound' || (status === 404 && code === '')) {
    return new ActionError(
      `${step} failed: Static Web App '${context.appName}' was not found in resource group '${resourceGroup}' of subscription '${context.subscriptionId}'.`,
      { ...base, doc: 'arm-resourcenotfound', fix: `Check ${names}.` }
    )
  }
  if (code === 'InvalidAuthenticationTokenAudience') {
    return new ActionError(
      `${step} failed: ARM at ${context.resourceManagerEndpoint} refused the access token's audience (${said || code}).`,
      {
        ...base,
        doc: 'arm-invalidauthenticationtoken',
        fix: 'Check cloud and resource-manager-endpoint: the token is requested for <resource-manager-endpoint>/.default and must be the endpoint the Static Web App lives behind.'
      }
    )
  }
  if (code === 'InvalidAuthenticationTokenTenant') {
    return new ActionError(
      `${step} failed: the access token is from tenant '${context.tenantId}', not the tenant of subscription '${context.subscriptionId}' (${said || code}).`,
      {
        ...base,
        doc: 'arm-invalidauthenticationtoken',
        fix: 'Set tenant-id to the tenant that owns the subscription (az account show --query tenantId), with an app registration and federated credential in that tenant.'
      }
    )
  }
  if (code.startsWith('InvalidAuthenticationToken') || code === 'ExpiredAuthenticationToken') {
    return new ActionError(`${step} failed: ARM refused the access token (${code}: ${said}).`, {
      ...base,
      doc: 'arm-invalidauthenticationtoken',
      fix: 'Check cloud, tenant-id and resource-manager-endpoint match the subscription, then re-run the job.'
    })
  }
  if (isTransientStatus(status) && failure.attempts !== undefined) {
    return diagnoseTransient(step, status, failure.attempts)
  }
  const detail = [code, said].filter(Boolean).join(': ')
  if (status === 409) {
    const said409 = detail.replace(/\.+$/, '')
    return new ActionError(`${step} failed: HTTP 409${said409 ? ` ${said409}` : ''}.`, {
      ...base,
      doc: 'arm-other',
      fix: 'Another operation on the Static Web App (a deployment, or a delete of the same environment) is still running; wait a few minutes for it to finish, then re-run the job.'
    })
  }
  return new ActionError(`${step} failed: HTTP ${status}${detail ? ` ${detail}` : ''}.`, {
    ...base,
    doc: 'arm-other',
    fix: `Check ${names}; if the message names a setting, fix it and re-run.`
  })
}

/** A transient status that outlived every retry. */
export function diagnoseTransient(
  step: string,
  status: number,
  attempts: number | undefined
): ActionError {
  const after = attempts === undefined ? '' : ` after ${counted(attempts, 'attempt')}`
  return new ActionError(`${step} failed: HTTP ${status}${after}.`, {
    step,
    status,
    doc: 'network-errors',
    fix: 'The service kept failing or throttling; wait a few minutes and re-run the job.'
  })
}
