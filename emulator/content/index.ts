// The emulated Static Web Apps content side: the content plane (the upload protocol), a blob
// endpoint in front of Azurite, and the server of deployed sites. One call starts all three.
import { mkdir } from 'node:fs/promises'
import type { ServiceHost, TlsMaterial } from '../server.js'
import type { World } from '../world.js'
import { sharedAzurite, startAzurite } from './azurite.js'
import { blobFront } from './blobFront.js'
import { contentService } from './contentService.js'
import { DeploymentBook } from './deployments.js'
import { publishUpload } from './publish.js'
import { SiteServer } from './siteServer.js'
import { UploadStore } from './storage.js'
import {
  defaultBehaviour,
  type ContentBehaviour,
  type DeploymentRecord,
  type SiteDirectory
} from './types.js'
import { worldDirectory } from './worldDirectory.js'

export type { SiteDirectory } from './types.js'

export interface ContentPlane {
  /** https://127.0.0.1:<port> of the content plane (a site's contentDistributionEndpoint). */
  contentUrl: string
  /** https://127.0.0.1:<port> of the deployed sites; a deployment lives at /<site>/<environment>/. */
  siteUrl: string
  /** https://127.0.0.1:<port> of the blob front the SAS URLs point at. */
  blobUrl: string
  /** https://127.0.0.1:<port> of Azurite itself (no faults, not recorded); for diagnosis only. */
  azuriteUrl: string
  /** Every SAS query string handed out (their `sig=` is secret-adjacent; the leak scanner wants them). */
  issuedSecrets(): string[]
  /** Every deployment requested, oldest first: environment, correlation id, status, files with sha256. */
  deployments: DeploymentRecord[]
  /** Mutable knobs that make the content plane misbehave (see ContentBehaviour). */
  behaviour: ContentBehaviour
  /** Resolves once every deployment reported uploaded has been checked and published or failed. */
  settled(): Promise<void>
  stop(): Promise<void>
}

/**
 * Starts Azurite and the 'content', 'blob' and 'site' services on `host`. `world` may be the
 * emulator's World or any SiteDirectory (tests of the content plane alone). `workDir` receives
 * Azurite's TLS files, uploaded zips while they are checked, and the deployed files.
 */
export async function startContentPlane(
  host: ServiceHost,
  world: World | SiteDirectory,
  tls: TlsMaterial,
  workDir: string
): Promise<ContentPlane> {
  await mkdir(workDir, { recursive: true })
  // Only a SiteDirectory has findByApiKey; a World is plain data and gets the adapter.
  const sites = 'findByApiKey' in world ? world : worldDirectory(world)
  const azurite = sharedAzurite() ?? (await startAzurite(tls, workDir))
  const behaviour = defaultBehaviour()
  const front = blobFront(azurite, azurite.caCert, behaviour)
  try {
    const store = new UploadStore(azurite.url, azurite.caCert)
    await store.createContainer()
    const blob = await host.start('blob', front)
    // The handler first runs after start() resolves, by which time siteServer exists.
    const site = await host.start('site', (req, res) => siteServer.handle(req, res))
    const siteServer = new SiteServer(site.url)
    const book = new DeploymentBook()
    const publishing = new Set<Promise<void>>()
    const content = await host.start(
      'content',
      contentService({
        sites,
        book,
        store,
        behaviour,
        blobUrl: blob.url,
        startPublishing(deployment) {
          const run = publishUpload(deployment, {
            store,
            siteServer,
            sites,
            behaviour,
            book,
            workDir
          })
          publishing.add(run)
          void run.finally(() => publishing.delete(run))
        }
      })
    )
    return {
      contentUrl: content.url,
      siteUrl: site.url,
      blobUrl: blob.url,
      azuriteUrl: azurite.url,
      issuedSecrets: () =>
        book.records.flatMap((record) =>
          record.api?.sasQuery ? [record.sasQuery, record.api.sasQuery] : [record.sasQuery]
        ),
      deployments: book.records,
      behaviour,
      settled: async () => {
        while (publishing.size > 0) await Promise.allSettled([...publishing])
      },
      async stop() {
        await Promise.allSettled([...publishing])
        front.close()
        await azurite.stop()
      }
    }
  } catch (error) {
    front.close()
    await azurite.stop()
    throw error
  }
}
