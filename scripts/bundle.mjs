// `npm run bundle`: dist/ rebuilt from src/ by ncc, and a stamp of what it was built from.
// `--if-stale` (the tests' pretest) skips the 10 s build when dist/ is byte for byte what the
// stamp recorded and the sources, manifest, lockfile and tsconfig hash as they did then; any
// other state (no stamp, an edited source, a touched dist/) rebuilds. Content, not mtimes: a
// checkout rewrites mtimes in whatever order it likes.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
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
const INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json']

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

rmSync(STAMP, { force: true })
rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true })
const ncc = path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const build = spawnSync(
  process.execPath,
  [ncc, 'build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '--target', 'es2023'],
  { cwd: ROOT, stdio: 'inherit' }
)
if (build.status !== 0) process.exit(build.status ?? 1)
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
