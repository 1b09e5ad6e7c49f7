// What `engine-version` may say: one of the manifest's channels, or a buildId as the manifest
// writes them: since 2026 a 40-hex SHA (e.g. 689a6c1fe8fc32f40348cc41223a7e9d83dd43d2), before
// that a dotted number (e.g. 1.0.027044). One definition for the input check and the manifest's reader.
export const CHANNELS = ['stable', 'latest', 'backup'] as const
export const ENGINE_VERSION = /^(?:stable|latest|backup|[0-9a-fA-F]{40}|\d{1,9}(?:\.\d{1,9}){1,3})$/

/** Whether two buildIds name one build: a SHA's hex digits in any case. */
export function sameBuildId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
