// Every secret passes through here the moment it exists: masked in the runner's log and
// remembered, so any text the action prints or throws can be scrubbed as a second line of defence.
import * as core from '@actions/core'

const known = new Set<string>()

/** Masks a secret (`::add-mask::`) before anything else can print it, and remembers it. */
export function registerSecret(value: string): string {
  if (value.length > 0 && !known.has(value)) {
    core.setSecret(value)
    known.add(value)
  }
  return value
}

/**
 * Remembers a secret for `redact` without `::add-mask::`: for the setup command, which runs in a
 * terminal, where a mask command would print the very secret it names.
 */
export function rememberSecret(value: string): string {
  if (value.length > 0) known.add(value)
  return value
}

/** Replaces every registered secret in a text with `***`. */
export function redact(text: string): string {
  let result = text
  for (const secret of known) result = result.split(secret).join('***')
  return result
}

/** For tests only: forget registered secrets. */
export function forgetSecrets(): void {
  known.clear()
}
