import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/engine/versions.ts
var CHANNELS = ["stable", "latest", "backup"];
var ENGINE_VERSION = /^(?:stable|latest|backup|[0-9a-fA-F]{40}|\d{1,9}(?:\.\d{1,9}){1,3})$/;
function sameBuildId(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}

export {
  CHANNELS,
  ENGINE_VERSION,
  sameBuildId
};
