// The content plane's own use of Azurite: the uploads container, upload SAS URLs for clients,
// and fetching/deleting an uploaded zip. It talks to Azurite directly (not through the blob
// front), so faults tests inject for the client never hit the server side.
import { createWriteStream } from 'node:fs'
import https from 'node:https'
import type { IncomingMessage } from 'node:http'
import { pipeline } from 'node:stream/promises'
import {
  AccountSASPermissions,
  AccountSASResourceTypes,
  AccountSASServices,
  BlobSASPermissions,
  SASProtocol,
  StorageSharedKeyCredential,
  generateAccountSASQueryParameters,
  generateBlobSASQueryParameters
} from '@azure/storage-blob'
import { DEV_ACCOUNT, DEV_ACCOUNT_KEY } from './azurite.js'

export const UPLOADS_CONTAINER = 'app-uploads'
// Clock skew between client and server must not make a fresh SAS "not yet valid".
const SKEW_MS = 5 * 60 * 1000

export class UploadStore {
  private readonly credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_ACCOUNT_KEY)

  constructor(
    private readonly azuriteUrl: string,
    private readonly caCert: string
  ) {}

  async createContainer(): Promise<void> {
    const reply = await this.call('PUT', `/${UPLOADS_CONTAINER}`, { restype: 'container' })
    reply.resume()
    if (reply.statusCode !== 201 && reply.statusCode !== 409) {
      throw new Error(`Azurite refused to create the uploads container: HTTP ${reply.statusCode}`)
    }
  }

  /** Query string of a SAS that lets its holder create and write this one blob, briefly. */
  uploadSas(blobName: string, lifetimeSeconds: number): string {
    const now = Date.now()
    return generateBlobSASQueryParameters(
      {
        containerName: UPLOADS_CONTAINER,
        blobName,
        permissions: BlobSASPermissions.parse('cw'),
        protocol: SASProtocol.Https,
        startsOn: new Date(now - SKEW_MS),
        expiresOn: new Date(now + lifetimeSeconds * 1000)
      },
      this.credential
    ).toString()
  }

  /** Streams the committed blob to `file`; false when there is none (never uploaded or committed). */
  async download(blobName: string, file: string): Promise<boolean> {
    const reply = await this.call('GET', blobPath(blobName))
    if (reply.statusCode === 404) {
      reply.resume()
      return false
    }
    if (reply.statusCode !== 200) {
      reply.resume()
      throw new Error(`Azurite refused to read ${blobName}: HTTP ${reply.statusCode}`)
    }
    await pipeline(reply, createWriteStream(file))
    return true
  }

  /** Frees Azurite's memory once a deployment has been processed. */
  async delete(blobName: string): Promise<void> {
    const reply = await this.call('DELETE', blobPath(blobName))
    reply.resume()
  }

  // A short-lived account SAS signs the server's own calls; no shared-key signing code needed.
  private accountSas(): string {
    return generateAccountSASQueryParameters(
      {
        permissions: AccountSASPermissions.parse('rwdc'),
        resourceTypes: AccountSASResourceTypes.parse('sco').toString(),
        services: AccountSASServices.parse('b').toString(),
        protocol: SASProtocol.Https,
        startsOn: new Date(Date.now() - SKEW_MS),
        expiresOn: new Date(Date.now() + SKEW_MS)
      },
      this.credential
    ).toString()
  }

  private call(
    method: string,
    path: string,
    query: Record<string, string> = {}
  ): Promise<IncomingMessage> {
    const url = new URL(`${this.azuriteUrl}/${DEV_ACCOUNT}${path}`)
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
    const search =
      url.search === '' ? `?${this.accountSas()}` : `${url.search}&${this.accountSas()}`
    return new Promise((resolve, reject) => {
      const request = https.request(
        {
          method,
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}${search}`,
          ca: this.caCert,
          headers: { 'x-ms-version': '2021-12-02', 'content-length': '0' }
        },
        resolve
      )
      request.on('error', reject)
      request.end()
    })
  }
}

function blobPath(blobName: string): string {
  return `/${UPLOADS_CONTAINER}/${blobName.split('/').map(encodeURIComponent).join('/')}`
}
