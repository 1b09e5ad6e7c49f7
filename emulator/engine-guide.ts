// What `npm run emulator` prints for `engine: official`: Microsoft's StaticSitesClient is fetched
// from its public host names, so the run goes through the emulator's proxy, as the tests run it.
import type { Emulator } from './index.js'

/** The lines to print: what to add to the plain environment (the proxy's, and the inputs it blanks). */
export function officialEngineGuide(emulator: Emulator): string[] {
  const plain = emulator.actionEnv()
  const proxied = emulator.actionEnv({ viaProxy: true })
  // One definition: what the proxy changes is what actionEnv's viaProxy changes.
  const added = Object.entries({ INPUT_ENGINE: 'official', ...proxied }).filter(
    ([name, value]) => plain[name] !== value
  )
  return [
    'With engine: official instead (StaticSitesClient, fetched from its public host names, needs the',
    `emulator's proxy, https_proxy=${emulator.proxyUrl}, as the tests set it; x64 only), add:`,
    ...added.map(
      ([name, value], index) => `  '${name}=${value}'${index < added.length - 1 ? ' \\' : ''}`
    ),
    '  # and RUNNER_TOOL_CACHE=<a folder to keep the client in>; RUNNER_ARCH=X64 on an arm64 machine'
  ]
}
