import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PRODUCTION_BUILD,
  deleteEnvironment,
  listPreviewEnvironments,
  readEnvironment
} from "./chunk-YJOFDR3D.js";
import "./chunk-MFFY67D7.js";
import "./chunk-2CZOZ3NM.js";
import "./chunk-O7YOEN5O.js";
import "./chunk-AIR65RYE.js";
import "./chunk-G5CTI5VK.js";
import "./chunk-L3USGBAY.js";
export {
  PRODUCTION_BUILD,
  deleteEnvironment,
  listPreviewEnvironments,
  readEnvironment
};
