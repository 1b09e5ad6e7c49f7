import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PRODUCTION_BUILD,
  deleteEnvironment,
  listPreviewEnvironments
} from "./chunk-G2FQSC3X.js";
import "./chunk-XCWAHVD3.js";
import {
  idleDays,
  lastChanged,
  originOf,
  utcMinute
} from "./chunk-5TAZCBOB.js";
import {
  checkRepositoryVisible,
  readPullRequestState
} from "./chunk-Y4NIKKHH.js";
import {
  pullRequestNumberOf
} from "./chunk-2NIQTK25.js";
import "./chunk-SEURIIWG.js";
import "./chunk-TAPA4MC2.js";
import "./chunk-RAYSHZJF.js";
import {
  CancelledError
} from "./chunk-EUBNWP6M.js";
import {
  ActionError,
  counted,
  errorText,
  group,
  info,
  warning
} from "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";

// src/previews/prune.ts
async function prunePreviews(options) {
  const { arm, config } = options;
  const environments = await listPreviewEnvironments(arm, config);
  if (options.github === void 0) {
    info("github-token is blank: pull requests are not looked up, environments are pruned by age.");
  }
  const verdicts = [];
  for (const environment of environments) verdicts.push(await judge(environment, options));
  group(
    `Preview environments of ${config.appName} (${environments.length})`,
    verdicts.map(
      ({ environment, remove, reason }) => [environment.name, remove ? "delete" : "keep", reason].join(": ")
    )
  );
  const doomed = verdicts.filter((verdict) => verdict.remove);
  const done = /* @__PURE__ */ new Map();
  if (config.dryRun) {
    const names = doomed.map((verdict) => verdict.environment.name);
    info(
      `Dry run: would delete ${doomed.length} of ${counted(environments.length, "preview environment")}${names.length > 0 ? ` (${names.join(", ")})` : ""}. Nothing was deleted.`
    );
    for (const name of names) done.set(name, "would be deleted");
    return { deleted: [], table: verdictTable(verdicts, done) };
  }
  const deleted = [];
  const failures = [];
  for (const { environment, reason } of doomed) {
    if (environment.name.toLowerCase() === PRODUCTION_BUILD) continue;
    let outcome;
    try {
      outcome = await deleteEnvironment(arm, config, environment.name, {
        signal: options.signal,
        timeoutSeconds: config.deploymentTimeoutSeconds
      });
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      warning(
        `Preview environment '${environment.name}' was not deleted: ${error instanceof Error ? error.message : String(error)}`
      );
      failures.push({ name: environment.name, error });
      done.set(environment.name, "delete failed");
      continue;
    }
    if (outcome === "deleted") {
      deleted.push(environment.name);
      options.onDeleted(environment.name);
      info(`Preview environment '${environment.name}' deleted (${reason}).`);
      done.set(environment.name, "deleted");
    } else {
      info(`Preview environment '${environment.name}' was already gone.`);
      done.set(environment.name, "already gone");
    }
  }
  info(
    `Pruned ${deleted.length} of ${counted(environments.length, "preview environment")} of ${config.appName}${deleted.length > 0 ? `: ${deleted.join(", ")}` : ""}.`
  );
  const table = verdictTable(verdicts, done);
  if (failures.length > 0) throw new PruneIncomplete(failures, deleted, table);
  return { deleted, table };
}
var PruneIncomplete = class extends ActionError {
  constructor(failures, deleted, table) {
    const lines = failures.map(
      ({ name, error }) => `  - '${name}': ${errorText(error).replace(/\n/g, "\n    ")}`
    );
    super(
      [
        `${failures.length} of ${counted(failures.length + deleted.length, "preview environment")} could not be deleted (the others were):`,
        ...lines
      ].join("\n"),
      {
        step: "Prune preview environments",
        fix: "Follow the fix given for each environment above, then run the prune again: it picks up what is left."
      }
    );
    this.failures = failures;
    this.deleted = deleted;
    this.table = table;
    this.name = "PruneIncomplete";
  }
  failures;
  deleted;
  table;
};
async function judge(environment, options) {
  const number = pullRequestNumberOf(environment.name);
  const idle = idleDays(environment, options.now ?? Date.now());
  const maxAge = options.config.pruneMaxAgeDays;
  const age = idle === void 0 ? "ARM gives no update time" : `not updated for ${counted(idle, "day")}`;
  const old = maxAge !== void 0 && idle !== void 0 && idle >= maxAge;
  const spared = old ? " (kept: prune-max-age-days is for branch and named environments)" : "";
  let byPullRequest = "not a pull request number";
  if (number !== void 0 && options.github === void 0) {
    return {
      environment,
      remove: false,
      reason: `pull request #${number} not looked up (github-token is blank); ${age}${spared}`
    };
  } else if (number !== void 0 && options.github !== void 0) {
    const pr = await readPullRequestState(options.github, options.repository, number);
    if (pr === void 0) {
      await checkRepositoryVisible(options.github, options.repository);
      byPullRequest = `no pull request #${number} in ${options.repository}`;
    } else if (pr.state === "closed") {
      return {
        environment,
        remove: true,
        reason: `pull request #${number} ${pr.merged ? "was merged" : "is closed"}`
      };
    } else {
      return {
        environment,
        remove: false,
        reason: `pull request #${number} is open; ${age}${spared}`
      };
    }
  }
  if (old) {
    return {
      environment,
      remove: true,
      reason: `${byPullRequest}; ${age} (prune-max-age-days: ${maxAge})`
    };
  }
  return { environment, remove: false, reason: `${byPullRequest}; ${age}` };
}
function verdictTable(verdicts, done) {
  return {
    title: "Preview environments",
    columns: ["Environment", "From", "Last updated", "Verdict", "Why"],
    rows: verdicts.map(({ environment, remove, reason }) => {
      const changed = lastChanged(environment);
      return [
        environment.name,
        originOf(environment),
        changed === void 0 ? "unknown" : utcMinute(changed),
        done.get(environment.name) ?? (remove ? "not deleted" : "kept"),
        reason
      ];
    })
  };
}
export {
  PruneIncomplete,
  prunePreviews
};
