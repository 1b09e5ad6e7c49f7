import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LIST_SECRETS_STEP,
  armError,
  armStep,
  createArmClient
} from "./chunk-TAPA4MC2.js";
import "./chunk-RAYSHZJF.js";
import "./chunk-EUBNWP6M.js";
import "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";
export {
  LIST_SECRETS_STEP,
  armError,
  armStep,
  createArmClient
};
