import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  signInFor
} from "./chunk-JHSGYCVN.js";
import "./chunk-JWWNSDB2.js";
import {
  connectGitHub
} from "./chunk-V5M2FS5F.js";
import "./chunk-AIR65RYE.js";
import "./chunk-G5CTI5VK.js";
import "./chunk-L3USGBAY.js";

// src/actions/close.ts
async function close(request, run) {
  const { target } = request;
  const { signal, known } = run;
  connectGitHub(request.config, signal);
  const { arm, config } = await signInFor(request, run);
  const { closeEnvironment } = await import("./close-S5OS2WUP.js");
  const phase = config.dryRun ? "Read environment (dry run)" : "Delete environment";
  const outcome = await run.stage(
    phase,
    () => closeEnvironment(arm, config, target.environment, signal)
  );
  return { report: { ...known, outcome, timings: run.timings.list() } };
}
export {
  close
};
