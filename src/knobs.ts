// Test knobs: environment variables that let the emulator's tests shorten the action's waits.
// Every user has them too, so they are bounded three ways: a knob only ever shortens a wait, never
// below its floor, and only for requests to a loopback address (the emulator). A real service is
// never on loopback, so no stray variable can change how often the action calls Azure or GitHub.

interface Knob {
  variable: string
  /** The value a real run uses; a knob can only go below it. */
  production: number
  /** The shortest value a knob may set. */
  floor: number
}

const KNOBS = {
  /** Base of the retry backoff. */
  retryBaseMs: { variable: 'KEYLESS_SWA_RETRY_BASE_MS', production: 1000, floor: 1 },
  /** Wait between two looks at a long-running operation (distribution, environment deletion). */
  pollIntervalMs: { variable: 'KEYLESS_SWA_POLL_INTERVAL_MS', production: 3000, floor: 10 },
  /** Cap on one attempt's time limit (the hang and stall tests). */
  attemptLimitMs: {
    variable: 'KEYLESS_SWA_HTTP_TIMEOUT_MS',
    production: Number.POSITIVE_INFINITY,
    floor: 100
  },
  /** Cap on StaticSitesClient's whole run, keyed by the site's content host (the limit's test). */
  clientRunLimitMs: {
    variable: 'KEYLESS_SWA_CLIENT_LIMIT_MS',
    production: Number.POSITIVE_INFINITY,
    floor: 100
  }
} as const satisfies Record<string, Knob>

export type KnobName = keyof typeof KNOBS

/** The knob's value for requests to `url`: the production value unless `url` is on loopback. */
export function knob(
  name: KnobName,
  url: string | URL,
  env: NodeJS.ProcessEnv = process.env
): number {
  const { variable, production, floor } = KNOBS[name]
  const raw = env[variable]?.trim()
  if (!raw || !isLoopback(url)) return production
  const value = Number(raw)
  if (!Number.isFinite(value)) return production
  return Math.min(production, Math.max(floor, value))
}

/** True for an IP literal on loopback (127.0.0.0/8 or ::1); names are never trusted to be. */
export function isLoopback(url: string | URL): boolean {
  let host: string
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  } catch {
    return false
  }
  return host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}
