// Walks a prebuilt folder (the site's or the API's): regular files only, symlinks followed only while their real
// path stays inside the workspace, every name checked, counting stopped at the file limit.
import { lstatSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../errors.js'
import { printable } from '../format.js'
import { isInside, resolveReal } from '../paths.js'
import { checkEntryName } from './names.js'
import { SITE_PACKAGE, type PackageKind, type PayloadFile, type PayloadLimits } from './types.js'
import { tooManyFiles } from './limits.js'

/** What a symlink that leads nowhere answers: missing target, a file as a folder, a loop. */
const BROKEN_LINK = new Set(['ENOENT', 'ENOTDIR', 'ELOOP'])

interface Walk {
  workspace: string
  limits: PayloadLimits
  kind: PackageKind
  files: PayloadFile[]
  skipped: string[]
}

/** Lists the folder's files (unsorted) and the special files it skipped. */
export async function walkFolder(
  folder: string,
  workspace: string,
  limits: PayloadLimits,
  kind: PackageKind = SITE_PACKAGE
): Promise<{ files: PayloadFile[]; skipped: string[] }> {
  const walk: Walk = {
    workspace: await resolveReal(workspace),
    limits,
    kind,
    files: [],
    skipped: []
  }
  const root = await resolveReal(folder)
  assertInside(walk, root, folder)
  await walkDirectory(walk, root, '', [])
  return { files: walk.files, skipped: walk.skipped }
}

/** `ancestors`: real paths of the folders above, so a symlink loop is refused, not followed. */
async function walkDirectory(
  walk: Walk,
  directory: string,
  prefix: string,
  ancestors: readonly string[]
): Promise<void> {
  const descent = [...ancestors, directory]
  const entries = await readdir(directory, { withFileTypes: true })
  await Promise.all(
    entries.map(async (entry) => {
      const name = checkEntryName(prefix + entry.name, 'file')
      const fullPath = path.join(directory, entry.name)
      if (entry.isSymbolicLink()) await followLink(walk, fullPath, name, descent)
      else if (entry.isDirectory()) await walkDirectory(walk, fullPath, `${name}/`, descent)
      // Synchronous on purpose: nothing else runs yet, and a threadpool hop per file doubled the walk.
      else if (entry.isFile()) addFile(walk, name, fullPath, lstatSync(fullPath).size)
      else walk.skipped.push(name)
    })
  )
}

async function followLink(
  walk: Walk,
  linkPath: string,
  name: string,
  ancestors: readonly string[]
): Promise<void> {
  let target: string
  try {
    target = await resolveReal(linkPath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
    const broken = BROKEN_LINK.has(code)
    throw new InputError(
      `Refused symlink '${printable(name)}': ${broken ? 'it points to nothing' : `it cannot be followed (${printable(code)})`}.`,
      {
        doc: 'payload-unsafe',
        fix: broken
          ? 'Remove the broken symlink or replace it with the file itself.'
          : 'Make its target readable by the runner, or replace the symlink with the file itself.'
      }
    )
  }
  assertInside(walk, target, name)
  const targetStat = await stat(target)
  if (targetStat.isDirectory()) {
    if (ancestors.includes(target)) {
      throw new InputError(
        `Refused symlink '${printable(name)}': it loops back to a folder above it.`,
        {
          doc: 'payload-unsafe',
          fix: `Remove the symlink loop from ${walk.kind.folder}.`
        }
      )
    }
    await walkDirectory(walk, target, `${name}/`, ancestors)
  } else if (targetStat.isFile()) {
    addFile(walk, name, target, targetStat.size)
  } else {
    walk.skipped.push(name)
  }
}

function addFile(walk: Walk, name: string, diskPath: string, size: number): void {
  walk.files.push({ name, size, source: { kind: 'disk', path: diskPath } })
  // Stop early: a 2-million-file node_modules must not be walked to the end to be refused.
  if (walk.files.length > walk.limits.maxFiles)
    throw tooManyFiles(walk.limits, `more than ${walk.limits.maxFiles}`, walk.kind)
}

function assertInside(walk: Walk, realTarget: string, shownName: string): void {
  if (isInside(walk.workspace, realTarget)) return
  throw new InputError(
    `Refused '${printable(shownName)}': it resolves outside the workspace (GITHUB_WORKSPACE).`,
    {
      doc: 'payload-unsafe',
      fix: `Copy the file into ${walk.kind.folder} instead of linking to it; nothing was uploaded.`
    }
  )
}
