// The StaticSitesClient releases the emulator publishes: a manifest shaped like Microsoft's
// (PROTOCOLS.md §6) and, for each build, a stand-in "binary" per OS. The stand-in is a small
// launcher that runs standIn.ts with this emulator's content plane built in, the way the real
// client has Azure's built in; its SHA-256 is taken here, so the manifest is always right until a
// test makes it wrong. The launcher is a POSIX shell script: Linux and macOS run it, Windows
// cannot (the win-x64 file is still served, named StaticSitesClient.exe as the real one is).
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ClientPlatformKey } from '../../src/engine/platform.js'

/** Where the manifest's files live, as public clients show them (the CDN has moved before). */
export const DOWNLOAD_HOST = 'swalocaldeploy.azureedge.net'
export const AKA_HOST = 'aka.ms'
export const MANIFEST_PATH = '/downloads/versions.json'

/** How a stand-in build behaves; baked into its launcher like a real build's code. */
export type StandInBehaviour =
  /** Deploys like the real client. */
  | 'deploy'
  /** Prints the deployment token and lines that look like workflow commands, then deploys. */
  | 'leaky'
  /** Says it is uploading, then never ends (until a signal). */
  | 'hang'
  /** Polls a few times, then gives up the way the real client does after ~10 minutes. */
  | 'give-up'
  /** Exits with code 3 and prints nothing. */
  | 'crash'

export interface ReleaseFile {
  /** Path on DOWNLOAD_HOST. */
  path: string
  bytes: Buffer
  /** What the manifest says; a test may make it wrong. */
  sha: string
}

export interface StandInRelease {
  version: string
  buildId: string
  publishDate: string
  behaviour: StandInBehaviour
  /** A test deletes one to publish a build without that OS's file. */
  files: Partial<Record<ClientPlatformKey, ReleaseFile>>
}

/** Folder and file name per OS on the CDN (windows and linux as public clients show them). */
const OS_FOLDERS: Record<ClientPlatformKey, { folder: string; fileName: string }> = {
  'linux-x64': { folder: 'linux', fileName: 'StaticSitesClient' },
  'win-x64': { folder: 'windows', fileName: 'StaticSitesClient.exe' },
  'osx-x64': { folder: 'macOS', fileName: 'StaticSitesClient' }
}

const STAND_IN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'standIn.ts')
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

/** The three channels of the real manifest, each its own build. */
export function defaultReleases(contentUrl: string): StandInRelease[] {
  return [
    standInRelease(contentUrl, 'stable', '1.0.027044', 'deploy'),
    standInRelease(contentUrl, 'latest', '1.0.027811', 'deploy'),
    standInRelease(contentUrl, 'backup', '1.0.026490', 'deploy')
  ]
}

/** A build with a file for every OS, all the same launcher. */
export function standInRelease(
  contentUrl: string,
  version: string,
  buildId: string,
  behaviour: StandInBehaviour
): StandInRelease {
  const bytes = launcher(contentUrl, buildId, behaviour)
  const sha = createHash('sha256').update(bytes).digest('hex')
  const files: Partial<Record<ClientPlatformKey, ReleaseFile>> = {}
  for (const [key, { folder, fileName }] of Object.entries(OS_FOLDERS)) {
    files[key as ClientPlatformKey] = {
      path: `/downloads/${buildId}/${folder}/${fileName}`,
      bytes,
      sha
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
  const args = [process.execPath, '--import', TSX_LOADER, STAND_IN, contentUrl, buildId, behaviour]
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
