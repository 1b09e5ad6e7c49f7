import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ActionError,
  HttpClient,
  counted,
  endSentence,
  exitWhenWritten,
  fail,
  formatSeconds,
  info,
  printable
} from "./chunk-B36TA7D5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// builtin:node:http?src/http/transport.ts
var require_node_http = __commonJS({
  "builtin:node:http?src/http/transport.ts"(exports, module) {
    module.exports = __require("node:http");
  }
});

// builtin:node:https?src/http/transport.ts
var require_node_https = __commonJS({
  "builtin:node:https?src/http/transport.ts"(exports, module) {
    module.exports = __require("node:https");
  }
});

// builtin:node:net?src/http/transport.ts
var require_node_net = __commonJS({
  "builtin:node:net?src/http/transport.ts"(exports, module) {
    module.exports = __require("node:net");
  }
});

// builtin:node:stream?src/http/transport.ts
var require_node_stream = __commonJS({
  "builtin:node:stream?src/http/transport.ts"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// builtin:node:stream/promises?src/http/transport.ts
var require_promises = __commonJS({
  "builtin:node:stream/promises?src/http/transport.ts"(exports, module) {
    module.exports = __require("node:stream/promises");
  }
});

// src/knobs.ts
var KNOBS = {
  /** Base of the retry backoff. */
  retryBaseMs: { variable: "KEYLESS_SWA_RETRY_BASE_MS", production: 1e3, floor: 1 },
  /** Wait between two looks at a long-running operation (distribution, environment deletion). */
  pollIntervalMs: { variable: "KEYLESS_SWA_POLL_INTERVAL_MS", production: 3e3, floor: 10 },
  /** Cap on one attempt's time limit (the hang and stall tests). */
  attemptLimitMs: {
    variable: "KEYLESS_SWA_HTTP_TIMEOUT_MS",
    production: Number.POSITIVE_INFINITY,
    floor: 100
  },
  /** Cap on StaticSitesClient's whole run, keyed by the site's content host (the limit's test). */
  clientRunLimitMs: {
    variable: "KEYLESS_SWA_CLIENT_LIMIT_MS",
    production: Number.POSITIVE_INFINITY,
    floor: 100
  }
};
function knob(name, url, env = process.env) {
  const { variable, production, floor } = KNOBS[name];
  const raw = env[variable]?.trim();
  if (!raw || !isLoopback(url)) return production;
  const value = Number(raw);
  if (!Number.isFinite(value)) return production;
  return Math.min(production, Math.max(floor, value));
}
function isLoopback(url) {
  let host;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return false;
  }
  return host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

// src/http/retry.ts
var ATTEMPTS = 5;
function defaultRetryPolicy(url = "https://example.invalid/") {
  const baseDelayMs = knob("retryBaseMs", url);
  return { attempts: ATTEMPTS, baseDelayMs, maxDelayMs: baseDelayMs * 16 };
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var MAX_RETRY_AFTER_MS = 12e4;
async function withRetry(attempt, judge, policy, deadline = Number.POSITIVE_INFINITY) {
  const wait = policy.sleep ?? sleep;
  const random = policy.random ?? Math.random;
  const now = policy.now ?? Date.now;
  for (let attemptNumber = 1; ; attemptNumber++) {
    let outcome;
    try {
      outcome = { value: await attempt(attemptNumber) };
    } catch (error) {
      outcome = { error };
    }
    const verdict = judge(outcome);
    const settle = () => {
      if ("error" in outcome) throw outcome.error;
      return outcome.value;
    };
    if (!verdict.retry || attemptNumber >= policy.attempts) return settle();
    const delayMs = backoffDelay(attemptNumber, policy, random, verdict.retryAfterMs);
    const giveUp = (why) => {
      policy.onGiveUp?.({ attempt: attemptNumber, reason: verdict.reason, why, delayMs });
      return settle();
    };
    if ((verdict.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) return giveUp("retry-after");
    if (now() + delayMs >= deadline) return giveUp("deadline");
    policy.onRetry?.({ attempt: attemptNumber, delayMs, reason: verdict.reason });
    await wait(delayMs);
  }
}
function backoffDelay(attemptNumber, policy, random, retryAfterMs) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptNumber - 1));
  const jittered = Math.round(ceiling / 2 + random() * ceiling / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return void 0;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1e3);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function isTransientStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status <= 599;
}

// src/http/limits.ts
var STEP_LIMITS = {
  /** The runner's OIDC token endpoint. */
  githubToken: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 12e4 },
  /** The machine's managed-identity endpoint (IMDS, App Service, Arc); a missing one ends at once. */
  managedIdentity: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 12e4 },
  /** Entra ID discovery and token calls; also cut short where the GitHub token expires. */
  entra: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 3e5 },
  arm: { attempt: { kind: "total", ms: 6e4 }, budgetMs: 3e5 },
  content: { attempt: { kind: "total", ms: 6e4 }, budgetMs: 3e5 },
  /** One look at the distribution; also cut short where deployment-timeout ends. */
  contentStatus: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 12e4 },
  blobBlock: { attempt: { kind: "idle", ms: 6e4 }, budgetMs: 6e5 },
  /** The Put Blob fallback sends the whole archive (up to 500 MB) in one request: an hour at most. */
  blobWhole: { attempt: { kind: "idle", ms: 6e4 }, budgetMs: 36e5 },
  blobCommit: { attempt: { kind: "total", ms: 6e4 }, budgetMs: 3e5 },
  /** GitHub REST (pull request state, the preview comment); its rate-limit waits count too. */
  githubApi: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 18e4 },
  /** StaticSitesClient's manifest (aka.ms and its redirect), each hop. */
  clientManifest: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 12e4 },
  /** StaticSitesClient itself, ~100 MB: a silence limit, so a slow link is not cut off. */
  clientDownload: { attempt: { kind: "idle", ms: 6e4 }, budgetMs: 9e5 }
};

// src/cancel.ts
var GRACE_MS = 7e3;
var SIGNALS = ["SIGINT", "SIGTERM", "SIGBREAK"];
var Interruption = class {
  constructor(signalName) {
    this.signalName = signalName;
  }
  signalName;
};
var CancelledError = class extends ActionError {
  signalName;
  constructor(signalName, during) {
    super(`Cancelled (${signalName}) during ${during}; nothing further was sent.`, {
      step: during,
      doc: "cancelled"
    });
    this.name = "CancelledError";
    this.signalName = signalName;
  }
};
function cancelledError(signal, during) {
  const reason = signal.reason;
  return new CancelledError(reason instanceof Interruption ? reason.signalName : "aborted", during);
}
function throwIfCancelled(signal, during) {
  if (signal.aborted) throw cancelledError(signal, during);
}
function waitUnlessCancelled(ms, signal, during) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(cancelledError(signal, during));
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelledError(signal, during));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
function cancelOnSignals() {
  const controller = new AbortController();
  let stage = "start-up";
  let deadline;
  const onSignal = (name) => {
    if (controller.signal.aborted) {
      forceExit(new CancelledError(name, stage));
      return;
    }
    info(`Received ${name}: cancelling the deployment.`);
    controller.abort(new Interruption(name));
    deadline = setTimeout(() => forceExit(new CancelledError(name, stage)), GRACE_MS).unref();
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    enter: (next) => {
      stage = next;
    },
    dispose: () => {
      clearTimeout(deadline);
      for (const name of SIGNALS) process.off(name, onSignal);
    }
  };
}
function forceExit(error) {
  fail(error);
  exitWhenWritten(1);
}

// src/http/transport.ts
var import_node_http = __toESM(require_node_http(), 1);
var import_node_https = __toESM(require_node_https(), 1);
var import_node_net = __toESM(require_node_net(), 1);
var import_node_stream = __toESM(require_node_stream(), 1);
var import_promises = __toESM(require_promises(), 1);

// package.json
var package_default = {
  name: "keyless-swa-deploy",
  version: "0.1.0",
  private: true,
  description: "Deploy a prebuilt site to Azure Static Web Apps with GitHub OIDC: no stored secret.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=24"
  },
  bin: {
    "keyless-swa-deploy": "dist/setup.js"
  },
  scripts: {
    bundle: "node scripts/bundle.mjs",
    pretest: "node scripts/test-tools.mjs && node scripts/bundle.mjs --if-stale",
    test: "node --experimental-vm-modules node_modules/jest/bin/jest.js",
    lint: "eslint . && depcruise src emulator --config .dependency-cruiser.cjs && knip",
    "format:write": "prettier --write .",
    "format:check": "prettier --check .",
    typecheck: "tsc -p .",
    all: "npm run format:write && npm run lint && npm run typecheck && npm test",
    demo: "tsx scripts/demo.ts",
    emulator: "tsx emulator/cli.ts",
    bench: "tsx scripts/bench.ts",
    "docs:faults": "tsx scripts/fault-table.ts",
    "docs:action": "tsx scripts/action-docs.ts && prettier --write README.md",
    "local-action": "tsx scripts/local-action.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/http-client": "^4.0.1",
    "@azure-rest/core-client": "^2.7.0",
    "@azure/arm-appservice": "^19.0.0",
    "@azure/arm-authorization": "^9.0.0",
    "@azure/core-rest-pipeline": "^1.24.0",
    "@azure/identity": "^4.14.1",
    "@azure/msal-node": "^7.2.1",
    yauzl: "^3.4.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@azure/storage-blob": "^12.34.0",
    "@eslint/js": "^10.0.1",
    "@github/local-action": "^7.0.1",
    "@jest/globals": "^29.7.0",
    "@jest/test-sequencer": "^29.7.0",
    "@types/jest": "^29.5.14",
    "@types/node": "^24.19.2",
    "@types/node-forge": "^1.3.14",
    "@types/yauzl": "^3.4.0",
    "@types/yazl": "^3.3.1",
    "@vercel/ncc": "^0.45.0",
    azurite: "^3.35.0",
    "dependency-cruiser": "^17.4.3",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    jest: "^29.7.0",
    "jest-environment-node": "^29.7.0",
    knip: "^6.48.0",
    "node-forge": "^1.4.3",
    prettier: "^3.10.1",
    tsx: "^4.23.15",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0",
    yazl: "^3.3.1"
  },
  optionalDependencies: {
    node: "^24.21.0"
  },
  allowScripts: {
    node: true,
    esbuild: true,
    "@parcel/watcher": true
  }
};

// src/http/transport.ts
var USER_AGENT = `${package_default.name}/${package_default.version}`;
var DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
var WRITE_SLICE_BYTES = 64 * 1024;
var client;
function httpClient() {
  client ??= new HttpClient(USER_AGENT, [], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: true
  });
  return client;
}
function closeTransport() {
  client?.dispose();
  client = void 0;
}
var NetworkError = class extends ActionError {
  constructor(step, cause, attempts, stoppedEarly) {
    const reason = networkFailureReason(cause);
    const early = stoppedEarly ? `; not retried: ${stoppedEarly}` : "";
    super(`${step} failed after ${counted(attempts, "attempt")}: ${reason}${early}`, {
      step,
      fix: "Check the runner can reach the endpoint (proxy settings: https_proxy, no_proxy) and retry the job.",
      doc: "network-errors"
    });
    this.name = "NetworkError";
  }
};
var UnreachableHost = class extends ActionError {
  constructor(step, reason) {
    super(`${step} failed: ${endSentence(reason)}`, { step, doc: "network-errors" });
    this.reason = reason;
    this.name = "UnreachableHost";
  }
  reason;
};
var AttemptTimeout = class extends Error {
  constructor(limit) {
    super(timedOutReason(limit));
    this.limit = limit;
    this.name = "AttemptTimeout";
  }
  limit;
};
async function send(request, policy = defaultRetryPolicy(request.url)) {
  assertHttps(request);
  assertRedirectsSafe(request);
  throwIfCancelled(request.signal, request.step);
  const now = policy.now ?? Date.now;
  const end = stepEnd(request, now());
  let attempts = 0;
  let stoppedEarly;
  try {
    const reply = await withRetry(
      async (attemptNumber) => {
        attempts = attemptNumber;
        return await sendOnce(request, attemptLimit(request, end.at - now()));
      },
      (outcome) => judgeReply(outcome, request),
      {
        ...policy,
        sleep: (ms) => waitUnlessCancelled(ms, request.signal, request.step),
        onRetry: (retry) => {
          info(
            `${request.step}: ${retry.reason}; retrying in ${formatSeconds(retry.delayMs)} (attempt ${retry.attempt + 1} of ${policy.attempts}).`
          );
          policy.onRetry?.(retry);
        },
        onGiveUp: (giveUp) => {
          stoppedEarly = giveUpText(giveUp, end);
          info(`${request.step}: ${giveUp.reason}; not retried: ${stoppedEarly}.`);
          policy.onGiveUp?.(giveUp);
        }
      },
      end.at
    );
    if (request.redirects !== "return") refuseRedirect(request.step, reply);
    return { ...reply, attempts };
  } catch (error) {
    if (error instanceof ActionError) throw error;
    if (error instanceof Unreachable) throw new UnreachableHost(request.step, error.reason);
    throw new NetworkError(request.step, error, attempts, stoppedEarly);
  }
}
function stepEnd(request, started) {
  const budget = {
    at: started + request.limits.budgetMs,
    what: `the step's ${formatSeconds(request.limits.budgetMs)} time budget`
  };
  return request.deadline !== void 0 && request.deadline.at < budget.at ? request.deadline : budget;
}
function attemptLimit(request, remainingMs) {
  const { kind, ms } = request.limits.attempt;
  const limit = { kind, ms: Math.min(ms, knob("attemptLimitMs", request.url)) };
  return kind === "idle" ? { ...limit, ceilingMs: Math.max(limit.ms, remainingMs) } : limit;
}
function giveUpText(giveUp, end) {
  const wait = formatSeconds(giveUp.delayMs);
  return giveUp.why === "retry-after" ? `the server asked to wait ${wait}, longer than the ${formatSeconds(MAX_RETRY_AFTER_MS)} the action waits` : `waiting ${wait} more would run past ${end.what}`;
}
function networkFailureReason(error) {
  if (error instanceof AttemptTimeout || error instanceof Unreachable) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === "object" && error !== null ? error.code : void 0;
  if (code === "ECONNRESET" || code === "EPIPE" || code === "ERR_STREAM_PREMATURE_CLOSE" || /socket hang up|aborted/i.test(message)) {
    return `the connection was dropped before a reply (${printable(message)})`;
  }
  if (code === "ECONNREFUSED") return `the connection was refused (${printable(message)})`;
  return printable(message);
}
function timedOutReason(limit) {
  return limit.kind === "idle" ? `timed out: no data moved for ${formatSeconds(limit.ms)}` : `timed out: no complete reply within ${formatSeconds(limit.ms)}`;
}
function judgeReply(outcome, request) {
  if ("error" in outcome) {
    if (outcome.error instanceof ActionError || outcome.error instanceof Unreachable) {
      return { retry: false };
    }
    return { retry: true, reason: networkFailureReason(outcome.error) };
  }
  const { status, headers } = outcome.value;
  const throttleMs = request.throttled?.(outcome.value);
  if (throttleMs !== void 0) {
    return { retry: true, reason: `HTTP ${status} (rate limited)`, retryAfterMs: throttleMs };
  }
  const alsoTransient = request.machineLocal?.alsoTransient ?? [];
  if (!isTransientStatus(status) && !alsoTransient.includes(status)) return { retry: false };
  return {
    retry: true,
    reason: `HTTP ${status}`,
    retryAfterMs: parseRetryAfter(headers["retry-after"])
  };
}
function refuseRedirect(step, reply) {
  if (reply.status < 300 || reply.status >= 400 || reply.status === 304) return;
  let target = "no Location";
  try {
    if (reply.headers.location) target = `to ${new URL(reply.headers.location).origin}`;
  } catch {
    target = "to an invalid Location";
  }
  throw new ActionError(
    `${step}: the server answered with a redirect (HTTP ${reply.status}, ${printable(target)}); redirects are refused so that no credential follows one.`,
    {
      step,
      status: reply.status,
      doc: "network-errors",
      fix: "Check the endpoint inputs point at the service itself, not at a gateway or proxy that redirects."
    }
  );
}
function assertRedirectsSafe(request) {
  if (request.redirects !== "return") return;
  const names = Object.keys(request.headers ?? {}).map((name) => name.toLowerCase());
  if (request.method !== "GET" || request.body !== void 0 || names.some(isCredentialHeader)) {
    throw new Error(`${request.step}: only a GET without a credential may follow redirects.`);
  }
}
function isCredentialHeader(name) {
  return name === "authorization" || name === "cookie" || name.startsWith("x-ms-");
}
function assertHttps(request) {
  let protocol;
  try {
    protocol = new URL(request.url).protocol;
  } catch {
    throw new ActionError(`${request.step}: the URL is not valid.`, { step: request.step });
  }
  if (protocol === "http:" && request.machineLocal !== void 0 && isOnMachine(request.url)) return;
  if (protocol !== "https:") {
    throw new ActionError(
      `${request.step}: refused to send a request over ${protocol} (https only).`,
      {
        step: request.step,
        fix: "Endpoints must be https URLs."
      }
    );
  }
}
function isOnMachine(url) {
  let host;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  } catch {
    return false;
  }
  if (host === "localhost" || isLoopback(`http://[${host}]/`) || isLoopback(`http://${host}/`)) {
    return true;
  }
  if ((0, import_node_net.isIP)(host) === 4) return /^169\.254\.\d{1,3}\.\d{1,3}$/.test(host);
  return (0, import_node_net.isIP)(host) === 6 && /^fe[89ab][0-9a-f]:/.test(host);
}
var Unreachable = class extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
    this.name = "Unreachable";
  }
  reason;
};
var UNREACHABLE_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EHOSTDOWN"]);
function sendOnce(request, limit) {
  const url = new URL(request.url);
  const body = request.body;
  const parts = isStreamBody(body) ? void 0 : bodyParts(body);
  const headers = lowercaseKeys(request.headers ?? {});
  headers["user-agent"] = headers["user-agent"] ? `${USER_AGENT} ${headers["user-agent"]}` : USER_AGENT;
  if (isStreamBody(body)) headers["content-length"] = String(body.length);
  else if (parts !== void 0) {
    headers["content-length"] = String(parts.reduce((sum, part) => sum + part.length, 0));
  }
  return new Promise((resolve, reject) => {
    let timer;
    let settled = false;
    const ceiling = limit.ceilingMs === void 0 ? void 0 : setTimeout(
      () => end(new AttemptTimeout({ kind: "total", ms: limit.ceilingMs })),
      limit.ceilingMs
    );
    const restartTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => end(new AttemptTimeout(limit)), limit.ms);
    };
    const end = (error, reply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(ceiling);
      request.signal.removeEventListener("abort", onAbort);
      if (reply !== void 0) return resolve(reply);
      req.destroy(error instanceof Error ? error : new Error(String(error)));
      reject(error);
    };
    const onAbort = () => end(cancelledError(request.signal, request.step));
    const progress = () => {
      if (limit.kind === "idle" && !settled) restartTimer();
    };
    const plain = url.protocol === "http:";
    const req = (plain ? import_node_http.default : import_node_https.default).request({
      host: url.hostname.replace(/^\[|\]$/g, ""),
      port: url.port ? Number(url.port) : plain ? 80 : 443,
      path: `${url.pathname}${url.search}`,
      method: request.method,
      headers,
      // The machine's own endpoint: a fresh direct socket, never a proxy's (NO_PROXY or not).
      agent: request.machineLocal ? false : httpClient().getAgent(request.url)
    });
    restartTimer();
    request.signal.addEventListener("abort", onAbort, { once: true });
    const local = request.machineLocal;
    if (local !== void 0) {
      const connectTimer = setTimeout(
        () => end(
          new Unreachable(
            `no connection within ${formatSeconds(local.connectLimitMs)} (nothing answers at ${url.host})`
          )
        ),
        local.connectLimitMs
      );
      req.on("socket", (socket) => socket.once("connect", () => clearTimeout(connectTimer)));
      req.on("close", () => clearTimeout(connectTimer));
    }
    req.on("error", (error) => end(local ? unreachableOr(error, url.host) : error));
    if (request.onSent) req.once("finish", request.onSent);
    req.on("response", (response) => {
      progress();
      readReply(response, request, progress).then(
        (reply) => end(void 0, reply),
        (error) => end(error)
      );
    });
    const writing = isStreamBody(body) ? writeStream(req, body.open(), progress) : writeBody(req, parts, progress);
    writing.catch((error) => end(error));
  });
}
function unreachableOr(error, host) {
  const code = error.code;
  if (typeof code !== "string" || !UNREACHABLE_CODES.has(code)) return error;
  return new Unreachable(`the connection to ${host} was refused or has no route (${code})`);
}
function isStreamBody(body) {
  return typeof body === "object" && !Buffer.isBuffer(body) && !Array.isArray(body);
}
function bodyParts(body) {
  if (body === void 0) return void 0;
  if (typeof body === "string") return [Buffer.from(body, "utf8")];
  return Buffer.isBuffer(body) ? [body] : body;
}
async function writeBody(req, parts, progress, last = true) {
  for (const part of parts ?? []) {
    for (let offset = 0; offset < part.length; offset += WRITE_SLICE_BYTES) {
      if (req.destroyed) return;
      const slice = part.subarray(offset, offset + WRITE_SLICE_BYTES);
      if (!req.write(slice, () => progress())) await drained(req);
    }
  }
  if (last && !req.destroyed) req.end();
}
async function writeStream(req, source, progress) {
  try {
    for await (const chunk of source) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      await writeBody(req, [buffer], progress, false);
      if (req.destroyed) return;
    }
    if (!req.destroyed) req.end();
  } finally {
    ;
    source.destroy?.();
  }
}
function drained(req) {
  return new Promise((resolve) => {
    const done = () => {
      req.off("drain", done);
      req.off("close", done);
      resolve();
    };
    req.on("drain", done);
    req.on("close", done);
  });
}
function readReply(response, request, progress) {
  const status = response.statusCode ?? 0;
  if (request.replyTo !== void 0 && status >= 200 && status < 300) {
    return streamReply(response, request.step, request.replyTo, progress);
  }
  const limit = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    response.on("data", (chunk) => {
      progress();
      size += chunk.length;
      if (size > limit) {
        response.destroy();
        reject(
          new ActionError(
            `${request.step}: the server's reply exceeded ${limit} bytes and was refused.`,
            { step: request.step }
          )
        );
        return;
      }
      chunks.push(chunk);
    });
    response.on("error", reject);
    response.on("close", () => {
      if (!response.complete) reject(new Error("aborted: the reply was cut off"));
    });
    response.on(
      "end",
      () => resolve({
        status: response.statusCode ?? 0,
        headers: flattenHeaders(response.headers),
        body: Buffer.concat(chunks).toString("utf8")
      })
    );
  });
}
async function streamReply(response, step, sink, progress) {
  let size = 0;
  const counter = new import_node_stream.Transform({
    transform(chunk, _encoding, done) {
      progress();
      size += chunk.length;
      if (size <= sink.maxBytes) return done(null, chunk);
      done(
        new ActionError(`${step}: the reply exceeded ${sink.maxBytes} bytes and was refused.`, {
          step
        })
      );
    }
  });
  await (0, import_promises.pipeline)(response, counter, sink.open());
  if (!response.complete) throw new Error("aborted: the reply was cut off");
  return { status: response.statusCode ?? 0, headers: flattenHeaders(response.headers), body: "" };
}
function lowercaseKeys(headers) {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])
  );
}
function flattenHeaders(headers) {
  const flat = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== void 0)
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
function parseJson(reply, step) {
  try {
    return JSON.parse(reply.body);
  } catch {
    throw new ActionError(
      `${step}: HTTP ${reply.status} with a body that is not JSON (${describeBody(reply.body)}).`,
      { step, status: reply.status }
    );
  }
}
function describeBody(body, limit = 200) {
  const oneLine = body.replace(/\s+/g, " ").trim();
  return oneLine.length === 0 ? "empty body" : printable(oneLine, limit);
}

export {
  knob,
  defaultRetryPolicy,
  withRetry,
  parseRetryAfter,
  isTransientStatus,
  STEP_LIMITS,
  Interruption,
  CancelledError,
  cancelledError,
  throwIfCancelled,
  waitUnlessCancelled,
  cancelOnSignals,
  closeTransport,
  UnreachableHost,
  send,
  isOnMachine,
  parseJson,
  describeBody
};
