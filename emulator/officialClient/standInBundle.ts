// The stand-in as JavaScript bundles, built once per test suite (suite-setup.ts): standIn.mjs,
// which the launchers of Linux and macOS start, and program.mjs, which the program form (the
// Windows file, program.ts) hands over to. Started through tsx, each launch compiled standIn.ts
// and every project module it borrows again: ~1.1 s of CPU a run here, ~0.25 s from the bundle.
// Where no bundle was built (npm run emulator, a lone script), both start through tsx as before.
// The bundles are made from the sources of this run, so they are never older than them.
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { STAND_IN } from './program.js'

/** Set by the suite's global setup (through suite-setup.ts) to standIn.mjs's path. */
const STAND_IN_BUNDLE_VARIABLE = 'KEYLESS_SWA_STAND_IN_BUNDLE'
/** The program form's bundle, beside standIn.mjs (one variable names the pair). */
const PROGRAM_BUNDLE = 'program.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
/** Runs a program-form build's stand-in; started as the bundle's entry, it names itself as the script. */
const PROGRAM_ENTRY = [
  "import { fileURLToPath } from 'node:url'",
  "import { runBuiltIn } from './program.ts'",
  'await runBuiltIn(fileURLToPath(import.meta.url))'
].join('\n')

/** Writes both bundles into `folder` and returns standIn.mjs's path. */
export async function bundleStandIn(folder: string): Promise<string> {
  const { build } = await import('esbuild')
  const outfile = path.join(folder, 'standIn.mjs')
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    // CommonJS packages in an ES module bundle call require() for Node's own modules.
    banner: {
      js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);"
    }
  } as const
  await Promise.all([
    build({ ...common, entryPoints: [STAND_IN], outfile }),
    build({
      ...common,
      stdin: {
        contents: PROGRAM_ENTRY,
        resolveDir: HERE,
        sourcefile: 'program-entry.ts',
        loader: 'ts'
      },
      outfile: path.join(folder, PROGRAM_BUNDLE)
    })
  ])
  return outfile
}

/** Node.js's arguments that start the stand-in: the suite's bundle, else standIn.ts through tsx. */
export function standInArguments(env: NodeJS.ProcessEnv = process.env): string[] {
  const bundle = env[STAND_IN_BUNDLE_VARIABLE]
  return bundle ? [bundle] : ['--import', tsxLoader(), STAND_IN]
}

/**
 * NODE_OPTIONS of every action run the emulator sets up through its proxy, so a program-form
 * client can start: preload.mjs, told in its URL's query where the suite's program bundle is (the
 * action hands the client no variable of the emulator's; NODE_OPTIONS it passes on).
 */
export function standInNodeOptions(env: NodeJS.ProcessEnv = process.env): string {
  const preload = pathToFileURL(path.join(HERE, 'preload.mjs'))
  const bundle = env[STAND_IN_BUNDLE_VARIABLE]
  if (bundle) {
    const program = pathToFileURL(path.join(path.dirname(bundle), PROGRAM_BUNDLE)).href
    preload.searchParams.set('program', program)
  }
  return `--import=${preload.href}`
}

function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
}
