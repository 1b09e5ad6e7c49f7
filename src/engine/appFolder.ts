// The folder StaticSitesClient zips: APP_LOCATION must be a folder of exactly the checked
// payload. A folder input is used as it is; a .zip input is written out, entry by entry from the
// checked list (config-file-location's file included), to a fresh folder under RUNNER_TEMP that
// is deleted afterwards. CONFIG_FILE_LOCATION names the folder of the config the payload check
// chose, so the client cannot pick another one (it searches app_location otherwise: inferred).
// Nothing is overwritten: a name this disk cannot hold as written is refused, not merged.
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { CONFIG_FILE_NAME } from '../payload/prepare.js'
import { openSource } from '../payload/sources.js'
import { checkHoldable } from '../payload/diskNames.js'
import {
  API_LIMITS,
  API_PACKAGE,
  SITE_PACKAGE,
  type ApiPackage,
  type PackageKind,
  type Payload
} from '../payload/types.js'
import { readZipInput } from '../payload/zipInput.js'
import { removeTempFolder } from '../tempFolder.js'

export interface AppFolder {
  /** APP_LOCATION: absolute. */
  location: string
  /** CONFIG_FILE_LOCATION: absolute, or undefined when the payload has no config. */
  configFileLocation: string | undefined
  /** Deletes what was written for the client; nothing for a folder input. Never throws. */
  dispose(): Promise<void>
}

export async function appFolderFor(
  payload: Pick<Payload, 'origin' | 'location' | 'files' | 'placedConfigFile'>,
  env: NodeJS.ProcessEnv = process.env,
  kind: PackageKind = SITE_PACKAGE
): Promise<AppFolder> {
  const hasRootConfig = payload.files.some((file) => file.name === CONFIG_FILE_NAME)
  if (payload.origin === 'folder') {
    const configFileLocation =
      payload.placedConfigFile !== undefined
        ? path.dirname(payload.placedConfigFile)
        : hasRootConfig
          ? payload.location
          : undefined
    return { location: payload.location, configFileLocation, dispose: async () => {} }
  }
  checkHoldable(
    payload.files.map((file) => file.name),
    kind
  )
  const location = await mkdtemp(path.join(env.RUNNER_TEMP?.trim() || os.tmpdir(), 'swa-app-'))
  const dispose = (): Promise<void> => removeTempFolder(location)
  try {
    // One at a time: the entries share the .zip's one file handle.
    for (const file of payload.files) {
      const target = path.join(location, ...file.name.split('/'))
      await mkdir(path.dirname(target), { recursive: true })
      await pipeline(
        await openSource(file),
        createWriteStream(target, { mode: 0o644, flags: 'wx' })
      )
    }
  } catch (error) {
    await dispose()
    throw error
  }
  return { location, configFileLocation: hasRootConfig ? location : undefined, dispose }
}

/**
 * API_LOCATION: the API folder as it is, or, for a .zip input, the checked api.zip written out
 * to a fresh folder (whether the client takes a .zip there is not known).
 */
export async function apiFolderFor(
  api: Pick<ApiPackage, 'origin' | 'location' | 'archive'>,
  env: NodeJS.ProcessEnv = process.env
): Promise<Omit<AppFolder, 'configFileLocation'>> {
  if (api.origin === 'folder') return { location: api.location, dispose: async () => {} }
  const { archive, files } = await readZipInput(
    api.archive.path,
    API_LIMITS,
    undefined,
    API_PACKAGE
  )
  try {
    return await appFolderFor(
      { origin: 'zip', location: api.archive.path, files, placedConfigFile: undefined },
      env,
      API_PACKAGE
    )
  } finally {
    archive.close()
  }
}
