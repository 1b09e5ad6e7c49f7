// The stand-in as a program any OS can start, Windows included: a copy of this Node.js with the
// build's configuration appended after the executable's bytes (PE, ELF and Mach-O loaders map what
// the headers list and ignore what follows), so each build has bytes and a SHA-256 of its own, as
// real builds do. Started with no arguments, it runs preload.mjs (the emulator puts it in
// NODE_OPTIONS), which finds it is a StaticSitesClient and hands over to runBuiltIn() here (in the
// suite's program bundle, standInBundle.ts, or through tsx).
import { createHash, type Hash } from 'node:crypto'
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs'
import { Readable } from 'node:stream'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ReleaseFile, StandInBehaviour } from './build.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const STAND_IN = path.join(HERE, 'standIn.ts')

/** What the launcher passes standIn.ts as arguments, the program carries in its trailer. */
export interface BuiltIn {
  contentUrl: string
  buildId: string
  behaviour: StandInBehaviour
}

/** Ends every program file: the configuration's JSON, its length (u32 LE), then this. */
const MAGIC = Buffer.from('\nkeyless-swa-deploy stand-in configuration\n')
const LENGTH_BYTES = 4

/** Bytes of Node.js hashed at a time: held whole, its 100 MB and more stayed in the emulator's process. */
const CHUNK_BYTES = 1024 * 1024

let node: { size: number; hash: Hash } | undefined
/** This Node.js's size and SHA-256 state, read once per process (every build shares them). */
function nodeProgram(): { size: number; hash: Hash } {
  if (node === undefined) {
    const hash = createHash('sha256')
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
    const fd = openSync(process.execPath, 'r')
    try {
      let size = 0
      for (let read; (read = readSync(fd, chunk, 0, CHUNK_BYTES, null)) > 0; size += read) {
        hash.update(chunk.subarray(0, read))
      }
      node = { size, hash }
    } finally {
      closeSync(fd)
    }
  }
  return node
}

function trailerOf(builtIn: BuiltIn): Buffer {
  const json = Buffer.from(JSON.stringify(builtIn))
  const length = Buffer.alloc(LENGTH_BYTES)
  length.writeUInt32LE(json.length)
  return Buffer.concat([json, length, MAGIC])
}

/** A build's program file. Node.js is read only once something asks (a download, the manifest). */
export function programFile(filePath: string, builtIn: BuiltIn): ReleaseFile {
  const trailer = trailerOf(builtIn)
  let sha: string | undefined
  return {
    path: filePath,
    form: 'program',
    get size() {
      return nodeProgram().size + trailer.length
    },
    open: () =>
      Readable.from(
        (async function* () {
          yield* createReadStream(process.execPath, { end: nodeProgram().size - 1 })
          yield trailer
        })(),
        { objectMode: false }
      ),
    get sha() {
      return (sha ??= nodeProgram().hash.copy().update(trailer).digest('hex'))
    },
    // A test makes the manifest wrong.
    set sha(wrong: string) {
      sha = wrong
    }
  }
}

/** The configuration at the end of `file`, read without reading the program before it. */
function builtInOf(file: string): BuiltIn {
  const fd = openSync(file, 'r')
  try {
    const { size } = fstatSync(fd)
    const tail = Buffer.alloc(LENGTH_BYTES + MAGIC.length)
    readSync(fd, tail, 0, tail.length, Math.max(0, size - tail.length))
    if (!tail.subarray(LENGTH_BYTES).equals(MAGIC)) {
      throw new Error(`${file} carries no stand-in configuration`)
    }
    const json = Buffer.alloc(tail.readUInt32LE(0))
    readSync(fd, json, 0, json.length, size - tail.length - json.length)
    return JSON.parse(json.toString('utf8')) as BuiltIn
  } finally {
    closeSync(fd)
  }
}

/**
 * Runs standIn.ts with this program's configuration, as the launcher would, and ends as it does;
 * `script` is the file that holds the stand-in (the bundle, when it runs from one).
 */
export async function runBuiltIn(script = STAND_IN): Promise<never> {
  const { contentUrl, buildId, behaviour } = builtInOf(process.execPath)
  // Whatever the action passed follows the configuration, for the stand-in to refuse.
  const given = process.argv.slice(1)
  process.argv = [process.execPath, script, contentUrl, buildId, behaviour, ...given]
  await import('./standIn.js')
  // Node.js would go on to its REPL: instead the process ends when the stand-in's work does.
  await new Promise((resolve) => process.once('beforeExit', resolve))
  process.exit()
}
