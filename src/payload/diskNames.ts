// What the runner's own file system can hold of a .zip's entry names. engine: official writes a
// .zip input out as files for StaticSitesClient; a name the disk cannot hold as given would be
// renamed, merged with another or refused there (NTFS: 'a:b' is an alternate data stream, 'page.'
// loses its dot; NTFS and APFS by default: 'Index.html' and 'index.html' are one file).
import { InputError } from '../errors.js'
import { printable } from '../format.js'
import type { PackageKind } from './types.js'

interface DiskRules {
  /** The key under which the disk finds a name: two names with one key are one file. */
  key(segment: string): string
  /** Why the disk cannot hold one path segment as written. */
  segmentProblem?(segment: string): string | undefined
}

const AS_WRITTEN = (segment: string): string => segment

/** Characters Win32 refuses in a name (control characters are refused for every payload). */
const WINDOWS_FORBIDDEN = /[<>:"|?*]/
/** Device names Win32 opens instead of a file, with any extension (CON, con.txt, COM1.html). */
const WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$/i

function windowsSegmentProblem(segment: string): string | undefined {
  if (WINDOWS_FORBIDDEN.test(segment))
    return 'a character Windows forbids in names (< > : " | ? *; a colon names a hidden stream)'
  if (/[. ]$/.test(segment)) return 'a trailing dot or space, which Windows drops'
  if (WINDOWS_DEVICE.test(segment.trim())) return 'a device name Windows reserves'
  return undefined
}

/** Per OS, the disk a hosted runner has: ext4, NTFS, APFS (case- and normalization-insensitive). */
const DISKS: Partial<Record<NodeJS.Platform, DiskRules>> = {
  linux: { key: AS_WRITTEN },
  win32: { key: (segment) => segment.toUpperCase(), segmentProblem: windowsSegmentProblem },
  darwin: { key: (segment) => segment.normalize('NFD').toUpperCase() }
}

/** Why each name, or pair of names, cannot be written as files on `platform`'s disk. */
export function unholdableNames(
  names: readonly string[],
  platform: NodeJS.Platform = process.platform
): string[] {
  const rules = DISKS[platform] ?? DISKS.linux ?? { key: AS_WRITTEN }
  const problems: string[] = []
  // Every file and every folder above one, by the key the disk finds it under.
  const seen = new Map<string, { name: string; folder: boolean }>()
  const claim = (name: string, folder: boolean): void => {
    const key = name.split('/').map(rules.key).join('/')
    const earlier = seen.get(key)
    if (earlier === undefined) seen.set(key, { name, folder })
    else if (earlier.name !== name || !earlier.folder || !folder)
      problems.push(
        `'${printable(earlier.name)}' and '${printable(name)}' (one ${earlier.folder || folder ? 'path' : 'file'} on this runner's disk)`
      )
  }
  for (const name of names) {
    const segments = name.split('/')
    const segmentProblem = segments
      .map((segment) => rules.segmentProblem?.(segment))
      .find((problem) => problem !== undefined)
    if (segmentProblem !== undefined) problems.push(`'${printable(name)}' (${segmentProblem})`)
    for (let depth = 1; depth < segments.length; depth++)
      claim(segments.slice(0, depth).join('/'), true)
    claim(name, false)
  }
  return [...new Set(problems)]
}

const SHOWN = 5

/** Refuses, naming the entries, a .zip that engine: official could not write out on this runner. */
export function checkHoldable(
  names: readonly string[],
  kind: PackageKind,
  platform: NodeJS.Platform = process.platform
): void {
  const problems = unholdableNames(names, platform)
  if (problems.length === 0) return
  const more = problems.length > SHOWN ? `, and ${problems.length - SHOWN} more` : ''
  throw new InputError(
    `The .zip in ${kind.input} has entries this runner's file system cannot hold as files, and engine: official must write them out for StaticSitesClient: ${problems.slice(0, SHOWN).join(', ')}${more}.`,
    {
      doc: 'payload-unsafe',
      fix: `Rename those entries in the .zip, or use engine: native (the default), which uploads the .zip's entries as they are; nothing was uploaded.`
    }
  )
}
