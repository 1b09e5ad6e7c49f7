// Files and archives the payload tests build: a site folder in a fresh workspace, and zips made
// by yazl then patched byte for byte into shapes no well-behaved tool would write.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import yazl from 'yazl'

/** A fresh temp workspace holding `dist/` with these files (names relative, forward slashes). */
export function siteInWorkspace(files: Record<string, string | Buffer>): {
  workspace: string
  appLocation: string
} {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'payload-site-'))
  const appLocation = path.join(workspace, 'dist')
  mkdirSync(appLocation)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(appLocation, name)), { recursive: true })
    writeFileSync(path.join(appLocation, name), content)
  }
  return { workspace, appLocation }
}

export interface ZipEntrySpec {
  name: string
  bytes: Buffer
  mode?: number
  compress?: boolean
}

/** A zip made by yazl, then patched in place (names swapped byte for byte, fields overwritten). */
export async function patchedZip(
  entries: ZipEntrySpec[],
  patch: (zip: Buffer) => void = () => undefined
): Promise<Buffer> {
  const zipfile = new yazl.ZipFile()
  for (const entry of entries) {
    zipfile.addBuffer(entry.bytes, entry.name, {
      mode: entry.mode ?? 0o100644,
      compress: entry.compress ?? false,
      mtime: new Date(2020, 0, 1)
    })
  }
  zipfile.end()
  const chunks: Buffer[] = []
  for await (const chunk of zipfile.outputStream) chunks.push(chunk as Buffer)
  const zip = Buffer.concat(chunks)
  patch(zip)
  return zip
}

/**
 * File names with a control character that this OS's file system can hold, as [what, name, how
 * the log shows it]. NTFS refuses U+0000–U+001F in a name but keeps the C1 controls; ext4 and APFS
 * keep all but NUL.
 */
export const CONTROL_CHARACTER_NAMES: readonly (readonly [string, string, string])[] =
  process.platform === 'win32'
    ? [
        ['a next-line control (NEL)', 'bad\u0085name.html', String.raw`bad\u0085name.html`],
        ['a C1 control sequence (CSI)', 'bad\u009b31mred.html', String.raw`bad\u009b31mred.html`]
      ]
    : [
        ['a newline', 'bad\nname.html', String.raw`bad\u000aname.html`],
        ['an escape sequence', 'bad\u001b[31mred.html', String.raw`bad\u001b[31mred.html`],
        ['a C1 control sequence (CSI)', 'bad\u009b31mred.html', String.raw`bad\u009b31mred.html`]
      ]
