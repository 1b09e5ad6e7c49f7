import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  deleteEnvironment,
  listPreviewEnvironments,
  readEnvironment
} from "./chunk-G2FQSC3X.js";
import "./chunk-XCWAHVD3.js";
import {
  lastChanged,
  originOf,
  utcMinute
} from "./chunk-5TAZCBOB.js";
import "./chunk-2NIQTK25.js";
import {
  armError,
  createRestError
} from "./chunk-TAPA4MC2.js";
import {
  closestValue
} from "./chunk-RAYSHZJF.js";
import "./chunk-EUBNWP6M.js";
import {
  ActionError,
  counted,
  debug,
  errorText,
  info,
  notice,
  printable
} from "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";

// src/arm/permissions.ts
var STEP = "ARM read permissions";
var API_VERSION = "2022-04-01";
async function mayPerform(client, config, action) {
  let permissions;
  try {
    const reply = await client.path(
      "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/staticSites/{name}/providers/Microsoft.Authorization/permissions",
      config.subscriptionId,
      config.resourceGroup,
      config.appName
    ).get({ queryParameters: { "api-version": API_VERSION } });
    if (reply.status !== "200") throw createRestError(reply);
    permissions = (reply.body?.value ?? []).filter(
      (permission) => typeof permission === "object" && permission !== null
    );
  } catch (error) {
    throw armError(error, config, STEP);
  }
  return permissions.some(
    (permission) => (permission.actions ?? []).some((pattern) => actionMatches(pattern, action)) && !(permission.notActions ?? []).some((pattern) => actionMatches(pattern, action))
  );
}
function actionMatches(pattern, action) {
  const parts = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, "\\$&"));
  return new RegExp(`^${parts.join(".*")}$`, "i").test(action);
}

// src/previews/close.ts
var DELETE_ACTION = "Microsoft.Web/staticSites/builds/delete";
var NAMES_SHOWN = 20;
async function closeEnvironment(arm, config, name, signal) {
  if (config.dryRun) {
    const environment = await readEnvironment(arm, config, name);
    if (environment !== void 0 && !await mayPerform(arm, config, DELETE_ACTION)) {
      throw new ActionError(
        `Dry run: the identity may read preview environment '${name}' of ${config.appName} but not delete it: no role it holds on the app grants ${DELETE_ACTION}, so a close would fail with AuthorizationFailed. Nothing was deleted.`,
        {
          step: "ARM read permissions",
          doc: "arm-authorizationfailed",
          fix: `Add ${DELETE_ACTION} to the role assigned on the Static Web App (docs/setup.md, the custom role), then re-run.`
        }
      );
    }
    info(
      environment === void 0 ? `Dry run: preview environment '${name}' does not exist: a close would have nothing to delete. Nothing was deleted.` : `Dry run: would delete preview environment '${name}' of ${config.appName} (${details(environment)}). Nothing was deleted.`
    );
    if (environment === void 0) await nameThoseThatExist(arm, config, name, signal);
    return "dry-run";
  }
  const outcome = await deleteEnvironment(arm, config, name, {
    signal,
    timeoutSeconds: config.deploymentTimeoutSeconds
  });
  info(
    outcome === "deleted" ? `Preview environment '${name}' deleted.` : `Preview environment '${name}' does not exist: nothing to close.`
  );
  if (outcome === "absent") await nameThoseThatExist(arm, config, name, signal);
  return outcome === "deleted" ? "closed" : "already-closed";
}
async function nameThoseThatExist(arm, config, name, signal) {
  let names;
  try {
    names = (await listPreviewEnvironments(arm, config)).map((environment) => environment.name);
  } catch (error) {
    if (signal.aborted) throw error;
    debug(`The preview environments could not be listed: ${errorText(error)}`);
    return;
  }
  if (names.length === 0) return;
  const shown = names.slice(0, NAMES_SHOWN).map((known) => `'${printable(known, 80)}'`);
  const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : "";
  const meant = closestValue(name, names);
  const question = meant === void 0 ? "." : `; did you mean '${printable(meant, 80)}'?`;
  notice(
    `Preview environment '${name}' does not exist; ${config.appName} has ${counted(names.length, "preview environment")}: ${shown.join(", ")}${more}${question}`
  );
}
function details(environment) {
  const changed = lastChanged(environment);
  return [
    originOf(environment),
    changed === void 0 ? "last update unknown" : `last updated ${utcMinute(changed)}`,
    environment.status && `status ${environment.status}`,
    environment.hostname && `at https://${environment.hostname}`
  ].filter(Boolean).join(", ");
}
export {
  closeEnvironment
};
