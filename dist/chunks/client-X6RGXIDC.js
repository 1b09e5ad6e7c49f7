import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LIST_SECRETS_STEP,
  armError,
  armStep,
  createArmClient
} from "./chunk-2CZOZ3NM.js";
import "./chunk-O7YOEN5O.js";
import "./chunk-AIR65RYE.js";
import "./chunk-G5CTI5VK.js";
import "./chunk-L3USGBAY.js";
export {
  LIST_SECRETS_STEP,
  armError,
  armStep,
  createArmClient
};
