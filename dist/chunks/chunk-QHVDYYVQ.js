import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/json.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asRecord(value) {
  return isRecord(value) ? value : void 0;
}

export {
  isRecord,
  asRecord
};
