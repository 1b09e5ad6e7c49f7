// The service's rule for preview environment names, held by the emulator on its own (PROTOCOLS.md
// §4, quotas and texts): letters and digits, at most 16 characters, `default` reserved. Written
// apart from the action's rule (src/target.ts), so a wrong rule there cannot pass against it.
import {
  ENVIRONMENT_NAME_CHARACTERS,
  ENVIRONMENT_NAME_TOO_LONG,
  reservedEnvironmentName
} from './messages.js'

const MAX_LENGTH = 16
/** Each character one of 0-9, a-z, A-Z (the service's own words list them so). */
const ALLOWED = /^[0-9a-zA-Z]*$/
const RESERVED: readonly string[] = ['default']

/** The server's text refusing `name`, or undefined when the service takes it. */
export function environmentNameRefusal(name: string): string | undefined {
  if (RESERVED.includes(name.toLowerCase())) return reservedEnvironmentName(name)
  // Inferred order: no public log shows a name both too long and of bad characters.
  if (name.length > MAX_LENGTH) return ENVIRONMENT_NAME_TOO_LONG
  if (name.length === 0 || !ALLOWED.test(name)) return ENVIRONMENT_NAME_CHARACTERS
  return undefined
}
