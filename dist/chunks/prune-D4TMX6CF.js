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

// src/actions/prune.ts
async function prune(request, run) {
  const { context } = request;
  const { signal, known } = run;
  const github = connectGitHub(request.config, signal);
  const { arm, config } = await signInFor(request, run);
  const { prunePreviews, PruneIncomplete } = await import("./prune-UMPCKENV.js");
  const pruned = await run.stage(
    "Prune preview environments",
    () => prunePreviews({
      arm,
      config,
      github,
      repository: context.repository,
      signal,
      onDeleted: (name) => known.pruned = [...known.pruned ?? [], name]
    })
  ).catch((error) => {
    if (error instanceof PruneIncomplete) known.tables = [error.table];
    throw error;
  });
  return {
    report: {
      ...known,
      outcome: config.dryRun ? "dry-run" : "pruned",
      pruned: pruned.deleted,
      tables: [pruned.table],
      timings: run.timings.list()
    }
  };
}
export {
  prune
};
