// The archive starts packaging once the payload is checked, while sign-in and the ARM calls run
// (on a runner they take seconds; on the 60 MB bench site, in which they take 70 ms, the first
// block was ready ~40 ms sooner). It runs ahead no further than writeZip's own read-ahead
// (8 buffers and a 4 MiB window of files), and nothing is sent before the content plane hands
// out the upload URL. A run that never uploads stops it.
import type { Readable } from 'node:stream'
import type { Payload } from './types.js'
import { writeZip, type ZipWriteOptions } from './zip.js'

export class HeadStart {
  private stream: Readable | undefined
  private packaged = 0
  private listener: ((bytes: number) => void) | undefined

  /**
   * Told of the bytes packaged so far (set by whoever takes the stream). A listener set late is
   * told at once what was packaged before it came: a small site is packaged whole during sign-in.
   */
  set onPackagedBytes(listener: ((bytes: number) => void) | undefined) {
    this.listener = listener
    if (this.packaged > 0) listener?.(this.packaged)
  }

  constructor(
    payload: Pick<Payload, 'files'>,
    options: Omit<ZipWriteOptions, 'onPackagedBytes'> = {}
  ) {
    const stream = writeZip(payload, {
      ...options,
      onPackagedBytes: (bytes) => {
        this.packaged = bytes
        this.listener?.(bytes)
      }
    })
    // A failure before anyone reads is kept for the reader (its for-await throws it), not thrown
    // at the process as an unhandled 'error'.
    stream.on('error', () => undefined)
    stream.read(0)
    this.stream = stream
  }

  /** The archive already packaging, once; undefined after (a retry packages anew). */
  take(): Readable | undefined {
    const stream = this.stream
    this.stream = undefined
    return stream
  }

  /** Stops the packaging if nothing took it: the run failed or ended before the upload. */
  dispose(): void {
    this.stream?.destroy()
    this.stream = undefined
  }
}
