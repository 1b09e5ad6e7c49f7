import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheVersion,
  installOfficialClient,
  privateCopy
} from "./chunk-4DSJKHYO.js";
import "./chunk-RNULDIMQ.js";
import "./chunk-QHVDYYVQ.js";
import "./chunk-P4Q3KWJW.js";
import "./chunk-K5OVE63I.js";
import "./chunk-HANBNIMK.js";
export {
  cacheVersion,
  installOfficialClient,
  privateCopy
};
