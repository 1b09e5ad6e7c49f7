// The files the action writes: an archive spooled for a Put Blob, and the API's api.zip, in
// RUNNER_TEMP. Each is removed on every path: success, failure, cancellation, and an exit forced
// mid-request.
import { randomUUID } from 'node:crypto'
import { createReadStream, rmSync, statSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Writable, type Readable, type Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { release } from './handOver.js'

/**
 * Writes each buffer to the file, then frees it if it was handed over (handOver.ts): spooled
 * archive buffers were otherwise left to a late collection of the main thread's heap (the Put
 * Blob fallback peaked 20-45 MB higher than the block path on the 60 MB bench site).
 */
class FileSink extends Writable {
  constructor(private readonly handle: FileHandle) {
    super({ decodeStrings: true })
  }

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null) => void
  ): void {
    this.handle.write(chunk).then(
      () => {
        release(chunk)
        done()
      },
      (error: Error) => done(error)
    )
  }

  override _final(done: (error?: Error | null) => void): void {
    this.close().then(() => done(), done)
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.close().then(
      () => done(error),
      () => done(error)
    )
  }

  private closing: Promise<void> | undefined

  /** Once: _final closes the file, and the destroy that follows finds it closed. */
  private close(): Promise<void> {
    this.closing ??= this.handle.close()
    return this.closing
  }
}

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
    const file = new FileSink(await open(this.path, 'wx', 0o600))
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
