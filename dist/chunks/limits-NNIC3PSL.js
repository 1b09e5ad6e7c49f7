import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  listPreviewEnvironments
} from "./chunk-G2FQSC3X.js";
import "./chunk-XCWAHVD3.js";
import {
  describeEnvironment
} from "./chunk-5TAZCBOB.js";
import {
  PRODUCTION
} from "./chunk-2NIQTK25.js";
import "./chunk-TAPA4MC2.js";
import "./chunk-RAYSHZJF.js";
import "./chunk-EUBNWP6M.js";
import {
  ActionError,
  counted,
  group,
  info,
  warning
} from "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";

// src/previews/limits.ts
var PREVIEW_ENVIRONMENT_LIMITS = { Free: 3, Standard: 10 };
function planOf(sku) {
  if (/^free$/i.test(sku)) return "Free";
  if (/^standard$/i.test(sku)) return "Standard";
  return void 0;
}
async function checkEnvironmentLimit(arm, config, sku, target) {
  const preview = target.environment === PRODUCTION ? void 0 : target.environment;
  if (preview === void 0 && !config.dryRun) return { quota: void 0, skip: void 0 };
  let environments;
  try {
    environments = await listPreviewEnvironments(arm, config);
  } catch (error) {
    if (!isMissingRole(error)) throw error;
    warning(
      `The preview environments of ${config.appName} could not be counted: the role lacks Microsoft.Web/staticSites/builds/read. Deploying without the check; a full plan is then refused by the service at the end of the upload. Add builds/read to the role (docs/setup.md).`
    );
    return { quota: void 0, skip: void 0 };
  }
  const plan = planOf(sku);
  const quota = {
    sku,
    limit: plan === void 0 ? void 0 : PREVIEW_ENVIRONMENT_LIMITS[plan],
    environments,
    target: preview,
    isNew: preview !== void 0 && !environments.some((environment) => environment.name.toLowerCase() === preview.toLowerCase())
  };
  info(quotaLine(quota));
  if (!isFull(quota)) return { quota, skip: void 0 };
  const listed = environments.map(describeEnvironment);
  if (config.onEnvironmentLimit === "skip") {
    group(`Preview environments of ${config.appName}`, listed);
    return {
      quota,
      skip: {
        level: "warning",
        message: `${fullText(quota, config)} Skipped (on-environment-limit: skip): nothing was deployed. Free a place with action: prune, or delete one of the environments listed above.`,
        reason: `the ${quota.sku} plan\u2019s limit of ${quota.limit} preview environments is reached (on-environment-limit: skip)`
      }
    };
  }
  throw new ActionError(
    [
      `${fullText(quota, config)} Nothing was uploaded. Its preview environments:`,
      ...listed.map((line) => `  - ${line}`)
    ].join("\n"),
    {
      step: "Check preview environments",
      doc: "environment-limit",
      fix: "Delete environments that are no longer needed: run the action with action: prune (those of closed pull requests; prune-max-age-days for old ones), or action: close with deployment-environment set to one listed above. Or set on-environment-limit: skip to skip previews while the plan is full, or move the site to the Standard plan (10 environments)."
    }
  );
}
function isFull(quota) {
  return quota.isNew && quota.limit !== void 0 && quota.environments.length >= quota.limit;
}
function fullText(quota, config) {
  return `Static Web App '${config.appName}' already has ${counted(quota.environments.length, "preview environment")}, the limit of its ${quota.sku} plan (${quota.limit}), and '${quota.target ?? ""}' would be a new one: the service would refuse it at the end of the upload.`;
}
function quotaLine(quota) {
  const limit = quota.limit === void 0 ? "" : ` of ${quota.limit}`;
  const target = quota.target === void 0 ? "" : quota.isNew ? `; '${quota.target}' would be a new one` : `; '${quota.target}' exists and is redeployed`;
  return `Preview environments: ${quota.environments.length}${limit} on the ${quota.sku} plan${target}.`;
}
function quotaNotes(quota) {
  if (quota === void 0) return [];
  const limit = quota.limit === void 0 ? "" : ` of ${quota.limit}`;
  return [["Preview environments", `${quota.environments.length}${limit} (${quota.sku} plan)`]];
}
function isMissingRole(error) {
  return error instanceof ActionError && error.doc === "arm-authorizationfailed";
}
export {
  checkEnvironmentLimit,
  quotaNotes
};
