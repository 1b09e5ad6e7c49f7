// Loaded into the action with NODE_OPTIONS=--require (blob-fallback-one-pass.test.ts): CommonJS,
// because a --require preload runs in every worker thread too (an --import one does not), and the
// workers open the site's small files. Appends each path opened for reading to OPEN_PROBE_OUT.
const fs = process.getBuiltinModule('node:fs')
const { syncBuiltinESMExports } = process.getBuiltinModule('node:module')

const out = process.env.OPEN_PROBE_OUT
const { appendFileSync, open, openSync } = fs
const note = (file) => {
  if (typeof file === 'string' || file instanceof URL) appendFileSync(out, `${String(file)}\n`)
}
fs.openSync = function (file, ...rest) {
  note(file)
  return openSync.call(this, file, ...rest)
}
fs.open = function (file, ...rest) {
  note(file)
  return open.call(this, file, ...rest)
}
// Named imports of node:fs (the bundle's) see the wrapped functions too.
syncBuiltinESMExports()
