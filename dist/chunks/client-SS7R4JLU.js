import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LIST_SECRETS_STEP,
  armError,
  armStep,
  createArmClient
} from "./chunk-NMXQLFM5.js";
import "./chunk-O2FBZF6B.js";
import "./chunk-P4Q3KWJW.js";
import "./chunk-K5OVE63I.js";
import "./chunk-HANBNIMK.js";
export {
  LIST_SECRETS_STEP,
  armError,
  armStep,
  createArmClient
};
