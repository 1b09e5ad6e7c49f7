// The JSON Microsoft Graph v1.0 shapes directory objects into (applications, service principals,
// federated identity credentials, users), and the filters setup and the Azure CLI send.
import { randomUUID } from 'node:crypto'
import type { DirectoryUser } from './world-directory.js'
import type { AppRegistration, FederatedCredential } from './world.js'

/** The application's Graph object id, given on first read to an app a test built without one. */
export function applicationId(app: AppRegistration): string {
  app.applicationObjectId ??= randomUUID()
  return app.applicationObjectId
}

export function credentialId(credential: FederatedCredential): string {
  credential.id ??= randomUUID()
  return credential.id
}

export function hasServicePrincipal(app: AppRegistration): boolean {
  return app.hasServicePrincipal !== false
}

function isoOf(epochMs: number | undefined): string {
  return new Date(epochMs ?? Date.UTC(2025, 0, 1)).toISOString().replace(/\.\d+Z$/, 'Z')
}

export function applicationBody(
  app: AppRegistration,
  publisherDomain: string
): Record<string, unknown> {
  return {
    id: applicationId(app),
    deletedDateTime: null,
    appId: app.clientId,
    applicationTemplateId: null,
    disabledByMicrosoftStatus: null,
    createdDateTime: isoOf(app.createdAt),
    displayName: app.displayName,
    description: null,
    groupMembershipClaims: null,
    identifierUris: [],
    isDeviceOnlyAuthSupported: null,
    isFallbackPublicClient: null,
    notes: null,
    publisherDomain,
    serviceManagementReference: null,
    signInAudience: app.signInAudience ?? 'AzureADMyOrg',
    tags: [],
    tokenEncryptionKeyId: null,
    defaultRedirectUri: null,
    certification: null,
    optionalClaims: null,
    addIns: [],
    api: {
      acceptMappedClaims: null,
      knownClientApplications: [],
      requestedAccessTokenVersion: null,
      oauth2PermissionScopes: [],
      preAuthorizedApplications: []
    },
    appRoles: [],
    info: {
      logoUrl: null,
      marketingUrl: null,
      privacyStatementUrl: null,
      supportUrl: null,
      termsOfServiceUrl: null
    },
    keyCredentials: [],
    parentalControlSettings: { countriesBlockedForMinors: [], legalAgeGroupRule: 'Allow' },
    passwordCredentials: [],
    publicClient: { redirectUris: [] },
    requiredResourceAccess: [],
    verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
    web: {
      homePageUrl: null,
      logoutUrl: null,
      redirectUris: [],
      implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false },
      redirectUriSettings: []
    },
    spa: { redirectUris: [] }
  }
}

export function servicePrincipalBody(app: AppRegistration): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.servicePrincipal',
    id: app.objectId,
    deletedDateTime: null,
    accountEnabled: true,
    alternativeNames: [],
    appDisplayName: app.displayName,
    appDescription: null,
    appId: app.clientId,
    applicationTemplateId: null,
    appOwnerOrganizationId: app.tenantId,
    appRoleAssignmentRequired: false,
    createdDateTime: isoOf(app.servicePrincipalCreatedAt ?? app.createdAt),
    description: null,
    disabledByMicrosoftStatus: null,
    displayName: app.displayName,
    homepage: null,
    loginUrl: null,
    logoutUrl: null,
    notes: null,
    notificationEmailAddresses: [],
    preferredSingleSignOnMode: null,
    preferredTokenSigningKeyThumbprint: null,
    replyUrls: [],
    servicePrincipalNames: [app.clientId],
    servicePrincipalType: 'Application',
    signInAudience: app.signInAudience ?? 'AzureADMyOrg',
    tags: [],
    tokenEncryptionKeyId: null,
    info: {
      logoUrl: null,
      marketingUrl: null,
      privacyStatementUrl: null,
      supportUrl: null,
      termsOfServiceUrl: null
    },
    samlSingleSignOnSettings: null,
    addIns: [],
    appRoles: [],
    keyCredentials: [],
    oauth2PermissionScopes: [],
    passwordCredentials: [],
    resourceSpecificApplicationPermissions: [],
    verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null }
  }
}

export function credentialBody(credential: FederatedCredential): Record<string, unknown> {
  return {
    id: credentialId(credential),
    name: credential.name,
    issuer: credential.issuer,
    subject: credential.subject,
    description: credential.description ?? null,
    audiences: [...credential.audiences]
  }
}

export function userBody(user: DirectoryUser): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.user',
    id: user.objectId,
    businessPhones: [],
    displayName: user.displayName,
    givenName: null,
    jobTitle: null,
    mail: null,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: null,
    surname: null,
    userPrincipalName: user.userPrincipalName
  }
}

/** One `$filter` clause: `P eq 'V'` or `P/any(x:x eq 'V')` (quotes doubled inside the value). */
export interface GraphFilter {
  property: string
  value: string
  /** `startswith(P,'V')` (what `az ad app list --display-name` sends) rather than `eq`. */
  prefix?: boolean
}

export function parseFilter(filter: string): GraphFilter | undefined {
  const value = "'((?:[^']|'')*)'"
  const equals = new RegExp(`^\\s*(\\w+)\\s+eq\\s+${value}\\s*$`).exec(filter)
  if (equals) return { property: equals[1]!, value: equals[2]!.replace(/''/g, "'") }
  const starts = new RegExp(`^\\s*startswith\\((\\w+),\\s*${value}\\)\\s*$`).exec(filter)
  if (starts) return { property: starts[1]!, value: starts[2]!.replace(/''/g, "'"), prefix: true }
  const any = new RegExp(`^\\s*(\\w+)/any\\((\\w+):\\2\\s+eq\\s+${value}\\)\\s*$`).exec(filter)
  if (any) return { property: any[1]!, value: any[3]!.replace(/''/g, "'") }
  return undefined
}
