import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  asRecord
} from "./chunk-QHVDYYVQ.js";

// src/jwtClaims.ts
var BASE64URL_SEGMENT = /^[A-Za-z0-9_-]+$/;
function readJwtClaims(jwt) {
  const segments = jwt.split(".");
  if (segments.length !== 3 || segments.some((segment) => !BASE64URL_SEGMENT.test(segment))) {
    return { malformed: "it is not three base64url segments" };
  }
  let payload;
  try {
    payload = JSON.parse(Buffer.from(segments[1], "base64url").toString("utf8"));
  } catch {
    return { malformed: "its payload is not JSON" };
  }
  const claims = asRecord(payload);
  return claims ? { claims } : { malformed: "its payload is not a JSON object" };
}

export {
  readJwtClaims
};
