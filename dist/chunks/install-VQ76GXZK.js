import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheVersion,
  installOfficialClient,
  privateCopy
} from "./chunk-PFB64HBO.js";
import "./chunk-RNULDIMQ.js";
import "./chunk-QHVDYYVQ.js";
import "./chunk-EUBNWP6M.js";
import "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";
export {
  cacheVersion,
  installOfficialClient,
  privateCopy
};
