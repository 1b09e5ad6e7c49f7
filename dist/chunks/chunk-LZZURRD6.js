import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  asRecord
} from "./chunk-QHVDYYVQ.js";
import {
  diagnoseTransient
} from "./chunk-RAYSHZJF.js";
import {
  STEP_LIMITS,
  defaultRetryPolicy,
  describeBody,
  isTransientStatus,
  parseRetryAfter,
  send,
  withRetry
} from "./chunk-EUBNWP6M.js";
import {
  ActionError,
  debug,
  endSentence,
  isDebug,
  printable,
  redact
} from "./chunk-B36TA7D5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// builtin:node:fs?src/paths.ts
var require_node_fs = __commonJS({
  "builtin:node:fs?src/paths.ts"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:path?src/paths.ts
var require_node_path = __commonJS({
  "builtin:node:path?src/paths.ts"(exports, module) {
    module.exports = __require("node:path");
  }
});

// src/content/serverTexts.ts
var TOKEN_REJECTED = {
  pattern: /No matching Static Web App was found or the api key was invalid/i,
  cause: `the content plane refused the deployment token: the site's deployment authorization policy is "GitHub", or the token was reset after it was read`,
  fix: "If the policy is GitHub, switch properties.deploymentAuthPolicy back to DeploymentToken with an ARM PATCH that also carries repositoryToken (a GitHub token), repositoryUrl and branch, or recreate the site without a linked repository; if the token was just reset, re-run the job.",
  doc: "content-token-rejected"
};
function tokenRejectedOnCheckedSite(site) {
  const policy = site.deploymentAuthPolicy === void 0 ? "ARM reports no deployment authorization policy (the DeploymentToken default)" : `ARM reports the deployment authorization policy "${site.deploymentAuthPolicy}"`;
  return {
    pattern: TOKEN_REJECTED.pattern,
    cause: `the content plane refused a deployment token this run listed from ARM seconds before, on a site where ${policy}: with the policy and the token ruled out, this text has come from healthy sites during Azure service incidents (2026: Azure/static-web-apps#1727, #1742, #1782, #1810), where resetting the token did not help`,
    fix: "Check Azure status (https://azure.status.microsoft/en-us/status) and the Static Web App's Resource health in the portal, then re-run the job later; resetting the deployment token is not the fix here. If it persists, open an Azure support request with the correlation id, region and UTC time below.",
    doc: "content-token-rejected"
  };
}
var ENVIRONMENT_LIMIT = {
  pattern: /already has the maximum number of staging environments/i,
  cause: "the plan\u2019s preview environment quota is reached (3 on Free, 10 on Standard)",
  fix: "Delete preview environments you no longer need (action: prune for those of closed pull requests, or action: close with their deployment-environment), set on-environment-limit: skip to skip previews while the plan is full, or move the site to the Standard plan.",
  doc: "environment-limit"
};
var SERVER_TEXTS = [
  TOKEN_REJECTED,
  ENVIRONMENT_LIMIT,
  {
    pattern: /size of the app content was too large/i,
    cause: "the app size quota (250 MB on Free, 500 MB on Standard, uncompressed)",
    fix: "Make the site smaller (host large media elsewhere), or move the site to the Standard plan.",
    doc: "content-quota"
  },
  {
    // A file count, not a size: the quota is 15,000 files per app on every plan.
    pattern: /number of static files was too large/i,
    cause: "the 15,000 files per app quota (a file count, not a size)",
    fix: "Upload only the built site (no node_modules or sources), or merge small files.",
    doc: "content-quota"
  },
  {
    // Compressed: the limit applies to api.zip, the figure UploadInfo.ApiSizeInBytes declares.
    pattern: /size of the function content was too large/i,
    cause: "the managed Functions API quota: api.zip may be at most 100 MiB (104,857,600 bytes)",
    fix: "Leave out what the API does not run (dev dependencies, tests, source maps), or link your own Functions app to the Static Web App instead of a managed API.",
    doc: "api-package"
  },
  {
    pattern: /Function language info isn't provided/i,
    cause: "the API was declared without its Functions language and version",
    fix: "Set api-language and api-language-version, or platform.apiRuntime (e.g. node:20) in staticwebapp.config.json.",
    doc: "api-package"
  },
  {
    // The official client's wording (Azure/static-web-apps#1206), not a server text PROTOCOLS.md lists.
    pattern: /function language detected is unsupported or invalid/i,
    cause: "the API\u2019s Functions language is not one the service runs",
    fix: "Use api-language node, python, dotnet or dotnetisolated, with a version Azure lists for managed functions.",
    doc: "api-package"
  },
  {
    pattern: /The environment name ".*" is invalid/i,
    cause: "the environment name is reserved: the service keeps `default` for production",
    fix: "Change deployment-environment (or the branch production-branch names it after) to another name of letters and digits.",
    doc: "inputs"
  },
  {
    // The service's 2023 wording (#1119) joined both rules in one text.
    pattern: /environment name provided exceeds the character limit of 16 or has invalid character/i,
    cause: "the environment name breaks the service\u2019s rule: 1 to 16 characters, each 0-9, a-z or A-Z",
    fix: "Change deployment-environment (or the branch production-branch names it after) to at most 16 letters and digits.",
    doc: "inputs"
  },
  {
    pattern: /environment name provided has invalid character/i,
    cause: "the environment name has a character other than 0-9, a-z and A-Z (no hyphens, underscores or dots)",
    fix: "Change deployment-environment (or the branch production-branch names it after) to letters and digits only.",
    doc: "inputs"
  },
  {
    pattern: /environment name provided exceeds the character limit of 16/i,
    cause: "the environment name is longer than the service\u2019s 16 characters",
    fix: "Change deployment-environment (or the branch production-branch names it after) to at most 16 letters and digits.",
    doc: "inputs"
  },
  {
    pattern: /An unexpected error has occurred\. Please try again later/i,
    cause: "a fault inside the Static Web Apps service, not in your site or setup",
    fix: "Re-run the job in a few minutes; if it keeps failing, report it to Azure support with the correlation id below.",
    doc: "content-server-fault"
  },
  {
    pattern: /Failure during content distribution/i,
    cause: "the service could not distribute the uploaded content to its regions; in 2026 this hit small sites too and outlived retries and token resets until Microsoft cleared the site\u2019s content-distribution state (Azure/static-web-apps#1793, #1803, #1805)",
    fix: "Re-run the job once; if it fails the same way again, further retries and token resets will not help: open an Azure support request asking to clear the site\u2019s content-distribution state, with the correlation id, content host (region), UTC time and last status below.",
    doc: "deployment-failed"
  }
];
function findServerText(text, checked) {
  const row = SERVER_TEXTS.find((candidate) => candidate.pattern.test(text));
  return row === TOKEN_REJECTED ? tokenRejected(checked) : row;
}
function tokenRejected(checked) {
  return checked === void 0 ? TOKEN_REJECTED : tokenRejectedOnCheckedSite(checked);
}

// src/content/wireShape.ts
var MAX_DEPTH = 6;
var MAX_LINE = 4e3;
function logWireShape(exchange) {
  if (!isDebug()) return;
  const status = exchange.status === void 0 ? "no reply" : String(exchange.status);
  const line = `wire: ${exchange.method} ${pathOf(exchange.url)} \u2192 ${status}; sent ${bodyShape(exchange.sent)}; received ${bodyShape(exchange.received)}`;
  debug(line, MAX_LINE);
}
function shapeOf(value, depth = 0) {
  if (value === null) return "null";
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return "[\u2026]";
    return `[${[...new Set(value.map((item) => shapeOf(item, depth + 1)))].join("|")}]`;
  }
  if (typeof value === "object") {
    if (depth >= MAX_DEPTH) return "{\u2026}";
    const fields = Object.entries(value).map(
      ([name, field]) => `${fieldName(name)}:${shapeOf(field, depth + 1)}`
    );
    return `{${fields.join(",")}}`;
  }
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function bodyShape(body) {
  if (body === void 0 || body === "") return "no body";
  if (typeof body === "object") return `${body.bytes} bytes`;
  try {
    return shapeOf(JSON.parse(body));
  } catch {
    return `${Buffer.byteLength(body)} bytes, not JSON`;
  }
}
function pathOf(url) {
  try {
    const parsed = new URL(url);
    const comp = parsed.searchParams.get("comp");
    return comp === null ? parsed.pathname : `${parsed.pathname}?comp=${fieldName(comp)}`;
  } catch {
    return "(invalid URL)";
  }
}
function fieldName(name) {
  const safe = name.replace(/[^\w$.-]/g, "?");
  return safe.length > 64 ? `${safe.slice(0, 64)}\u2026` : safe;
}

// src/content/client.ts
function buildPollingInfo(issued, eventInfo) {
  const text = (value) => typeof value === "string" ? value : null;
  return {
    DefaultHostname: text(issued.defaultHostname),
    StageSiteIdentifier: text(issued.stageSiteIdentifier),
    Version: text(issued.version),
    TenantId: text(issued.tenantId),
    Slice: eventInfo.Slice,
    GitHubRepoUrl: eventInfo.RepoUrl
  };
}
var TERMINAL_STATUSES = /* @__PURE__ */ new Set(["Succeeded", "Failed", "Canceled"]);
var KNOWN_STATUSES = /* @__PURE__ */ new Set(["InProgress", ...TERMINAL_STATUSES]);
var ContentPlaneRejection = class extends ActionError {
  constructor(message, details, attempts) {
    super(message, details);
    this.attempts = attempts;
    this.name = "ContentPlaneRejection";
  }
  attempts;
};
var DeploymentTimedOut = class extends ActionError {
  constructor(message, details) {
    super(message, details);
    this.name = "DeploymentTimedOut";
  }
};
var SLOT_RETRY_STATUSES = /* @__PURE__ */ new Set([429, 503]);
var ContentClient = class {
  constructor(options) {
    this.options = options;
  }
  options;
  async validateToken(eventInfo) {
    await this.call("validateapitoken", eventInfo);
  }
  async requestUpload(eventInfo, uploadInfo) {
    const response = await this.call("request", {
      EventInfo: eventInfo,
      UploadInfo: uploadInfo,
      PollingInfo: null
    });
    const record = asRecord(response);
    const packageUris = asRecord(record?.packageUris);
    const sasUrl = packageUris?.app;
    const apiSasUrl = packageUris?.api;
    const pollingInfo = asRecord(record?.pollingInfo);
    if (typeof sasUrl !== "string" || sasUrl === "" || pollingInfo === void 0) {
      throw new ActionError(
        "Content plane request: the reply has no upload URL (packageUris.app) or pollingInfo.",
        {
          step: "Content plane request",
          doc: "content-rejected"
        }
      );
    }
    return {
      sasUrl,
      apiSasUrl: typeof apiSasUrl === "string" && apiSasUrl.trim() !== "" ? apiSasUrl : void 0,
      pollingInfo: buildPollingInfo(pollingInfo, eventInfo)
    };
  }
  /**
   * Reports the upload. Returns the refusal of a repeat that followed an unanswered attempt: the
   * server may already have the report, so that is a reason to poll, not to fail (PROTOCOLS.md §4.4).
   */
  async updateStatus(eventInfo, uploadInfo, pollingInfo) {
    try {
      await this.call("updatestatus", {
        EventInfo: eventInfo,
        UploadInfo: uploadInfo,
        PollingInfo: pollingInfo
      });
      return void 0;
    } catch (error) {
      if (error instanceof ContentPlaneRejection && error.attempts > 1) return error;
      throw error;
    }
  }
  /** One look at the deployment; `until` (deployment-timeout) cuts its retries short. */
  async checkStatus(pollingInfo, until) {
    const record = asRecord(await this.call("checkstatus", pollingInfo, STEP_LIMITS.contentStatus, until)) ?? {};
    return {
      status: typeof record.deploymentStatus === "string" ? record.deploymentStatus : "Unknown",
      siteUrl: typeof record.siteUrl === "string" ? record.siteUrl : "",
      errorDetails: typeof record.errorDetails === "string" ? record.errorDetails : textOf(record.errorDetails),
      unhealthyRegions: regionsOf(record.unhealthyRegions)
    };
  }
  async call(path2, body, limits = STEP_LIMITS.content, deadline) {
    const step = `Content plane ${path2}`;
    const url = new URL(`/api/upload/${path2}`, this.options.host);
    url.searchParams.set("apiVersion", "v1");
    url.searchParams.set("deploymentCorrelationId", this.options.correlationId);
    const sent = JSON.stringify(body);
    const request = {
      step,
      method: "POST",
      url: url.toString(),
      headers: {
        authorization: `token ${this.options.deploymentToken}`,
        "content-type": "application/json; charset=utf-8",
        accept: "application/json"
      },
      body: sent,
      signal: this.options.signal,
      limits,
      deadline
    };
    let reply;
    try {
      reply = await this.send(request, path2 === "request");
    } catch (error) {
      logWireShape({ method: "POST", url: request.url, status: void 0, sent });
      throw path2 === "request" ? notRetried(error) : error;
    }
    logWireShape({
      method: "POST",
      url: request.url,
      status: reply.status,
      sent,
      received: reply.body
    });
    const envelope = parseEnvelope(reply);
    if (envelope === void 0 && isTransientStatus(reply.status)) {
      const fault = diagnoseTransient(step, reply.status, reply.attempts);
      throw path2 === "request" && !SLOT_RETRY_STATUSES.has(reply.status) ? notRetried(fault) : fault;
    }
    const accepted = reply.status >= 200 && reply.status < 300 && envelope?.isSuccessStatusCode !== false;
    if (accepted && envelope !== void 0) return envelope.response ?? null;
    throw rejection(step, reply, envelope, this.options.deploymentToken, this.options.checkedSite);
  }
  async send(request, allocatesSlot) {
    const policy = this.options.retryPolicy ?? defaultRetryPolicy(request.url);
    if (!allocatesSlot) return await send(request, policy);
    let attempts = 0;
    const reply = await withRetry(
      async (attempt) => {
        attempts = attempt;
        return await send(request, { ...policy, attempts: 1 });
      },
      (outcome) => "value" in outcome && SLOT_RETRY_STATUSES.has(outcome.value.status) ? {
        retry: true,
        reason: `HTTP ${outcome.value.status}`,
        retryAfterMs: parseRetryAfter(outcome.value.headers["retry-after"])
      } : { retry: false },
      policy
    );
    return { ...reply, attempts };
  }
};
function notRetried(error) {
  if (!(error instanceof ActionError)) return error;
  return new ActionError(
    `${endSentence(error.message)} It was not repeated: the server may already have allocated an upload slot whose answer was lost.`,
    {
      ...error.step === void 0 ? {} : { step: error.step },
      ...error.status === void 0 ? {} : { status: error.status },
      doc: error.doc ?? "network-errors",
      fix: "Re-run the job; a new run asks for a new upload slot."
    }
  );
}
function parseEnvelope(reply) {
  try {
    const parsed = JSON.parse(reply.body);
    return asRecord(parsed);
  } catch {
    return void 0;
  }
}
function rejection(step, reply, envelope, deploymentToken, checkedSite) {
  const serverText = scrub(
    envelope?.errorMessage || (envelope ? textOf(envelope.response) : "") || describeBody(reply.body),
    deploymentToken
  );
  const status = envelope?.statusCode ?? reply.status;
  const base = { step, status: reply.status };
  if (envelope === void 0 && reply.status >= 200 && reply.status < 300) {
    return new ContentPlaneRejection(
      `${step}: HTTP ${reply.status} with a body that is not the expected JSON envelope (${scrub(describeBody(reply.body), deploymentToken)}).`,
      { ...base, doc: "content-rejected" },
      reply.attempts
    );
  }
  const known = findServerText(serverText, checkedSite) ?? (status === 401 || status === 403 ? tokenRejected(checkedSite) : void 0);
  const said = `${step} was rejected (HTTP ${reply.status}${status !== reply.status ? `, status ${status}` : ""}): ${serverText}`;
  if (known === void 0) {
    return new ContentPlaneRejection(said, { ...base, doc: "content-rejected" }, reply.attempts);
  }
  return new ContentPlaneRejection(
    `${said} Cause: ${known.cause}.`,
    { ...base, doc: known.doc, fix: known.fix },
    reply.attempts
  );
}
function scrub(text, deploymentToken) {
  const once = deploymentToken ? text.split(deploymentToken).join("***") : text;
  return redact(once);
}
function textOf(value) {
  if (value === void 0 || value === null) return "";
  if (typeof value === "string") return value;
  return describeBody(JSON.stringify(value));
}
function regionsOf(value) {
  const list = Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
  return list.map((region) => printable(typeof region === "string" ? region : textOf(region), 80));
}

// src/payload/types.ts
var CONFIG_FILE_NAME = "staticwebapp.config.json";
var KB = 1024;
var MB = 1024 * KB;
var DEFAULT_LIMITS = { maxFiles: 15e3, maxTotalBytes: 500 * MB };
var API_LIMITS = { maxFiles: 1e5, maxTotalBytes: 1024 * MB };
var SITE_PACKAGE = {
  input: "app-location",
  subject: "The payload",
  folder: "the site folder",
  limitOwner: "Azure Static Web Apps",
  perFiles: " per app",
  exposure: "would be public on the site",
  fate: "will be public",
  shrink: "Upload only the built site (no node_modules or sources), or merge small files.",
  build: "Build the site before this step and point app-location at the build output."
};
var API_PACKAGE = {
  input: "api-location",
  subject: "The API",
  folder: "the API folder",
  limitOwner: "this action",
  perFiles: " in an API",
  exposure: "would be deployed with the API",
  fate: "will be deployed with the API",
  shrink: "Point api-location at the built API (its publish output), not at the repository; leave out dev dependencies and tests.",
  build: "Build the API before this step and point api-location at its publish output."
};

// src/payload/apiLanguage.ts
var FUNCTION_LANGUAGES = {
  node: { apiRuntime: "node", example: "20" },
  python: { apiRuntime: "python", example: "3.11" },
  dotnet: { apiRuntime: "dotnet", example: "8.0" },
  dotnetisolated: { apiRuntime: "dotnet-isolated", example: "8.0" }
};
var LANGUAGE_VERSION = /^\d{1,4}(\.\d{1,4}){0,2}$/;
var LANGUAGE_NAMES = Object.keys(FUNCTION_LANGUAGES).map((name) => `\`${name}\``).join(", ").replace(/, ([^,]*)$/, " or $1");
function findFunctionLanguage(name) {
  const wanted = name.trim().toLowerCase();
  for (const [language, row] of Object.entries(FUNCTION_LANGUAGES)) {
    if (wanted === language || wanted === row.apiRuntime) return language;
  }
  return void 0;
}
function parseApiRuntime(value) {
  const [name = "", version = "", ...rest] = value.split(":");
  const language = findFunctionLanguage(name);
  if (language === void 0 || rest.length > 0 || !LANGUAGE_VERSION.test(version.trim())) {
    const examples = Object.values(FUNCTION_LANGUAGES).map((row) => `\`${row.apiRuntime}:${row.example}\``).join(", ");
    return { problem: `is not '<language>:<version>' with a Functions language (e.g. ${examples})` };
  }
  return { language, version: version.trim() };
}

// src/paths.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function isInside(root, candidate, paths = import_node_path.default) {
  const relative = paths.relative(root, candidate);
  if (relative === "") return true;
  if (paths.isAbsolute(relative)) return false;
  return relative !== ".." && !relative.startsWith(`..${paths.sep}`);
}
var NODE_DISK = {
  nativeRealpath: (file) => import_node_fs.default.realpathSync.native(file),
  walkedRealpath: (file) => import_node_fs.default.realpathSync(file),
  identity: (file) => {
    const stats = import_node_fs.default.statSync(file, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  }
};
var MISSING = /* @__PURE__ */ new Set(["ENOENT", "ENOTDIR"]);
var NATIVE_REALPATH_UNSUPPORTED = "EISDIR";
function errorCode(error) {
  return error?.code;
}
function realPath(file, disk = NODE_DISK) {
  for (const resolve of [disk.nativeRealpath, disk.walkedRealpath]) {
    try {
      return resolve(file);
    } catch (error) {
      const code = errorCode(error);
      if (code !== void 0 && MISSING.has(code)) return void 0;
      if (code !== NATIVE_REALPATH_UNSUPPORTED) throw error;
    }
  }
  return void 0;
}
var realpathNative = (file) => import_node_fs.default.promises.realpath(file);
var realpathWalked = (file) => new Promise(
  (resolve, reject) => import_node_fs.default.realpath(file, (error, resolved) => error ? reject(error) : resolve(resolved))
);
async function resolveReal(file) {
  try {
    return await realpathNative(file);
  } catch (error) {
    if (errorCode(error) !== NATIVE_REALPATH_UNSUPPORTED) throw error;
    return await realpathWalked(file);
  }
}
function isInsideOnDisk(root, candidate, disk = NODE_DISK) {
  const realRoot = realPath(root, disk);
  const realCandidate = realPath(candidate, disk);
  if (realRoot === void 0 || realCandidate === void 0) return isInside(root, candidate);
  if (isInside(realRoot, realCandidate)) return true;
  const rootIdentity = disk.identity(realRoot);
  for (let current = realCandidate; ; current = import_node_path.default.dirname(current)) {
    if (disk.identity(current) === rootIdentity) return true;
    if (import_node_path.default.dirname(current) === current) return false;
  }
}
function isSameFileOnDisk(first, second, disk = NODE_DISK) {
  const realFirst = realPath(first, disk);
  const realSecond = realPath(second, disk);
  if (realFirst === void 0 || realSecond === void 0) return false;
  return realFirst === realSecond || disk.identity(realFirst) === disk.identity(realSecond);
}

export {
  ENVIRONMENT_LIMIT,
  findServerText,
  logWireShape,
  TERMINAL_STATUSES,
  KNOWN_STATUSES,
  ContentPlaneRejection,
  DeploymentTimedOut,
  ContentClient,
  FUNCTION_LANGUAGES,
  LANGUAGE_VERSION,
  LANGUAGE_NAMES,
  findFunctionLanguage,
  parseApiRuntime,
  isInside,
  realPath,
  resolveReal,
  isInsideOnDisk,
  isSameFileOnDisk,
  CONFIG_FILE_NAME,
  KB,
  MB,
  DEFAULT_LIMITS,
  API_LIMITS,
  SITE_PACKAGE,
  API_PACKAGE
};
