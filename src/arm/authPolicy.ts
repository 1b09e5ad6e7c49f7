// The site's deployment authorization policy. On a `GitHub`-policy site listSecrets still returns
// a key, but the content plane rejects it with the bad-token text (PROTOCOLS.md §3): such a site
// is refused from the ARM GET, before the key is read and before anything is uploaded.
import { ActionError } from '../errors.js'

const DEPLOYMENT_TOKEN_POLICY = 'DeploymentToken'
const GITHUB_POLICY = 'GitHub'

export interface PolicySite {
  /** `properties.deploymentAuthPolicy`; undefined on sites created before the setting existed. */
  deploymentAuthPolicy: string | undefined
  repositoryUrl: string | undefined
  branch: string | undefined
}

/** Both ways back to a token the content plane accepts (PROTOCOLS.md §3). */
function policyFixes(
  where: { resourceManagerEndpoint: string; resourceId: string },
  site?: Partial<PolicySite>
): string {
  const body = JSON.stringify({
    properties: {
      deploymentAuthPolicy: DEPLOYMENT_TOKEN_POLICY,
      repositoryToken: '<a GitHub token with access to the repository>',
      repositoryUrl: site?.repositoryUrl || '<repository URL>',
      branch: site?.branch || '<branch>'
    }
  })
  return (
    `Either switch properties.deploymentAuthPolicy back to ${DEPLOYMENT_TOKEN_POLICY} with an ARM PATCH that also carries repositoryToken, repositoryUrl and branch ` +
    `(az rest --method patch --url "${where.resourceManagerEndpoint}${where.resourceId}?api-version=2025-05-01" --body '${body}'), ` +
    'or recreate the Static Web App without linking a repository (deployment source "Other"); then re-run the job.'
  )
}

/** Refuses a `GitHub`-policy site, naming the cause and both fixes. */
export function checkDeploymentAuthPolicy(
  site: PolicySite,
  where: { resourceManagerEndpoint: string; resourceId: string; appName: string }
): void {
  if (site.deploymentAuthPolicy?.toLowerCase() !== GITHUB_POLICY.toLowerCase()) return
  throw new ActionError(
    `Static Web App '${where.appName}' has the deployment authorization policy "${GITHUB_POLICY}": it accepts uploads only from the workflow of its linked repository, and the content plane rejects the deployment token this action would read ("No matching Static Web App was found or the api key was invalid."). Nothing was read or uploaded.`,
    {
      step: 'ARM read Static Web App',
      doc: 'deployment-auth-policy',
      fix: policyFixes(where, site)
    }
  )
}
