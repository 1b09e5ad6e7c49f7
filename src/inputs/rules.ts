// The shared readers: how an input is read, and the rules more than one input follows (required,
// GUID, boolean, https URL). One definition of each, used by every group.
import { matchAccepted, useAccepted } from '../suggest.js'
import type { ProblemSlot, Problems } from './problems.js'

/** The trimmed value of an input; undefined when blank. */
export type ReadInput = (name: string) => string | undefined

/** An input's name: each input with problems of its own is a slot of the report, under its name. */
type InputName = ProblemSlot

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function readRequired(
  read: ReadInput,
  name: InputName,
  what: string,
  problems: Problems
): string | undefined {
  const value = read(name)
  if (value === undefined) problems.add(name, `Input ${name} is required: ${what}.`)
  return value
}

export function readBoolean(
  read: ReadInput,
  name: InputName,
  fallback: boolean,
  problems: Problems
): boolean {
  const value = read(name)
  if (value === undefined) return fallback
  const spelled = matchAccepted(value, [...BOOLEANS.keys()])
  if (spelled !== undefined) return BOOLEANS.get(spelled) as boolean
  const fix = useAccepted(value, [...BOOLEANS.keys()], "'true' or 'false'")
  problems.add(name, `Input ${name}: '${value}' is not a boolean; ${fix}.`)
  return fallback
}

/** YAML 1.2 core schema, as action.yml documents: true or false in any case, nothing else. */
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false]
])

/**
 * The https URL rule, for endpoint inputs and GITHUB_API_URL: the URL normalised to origin + path
 * without trailing slash, or why it is refused (starting with the name).
 */
export function httpsUrl(name: string, value: string): { url: string } | { problem: string } {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { problem: `${name}: '${value}' is not an absolute URL; use https://host[/path].` }
  }
  if (url.protocol !== 'https:') {
    return {
      problem: `${name}: '${value}' must use https (tokens are never sent over ${url.protocol}).`
    }
  }
  if (url.username || url.password) {
    return { problem: `${name}: the URL must not carry a user name or password.` }
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    return { problem: `${name}: '${value}' must not have a query string or fragment.` }
  }
  return { url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` }
}

/** An https URL input (an endpoint override); undefined when blank or refused. */
export function readHttpsUrl(
  read: ReadInput,
  name: InputName,
  problems: Problems
): string | undefined {
  const value = read(name)
  if (value === undefined) return undefined
  const checked = httpsUrl(name, value)
  if ('problem' in checked) {
    problems.add(name, `Input ${checked.problem}`)
    return undefined
  }
  return checked.url
}
