// Puts the StaticSitesClient that `engine-version` names on the runner: from the tool cache when a
// file for that buildId is there and still has the manifest's SHA-256, else downloaded (through
// the action's transport), checked against that SHA-256, and cached. The tool cache may be shared
// by jobs running at once (self-hosted runners): a build is cached by one atomic rename of a
// folder made beside it, never by emptying a folder another job may have verified, and a job
// that loses that race uses the winner's copy once it has checked it. The cached file itself is
// never started: each run starts a private copy that it hashed (privateCopy), so nothing another
// job writes to the cache between the check and the start can run.
import { createHash } from 'node:crypto'
import { constants, createReadStream } from 'node:fs'
import { chmod, copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ActionError, InputError } from '../errors.js'
import { formatBytes, printable } from '../format.js'
import { downloadFile, originOf } from '../http/download.js'
import { STEP_LIMITS } from '../http/limits.js'
import { info, warning } from '../log.js'
import { removeTempFolder } from '../tempFolder.js'
import { findRelease, type ClientRelease } from './manifest.js'
import { officialClientPlatform, type ClientPlatform } from './platform.js'

const TOOL_NAME = 'StaticSitesClient'
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
  const folder = cacheFolder(env.RUNNER_TOOL_CACHE, release.buildId)
  const cached = path.join(folder, platform.fileName)
  const found = await sha256OfFile(cached).catch(() => undefined)
  if (found === release.sha256) {
    info(`Found in the tool cache (${cached}); its SHA-256 matches the manifest.`)
    // As after a download (a cache restored without modes loses the bit). Only a repair: the
    // file started is a private copy, and another user's cache file may refuse the change.
    await makeExecutable(cached).catch(() => undefined)
    return { path: cached, release, platform, downloaded: false }
  }
  if (found !== undefined) {
    warning(
      `The tool cache's StaticSitesClient ${release.buildId} (${cached}) does not match the manifest's SHA-256; downloading it again.`
    )
  }
  await download(release, platform, folder, signal, env)
  return { path: cached, release, platform, downloaded: true }
}

/** Where a build's file lives in the tool cache: tool-cache's own layout, so its find() sees it. */
function cacheFolder(toolCacheRoot: string, buildId: string): string {
  return path.join(toolCacheRoot.trim(), TOOL_NAME, cacheVersion(buildId), TOOL_ARCH)
}

async function download(
  release: ClientRelease,
  platform: ClientPlatform,
  folder: string,
  signal: AbortSignal,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const temp = await mkdtemp(path.join(env.RUNNER_TEMP?.trim() || os.tmpdir(), 'swa-client-'))
  try {
    const file = path.join(temp, platform.fileName)
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
    const cachedNow = await publish(file, folder, platform.fileName, release.sha256).catch(
      (error: NodeJS.ErrnoException) => {
        throw new ActionError(
          `${STEP}: buildId ${release.buildId} could not be put in the tool cache (${folder}): ${printable(error.code ?? error.message, 80)}; nothing was run.`,
          {
            step: STEP,
            doc: DOC,
            fix: 'Make RUNNER_TOOL_CACHE a folder this job may write, and re-run; if other jobs share it, re-run once theirs have ended.'
          }
        )
      }
    )
    if (cachedNow) {
      info(`Cached as ${path.join(folder, platform.fileName)}.`)
    } else {
      info('Another job cached this build first; its copy matches the manifest and is used.')
    }
  } finally {
    await removeTempFolder(temp)
  }
}

/** What rename() says when the folder it would create is there already, per OS. */
const TAKEN = new Set(['EEXIST', 'ENOTEMPTY', 'EPERM', 'EACCES', 'EBUSY'])
/** A broken folder moved aside, then the rename tried again: a bound on jobs doing so at once. */
const PUBLISH_ATTEMPTS = 3
/** Between attempts: Windows refuses a rename (EPERM) while a virus scanner holds the new file. */
const PUBLISH_PAUSE_MS = 200

/**
 * Puts the verified `file` into the tool cache as `folder`: copied into a folder of its own beside
 * it, then renamed into place in one step. False when another job's folder took the place first
 * and its file has the digest (that copy is kept, and used); a folder whose file does not is moved
 * aside whole and the rename tried again.
 */
async function publish(
  file: string,
  folder: string,
  fileName: string,
  sha256: string
): Promise<boolean> {
  const parent = path.dirname(folder)
  await mkdir(parent, { recursive: true })
  const staging = await mkdtemp(path.join(parent, `.${TOOL_ARCH}-`))
  try {
    await copyFile(file, path.join(staging, fileName), constants.COPYFILE_EXCL)
    // Only now, with its digest checked, may the file be run.
    await makeExecutable(path.join(staging, fileName))
    for (let attempt = 1; ; attempt++) {
      try {
        await rename(staging, folder)
        // tool-cache's mark of a whole folder: other tools that list the cache look for it.
        await writeFile(`${folder}.complete`, '')
        return true
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? ''
        if (!TAKEN.has(code) || attempt === PUBLISH_ATTEMPTS) throw error
      }
      const theirs = await sha256OfFile(path.join(folder, fileName)).catch(() => undefined)
      if (theirs === sha256) {
        await writeFile(`${folder}.complete`, '')
        return false
      }
      // Another job may be moving the same broken folder: whichever rename wins, it is gone.
      const aside = `${staging}-stale`
      await rename(folder, aside).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
      await rm(aside, { recursive: true, force: true })
      await sleep(PUBLISH_PAUSE_MS * attempt)
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** Windows has no mode bits to set: there a file's name (.exe) makes it a program. */
async function makeExecutable(file: string): Promise<void> {
  if (process.platform !== 'win32') await chmod(file, 0o755)
}

/**
 * The file this run starts: a copy of the verified client in `folder` (the run's own, under
 * RUNNER_TEMP), hashed after it was written and made executable only then. Whatever happens to
 * the tool cache afterwards, these are the bytes that run, and they are the manifest's.
 */
export async function privateCopy(client: OfficialClient, folder: string): Promise<string> {
  const copy = path.join(folder, client.platform.fileName)
  const changed = (what: string): ActionError =>
    new ActionError(
      `${TOOL_NAME} ${client.release.buildId} (${client.path}) ${what} after its SHA-256 was checked; it was not run.`,
      {
        step: TOOL_NAME,
        doc: DOC,
        fix: 'Re-run the job; if it persists, something on the runner writes to its tool cache.'
      }
    )
  await copyFile(client.path, copy, constants.COPYFILE_EXCL).catch(
    (error: NodeJS.ErrnoException) => {
      throw changed(`could not be read (${printable(error.code ?? error.message, 80)})`)
    }
  )
  if ((await sha256OfFile(copy)) !== client.release.sha256) throw changed('changed')
  await makeExecutable(copy)
  return copy
}

/**
 * The tool cache's version for a buildId. tool-cache only finds semver versions, and buildIds
 * such as 1.0.027044 are not (a leading zero); dots become hyphens in a semver pre-release,
 * which any two buildIds that collide on would still be told apart by their SHA-256.
 */
export function cacheVersion(buildId: string): string {
  return `0.0.0-build-${buildId.replace(/[^0-9A-Za-z-]/g, '-')}`
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
