// What `npm run emulator` prints for the setup command: a user of the emulated tenant who may
// register apps and assign roles on the site's resource group, how to sign the Azure CLI in as
// them, and the `node …/dist/setup.js` line with every endpoint pointed at the emulator.
import path from 'node:path'
import type { Emulator } from './index.js'
import { REPO_ROOT } from './runner.js'
import { addUser } from './setup-world.js'
import { assignRole } from './world-rbac.js'
import { resourceGroupId } from './world.js'

/** Adds the setup user (Owner on the first site's resource group) and returns the lines to print. */
export function setupGuide(emulator: Emulator): string[] {
  const world = emulator.world
  const site = world.sites[0]!
  const user = addUser(world, 'mona')
  assignRole(
    world,
    user.objectId,
    resourceGroupId(site.subscriptionId, site.resourceGroup),
    'Owner',
    'User'
  )
  const [owner, name] = ['octo-org', 'octo-site']
  const ghToken = emulator.githubApi.issueToken({
    kind: 'user',
    readOrg: true,
    repository: `${owner}/${name}`,
    permissions: { 'pull-requests': 'read', issues: 'none', variables: 'write' }
  })
  const shim = path.join(REPO_ROOT, '__tests__', 'support', 'az-shim')
  // Run from the site's clone, which has no dist/ of its own: this project's bundle, by full path.
  const bundle = path.join(REPO_ROOT, 'dist', 'setup.js')
  return [
    `The setup command, as ${user.userPrincipalName} (Owner on resource group ${site.resourceGroup}):`,
    '  # the Azure CLI in a throwaway config directory, reaching login.microsoftonline.com,',
    '  # management.azure.com and graph.microsoft.com through the emulator (sitecustomize: `az role` on Debian 2.45)',
    `  export AZURE_CONFIG_DIR="$(mktemp -d)" HTTPS_PROXY=${emulator.proxyUrl} REQUESTS_CA_BUNDLE=${emulator.caFile} PYTHONPATH=${shim}`,
    `  az login --username ${user.userPrincipalName} --password '${user.password}' --tenant ${user.tenantId}`,
    `  # then, from a clone of ${owner}/${name}:`,
    `  NODE_EXTRA_CA_CERTS=${emulator.caFile} GH_TOKEN=${ghToken} node "${bundle}" --app-name ${site.name} \\`,
    `    --repo ${owner}/${name} --authority-host ${emulator.urls.entra} --resource-manager-endpoint ${emulator.urls.arm} \\`,
    `    --graph-endpoint ${emulator.urls.graph} --github-api-url ${emulator.urls.githubApi} \\`,
    // The emulator's OIDC provider is the issuer its tokens carry, not github.com's.
    `    --issuer ${emulator.urls.github}`
  ]
}
