// The one check every file name passes before it can enter the upload, whether it came from the
// disk or from a .zip: a relative, forward-slash path that cannot climb out of the site's root.
import { InputError } from '../errors.js'
import { printable } from '../format.js'

/** Why a name is refused, or undefined when it is safe. */
export function entryNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'an empty name'
  if (hasControlCharacter(name)) return 'a control character in the name'
  if (name.includes('\\')) return 'a backslash, which a server may read as a folder separator'
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'an absolute path'
  const segments = name.split('/')
  if (segments.includes('..')) return "a '..' segment (path traversal)"
  if (segments.some((segment) => segment === '' || segment === '.'))
    return 'an empty or "." segment'
  if (Buffer.byteLength(name) > 0xffff) return 'a name longer than a zip entry allows'
  return undefined
}

/** Returns the name when it is safe for the archive, else throws naming the file and the reason. */
export function checkEntryName(name: string, origin: string): string {
  const problem = entryNameProblem(name)
  if (problem !== undefined) {
    throw new InputError(`Refused ${origin} '${printable(name)}': ${problem}.`, {
      doc: 'payload-unsafe',
      fix: 'Remove or rename that file; nothing was uploaded.'
    })
  }
  return name
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) return true
  }
  return false
}
