import { handOver, release } from '../../src/payload/handOver.js'

describe('handOver', () => {
  it('frees a handed-over buffer at once when released', () => {
    const bytes = handOver(Buffer.alloc(1024 * 1024, 7))
    release(bytes)
    expect(bytes.buffer.byteLength).toBe(0)
    expect(bytes.length).toBe(0)
  })

  it('leaves a buffer that was not handed over to the collector', () => {
    const bytes = Buffer.alloc(64 * 1024, 7)
    release(bytes)
    expect(bytes.length).toBe(64 * 1024)
    expect(bytes[0]).toBe(7)
  })

  it('never marks a view into a larger buffer, whose other bytes may still be in use', () => {
    const whole = Buffer.alloc(64 * 1024, 7)
    const view = handOver(whole.subarray(0, 1024))
    release(view)
    expect(whole.length).toBe(64 * 1024)
    expect(view.length).toBe(1024)
  })

  it('frees each buffer once: a second release changes nothing', () => {
    const bytes = handOver(Buffer.alloc(4096))
    release(bytes)
    expect(() => release(bytes)).not.toThrow()
  })
})
