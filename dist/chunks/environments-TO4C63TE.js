import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PRODUCTION_BUILD,
  deleteEnvironment,
  listPreviewEnvironments,
  readEnvironment
} from "./chunk-ATPCJHKX.js";
import "./chunk-BIZUBGRC.js";
import "./chunk-NMXQLFM5.js";
import "./chunk-O2FBZF6B.js";
import "./chunk-P4Q3KWJW.js";
import "./chunk-K5OVE63I.js";
import "./chunk-HANBNIMK.js";
export {
  PRODUCTION_BUILD,
  deleteEnvironment,
  listPreviewEnvironments,
  readEnvironment
};
