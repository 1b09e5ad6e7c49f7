import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  pullRequestNumberOf
} from "./chunk-2NIQTK25.js";

// src/previews/environments.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
function lastChanged(environment) {
  return environment.lastUpdatedOn ?? environment.createdAt;
}
function idleDays(environment, now) {
  const changed = lastChanged(environment);
  return changed === void 0 ? void 0 : Math.floor((now - changed.getTime()) / DAY_MS);
}
function utcMinute(date) {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function originOf(environment) {
  const number = pullRequestNumberOf(environment.name);
  const branch = environment.sourceBranch;
  if (number !== void 0) {
    const details = [environment.pullRequestTitle && `"${environment.pullRequestTitle}"`, branch];
    const said = details.filter(Boolean).join(", ");
    return `pull request #${number}${said ? ` (${said})` : ""}`;
  }
  return branch ? `branch ${branch}` : "named environment";
}
function describeEnvironment(environment) {
  const changed = lastChanged(environment);
  const when = changed === void 0 ? "last update unknown" : `last updated ${utcMinute(changed)}`;
  return `${environment.name}: ${originOf(environment)}, ${when}`;
}

export {
  lastChanged,
  idleDays,
  utcMinute,
  originOf,
  describeEnvironment
};
