// The stand-in as one JavaScript file, built once per test suite (suite-setup.ts). Started through
// tsx, each launch compiled standIn.ts and every project module it borrows again: ~1.1 s of CPU a
// run here, ~0.25 s from the bundle. Where no bundle was built (npm run emulator, a lone script),
// launchers start standIn.ts through tsx as before. The bundle is made from the sources of this
// run, so it is never older than them.
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { STAND_IN } from './program.js'

/** Set by the suite's global setup (through suite-setup.ts) to the bundle's path. */
const STAND_IN_BUNDLE_VARIABLE = 'KEYLESS_SWA_STAND_IN_BUNDLE'

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

/** Writes the bundle into `folder` and returns its path. */
export async function bundleStandIn(folder: string): Promise<string> {
  const { build } = await import('esbuild')
  const outfile = path.join(folder, 'standIn.mjs')
  await build({
    entryPoints: [STAND_IN],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    // CommonJS packages in an ES module bundle call require() for Node's own modules.
    banner: {
      js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);"
    }
  })
  return outfile
}

/** Node.js's arguments that start the stand-in: the suite's bundle, else standIn.ts through tsx. */
export function standInArguments(env: NodeJS.ProcessEnv = process.env): string[] {
  const bundle = env[STAND_IN_BUNDLE_VARIABLE]
  return bundle ? [bundle] : ['--import', TSX_LOADER, STAND_IN]
}
