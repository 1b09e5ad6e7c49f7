// The content server's own rejection texts (PROTOCOLS.md §4, "Texts the server returns"), each
// mapped to its cause and fix. Matched on the server's wording, not on guesses: a new text is a row.

export interface ServerText {
  /** What identifies the text; the server's wording, with only its figures left open. */
  pattern: RegExp
  /** The cause, in the user's terms. */
  cause: string
  fix: string
  /** Anchor in docs/troubleshooting.md. */
  doc: string
}

/** The bad-token text, where nothing is known of the site; a 401 or 403 without a text means the same. */
const TOKEN_REJECTED: ServerText = {
  pattern: /No matching Static Web App was found or the api key was invalid/i,
  cause:
    'the content plane refused the deployment token: the site\'s deployment authorization policy is "GitHub", or the token was reset after it was read',
  fix: 'If the policy is GitHub, switch properties.deploymentAuthPolicy back to DeploymentToken with an ARM PATCH that also carries repositoryToken (a GitHub token), repositoryUrl and branch, or recreate the site without a linked repository; if the token was just reset, re-run the job.',
  doc: 'content-token-rejected'
}

/** What this run learnt of the site before the content plane saw its token. */
export interface CheckedSite {
  /** `properties.deploymentAuthPolicy` as ARM reported it this run (a GitHub-policy site never gets here). */
  deploymentAuthPolicy: string | undefined
}

/**
 * The bad-token text once the policy (read from ARM) and the token (listed seconds before) are ruled
 * out: in 2026 healthy sites got it during service incidents, where a token reset did not help
 * (PROTOCOLS.md §4 table).
 */
function tokenRejectedOnCheckedSite(site: CheckedSite): ServerText {
  const policy =
    site.deploymentAuthPolicy === undefined
      ? 'ARM reports no deployment authorization policy (the DeploymentToken default)'
      : `ARM reports the deployment authorization policy "${site.deploymentAuthPolicy}"`
  return {
    pattern: TOKEN_REJECTED.pattern,
    cause: `the content plane refused a deployment token this run listed from ARM seconds before, on a site where ${policy}: with the policy and the token ruled out, this text has come from healthy sites during Azure service incidents (2026: Azure/static-web-apps#1727, #1742, #1782, #1810), where resetting the token did not help`,
    fix: "Check Azure status (https://azure.status.microsoft/en-us/status) and the Static Web App's Resource health in the portal, then re-run the job later; resetting the deployment token is not the fix here. If it persists, open an Azure support request with the correlation id, region and UTC time below.",
    doc: 'content-token-rejected'
  }
}

/** The preview-environment quota; `on-environment-limit: skip` turns it into a skip. */
export const ENVIRONMENT_LIMIT: ServerText = {
  pattern: /already has the maximum number of staging environments/i,
  cause: 'the plan’s preview environment quota is reached (3 on Free, 10 on Standard)',
  fix: 'Delete preview environments you no longer need (action: prune for those of closed pull requests, or action: close with their deployment-environment), set on-environment-limit: skip to skip previews while the plan is full, or move the site to the Standard plan.',
  doc: 'environment-limit'
}

const SERVER_TEXTS: readonly ServerText[] = [
  TOKEN_REJECTED,
  ENVIRONMENT_LIMIT,
  {
    pattern: /size of the app content was too large/i,
    cause: 'the app size quota (250 MB on Free, 500 MB on Standard, uncompressed)',
    fix: 'Make the site smaller (host large media elsewhere), or move the site to the Standard plan.',
    doc: 'content-quota'
  },
  {
    // A file count, not a size: the quota is 15,000 files per app on every plan.
    pattern: /number of static files was too large/i,
    cause: 'the 15,000 files per app quota (a file count, not a size)',
    fix: 'Upload only the built site (no node_modules or sources), or merge small files.',
    doc: 'content-quota'
  },
  {
    // Compressed: the limit applies to api.zip, the figure UploadInfo.ApiSizeInBytes declares.
    pattern: /size of the function content was too large/i,
    cause: 'the managed Functions API quota: api.zip may be at most 100 MiB (104,857,600 bytes)',
    fix: 'Leave out what the API does not run (dev dependencies, tests, source maps), or link your own Functions app to the Static Web App instead of a managed API.',
    doc: 'api-package'
  },
  {
    pattern: /Function language info isn't provided/i,
    cause: 'the API was declared without its Functions language and version',
    fix: 'Set api-language and api-language-version, or platform.apiRuntime (e.g. node:20) in staticwebapp.config.json.',
    doc: 'api-package'
  },
  {
    // The official client's wording (Azure/static-web-apps#1206), not a server text PROTOCOLS.md lists.
    pattern: /function language detected is unsupported or invalid/i,
    cause: 'the API’s Functions language is not one the service runs',
    fix: 'Use api-language node, python, dotnet or dotnetisolated, with a version Azure lists for managed functions.',
    doc: 'api-package'
  },
  {
    pattern: /The environment name ".*" is invalid/i,
    cause: 'the environment name is reserved: the service keeps `default` for production',
    fix: 'Change deployment-environment (or the branch production-branch names it after) to another name of letters and digits.',
    doc: 'inputs'
  },
  {
    // The service's 2023 wording (#1119) joined both rules in one text.
    pattern:
      /environment name provided exceeds the character limit of 16 or has invalid character/i,
    cause:
      'the environment name breaks the service’s rule: 1 to 16 characters, each 0-9, a-z or A-Z',
    fix: 'Change deployment-environment (or the branch production-branch names it after) to at most 16 letters and digits.',
    doc: 'inputs'
  },
  {
    pattern: /environment name provided has invalid character/i,
    cause:
      'the environment name has a character other than 0-9, a-z and A-Z (no hyphens, underscores or dots)',
    fix: 'Change deployment-environment (or the branch production-branch names it after) to letters and digits only.',
    doc: 'inputs'
  },
  {
    pattern: /environment name provided exceeds the character limit of 16/i,
    cause: 'the environment name is longer than the service’s 16 characters',
    fix: 'Change deployment-environment (or the branch production-branch names it after) to at most 16 letters and digits.',
    doc: 'inputs'
  },
  {
    pattern: /An unexpected error has occurred\. Please try again later/i,
    cause: 'a fault inside the Static Web Apps service, not in your site or setup',
    fix: 'Re-run the job in a few minutes; if it keeps failing, report it to Azure support with the correlation id below.',
    doc: 'content-server-fault'
  },
  {
    pattern: /Failure during content distribution/i,
    cause:
      'the service could not distribute the uploaded content to its regions; in 2026 this hit small sites too and outlived retries and token resets until Microsoft cleared the site’s content-distribution state (Azure/static-web-apps#1793, #1803, #1805)',
    fix: 'Re-run the job once; if it fails the same way again, further retries and token resets will not help: open an Azure support request asking to clear the site’s content-distribution state, with the correlation id, content host (region), UTC time and last status below.',
    doc: 'deployment-failed'
  }
]

/**
 * The row for a server text, if it is one the service is known to send. `checked`: what this run
 * read of the site, which rules out the usual causes of the bad-token text.
 */
export function findServerText(text: string, checked?: CheckedSite): ServerText | undefined {
  const row = SERVER_TEXTS.find((candidate) => candidate.pattern.test(text))
  return row === TOKEN_REJECTED ? tokenRejected(checked) : row
}

/** The bad-token row that fits what is known (also for a 401/403 without a text). */
export function tokenRejected(checked: CheckedSite | undefined): ServerText {
  return checked === undefined ? TOKEN_REJECTED : tokenRejectedOnCheckedSite(checked)
}
