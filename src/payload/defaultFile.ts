// A site with no default file at its root: the usual sign that app-location names the sources or
// the workspace, not the build output. Microsoft's own deploy refuses such a folder ("Failed to
// find a default file in the app artifacts folder (dist). Valid default files:
// index.html,Index.html.", Azure/static-web-apps#232); here it is a warning, since a site whose
// root a navigationFallback rule serves is valid, and the upload itself is accepted.
import path from 'node:path'
import { asRecord } from '../json.js'
import type { PayloadFile } from './types.js'

/** The default files of the official client's check, as it lists them. */
const DEFAULT_FILES: ReadonlySet<string> = new Set(['index.html', 'Index.html'])

/** How many folders holding one the warning names, at most. */
const NAMED_FOLDERS = 3

/**
 * The warning for a site without index.html at its root, or undefined. `location` is the folder
 * or .zip as app-location resolved it; a folder's nearest subfolders holding an index.html are
 * named as the likely build output.
 */
export function missingDefaultFile(
  files: readonly PayloadFile[],
  config: unknown,
  location: { path: string; workspace: string; origin: 'folder' | 'zip' }
): string | undefined {
  if (files.some((file) => DEFAULT_FILES.has(file.name))) return undefined
  if (asRecord(config)?.navigationFallback !== undefined) return undefined
  const shown = path.relative(location.workspace, location.path).split(path.sep).join('/') || '.'
  const lead =
    `The upload has no index.html at its root (app-location '${shown}'): the site's root will answer 404, ` +
    `and Microsoft's own deploy refuses such a folder ("Failed to find a default file in the app artifacts folder").`
  const folders = location.origin === 'folder' ? nearestFolders(files, shown) : []
  if (folders.length === 1)
    return `${lead} It holds ${folders[0]}/index.html: set app-location to '${folders[0]}' if that is the built site.`
  if (folders.length > 1)
    return `${lead} Point app-location at the build output, the one of ${folders.map((folder) => `'${folder}'`).join(', ')} that holds the built site.`
  return `${lead} Point app-location at the build output, the folder that holds index.html (a navigationFallback rule in staticwebapp.config.json also serves the root).`
}

/** The shallowest folders below the root that hold a default file, as app-location values. */
function nearestFolders(files: readonly PayloadFile[], shown: string): string[] {
  const holding = files
    .filter((file) => DEFAULT_FILES.has(path.posix.basename(file.name)))
    .map((file) => path.posix.dirname(file.name))
  if (holding.length === 0) return []
  const depth = (folder: string): number => folder.split('/').length
  const nearest = Math.min(...holding.map(depth))
  return [...new Set(holding.filter((folder) => depth(folder) === nearest))]
    .sort()
    .slice(0, NAMED_FOLDERS)
    .map((folder) => (shown === '.' ? folder : `${shown}/${folder}`))
}
