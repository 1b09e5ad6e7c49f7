import { Coalescer } from '../../src/payload/coalesce.js'
import { handOver, release } from '../../src/payload/handOver.js'

describe('Coalescer', () => {
  it('copies small pieces together, in order, into buffers no larger than its capacity', () => {
    const coalescer = new Coalescer(1000)
    const pieces = Array.from({ length: 25 }, (_, index) => Buffer.alloc(100, index))
    const out = pieces.flatMap((piece) => [...coalescer.push(piece)])
    const last = coalescer.flush()
    expect(coalescer.flush()).toBeUndefined()
    const all = [...out, last!]
    expect(all.map((buffer) => buffer.length)).toEqual([1000, 1000, 500])
    expect(
      Buffer.concat(all).equals(Buffer.concat(pieces.map((piece) => Buffer.from(piece))))
    ).toBe(true)
  })

  it('frees each handed-over piece once copied, and hands over what it yields (exactly its bytes)', () => {
    const coalescer = new Coalescer(1000)
    const piece = handOver(Buffer.alloc(300, 9))
    expect([...coalescer.push(piece)]).toEqual([])
    expect(piece.buffer.byteLength).toBe(0)
    const out = coalescer.flush()!
    expect(out.buffer.byteLength).toBe(300)
    release(out)
    expect(out.length).toBe(0)
  })

  it('lets a large piece through as it is, after what it holds', () => {
    const coalescer = new Coalescer()
    const small = Buffer.alloc(10, 1)
    const large = Buffer.alloc(300 * 1024, 2)
    expect([...coalescer.push(small)]).toEqual([])
    const out = [...coalescer.push(large)]
    expect(out).toHaveLength(2)
    expect(out[0]!.equals(Buffer.alloc(10, 1))).toBe(true)
    expect(out[1]).toBe(large)
  })
})
