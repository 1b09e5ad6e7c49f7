// What `engine-version` may say: one of the manifest's channels, or a buildId as the manifest
// writes them (e.g. 1.0.027044). One definition for the input check and the manifest's reader.
export const CHANNELS = ['stable', 'latest', 'backup'] as const
export const ENGINE_VERSION = /^(?:stable|latest|backup|[0-9A-Za-z][0-9A-Za-z._-]{0,63})$/
