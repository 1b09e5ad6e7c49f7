// StaticSitesClient's release manifest, as the SWA CLI reads it (PROTOCOLS.md §6): aka.ms redirects
// to a JSON array of {version: latest|stable|backup, buildId, publishDate, files: {<os>-x64:
// {url, sha}}}, `sha` the lowercase SHA-256 of the file; since 2026 buildIds are 40-hex SHAs and
// the files live under the CDN's /downloads/<buildId>/<os>/. `engine-version` picks a channel or a
// buildId; the entry must have this runner's file, an https URL and a well-formed digest.
import { ActionError } from '../errors.js'
import { printable } from '../format.js'
import { getFollowingRedirects, originOf } from '../http/download.js'
import { STEP_LIMITS } from '../http/limits.js'
import { describeBody, parseJson } from '../http/transport.js'
import { isRecord } from '../json.js'
import { info } from '../log.js'
import type { ClientPlatformKey } from './platform.js'
import { CHANNELS, ENGINE_VERSION, sameBuildId } from './versions.js'

const MANIFEST_URL = 'https://aka.ms/swalocaldeploy'
const SHA256_HEX = /^[0-9a-f]{64}$/
const STEP = 'StaticSitesClient manifest'
const DOC = 'official-client-unavailable'

export interface ClientRelease {
  /** The entry's channel as the manifest names it (stable, latest, backup). */
  version: string
  buildId: string
  publishDate: string | undefined
  /** This runner's file. */
  url: string
  /** Lowercase hex. */
  sha256: string
}

/** Reads the manifest (following its redirect) and picks `wanted` for `platform`. */
export async function findRelease(
  wanted: string,
  platform: ClientPlatformKey,
  signal: AbortSignal
): Promise<ClientRelease> {
  const reply = await getFollowingRedirects({
    step: STEP,
    url: MANIFEST_URL,
    signal,
    limits: STEP_LIMITS.clientManifest
  })
  const answeredBy = reply.chain.at(-1) ?? MANIFEST_URL
  if (reply.status !== 200) {
    throw new ActionError(
      `${STEP}: HTTP ${reply.status} from ${originOf(answeredBy)} (${describeBody(reply.body)}).`,
      {
        step: STEP,
        status: reply.status,
        doc: DOC,
        fix: `Re-run the job later; the manifest at ${MANIFEST_URL} decides which client to download. engine: native does not need it.`
      }
    )
  }
  info(`${STEP}: ${reply.chain.map(printableUrl).join(' → ')}`)
  return chooseRelease(parseJson<unknown>(reply, STEP), wanted, platform)
}

/** The entry `wanted` names (a channel or a buildId), checked for `platform`. Pure: unit-tested. */
export function chooseRelease(
  manifest: unknown,
  wanted: string,
  platform: ClientPlatformKey
): ClientRelease {
  if (!Array.isArray(manifest)) {
    throw unusable(`the manifest is not a JSON array (${describeBody(JSON.stringify(manifest))})`)
  }
  const entries = manifest.filter(isRecord)
  const isChannel = (CHANNELS as readonly string[]).includes(wanted)
  const entry = entries.find((candidate) =>
    isChannel
      ? candidate.version === wanted
      : typeof candidate.buildId === 'string' && sameBuildId(candidate.buildId, wanted)
  )
  if (entry === undefined) throw unknownVersion(wanted, entries)
  const buildId = typeof entry.buildId === 'string' ? entry.buildId : ''
  if (!ENGINE_VERSION.test(buildId) || (CHANNELS as readonly string[]).includes(buildId)) {
    throw unusable(`the entry for '${wanted}' has no usable buildId (${printable(buildId, 80)})`)
  }
  const label = `buildId ${buildId}`
  const file = isRecord(entry.files) ? entry.files[platform] : undefined
  if (!isRecord(file)) {
    const offered = isRecord(entry.files)
      ? Object.keys(entry.files).map((key) => printable(key, 40))
      : []
    throw new ActionError(
      `${STEP}: ${label} has no ${platform} file (it lists ${offered.join(', ') || 'none'}).`,
      {
        step: STEP,
        doc: DOC,
        fix: 'Pin engine-version to a buildId that has this runner’s file, or use engine: native.'
      }
    )
  }
  const url = typeof file.url === 'string' ? file.url : ''
  if (!isHttpsUrl(url)) {
    throw unusable(`the ${platform} file of ${label} is not an https URL (${printable(url, 120)})`)
  }
  const sha256 = typeof file.sha === 'string' ? file.sha.toLowerCase() : ''
  if (!SHA256_HEX.test(sha256)) {
    throw unusable(`the ${platform} file of ${label} has no SHA-256 of 64 hex digits`)
  }
  return {
    version: typeof entry.version === 'string' ? entry.version : '',
    buildId,
    publishDate: typeof entry.publishDate === 'string' ? entry.publishDate : undefined,
    url,
    sha256
  }
}

function unknownVersion(wanted: string, entries: readonly Record<string, unknown>[]): ActionError {
  const listed = entries
    .filter((entry) => typeof entry.buildId === 'string')
    .map((entry) =>
      typeof entry.version === 'string'
        ? `${printable(entry.version, 20)} (${printable(entry.buildId as string, 64)})`
        : printable(entry.buildId as string, 64)
    )
  return new ActionError(
    `engine-version '${printable(wanted, 64)}' is not in the StaticSitesClient manifest; it lists ${listed.join(', ') || 'nothing'}.`,
    {
      step: STEP,
      doc: DOC,
      fix: 'Set engine-version to stable, latest, backup or one of the buildIds listed.'
    }
  )
}

function unusable(problem: string): ActionError {
  return new ActionError(`${STEP}: ${problem}; nothing was downloaded.`, {
    step: STEP,
    doc: DOC,
    fix: 'Re-run the job later (the manifest may be mid-update), pin engine-version to another buildId, or use engine: native.'
  })
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

/** A URL for the log: no query (a download URL may one day carry a signature). */
function printableUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return printable(`${parsed.origin}${parsed.pathname}`, 200)
  } catch {
    return 'an invalid URL'
  }
}
