// The content plane's view of the emulated world and of what it records. The world module owns
// the sites; the content plane only needs to find one by its deployment token and tell it about
// environments it made, so it talks to the world through this narrow directory.

/** A Static Web App as the content plane sees it. */
export interface ContentSite {
  /** ARM resource id: identifies the site across lookups. */
  id: string
  /** Resource name; also the first path segment of the emulated site URLs. */
  name: string
  /** 'Free' or 'Standard' (anything else is treated as Free, the stricter quota). */
  sku: string
  /** Tenant the site belongs to; echoed in PollingInfo.tenantId. */
  tenantId: string
}

/** What a successful deployment tells the world about its environment. */
export interface EnvironmentBuild {
  hostname: string
  sourceBranch: string | undefined
  pullRequestTitle: string | undefined
}

/** How the content plane reads and updates the world's sites (see worldDirectory.ts). */
export interface SiteDirectory {
  /** The site whose deployment token this is, if any. */
  findByApiKey(apiKey: string): ContentSite | undefined
  /** Names of the site's preview environments (production excluded). */
  previewEnvironments(site: ContentSite): string[]
  /** Hostname an environment is (or will be) served under; 'production' gives the default one. */
  environmentHostname(site: ContentSite, environment: string): string
  /** Marks a preview environment built and ready, so ARM `GET builds/<env>` sees it. */
  environmentReady(site: ContentSite, environment: string, build: EnvironmentBuild): void
  /** Mirrors a deployment's progress into the world (called on every status change). */
  deploymentChanged(site: ContentSite, record: DeploymentRecord): void
}

type DeploymentStatus =
  /** `request` answered; waiting for the blob and `updatestatus`. */
  | 'WaitingForUpload'
  /** `updatestatus` received; the zip is being checked and published. */
  | 'InProgress'
  | 'Succeeded'
  | 'Failed'

export interface DeployedFile {
  /** Path inside the zip, forward slashes, e.g. `assets/app.js`. */
  path: string
  size: number
  /** Hex SHA-256 of the uncompressed bytes. */
  sha256: string
}

/** One `request` … `checkstatus` exchange, kept so tests can inspect what was deployed. */
export interface DeploymentRecord {
  correlationId: string
  siteName: string
  /** 'production', a named environment, or a pull request number. */
  environment: string
  status: DeploymentStatus
  /** Hostname the environment is served under (PollingInfo.defaultHostname). */
  hostname: string
  stageSiteIdentifier: string
  version: string
  /** Blob the SAS URL points at, inside the uploads container. */
  blobName: string
  /** Full SAS query string handed out (a secret-adjacent value). */
  sasQuery: string
  /** UploadInfo announced in `request` (counts the zip is checked against). */
  announced: {
    fileCount: number
    totalBytes: number
    largestFileBytes: number
    hasRoutes: boolean
    /** The managed Functions API declared (HasFunctions), which api.zip is checked against. */
    api: DeclaredApi | undefined
  }
  /** Files found in the uploaded zip, once processed. */
  files: DeployedFile[]
  /** What became of the declared API; undefined when none was declared. */
  api?: DeploymentApi
  /** Set when status is Failed. */
  errorDetails?: string
  /** URL the deployment is served at, once Succeeded. */
  siteUrl?: string
  /** `checkstatus` calls answered so far. */
  polls: number
  requestedAt: number
  finishedAt?: number
}

/** UploadInfo's account of api.zip (see uploadInfo.ts). */
export interface DeclaredApi {
  /** ApiSizeInBytes: the size of api.zip. */
  bytes: number
  /** ApiContentHash: the MD5 of api.zip in hex (compared whatever its case). */
  md5: string
  language: string
  languageVersion: string
}

/** A deployment's API: uploaded to its own blob, or kept as deployed because its MD5 had not changed. */
export interface DeploymentApi {
  /** Blob that packageUris.api points at; undefined when none was handed out. */
  blobName: string | undefined
  /** SAS query of packageUris.api (secret-adjacent); undefined when none was handed out. */
  sasQuery: string | undefined
  /** The MD5 equals the environment's live API's: no packageUris.api, and that API stays. */
  kept: boolean
  /** The API's files: found in api.zip once processed, or the kept API's. */
  files: DeployedFile[]
  /** Where the emulator serves the API's files, once Succeeded (a test surface, not /api routes). */
  url?: string
}

/** Knobs tests turn to make the content plane misbehave like the real one can. */
export interface ContentBehaviour {
  /** `checkstatus` answers InProgress this many times after `updatestatus` before the outcome. */
  inProgressPolls: number
  /** `checkstatus` never leaves InProgress (deployment-timeout tests). */
  neverFinish: boolean
  /** A successful `checkstatus` carries `siteUrl: ""` (seen in the wild; clients fall back). */
  emptySiteUrl: boolean
  /** Rejections arrive as HTTP 200 with `isSuccessStatusCode: false` instead of HTTP 400. */
  rejectionsAsHttp200: boolean
  /** When set, the next deployment processed ends Failed with this errorDetails text. */
  failNextDeployment: string | undefined
  /** Regions a Failed `checkstatus` names as unhealthy (null: none named). */
  unhealthyRegions: string[] | null
  /** The deploymentStatus `checkstatus` answers while the deployment is not finished. */
  inProgressStatus: string
  /** When set, the next call to this endpoint is rejected with this text and status (default 400), then cleared. */
  rejectNext: { call: ContentCall; message: string; statusCode?: number } | undefined
  /**
   * Whether the upload SAS takes Put Block / Put Block List. No public client shows a
   * content-plane SAS that does; refusing them is 403 AuthorizationPermissionMismatch, 400 or 405.
   */
  blockUploads: 'accepted' | 'refused-403' | 'refused-400' | 'refused-405'
  /** Lifetime of the SAS URLs handed out by `request`. */
  sasLifetimeSeconds: number
  /** Scheme of the upload URL `request` hands out; 'http' is a hostile server the client must refuse. */
  sasUrlScheme: 'https' | 'http'
}

export type ContentCall = 'validateapitoken' | 'request' | 'updatestatus' | 'checkstatus'

export function defaultBehaviour(): ContentBehaviour {
  return {
    inProgressPolls: 1,
    neverFinish: false,
    emptySiteUrl: false,
    rejectionsAsHttp200: false,
    failNextDeployment: undefined,
    unhealthyRegions: null,
    inProgressStatus: 'InProgress',
    rejectNext: undefined,
    blockUploads: 'accepted',
    sasLifetimeSeconds: 30 * 60,
    sasUrlScheme: 'https'
  }
}
