// Reads the JSON bodies the way the .NET server binds them: property names match whatever their
// case, unknown properties are ignored, and a value of the wrong JSON type is a 400.
import { ContentRejection } from './envelope.js'

export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function requireObject(value: unknown, what: string): JsonObject {
  if (!isObject(value)) throw new ContentRejection(`${what} must be a JSON object.`)
  return value
}

/** The value of `name`, matched case-insensitively; undefined when absent. */
export function property(source: JsonObject, name: string): unknown {
  const wanted = name.toLowerCase()
  const key = Object.keys(source).find((candidate) => candidate.toLowerCase() === wanted)
  return key === undefined ? undefined : source[key]
}

/** A string or null/absent (→ undefined). */
export function optionalString(
  source: JsonObject,
  name: string,
  where: string
): string | undefined {
  const value = property(source, name)
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new ContentRejection(`${where}.${name} must be a string.`)
  return value
}

export function requiredBoolean(source: JsonObject, name: string, where: string): boolean {
  const value = property(source, name)
  if (typeof value !== 'boolean')
    throw new ContentRejection(`${where}.${name} must be true or false.`)
  return value
}

/** A whole, non-negative number that fits a .NET long without losing precision. */
export function requiredCount(source: JsonObject, name: string, where: string): number {
  const value = property(source, name)
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ContentRejection(`${where}.${name} must be a whole number, 0 or more.`)
  }
  return value
}
