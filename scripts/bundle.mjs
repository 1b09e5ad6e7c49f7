// `npm run bundle`: dist/ rebuilt from src/, and a stamp of what it was built from. The action is
// built by esbuild as ES modules: dist/index.js (what the runner starts) and the chunks it imports
// when an action needs them (dist/chunks/); the setup command by ncc, one file (dist/setup.js).
// `--if-stale` (the tests' pretest) skips the 10 s build when dist/ is byte for byte what the
// stamp recorded and the sources, manifest, lockfile, tsconfig and this script with its stubs
// hash as they did then; any other state (no stamp, an edited source, a touched dist/) rebuilds.
// Content, not mtimes: a checkout rewrites mtimes in whatever order it likes.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { builtinModules } from 'node:module'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Node 24 is the optional `node` package where npm publishes a build for this machine, else the
// machine's own (macOS; Windows on arm64): an older one is said plainly, not left to fail later.
const NODE_MAJOR = Number(process.versions.node.split('.')[0])
if (NODE_MAJOR < 24) {
  console.error(
    `This is Node ${process.versions.node}; the project needs Node 24. Run it through npm (npm test, npm run ...), which puts the \`node\` package's Node 24 first on PATH; where npm has none for ${process.platform}-${process.arch} (macOS, Windows arm64), install Node 24 (nodejs.org, nvm, actions/setup-node).`
  )
  process.exit(1)
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const STAMP = path.join(ROOT, '.tmp', 'bundle-stamp.json')
// The build's own recipe too: a new stub or alias changes the bundle as much as a source does.
const INPUTS = [
  'src',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/bundle.mjs',
  'scripts/stubs'
]

/** Every file under `entry` (a file or folder), as paths relative to ROOT with `/`, sorted. */
function filesOf(entry) {
  const full = path.join(ROOT, entry)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) =>
      path.relative(ROOT, path.join(dirent.parentPath, dirent.name)).split(path.sep).join('/')
    )
    .sort()
}

/** One SHA-256 over the names and contents of `files`. */
function digest(files) {
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(path.join(ROOT, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

const inputsDigest = () => digest(INPUTS.flatMap(filesOf))
const outputDigest = () => digest(filesOf('dist'))

function isFresh() {
  if (!existsSync(STAMP)) return false
  try {
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8'))
    return stamp.inputs === inputsDigest() && stamp.dist === outputDigest()
  } catch {
    return false
  }
}

if (process.argv.includes('--if-stale') && isFresh()) {
  console.log('dist/ is already the bundle of src/ (stamp in .tmp/bundle-stamp.json); not rebuilt.')
  process.exit(0)
}

const BUILTINS = new Set(builtinModules)

/**
 * Node's built-in modules reached through require(), not `import`: an ES module's namespace
 * import of node:http reads every export, and its lazy ones load Node's own undici (~60 ms of
 * start-up, measured with --cpu-prof). The CommonJS interop esbuild wraps them in reads an export
 * only when the code does.
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '')
      if (!BUILTINS.has(name)) return undefined
      if (args.namespace === 'builtin') return { path: args.path, external: true }
      // A wrapper per importing module: one shared by two chunks became a chunk of its own, a
      // file more for Node's module loader to fetch and link before the first request.
      const importer = path.relative(ROOT, args.importer).split(path.sep).join('/')
      return { path: `node:${name}`, namespace: 'builtin', suffix: `?${importer}` }
    })
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)})`,
      loader: 'js'
    }))
  }
}

/** dist/licenses.txt: each bundled package's name, licence and licence text, as ncc wrote it. */
function writeLicences(metafile, file) {
  const packages = new Map()
  for (const input of Object.keys(metafile.inputs)) {
    // A built-in's wrapper is named after its importer, which may be a package: not a package.
    if (input.startsWith('builtin:')) continue
    const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input)
    if (match && !packages.has(match[2])) packages.set(match[2], path.join(ROOT, match[1]))
  }
  const texts = [...packages.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, folder]) => {
      const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'))
      const licenceFile = readdirSync(folder).find((entry) => /^licen[cs]e/i.test(entry))
      const text = licenceFile ? readFileSync(path.join(folder, licenceFile), 'utf8').trim() : ''
      return `${name}\n${manifest.license ?? ''}\n${text}\n`
    })
  writeFileSync(file, `${texts.join('\n')}`)
}

rmSync(STAMP, { force: true })
rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true })
const esbuild = await import('esbuild')
const action = await esbuild.build({
  absWorkingDir: ROOT,
  entryPoints: ['src/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  outdir: 'dist',
  // Each action, engine and rarely used path its own chunk, loaded by import() when it is needed.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  // Paths in the bundle's comments as npm lays node_modules out, even where it is a symlink: the
  // bundle is byte for byte the same on every machine (Check dist).
  preserveSymlinks: true,
  logLevel: 'warning',
  plugins: [builtinsByRequire],
  // Packages whose only use in the bundle is a path the action never takes (each stub says which).
  alias: {
    undici: path.join(ROOT, 'scripts', 'stubs', 'undici.mjs'),
    jsonwebtoken: path.join(ROOT, 'scripts', 'stubs', 'jsonwebtoken.mjs'),
    '@actions/exec': path.join(ROOT, 'scripts', 'stubs', 'actions-exec.mjs'),
    'https-proxy-agent': path.join(ROOT, 'scripts', 'stubs', 'https-proxy-agent.mjs'),
    'http-proxy-agent': path.join(ROOT, 'scripts', 'stubs', 'http-proxy-agent.mjs')
  },
  // The CommonJS packages inside call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
  }
})
writeFileSync(path.join(ROOT, 'dist', 'package.json'), '{\n  "type": "module"\n}\n')
writeLicences(action.metafile, path.join(ROOT, 'dist', 'licenses.txt'))
const ncc = path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
// The setup command: its own bundle beside the action's, dist/setup.js (ncc names every output
// index.js, so it is built apart and moved), its licences in dist/setup-licenses.txt.
const SETUP_OUT = path.join(ROOT, '.tmp', 'setup-bundle')
rmSync(SETUP_OUT, { recursive: true, force: true })
const setup = spawnSync(
  process.execPath,
  // `open` is imported only by @azure/identity's browser sign-in, which setup never uses.
  [
    ncc,
    'build',
    'src/setup.ts',
    '-o',
    SETUP_OUT,
    '--license',
    'licenses.txt',
    '--target',
    'es2023',
    '-e',
    'open'
  ],
  { cwd: ROOT, stdio: 'inherit' }
)
if (setup.status !== 0) process.exit(setup.status ?? 1)
const extra = readdirSync(SETUP_OUT).filter(
  (name) => !['index.js', 'licenses.txt', 'package.json'].includes(name)
)
if (extra.length > 0) {
  console.error(
    `The setup bundle has files besides index.js (${extra.join(', ')}): dist/setup.js must stand alone.`
  )
  process.exit(1)
}
writeFileSync(
  path.join(ROOT, 'dist', 'setup.js'),
  `#!/usr/bin/env node\n${readFileSync(path.join(SETUP_OUT, 'index.js'), 'utf8').replace(/^#!.*\n/, '')}`,
  { mode: 0o755 }
)
writeFileSync(
  path.join(ROOT, 'dist', 'setup-licenses.txt'),
  readFileSync(path.join(SETUP_OUT, 'licenses.txt'), 'utf8')
)
rmSync(SETUP_OUT, { recursive: true, force: true })
mkdirSync(path.dirname(STAMP), { recursive: true })
writeFileSync(
  STAMP,
  `${JSON.stringify({ inputs: inputsDigest(), dist: outputDigest() }, null, 2)}\n`
)
