// With step debug logging on (RUNNER_DEBUG=1), every content-plane and blob exchange is logged as
// its shape: method, path, status, and the JSON field names and types of what was sent and what
// came back, never a value. A user's first log from a live site then shows us the real wire.
import * as core from '@actions/core'
import { debug } from '../log.js'

export interface WireExchange {
  method: string
  url: string
  /** HTTP status, or undefined when no reply arrived. */
  status: number | undefined
  /** A JSON text, or the byte count of a binary body. */
  sent?: string | { bytes: number } | undefined
  received?: string | undefined
}

const MAX_DEPTH = 6
const MAX_LINE = 4000

export function logWireShape(exchange: WireExchange): void {
  if (!core.isDebug()) return
  const status = exchange.status === undefined ? 'no reply' : String(exchange.status)
  const line = `wire: ${exchange.method} ${pathOf(exchange.url)} → ${status}; sent ${bodyShape(exchange.sent)}; received ${bodyShape(exchange.received)}`
  debug(line, MAX_LINE)
}

/** The JSON type of a value, recursively: `{Slice:integer,TenantId:null,Roles:[string]}`. */
export function shapeOf(value: unknown, depth = 0): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return '[…]'
    return `[${[...new Set(value.map((item) => shapeOf(item, depth + 1)))].join('|')}]`
  }
  if (typeof value === 'object') {
    if (depth >= MAX_DEPTH) return '{…}'
    const fields = Object.entries(value as Record<string, unknown>).map(
      ([name, field]) => `${fieldName(name)}:${shapeOf(field, depth + 1)}`
    )
    return `{${fields.join(',')}}`
  }
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function bodyShape(body: WireExchange['sent']): string {
  if (body === undefined || body === '') return 'no body'
  // Digits alone, as the wire log's readers parse them (no grouping, the same noun for any size).
  if (typeof body === 'object') return `${body.bytes} bytes`
  try {
    return shapeOf(JSON.parse(body))
  } catch {
    return `${Buffer.byteLength(body)} bytes, not JSON`
  }
}

// Only the path, plus the blob operation: the query carries the correlation id or a signature.
function pathOf(url: string): string {
  try {
    const parsed = new URL(url)
    const comp = parsed.searchParams.get('comp')
    return comp === null ? parsed.pathname : `${parsed.pathname}?comp=${fieldName(comp)}`
  } catch {
    return '(invalid URL)'
  }
}

// A name a server chose is shown only in harmless characters: it cannot start a workflow command.
function fieldName(name: string): string {
  const safe = name.replace(/[^\w$.-]/g, '?')
  return safe.length > 64 ? `${safe.slice(0, 64)}…` : safe
}
