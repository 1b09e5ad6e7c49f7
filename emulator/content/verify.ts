// Holds the uploaded zip to what the client announced in UploadInfo: a client that measures its
// payload one way and zips it another must fail here, as it would against the real server.
import { readFile, stat } from 'node:fs/promises'
import { CONFIG_TOO_LARGE } from './messages.js'
import { CONFIG_FILE_NAME } from '../../src/payload/types.js'
import { fileOnDisk, type UnpackedApp } from './unpack.js'

/** The service's limit for staticwebapp.config.json (#1452). */
const MAX_CONFIG_BYTES = 20 * 1024
import type { DeploymentRecord } from './types.js'

/** Every difference between announcement and zip, as errorDetails sentences; empty when they agree. */
export function compareWithAnnouncement(
  announced: DeploymentRecord['announced'],
  app: UnpackedApp
): string[] {
  const problems: string[] = []
  const compare = (field: string, claimed: number | boolean, actual: number | boolean): void => {
    if (claimed !== actual) {
      problems.push(`UploadInfo.${field} was ${claimed} but the uploaded zip gives ${actual}.`)
    }
  }
  compare('AppFileCount', announced.fileCount, app.files.length)
  compare('TotalAppSizeInBytes', announced.totalBytes, app.totalBytes)
  compare('MaxSingleFileSizeInBytes', announced.largestFileBytes, app.largestFileBytes)
  compare('HasRoutes', announced.hasRoutes, app.hasRoutes)
  // Zipping the folder instead of its content puts everything one level down.
  if (app.files.length > 0 && app.files.every((file) => file.path.includes('/'))) {
    problems.push(
      'The uploaded zip has no file at its root: the app files must not be inside a folder.'
    )
  }
  return problems
}

/** The routes file must at least be JSON, or the site would serve with no configuration. */
export async function checkRoutesFile(appDir: string): Promise<string | undefined> {
  const file = fileOnDisk(appDir, CONFIG_FILE_NAME)
  if ((await stat(file)).size > MAX_CONFIG_BYTES) return CONFIG_TOO_LARGE
  try {
    // A UTF-8 byte order mark is legal in the file and must not make it "invalid".
    JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''))
    return undefined
  } catch (error) {
    return `${CONFIG_FILE_NAME} is not valid JSON: ${(error as Error).message}`
  }
}
