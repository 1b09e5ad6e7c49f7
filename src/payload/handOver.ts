// Buffers the archive hands on that nothing else holds. Whoever sends one frees it at once:
// the main thread's large heap would keep the bytes until a late collection (issue 15).
const handedOver = new WeakSet<ArrayBufferLike>()

/** Marks bytes that only the receiver will use (a whole buffer, not a view into a shared one). */
export function handOver(bytes: Buffer): Buffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
    handedOver.add(bytes.buffer)
  }
  return bytes
}

/** Frees bytes once sent, when they were handed over; any other buffer is left to the collector. */
export function release(bytes: Buffer): void {
  const buffer = bytes.buffer
  if (handedOver.delete(buffer))
    (buffer as ArrayBuffer & { transfer(length: number): unknown }).transfer(0)
}
