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
