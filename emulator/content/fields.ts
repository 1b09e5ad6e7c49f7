// Reads the JSON bodies the way the .NET server binds them: property names match whatever their
// case, unknown properties are ignored, a missing property or a value of the wrong JSON type is a
// 400 with the server's envelope (a .NET server binds `"6"` and `6` differently).
import { ContentRejection } from './envelope.js'
import { cannotConvert, missingProperty } from './messages.js'

import { isRecord as isObject, type JsonRecord as JsonObject } from '../../src/json.js'

export { type JsonObject }

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

/** How the server binds one property. */
export interface FieldRule {
  name: string
  type: 'string' | 'boolean' | 'int32' | 'int64' | 'strings' | 'guid' | 'guid-or-empty'
  /** JSON null is accepted (a .NET reference or nullable type). */
  nullable?: boolean
}

const DOTNET_TYPES: Record<FieldRule['type'], string> = {
  string: 'System.String',
  boolean: 'System.Boolean',
  int32: 'System.Int32',
  int64: 'System.Int64',
  strings: 'System.Collections.Generic.List`1[System.String]',
  guid: 'System.Nullable`1[System.Guid]',
  'guid-or-empty': 'System.Guid'
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const INT32_MAX = 2 ** 31 - 1

/**
 * Binds `value` as the server's type `typeName` at JSON path `path` (e.g. `$.EventInfo`): every
 * rule's property must be present with its JSON type. Returns the values under the rules' names.
 */
export function bindObject(
  value: unknown,
  typeName: string,
  path: string,
  rules: readonly FieldRule[]
): JsonObject {
  const source = requireObject(value, typeName)
  const bound: JsonObject = {}
  for (const rule of rules) {
    const field = property(source, rule.name)
    if (field === undefined) throw new ContentRejection(missingProperty(typeName, rule.name))
    if (!fits(rule, field)) {
      throw new ContentRejection(cannotConvert(DOTNET_TYPES[rule.type], `${path}.${rule.name}`))
    }
    bound[rule.name] = field
  }
  return bound
}

function fits(rule: FieldRule, value: unknown): boolean {
  if (value === null) return rule.nullable === true
  switch (rule.type) {
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'int32':
      return Number.isInteger(value) && Math.abs(value as number) <= INT32_MAX
    case 'int64':
      return Number.isSafeInteger(value)
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
    case 'guid':
      return typeof value === 'string' && GUID.test(value)
    case 'guid-or-empty':
      return typeof value === 'string' && (value === '' || GUID.test(value))
  }
}
