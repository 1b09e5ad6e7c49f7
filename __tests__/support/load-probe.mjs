// Loaded into the action with NODE_OPTIONS=--import (what-a-run-loads.test.ts): records every file
// of the action's bundle that the run loads, Node's own built-in modules (process.moduleLoadList),
// and which files and built-ins had loaded when the run opened its first network connection; at exit, writes
// them to LOAD_PROBE_OUT.
import { subscribe } from 'node:diagnostics_channel'
import { writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

const files = []
registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:')) files.push(url)
    return nextLoad(url, context)
  }
})
let atFirstConnection
let builtinsAtFirstConnection
subscribe('net.client.socket', () => {
  atFirstConnection ??= [...files]
  builtinsAtFirstConnection ??= [...process.moduleLoadList]
})
process.on('exit', () => {
  writeFileSync(
    process.env.LOAD_PROBE_OUT,
    JSON.stringify({
      files,
      builtins: process.moduleLoadList,
      atFirstConnection,
      builtinsAtFirstConnection
    })
  )
})
