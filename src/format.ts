// Human-readable figures, and the one filter every outside text passes before it is shown.
import { redact } from './secrets.js'

/** 1536 → '1.5 KiB'. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

/**
 * 12345 → '12,345'. Written out because the first toLocaleString of a run loads ICU's number
 * data, about 14 ms of every run's CPU for a few commas.
 */
export function formatCount(count: number): string {
  const digits = String(Math.trunc(Math.abs(count)))
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',')
  return count < 0 ? `-${grouped}` : grouped
}

/**
 * 1 → '1 file', 1234 → '1,234 files': a count with its noun in the right number, for every
 * message that counts something. English needs only one and not-one; an irregular plural is given.
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${forCount(count, singular, plural)}`
}

/** The word that agrees with a count: forCount(1, 'it', 'they') → 'it'; 'they' for any other. */
export function forCount(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? singular : plural
}

/**
 * Another's text (a library's, a server's) as the end of a sentence: one final period, its own
 * kept and never doubled ('…or file is truncated.' + '.' read '..' before the fix line).
 */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd()
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/** 1500 → '1.5 s'. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`
}

/**
 * The printable filter: secrets replaced first (so a cut can never leave half of one), then
 * control characters shown as \uXXXX (so a newline or an escape sequence from a server or a file
 * name cannot start a workflow command or play tricks in the log), then cut to `limit`.
 */
export function printable(text: string, limit = 300): string {
  let shown = ''
  for (const char of redact(text)) {
    const code = char.charCodeAt(0)
    shown +=
      code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)
        ? `\\u${code.toString(16).padStart(4, '0')}`
        : char
  }
  return shown.length > limit ? `${shown.slice(0, limit)}…` : shown
}
