// api.zip as the content server must take it: the blob packageUris.api pointed at, of the size
// and MD5 UploadInfo declared, a zip every reader agrees on (the app's checks), with host.json at
// its root. The declared figures are the client's word; this is where that word is held to it.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { UploadStore } from './storage.js'
import type { DeclaredApi, DeployedFile, DeploymentApi } from './types.js'
import { PackageError, unpackApp } from './unpack.js'
import { readIndependently } from './zipReaders.js'

const HOST_JSON = 'host.json'

export interface ReceivedApi {
  /** Why the API cannot be deployed, as errorDetails sentences; empty when it can. */
  problems: string[]
  /** Where its files were extracted, when they could be. */
  folder?: string
  files: DeployedFile[]
  /** MD5 of the api.zip that arrived, lower-case hex. */
  md5?: string
}

/** Fetches and checks the uploaded api.zip of a deployment whose API was not kept. */
export async function receiveApi(
  api: DeploymentApi,
  declared: DeclaredApi,
  context: { store: UploadStore; workDir: string; version: string }
): Promise<ReceivedApi> {
  const zipFile = path.join(context.workDir, 'incoming', `${context.version}-api.zip`)
  const folder = path.join(context.workDir, 'deployments', `${context.version}-api`)
  if (api.blobName === undefined) return { problems: [], files: [] }
  try {
    await mkdir(path.dirname(zipFile), { recursive: true })
    if (!(await context.store.download(api.blobName, zipFile))) {
      return {
        problems: ['No API content was uploaded: the API upload URL holds no committed blob.'],
        files: []
      }
    }
    const problems: string[] = []
    const bytes = (await stat(zipFile)).size
    if (bytes !== declared.bytes) {
      problems.push(
        `UploadInfo.ApiSizeInBytes was ${declared.bytes} but the uploaded api.zip has ${bytes} bytes.`
      )
    }
    const md5 = await md5Of(zipFile)
    if (md5 !== declared.md5.toLowerCase()) {
      problems.push(
        `UploadInfo.ApiContentHash was ${declared.md5} but the uploaded api.zip's MD5 is ${md5}.`
      )
    }
    await mkdir(path.dirname(folder), { recursive: true })
    const unpacked = await unpackApp(zipFile, folder).catch((error: unknown) => {
      throw error instanceof PackageError ? new PackageError(`api.zip: ${error.message}`) : error
    })
    await readIndependently(zipFile, unpacked.files).catch((error: unknown) => {
      throw error instanceof PackageError ? new PackageError(`api.zip: ${error.message}`) : error
    })
    if (!unpacked.files.some((file) => file.path === HOST_JSON)) {
      problems.push('api.zip has no host.json at its root: it is not a Functions app.')
    }
    return { problems, folder, files: unpacked.files, md5 }
  } finally {
    await rm(zipFile, { force: true })
    await context.store.delete(api.blobName).catch(() => undefined)
  }
}

async function md5Of(file: string): Promise<string> {
  const hash = createHash('md5')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
