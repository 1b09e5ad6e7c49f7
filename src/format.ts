// Human-readable figures for log lines and the job summary.

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

/** Shows control characters as \uXXXX so a file name or input cannot play tricks in the log. */
export function printable(text: string, limit = 300): string {
  let shown = ''
  for (const char of text) {
    const code = char.charCodeAt(0)
    shown +=
      code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)
        ? `\\u${code.toString(16).padStart(4, '0')}`
        : char
  }
  return shown.length > limit ? `${shown.slice(0, limit)}…` : shown
}
