// Small entries leave the zip writer copied together into buffers of about 1 MiB, not as a header
// and a data buffer per file: each buffer costs the stream, the block cutter and the upload some
// JavaScript, and on the 60 MB bench site 10,000 of them cost the main thread ~0.2 s of CPU. The
// copy costs ~10 ms; every copied-from buffer handed over is freed at once.
import { handOver, release } from './handOver.js'

/** Bytes this long or longer pass through as they are: a copy would gain nothing. */
const PASS_THROUGH_BYTES = 256 * 1024

export class Coalescer {
  private buffer: Buffer | undefined
  private used = 0

  constructor(private readonly capacity: number = 1024 * 1024) {}

  /** Takes bytes in order; yields every buffer that is ready to go. */
  *push(bytes: Buffer): Generator<Buffer> {
    if (bytes.length >= PASS_THROUGH_BYTES) {
      const held = this.flush()
      if (held !== undefined) yield held
      yield bytes
      return
    }
    if (this.buffer !== undefined && this.used + bytes.length > this.capacity) {
      yield this.flush()!
    }
    this.buffer ??= Buffer.allocUnsafeSlow(this.capacity)
    bytes.copy(this.buffer, this.used)
    this.used += bytes.length
    release(bytes)
  }

  /** What is held, in a buffer of its own (handed over), or undefined when nothing is. */
  flush(): Buffer | undefined {
    const buffer = this.buffer
    if (buffer === undefined || this.used === 0) return undefined
    // transfer() keeps the first bytes and gives the rest back: the buffer is exactly its bytes.
    const exact = (
      buffer.buffer as ArrayBuffer & { transfer(length: number): ArrayBuffer }
    ).transfer(this.used)
    this.buffer = undefined
    this.used = 0
    return handOver(Buffer.from(exact))
  }
}
