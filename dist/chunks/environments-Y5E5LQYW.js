import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PRODUCTION_BUILD,
  deleteEnvironment,
  listPreviewEnvironments,
  readEnvironment
} from "./chunk-HOV2Q2SW.js";
import "./chunk-7ZF6DGBO.js";
import "./chunk-25RJR7XW.js";
import "./chunk-JQILL4X3.js";
import "./chunk-EUBNWP6M.js";
import "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";
export {
  PRODUCTION_BUILD,
  deleteEnvironment,
  listPreviewEnvironments,
  readEnvironment
};
