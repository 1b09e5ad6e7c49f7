import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheVersion,
  installOfficialClient,
  privateCopy
} from "./chunk-D7KC2LFL.js";
import "./chunk-H7SGMQMW.js";
import "./chunk-RNULDIMQ.js";
import "./chunk-QHVDYYVQ.js";
import "./chunk-G5CTI5VK.js";
import "./chunk-L3USGBAY.js";
export {
  cacheVersion,
  installOfficialClient,
  privateCopy
};
