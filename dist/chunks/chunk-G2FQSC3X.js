import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  deleteStaticSiteBuild,
  getStaticSiteBuild,
  listStaticSiteBuilds
} from "./chunk-XCWAHVD3.js";
import {
  armError
} from "./chunk-TAPA4MC2.js";
import {
  cancelledError,
  knob
} from "./chunk-EUBNWP6M.js";
import {
  ActionError
} from "./chunk-B36TA7D5.js";

// src/arm/environments.ts
var READ_STEP = "ARM read environment";
var DELETE_STEP = "ARM delete environment";
var LIST_STEP = "ARM list environments";
var PRODUCTION_BUILD = "default";
async function listPreviewEnvironments(client, config) {
  const environments = [];
  try {
    for await (const build of listStaticSiteBuilds(client, config.resourceGroup, config.appName)) {
      const environment = previewEnvironmentOf(build);
      if (environment.name === "" || environment.name.toLowerCase() === PRODUCTION_BUILD) continue;
      environments.push(environment);
    }
  } catch (error) {
    throw armError(error, config, LIST_STEP);
  }
  return environments;
}
function previewEnvironmentOf(build) {
  return {
    name: build.name ?? build.buildId ?? "",
    hostname: build.hostname,
    status: build.status,
    sourceBranch: build.sourceBranch || void 0,
    pullRequestTitle: build.pullRequestTitle || void 0,
    createdAt: validDate(build.createdTimeUtc),
    lastUpdatedOn: validDate(build.lastUpdatedOn)
  };
}
function validDate(value) {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : void 0;
}
async function readEnvironment(client, config, name) {
  try {
    const build = await getStaticSiteBuild(client, config.resourceGroup, config.appName, name);
    return { ...previewEnvironmentOf(build), name: build.name ?? name };
  } catch (error) {
    if (isMissingEnvironment(error)) return void 0;
    throw armError(error, config, READ_STEP);
  }
}
async function deleteEnvironment(client, config, name, options) {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutSeconds * 1e3);
  const signal = AbortSignal.any([options.signal, timeout.signal]);
  try {
    const poller = deleteStaticSiteBuild(client, config.resourceGroup, config.appName, name, {
      // ARM's Retry-After, when it sends one, sets the pace instead.
      updateIntervalInMs: knob("pollIntervalMs", config.resourceManagerEndpoint),
      abortSignal: signal
    });
    await poller.pollUntilDone({ abortSignal: signal });
    return "deleted";
  } catch (error) {
    if (options.signal.aborted) throw cancelledError(options.signal, DELETE_STEP);
    if (timeout.signal.aborted) throw deleteTimedOut(name, options.timeoutSeconds);
    if (isMissingEnvironment(error)) return "absent";
    throw armError(error, config, DELETE_STEP);
  } finally {
    clearTimeout(timer);
  }
}
function deleteTimedOut(name, timeoutSeconds) {
  return new ActionError(
    `${DELETE_STEP}: ARM did not finish deleting '${name}' within deployment-timeout (${timeoutSeconds} s). It may still complete.`,
    {
      step: DELETE_STEP,
      doc: "deployment-timeout",
      fix: "Check the Static Web App's Environments in the Azure portal a few minutes later, or raise deployment-timeout."
    }
  );
}
function isMissingEnvironment(error) {
  const rest = error;
  return rest?.statusCode === 404 && rest.code === "NotFound";
}

export {
  PRODUCTION_BUILD,
  listPreviewEnvironments,
  readEnvironment,
  deleteEnvironment
};
