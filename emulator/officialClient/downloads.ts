// Microsoft's download side of StaticSitesClient, under its public host names (the proxy maps
// them here): aka.ms answers the manifest link with a redirect, as the real short link does, and
// the CDN host serves the manifest and every build's files. GET only, no credential wanted.
import type { ServerResponse } from 'node:http'
import { pipeline } from 'node:stream/promises'
import { sendJson, sendText, type RecordedRequest, type ServiceHandler } from '../server.js'
import {
  AKA_HOST,
  defaultReleases,
  DOWNLOAD_HOST,
  MANIFEST_PATH,
  manifestOf,
  standInRelease,
  type StandInBehaviour,
  type StandInForm,
  type StandInRelease
} from './releases.js'

export class OfficialClientDownloads {
  /** What the manifest lists, in order; tests edit it and `reset()` puts it back. */
  releases: StandInRelease[]

  constructor(private readonly contentUrl: string) {
    this.releases = defaultReleases(contentUrl)
  }

  reset(): void {
    this.releases = defaultReleases(this.contentUrl)
    this.held?.release()
    this.held = undefined
  }

  private held: { arrived(): void; gate: Promise<void>; release(): void } | undefined

  /**
   * Holds the next build file download before its first byte, until release() (what a slow link
   * does to one job): `arrived` settles once that request is here and waiting.
   */
  holdNextDownload(): { arrived: Promise<void>; release(): void } {
    let arrived!: () => void
    let release!: () => void
    const arrival = new Promise<void>((resolve) => (arrived = resolve))
    const gate = new Promise<void>((resolve) => (release = resolve))
    this.held = { arrived, gate, release }
    return { arrived: arrival, release }
  }

  /** Publishes one more build (channel `test`), every OS's file in `form` if given, and returns it. */
  addBuild(buildId: string, behaviour: StandInBehaviour, form?: StandInForm): StandInRelease {
    const release = standInRelease(this.contentUrl, 'test', buildId, behaviour, form)
    this.releases.push(release)
    return release
  }

  /** A channel's or buildId's release. */
  release(versionOrBuildId: string): StandInRelease {
    const found = this.releases.find(
      (release) => release.version === versionOrBuildId || release.buildId === versionOrBuildId
    )
    if (!found) throw new Error(`no release ${versionOrBuildId}`)
    return found
  }

  readonly handle: ServiceHandler = async (req, res) => {
    req.resume()
    if (req.method !== 'GET') return sendText(res, 405, 'Method Not Allowed')
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase()
    const urlPath = (req.url ?? '').split('?')[0] ?? ''
    if (host === AKA_HOST) return this.shortLink(urlPath, res)
    if (host === DOWNLOAD_HOST) {
      const held = urlPath === MANIFEST_PATH ? undefined : this.held
      if (held !== undefined) {
        this.held = undefined
        held.arrived()
        await held.gate
      }
      return this.cdn(urlPath, res)
    }
    sendText(res, 404, 'Not Found')
  }

  private shortLink(urlPath: string, res: ServerResponse): void {
    if (urlPath.toLowerCase() !== '/swalocaldeploy') return sendText(res, 404, 'Not Found')
    res.writeHead(301, {
      location: `https://${DOWNLOAD_HOST}${MANIFEST_PATH}`,
      'content-length': '0'
    })
    res.end()
  }

  private cdn(urlPath: string, res: ServerResponse): void {
    if (urlPath === MANIFEST_PATH) return sendJson(res, 200, manifestOf(this.releases))
    const file = this.releases
      .flatMap((release) => Object.values(release.files))
      .find((candidate) => candidate.path === urlPath)
    if (!file) return sendText(res, 404, 'The specified blob does not exist.')
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(file.size)
    })
    // A client that goes away mid-file (a cancelled job) ends the stream; nothing to report.
    pipeline(file.open(), res).catch(() => undefined)
  }
}

/** Requests for a build's file (not the manifest), for counting downloads. */
export function isClientDownload(
  request: Pick<RecordedRequest, 'service' | 'host' | 'url'>
): boolean {
  return (
    request.service === 'downloads' &&
    request.host.startsWith(DOWNLOAD_HOST) &&
    /^\/downloads\/[^/]+\/[^/]+\//.test(request.url)
  )
}
