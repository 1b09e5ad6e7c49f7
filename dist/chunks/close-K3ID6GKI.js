import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  signInFor
} from "./chunk-QMJYSKCK.js";
import {
  connectGitHub
} from "./chunk-SEURIIWG.js";
import "./chunk-JWWNSDB2.js";
import "./chunk-RAYSHZJF.js";
import "./chunk-EUBNWP6M.js";
import "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";

// src/actions/close.ts
async function close(request, run) {
  const { target } = request;
  const { signal, known } = run;
  connectGitHub(request.config, signal);
  const { arm, config } = await signInFor(request, run);
  const { closeEnvironment } = await import("./close-UDBH2ZHX.js");
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
