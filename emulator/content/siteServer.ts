// Serves what each deployment published, at /<siteName>/<environment>/<path>, so tests can fetch
// the live site and compare it with the source; an environment's managed Functions API's files
// are served beside it, at /_api/<siteName>/<environment>/<path> (its files as deployed, for the
// same byte-for-byte comparison: the emulator runs no function).
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendText } from '../server.js'
import { mediaTypeOf } from './mediaTypes.js'
import { fileOnDisk } from './unpack.js'
import { CONFIG_FILE_NAME } from '../../src/payload/types.js'

/** First path segment of the API's files; a site name cannot start with '_'. */
const API_PREFIX = '_api'

export class SiteServer {
  /** `<siteName>/<environment>` → folder of the live deployment. */
  private readonly live = new Map<string, string>()
  /** `<siteName>/<environment>` → folder of the live API's files. */
  private readonly liveApis = new Map<string, string>()

  constructor(readonly url: string) {}

  publish(siteName: string, environment: string, folder: string): void {
    this.live.set(`${siteName}/${environment}`, folder)
  }

  /** undefined: the environment has no API any more. */
  publishApi(siteName: string, environment: string, folder: string | undefined): void {
    const key = `${siteName}/${environment}`
    if (folder === undefined) this.liveApis.delete(key)
    else this.liveApis.set(key, folder)
  }

  urlOf(siteName: string, environment: string): string {
    return `${this.url}/${encodeURIComponent(siteName)}/${encodeURIComponent(environment)}/`
  }

  apiUrlOf(siteName: string, environment: string): string {
    return `${this.url}/${API_PREFIX}/${encodeURIComponent(siteName)}/${encodeURIComponent(environment)}/`
  }

  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' })
    }
    const segments = decodeSegments(req.url ?? '/')
    const isApi = segments?.[0] === API_PREFIX
    const [siteName, environment, ...rest] = (isApi ? segments?.slice(1) : segments) ?? []
    const folder =
      siteName === undefined || environment === undefined
        ? undefined
        : (isApi ? this.liveApis : this.live).get(`${siteName}/${environment}`)
    if (segments === undefined || folder === undefined) return sendText(res, 404, 'Not Found')
    // The configuration drives the host; it is not content (the real service does not serve it).
    if (!isApi && rest.length === 1 && rest[0] === CONFIG_FILE_NAME) {
      return sendText(res, 404, 'Not Found')
    }
    const file = isApi ? await exactFile(folder, rest) : await resolveFile(folder, rest)
    if (file === undefined) return sendText(res, 404, 'Not Found')
    res.writeHead(200, {
      'content-type': mediaTypeOf(file.path),
      'content-length': String(file.size)
    })
    if (req.method === 'HEAD') return void res.end()
    await new Promise<void>((resolve) => {
      createReadStream(file.path)
        .on('error', () => res.destroy())
        .on('close', resolve)
        .pipe(res)
    })
  }
}

/** Path segments, decoded; undefined when one would escape its folder. */
function decodeSegments(url: string): string[] | undefined {
  const pathname = url.split('?')[0] ?? '/'
  const segments: string[] = []
  for (const raw of pathname.split('/')) {
    if (raw === '') continue
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return undefined
    }
    if (segment === '.' || segment === '..' || /[/\\]/.test(segment) || segment.includes('\0')) {
      return undefined
    }
    segments.push(segment)
  }
  return segments
}

type ServedFile = { path: string; size: number }

/** The deployed file at these segments, nothing else. */
async function exactFile(folder: string, segments: string[]): Promise<ServedFile | undefined> {
  const candidate = fileOnDisk(folder, segments.join('/'))
  const found = await stat(candidate).catch(() => undefined)
  return found?.isFile() ? { path: candidate, size: found.size } : undefined
}

/** The deployed file at these segments, or that folder's index.html. */
async function resolveFile(folder: string, segments: string[]): Promise<ServedFile | undefined> {
  return (
    (await exactFile(folder, segments)) ?? (await exactFile(folder, [...segments, 'index.html']))
  )
}
