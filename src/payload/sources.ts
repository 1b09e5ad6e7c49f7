// Opens a payload file's bytes, wherever they live, and checks they are what was measured.
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { ActionError } from '../errors.js'
import { counted, formatCount, printable } from '../format.js'
import type { PayloadFile } from './types.js'

/** `highWaterMark`: the size of the reads from disk (a .zip entry inflates in its own pieces). */
export function openSource(file: PayloadFile, highWaterMark?: number): Promise<Readable> {
  const source = file.source
  if (source.kind === 'disk') {
    return Promise.resolve(
      createReadStream(source.path, highWaterMark === undefined ? {} : { highWaterMark })
    )
  }
  return new Promise((resolve, reject) => {
    source.archive.openReadStream(source.entry, (error, stream) => {
      if (error) reject(error)
      else resolve(stream)
    })
  })
}

/** The whole file in memory; for small files only. */
export async function readSource(file: PayloadFile): Promise<Buffer> {
  const bytes =
    file.source.kind === 'disk'
      ? await readFile(file.source.path)
      : await collect(await openSource(file))
  if (bytes.length !== file.size) throw changedWhilePackaging(file, bytes.length)
  return bytes
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export function changedWhilePackaging(file: PayloadFile, actual: number): ActionError {
  return new ActionError(
    `'${printable(file.name)}' was ${counted(file.size, 'byte')} when measured and ${formatCount(actual)} when packaged.`,
    {
      doc: 'payload-unsafe',
      fix: 'Make sure no other step writes to the site folder while this action runs.'
    }
  )
}
