// The path readers: GITHUB_WORKSPACE, and workspace-relative paths that must stay inside it.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { isInside, realPath } from '../paths.js'
import type { ProblemSlot, Problems } from './problems.js'

export function readWorkspace(env: NodeJS.ProcessEnv, problems: Problems): string | undefined {
  const workspace = env.GITHUB_WORKSPACE?.trim()
  if (!workspace) {
    problems.add(
      'GITHUB_WORKSPACE',
      'GITHUB_WORKSPACE is not set; run this action in a GitHub Actions job (or set it to the checkout folder).'
    )
    return undefined
  }
  const absolute = path.resolve(workspace)
  try {
    if (!fs.statSync(absolute).isDirectory()) throw new Error('not a directory')
  } catch {
    problems.add('GITHUB_WORKSPACE', `GITHUB_WORKSPACE '${workspace}' is not an existing folder.`)
    return undefined
  }
  return absolute
}

/**
 * Resolves a workspace-relative path and checks it stays inside the workspace, both as written
 * and after following symbolic links. Returns undefined (with a problem recorded) when it escapes.
 */
export function resolveInWorkspace(
  name: ProblemSlot,
  value: string,
  workspace: string,
  problems: Problems
): { absolute: string; exists: boolean } | undefined {
  if (value.includes('\0')) {
    problems.add(name, `Input ${name}: the path contains a NUL character.`)
    return undefined
  }
  const absolute = path.resolve(workspace, value)
  const escape = `Input ${name}: '${value}' is outside GITHUB_WORKSPACE (${workspace}); use a path inside the repository checkout.`
  if (!isInside(workspace, absolute)) {
    problems.add(name, escape)
    return undefined
  }
  let real: string | undefined
  try {
    real = realPath(absolute)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    problems.add(
      name,
      `Input ${name}: '${value}' cannot be read (${reason}); check its permissions.`
    )
    return undefined
  }
  if (real === undefined) return { absolute, exists: false }
  if (!isInside(realPath(workspace) ?? workspace, real)) {
    problems.add(
      name,
      `Input ${name}: '${value}' leads outside GITHUB_WORKSPACE through a symbolic link (to ${real}); use a path inside the repository checkout.`
    )
    return undefined
  }
  return { absolute, exists: true }
}
