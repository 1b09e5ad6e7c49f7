// The files the action writes: an archive spooled for a Put Blob, and the API's api.zip, in
// RUNNER_TEMP. Each is removed on every path: success, failure, cancellation, and an exit forced
// mid-request.
import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export class Spool {
  readonly path: string
  private readonly removeOnExit = (): void => {
    this.remove()
  }

  constructor(folder: string = process.env.RUNNER_TEMP || os.tmpdir(), name = 'upload') {
    this.path = path.join(folder, `keyless-swa-${name}-${randomUUID()}.zip`)
    // The cancellation grace period ends in process.exit, which skips every `finally`.
    process.once('exit', this.removeOnExit)
  }

  /**
   * Writes the stream to the file (aborted with the signal), through `through` when given (which
   * sees every byte, and may refuse with an error); returns the file's size in bytes.
   */
  async write(source: Readable, signal?: AbortSignal, through?: Transform): Promise<number> {
    const file = createWriteStream(this.path, { flags: 'wx', mode: 0o600 })
    const options = signal ? { signal } : {}
    await (through ? pipeline(source, through, file, options) : pipeline(source, file, options))
    return statSync(this.path).size
  }

  open(): Readable {
    return createReadStream(this.path)
  }

  dispose(): void {
    // If the file cannot go yet (a reader still holds it), the exit hook tries once more.
    if (this.remove()) process.off('exit', this.removeOnExit)
  }

  private remove(): boolean {
    try {
      rmSync(this.path, { force: true })
      return true
    } catch {
      return false
    }
  }
}
