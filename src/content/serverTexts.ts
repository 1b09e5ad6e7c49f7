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

/** The bad-token text; a 401 or 403 without a text of its own means the same. */
export const TOKEN_REJECTED: ServerText = {
  pattern: /No matching Static Web App was found or the api key was invalid/i,
  cause:
    'the content plane refused the deployment token: the site\'s deployment authorization policy is "GitHub", or the token was reset after it was read',
  fix: 'If the policy is GitHub, switch properties.deploymentAuthPolicy back to DeploymentToken with an ARM PATCH that also carries repositoryToken (a GitHub token), repositoryUrl and branch, or recreate the site without a linked repository; if the token was just reset, re-run the job.',
  doc: 'content-token-rejected'
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
    pattern: /environment name .* is invalid/i,
    cause:
      'the environment name is refused: `default` is reserved, and names are 1 to 16 letters and digits',
    fix: 'Change deployment-environment (or the branch production-branch names it after) to another name of letters and digits.',
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
      'the service could not distribute the uploaded content to its regions (also seen when the declared figures did not match the upload)',
    fix: 'Re-run the job; if it keeps failing, report it to Azure support with the correlation id and the unhealthy regions below.',
    doc: 'deployment-failed'
  }
]

/** The row for a server text, if it is one the service is known to send. */
export function findServerText(text: string): ServerText | undefined {
  return SERVER_TEXTS.find((row) => row.pattern.test(text))
}
