// What the signed-in identity may do on the Static Web App, as ARM's Permissions - List For
// Resource answers it (Microsoft.Authorization, api-version 2022-04-01): the actions and
// notActions of every role it holds there or above. A dry run proves with it a right that it must
// not use, such as deleting the environment a close would delete.
import { createRestError } from '@azure-rest/core-client'
import type { SiteConfig } from '../inputs/index.js'
import { armError, type ArmClient } from './client.js'

const STEP = 'ARM read permissions'
const API_VERSION = '2022-04-01'

interface Permission {
  actions?: string[]
  notActions?: string[]
}

/** Whether the identity's roles on the app grant `action` (wildcards as Azure matches them). */
export async function mayPerform(
  client: ArmClient,
  config: SiteConfig,
  action: string
): Promise<boolean> {
  let permissions: Permission[]
  try {
    const reply = await client
      .path(
        '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/providers/Microsoft.Authorization/permissions',
        config.subscriptionId,
        config.resourceGroup,
        config.appName
      )
      .get({ queryParameters: { 'api-version': API_VERSION } })
    if (reply.status !== '200') throw createRestError(reply)
    permissions = ((reply.body as { value?: Permission[] } | undefined)?.value ?? []).filter(
      (permission) => typeof permission === 'object' && permission !== null
    )
  } catch (error) {
    throw armError(error, config, STEP)
  }
  // An action is granted by a role whose actions match it and whose notActions do not.
  return permissions.some(
    (permission) =>
      (permission.actions ?? []).some((pattern) => actionMatches(pattern, action)) &&
      !(permission.notActions ?? []).some((pattern) => actionMatches(pattern, action))
  )
}

/** Azure's action patterns: case-insensitive, `*` stands for any run of characters. */
function actionMatches(pattern: string, action: string): boolean {
  const parts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
  return new RegExp(`^${parts.join('.*')}$`, 'i').test(action)
}
