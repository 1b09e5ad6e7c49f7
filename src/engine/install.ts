// Puts the StaticSitesClient that `engine-version` names on the runner: from the tool cache when a
// file for that buildId is there and still has the manifest's SHA-256, else downloaded (through
// the action's transport), checked against that SHA-256, and cached. The file only becomes
// executable after its digest matched, and its digest is checked again on every run before it
// is started, so a cache another job could write to is never trusted blindly.
import * as toolCache from '@actions/tool-cache'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { chmod, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ActionError, InputError } from '../errors.js'
import { formatBytes, printable } from '../format.js'
import { downloadFile, originOf } from '../http/download.js'
import { STEP_LIMITS } from '../http/limits.js'
import { info, warning } from '../log.js'
import { removeTempFolder } from '../tempFolder.js'
import { findRelease, type ClientRelease } from './manifest.js'
import { officialClientPlatform, type ClientPlatform } from './platform.js'

export const TOOL_NAME = 'StaticSitesClient'
const TOOL_ARCH = 'x64'
const STEP = 'StaticSitesClient download'
const DOC = 'official-client-unavailable'
/** Far above the real client's size (about 100 MB): a server sending more is refused. */
const MAX_CLIENT_BYTES = 1024 * 1024 * 1024

/** A verified client, ready to run. */
export interface OfficialClient {
  /** Absolute path of the executable. */
  path: string
  release: ClientRelease
  platform: ClientPlatform
  /** Whether this run downloaded it (false: the tool cache had it). */
  downloaded: boolean
}

/** `engine-version` (stable, latest, backup or a buildId) on this runner, verified. */
export async function installOfficialClient(
  engineVersion: string,
  signal: AbortSignal,
  env: NodeJS.ProcessEnv = process.env
): Promise<OfficialClient> {
  // Both checked before the manifest is asked: an arm64 runner downloads nothing.
  const platform = officialClientPlatform(env)
  if ('problem' in platform) throw new InputError(platform.problem, { doc: DOC })
  // tool-cache itself would only fail an assertion.
  if (!env.RUNNER_TOOL_CACHE?.trim()) {
    throw new ActionError(
      'engine: official keeps StaticSitesClient in the runner’s tool cache, and RUNNER_TOOL_CACHE is not set.',
      {
        doc: DOC,
        fix: 'Run the action in a GitHub Actions job (runners set RUNNER_TOOL_CACHE), or set RUNNER_TOOL_CACHE to a folder the job may write.'
      }
    )
  }
  const release = await findRelease(engineVersion, platform.key, signal)
  info(
    `StaticSitesClient ${printable(release.version || engineVersion, 20)}: buildId ${release.buildId}${release.publishDate ? `, published ${printable(release.publishDate, 40)}` : ''}, ${platform.key}.`
  )
  const version = cacheVersion(release.buildId)
  const cachedFolder = toolCache.find(TOOL_NAME, version, TOOL_ARCH)
  if (cachedFolder) {
    const cached = path.join(cachedFolder, platform.fileName)
    const digest = await sha256OfFile(cached).catch(() => undefined)
    if (digest === release.sha256) {
      info(`Found in the tool cache (${cached}); its SHA-256 matches the manifest.`)
      return { path: cached, release, platform, downloaded: false }
    }
    warning(
      `The tool cache's StaticSitesClient ${release.buildId} (${cached}) does not match the manifest's SHA-256; downloading it again.`
    )
  }
  const downloaded = await download(release, platform, signal, env)
  return { path: downloaded, release, platform, downloaded: true }
}

async function download(
  release: ClientRelease,
  platform: ClientPlatform,
  signal: AbortSignal,
  env: NodeJS.ProcessEnv
): Promise<string> {
  const folder = await mkdtemp(path.join(env.RUNNER_TEMP?.trim() || os.tmpdir(), 'swa-client-'))
  try {
    const file = path.join(folder, platform.fileName)
    const fetched = await downloadFile(
      {
        step: STEP,
        url: release.url,
        signal,
        limits: STEP_LIMITS.clientDownload,
        maxBytes: MAX_CLIENT_BYTES
      },
      file
    )
    const from = originOf(fetched.chain.at(-1) ?? release.url)
    if (!fetched.ok) {
      throw new ActionError(
        `${STEP}: HTTP ${fetched.status} from ${from} for buildId ${release.buildId}; nothing was run.`,
        {
          step: STEP,
          status: fetched.status,
          doc: DOC,
          fix: 'Re-run the job later; if it persists, pin engine-version to another buildId (backup, say) or use engine: native.'
        }
      )
    }
    if (fetched.sha256 !== release.sha256) {
      throw new ActionError(
        `${STEP}: the file from ${from} has SHA-256 ${fetched.sha256}, the manifest says ${release.sha256} (buildId ${release.buildId}); it was deleted and never run.`,
        {
          step: STEP,
          doc: DOC,
          fix: 'Re-run the job later (a release may be mid-update); if it persists, pin engine-version to another buildId or use engine: native, and check the network path for a proxy that rewrites downloads.'
        }
      )
    }
    info(
      `Downloaded ${formatBytes(fetched.bytes)} from ${from}; its SHA-256 matches the manifest (${release.sha256}).`
    )
    const cachedFolder = await toolCache.cacheFile(
      file,
      platform.fileName,
      TOOL_NAME,
      cacheVersion(release.buildId),
      TOOL_ARCH
    )
    const cached = path.join(cachedFolder, platform.fileName)
    // Only now, with its digest checked, may the file be run (Windows has no mode bits to set).
    if (process.platform !== 'win32') await chmod(cached, 0o755)
    info(`Cached as ${cached}.`)
    return cached
  } finally {
    await removeTempFolder(folder)
  }
}

/**
 * The tool cache's version for a buildId. tool-cache only finds semver versions, and buildIds
 * such as 1.0.027044 are not (a leading zero); dots become hyphens in a semver pre-release,
 * which any two buildIds that collide on would still be told apart by their SHA-256.
 */
export function cacheVersion(buildId: string): string {
  return `0.0.0-build-${buildId.replace(/[^0-9A-Za-z-]/g, '-')}`
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
