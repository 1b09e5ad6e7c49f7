// How long each remote step may take: one attempt (its whole reply included), and the whole step
// with its retries and the waits between them. A step whose budget runs out stops retrying and
// says so. One row per kind of call; the closing table of the worst case is built from these.

export interface AttemptLimit {
  /**
   * 'total': from the request's start to the reply's last byte. 'idle': the longest silence,
   * for block uploads whose length depends on the link, not on the server.
   */
  kind: 'total' | 'idle'
  ms: number
  /** For 'idle': the attempt ends with the step's budget anyway, so a trickle cannot last forever. */
  ceilingMs?: number
}

export interface StepLimits {
  attempt: AttemptLimit
  /** Everything the step may take: every attempt and every wait between them. */
  budgetMs: number
}

export const STEP_LIMITS = {
  /** The runner's OIDC token endpoint. */
  githubToken: { attempt: { kind: 'total', ms: 30_000 }, budgetMs: 120_000 },
  /** The machine's managed-identity endpoint (IMDS, App Service, Arc); a missing one ends at once. */
  managedIdentity: { attempt: { kind: 'total', ms: 30_000 }, budgetMs: 120_000 },
  /** Entra ID discovery and token calls; also cut short where the GitHub token expires. */
  entra: { attempt: { kind: 'total', ms: 30_000 }, budgetMs: 300_000 },
  arm: { attempt: { kind: 'total', ms: 60_000 }, budgetMs: 300_000 },
  content: { attempt: { kind: 'total', ms: 60_000 }, budgetMs: 300_000 },
  /** One look at the distribution; also cut short where deployment-timeout ends. */
  contentStatus: { attempt: { kind: 'total', ms: 30_000 }, budgetMs: 120_000 },
  blobBlock: { attempt: { kind: 'idle', ms: 60_000 }, budgetMs: 600_000 },
  /** The Put Blob fallback sends the whole archive (up to 500 MB) in one request: an hour at most. */
  blobWhole: { attempt: { kind: 'idle', ms: 60_000 }, budgetMs: 3_600_000 },
  blobCommit: { attempt: { kind: 'total', ms: 60_000 }, budgetMs: 300_000 },
  /** GitHub REST (pull request state, the preview comment); its rate-limit waits count too. */
  githubApi: { attempt: { kind: 'total', ms: 30_000 }, budgetMs: 180_000 },
  /** StaticSitesClient's manifest (aka.ms and its redirect), each hop. */
  clientManifest: { attempt: { kind: 'total', ms: 30_000 }, budgetMs: 120_000 },
  /** StaticSitesClient itself, ~100 MB: a silence limit, so a slow link is not cut off. */
  clientDownload: { attempt: { kind: 'idle', ms: 60_000 }, budgetMs: 900_000 }
} as const satisfies Record<string, StepLimits>

/** An absolute end a step must not outlive, and what it is (for the log line when it cuts). */
export interface Deadline {
  /** Epoch milliseconds. */
  at: number
  /** e.g. "the GitHub token's 300 s lifetime". */
  what: string
}
