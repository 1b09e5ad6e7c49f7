// Which StaticSitesClient a runner takes. Microsoft builds it for x64 only, one file per OS, and
// the manifest keys the files `linux-x64`, `win-x64`, `osx-x64` (PROTOCOLS.md §6). The name it is
// kept under is fixed here, not taken from the URL: Windows starts only a file named `.exe`.
import os from 'node:os'

export type ClientPlatformKey = 'linux-x64' | 'win-x64' | 'osx-x64'

export interface ClientPlatform {
  /** The manifest's key for this OS's file. */
  key: ClientPlatformKey
  /** The file's name in the tool cache. */
  fileName: string
}

const PLATFORMS: Partial<Record<NodeJS.Platform, ClientPlatform>> = {
  linux: { key: 'linux-x64', fileName: 'StaticSitesClient' },
  win32: { key: 'win-x64', fileName: 'StaticSitesClient.exe' },
  darwin: { key: 'osx-x64', fileName: 'StaticSitesClient' }
}

/** RUNNER_ARCH (X86, X64, ARM, ARM64) and os.arch() (ia32, x64, arm, arm64), in os.arch()'s words. */
const ARCH_NAMES: Readonly<Record<string, string>> = {
  x86: 'ia32',
  x64: 'x64',
  arm: 'arm',
  arm64: 'arm64'
}

/**
 * This runner's client file, or why there is none. The runner's own RUNNER_ARCH comes first: an
 * x64 Node under Rosetta on an Apple-silicon runner still reports x64 from os.arch().
 */
export function officialClientPlatform(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  arch: string = os.arch()
): ClientPlatform | { problem: string } {
  const runnerArch = env.RUNNER_ARCH?.trim().toLowerCase()
  const cpu = (runnerArch && ARCH_NAMES[runnerArch]) || arch
  const found = PLATFORMS[platform]
  if (cpu === 'x64' && found) return found
  const runner = found ? `an ${cpu} runner` : `a ${platform} runner`
  return {
    problem: `Input engine: official needs an x64 Linux, Windows or macOS runner: Microsoft builds StaticSitesClient for those only, and this is ${runner}. Use engine: native (the default), which runs on every runner, or run this job on an x64 runner.`
  }
}
