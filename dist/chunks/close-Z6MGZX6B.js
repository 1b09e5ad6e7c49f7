import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  signInFor
} from "./chunk-OJ223J5I.js";
import {
  connectGitHub
} from "./chunk-JLZFM5P4.js";
import "./chunk-JWWNSDB2.js";
import "./chunk-O2FBZF6B.js";
import "./chunk-P4Q3KWJW.js";
import "./chunk-K5OVE63I.js";
import "./chunk-HANBNIMK.js";

// src/actions/close.ts
async function close(request, run) {
  const { target } = request;
  const { signal, known } = run;
  connectGitHub(request.config, signal);
  const { arm, config } = await signInFor(request, run);
  const { closeEnvironment } = await import("./close-7CCCSSE3.js");
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
