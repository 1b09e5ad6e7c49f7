// Loaded into the action with NODE_OPTIONS=--import (young-generation.test.ts): at exit, writes
// the main thread's largest young-generation size seen to HEAP_PROBE_OUT.
import { writeFileSync } from 'node:fs'
import v8 from 'node:v8'

let largest = 0
const look = () => {
  const space = v8.getHeapSpaceStatistics().find((entry) => entry.space_name === 'new_space')
  largest = Math.max(largest, space?.space_size ?? 0)
}
globalThis.setInterval(look, 5).unref()
process.on('exit', () => {
  look()
  writeFileSync(process.env.HEAP_PROBE_OUT, JSON.stringify({ newSpaceBytes: largest }))
})
