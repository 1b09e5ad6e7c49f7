import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readPullRequestState
} from "./chunk-Y4NIKKHH.js";
import {
  ContentPlaneRejection,
  ENVIRONMENT_LIMIT
} from "./chunk-LZZURRD6.js";
import {
  PRODUCTION,
  environmentNameProblem,
  isProductionName,
  pullRequestNumberOf
} from "./chunk-2NIQTK25.js";
import {
  identityEndpoint
} from "./chunk-WVTSOKUD.js";
import {
  CancelledError
} from "./chunk-EUBNWP6M.js";
import {
  InputError,
  info,
  notice,
  warning
} from "./chunk-B36TA7D5.js";

// src/previews/skip.ts
var DEPENDABOT_ACTOR = "dependabot[bot]";
function skipBeforeStart(config, context, target, env) {
  const pr = context.pullRequest;
  if (config.action === "upload" && target.isPullRequest && pr?.state === "closed") {
    return closedPullRequest(pr.number, "the event says so");
  }
  if (config.skipWithoutIdentity && identityEndpoint(env) === void 0) {
    const why = noTokenPossible(context, env);
    if (why === void 0) return void 0;
    return {
      level: "warning",
      message: `This job has no GitHub OIDC token, and cannot have one: ${why}. Skipped, as skip-without-identity: true asks; nothing was deployed.`,
      reason: `no GitHub OIDC token for ${why} (skip-without-identity: true)`
    };
  }
  return void 0;
}
function noTokenPossible(context, env) {
  if (context.eventName === "pull_request" && context.pullRequest?.fromFork) {
    return "a pull request from a fork";
  }
  if (env.GITHUB_ACTOR === DEPENDABOT_ACTOR) return `a Dependabot run (${DEPENDABOT_ACTOR})`;
  return void 0;
}
async function closedSinceEvent(github, context) {
  const pr = context.pullRequest;
  if (github === void 0 || pr === void 0 || context.repository === "") return void 0;
  try {
    const now = await readPullRequestState(github, context.repository, pr.number);
    if (now?.state !== "closed") return void 0;
    return closedPullRequest(pr.number, "GitHub says so now, though the event said open");
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    info(
      `Could not confirm that pull request #${pr.number} is still open (${error instanceof Error ? error.message : String(error)}); deploying as the event says.`
    );
    return void 0;
  }
}
function closedPullRequest(number, how) {
  return {
    level: "notice",
    message: `Pull request #${number} is closed (${how}): nothing is deployed. Its preview environment is deleted by action: close or action: prune.`,
    reason: `pull request #${number} is closed`
  };
}
function skipOnLimitRejection(error, config, environment) {
  if (config.onEnvironmentLimit !== "skip" || !(error instanceof ContentPlaneRejection)) {
    return void 0;
  }
  if (!ENVIRONMENT_LIMIT.pattern.test(error.message)) return void 0;
  return {
    level: "warning",
    message: `The content plane refused the new preview environment '${environment ?? ""}': the plan's preview-environment limit was reached while this run was starting. Skipped (on-environment-limit: skip); nothing was deployed. Delete environments that are no longer needed with action: prune.`,
    reason: "the plan\u2019s preview-environment limit is reached (on-environment-limit: skip)"
  };
}
function announceSkip(skip) {
  if (skip.level === "notice") notice(skip.message);
  else warning(skip.message);
}

// src/target.ts
function resolveTarget(config, context) {
  const branch = currentBranch(context);
  const base = {
    isPullRequest: false,
    pullRequestId: void 0,
    pullRequestTitle: void 0,
    // On a pull request the ref is refs/pull/<n>/merge: the branch is the pull request's head.
    headBranch: branch ?? context.pullRequest?.headBranch ?? "",
    baseBranch: context.pullRequest?.baseBranch ?? "",
    repoUrl: repositoryUrl(context)
  };
  let target;
  if (config.deploymentEnvironment !== void 0 && isProductionName(config.deploymentEnvironment)) {
    target = { ...base, environment: PRODUCTION, isNamedEnvironment: false };
  } else if (config.deploymentEnvironment !== void 0) {
    target = {
      ...base,
      environment: checkEnvironmentName(config.deploymentEnvironment, "deployment-environment"),
      isNamedEnvironment: true
    };
  } else if (context.pullRequest !== void 0) {
    const pr = context.pullRequest;
    target = {
      ...base,
      environment: String(pr.number),
      isPullRequest: true,
      pullRequestId: String(pr.number),
      pullRequestTitle: pr.title,
      headBranch: pr.headBranch,
      baseBranch: pr.baseBranch,
      isNamedEnvironment: false
    };
  } else if (config.productionBranch && branch !== void 0 && branch !== config.productionBranch) {
    target = {
      ...base,
      baseBranch: config.productionBranch,
      environment: environmentFromBranch(branch),
      isNamedEnvironment: true
    };
  } else {
    target = { ...base, environment: PRODUCTION, isNamedEnvironment: false };
  }
  if (config.action === "close" && target.environment === PRODUCTION) {
    throw new InputError(
      "action: close would delete production; it only closes preview environments.",
      {
        fix: "Run close on pull_request events (closed), or set deployment-environment to the preview environment to delete."
      }
    );
  }
  return target;
}
function environmentFromBranch(branch) {
  const name = branch.replace(/[^0-9A-Za-z]/g, "").slice(0, 16);
  const fix = "Set deployment-environment to a name of letters and digits (at most 16) for this branch.";
  if (name.length === 0) {
    throw new InputError(
      `Branch '${branch}' has no letters or digits to name a preview environment after (production-branch is set).`,
      { fix }
    );
  }
  const problem = isProductionName(name) ? `'${name}' would mean production` : pullRequestNumberOf(name) !== void 0 ? `'${name}' is the name of pull request #${name}'s preview environment (pull requests' environments are named after their number), so this branch would overwrite that preview` : environmentNameProblem(name);
  if (problem !== void 0) {
    throw new InputError(
      `Branch '${branch}' cannot name a preview environment (production-branch is set): ${problem}`,
      { fix }
    );
  }
  return name;
}
function checkEnvironmentName(name, input) {
  const problem = environmentNameProblem(name);
  if (problem !== void 0) {
    throw new InputError(`${input}: ${problem}`, {
      fix: `Change ${input} to letters and digits only, at most 16 characters, not 'default'.`
    });
  }
  return name;
}
function currentBranch(context) {
  if (context.ref.startsWith("refs/heads/")) return context.ref.slice("refs/heads/".length);
  if (context.ref === "" && context.refName !== "") return context.refName;
  return void 0;
}
function repositoryUrl(context) {
  return context.repository ? `${context.serverUrl}/${context.repository}` : "";
}
function buildEventInfo(target, site) {
  return {
    RepoUrl: target.repoUrl || null,
    IsPullRequest: target.isPullRequest,
    IsNamedEnvironment: target.isNamedEnvironment,
    PullRequestId: target.pullRequestId ?? null,
    PullRequestTitle: target.pullRequestTitle ?? null,
    HeadBranch: target.headBranch,
    BaseBranch: target.baseBranch,
    EnvironmentName: target.isNamedEnvironment ? target.environment : null,
    TenantId: null,
    DefaultHostname: site.defaultHostname || null,
    Slice: sliceOf(site.contentDistributionEndpoint)
  };
}
function sliceOf(endpoint) {
  if (!endpoint) return 0;
  let host;
  try {
    host = new URL(endpoint).hostname;
  } catch {
    return 0;
  }
  const digits = /\.infrastructure\.(\d+)\./.exec(host)?.[1];
  return digits === void 0 ? 0 : Number(digits);
}

export {
  skipBeforeStart,
  closedSinceEvent,
  skipOnLimitRejection,
  announceSkip,
  resolveTarget,
  buildEventInfo
};
