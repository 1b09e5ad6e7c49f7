import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PRODUCTION_BUILD,
  deleteEnvironment,
  listPreviewEnvironments,
  readEnvironment
} from "./chunk-G2FQSC3X.js";
import "./chunk-XCWAHVD3.js";
import "./chunk-TAPA4MC2.js";
import "./chunk-RAYSHZJF.js";
import "./chunk-EUBNWP6M.js";
import "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";
export {
  PRODUCTION_BUILD,
  deleteEnvironment,
  listPreviewEnvironments,
  readEnvironment
};
