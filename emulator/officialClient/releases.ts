// The StaticSitesClient releases the emulator publishes: a manifest shaped like Microsoft's
// (PROTOCOLS.md §6) and, for each build, a stand-in "binary" per OS that runs standIn.ts with this
// emulator's content plane built in, the way the real client has Azure's built in. Its SHA-256 is
// taken here, so the manifest is always right until a test makes it wrong. Two forms, per OS:
// Linux and macOS get a POSIX shell launcher (a few hundred bytes, quick to fetch); Windows, which
// starts only real programs, gets the program form (program.ts: a copy of Node.js, 100 MB and more).
// A test can give every OS the program form, to prove Windows' mechanism where it runs.
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import type { ClientPlatformKey } from '../../src/engine/platform.js'
import type { ReleaseFile, StandInBehaviour, StandInForm } from './build.js'
import { programFile } from './program.js'
import { standInArguments } from './standInBundle.js'

export type { StandInBehaviour, StandInForm } from './build.js'

/** Where the manifest's files live since 2026 (PROTOCOLS.md §6; the CDN has moved before). */
export const DOWNLOAD_HOST = 'swalocaldeployv2-bndtgugjgqc3dhdx.b01.azurefd.net'
export const AKA_HOST = 'aka.ms'
// Inferred: where aka.ms's redirect lands is not in PROTOCOLS.md; a public client reads
// /api/versions/stable on this host. The action follows whatever the redirect names.
export const MANIFEST_PATH = '/api/versions'

export interface StandInRelease {
  version: string
  buildId: string
  publishDate: string
  behaviour: StandInBehaviour
  /** A test deletes one to publish a build without that OS's file. */
  files: Partial<Record<ClientPlatformKey, ReleaseFile>>
}

/** Folder and file name per OS on the CDN (windows and linux as public clients show them), and the form it runs in. */
const OS_FOLDERS: Record<
  ClientPlatformKey,
  { folder: string; fileName: string; form: StandInForm }
> = {
  'linux-x64': { folder: 'linux', fileName: 'StaticSitesClient', form: 'launcher' },
  'win-x64': { folder: 'windows', fileName: 'StaticSitesClient.exe', form: 'program' },
  'osx-x64': { folder: 'macOS', fileName: 'StaticSitesClient', form: 'launcher' }
}

/** The three channels of the real manifest, each its own build, with a 40-hex buildId as since 2026. */
export function defaultReleases(contentUrl: string): StandInRelease[] {
  return [
    standInRelease(contentUrl, 'stable', 'c0ffee5a1d2b3c4d5e6f708192a3b4c5d6e7f809', 'deploy'),
    standInRelease(contentUrl, 'latest', 'a11ce0b2c3d4e5f60718293a4b5c6d7e8f901234', 'deploy'),
    standInRelease(contentUrl, 'backup', '0bad5eed0123456789abcdef0123456789abcdef', 'deploy')
  ]
}

/** A build with a file for every OS, each in its OS's form unless `form` names one for all. */
export function standInRelease(
  contentUrl: string,
  version: string,
  buildId: string,
  behaviour: StandInBehaviour,
  form?: StandInForm
): StandInRelease {
  const files: Partial<Record<ClientPlatformKey, ReleaseFile>> = {}
  const script = launcher(contentUrl, buildId, behaviour)
  const scriptSha = createHash('sha256').update(script).digest('hex')
  for (const [key, os] of Object.entries(OS_FOLDERS)) {
    const filePath = `/downloads/${buildId}/${os.folder}/${os.fileName}`
    files[key as ClientPlatformKey] =
      (form ?? os.form) === 'program'
        ? programFile(filePath, { contentUrl, buildId, behaviour })
        : {
            path: filePath,
            form: 'launcher',
            size: script.length,
            open: () => Readable.from([script], { objectMode: false }),
            sha: scriptSha
          }
  }
  return { version, buildId, publishDate: '2026-03-02T18:04:11Z', behaviour, files }
}

/** The manifest as the CDN serves it. */
export function manifestOf(releases: readonly StandInRelease[]): unknown[] {
  return releases.map((release) => ({
    version: release.version,
    buildId: release.buildId,
    publishDate: release.publishDate,
    files: Object.fromEntries(
      Object.entries(release.files).map(([key, file]) => [
        key,
        { url: `https://${DOWNLOAD_HOST}${file.path}`, sha: file.sha }
      ])
    )
  }))
}

function launcher(contentUrl: string, buildId: string, behaviour: StandInBehaviour): Buffer {
  const args = [process.execPath, ...standInArguments(), contentUrl, buildId, behaviour]
  return Buffer.from(
    [
      '#!/bin/sh',
      `# keyless-swa-deploy emulator: stand-in for StaticSitesClient ${buildId} (PROTOCOLS.md §6)`,
      `exec ${args.map(shellQuote).join(' ')}`,
      ''
    ].join('\n')
  )
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}
