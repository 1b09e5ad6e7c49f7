// JSON of unknown shape from a server or a file: read as an object only when it is one.

export type JsonRecord = Record<string, unknown>

/** True for a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value as an object, or undefined when it is anything else. */
export function asRecord(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined
}
