// The one inside-the-folder check: inputs, the folder walk and the zip reader all ask it.
import path from 'node:path'

/**
 * True when `candidate` is `root` or below it (both absolute, resolved the same way). A name that
 * merely starts with dots ('..foo') is inside; only a '..' segment climbs out.
 */
export function isInside(
  root: string,
  candidate: string,
  paths: path.PlatformPath = path
): boolean {
  const relative = paths.relative(root, candidate)
  if (relative === '') return true
  if (paths.isAbsolute(relative)) return false
  return relative !== '..' && !relative.startsWith(`..${paths.sep}`)
}
