import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  privateCopy,
  removeTempFolder
} from "./chunk-PFB64HBO.js";
import {
  checkHoldable,
  judgeTimeout,
  openSource,
  readZipInput
} from "./chunk-NAUJWYDU.js";
import "./chunk-RNULDIMQ.js";
import {
  API_LIMITS,
  API_PACKAGE,
  CONFIG_FILE_NAME,
  SITE_PACKAGE,
  findServerText
} from "./chunk-LZZURRD6.js";
import {
  PRODUCTION
} from "./chunk-2NIQTK25.js";
import {
  elapsedMs
} from "./chunk-JWWNSDB2.js";
import "./chunk-QHVDYYVQ.js";
import "./chunk-RAYSHZJF.js";
import {
  Interruption,
  STEP_LIMITS,
  cancelledError,
  knob,
  throwIfCancelled
} from "./chunk-EUBNWP6M.js";
import {
  ActionError,
  counted,
  endSentence,
  formatBytes,
  formatSeconds,
  info,
  isDebug,
  printable,
  relayed
} from "./chunk-B36TA7D5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// builtin:node:fs/promises?src/engine/deploy.ts
var require_promises = __commonJS({
  "builtin:node:fs/promises?src/engine/deploy.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:os?src/engine/deploy.ts
var require_node_os = __commonJS({
  "builtin:node:os?src/engine/deploy.ts"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin:node:path?src/engine/deploy.ts
var require_node_path = __commonJS({
  "builtin:node:path?src/engine/deploy.ts"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin:node:fs?src/engine/appFolder.ts
var require_node_fs = __commonJS({
  "builtin:node:fs?src/engine/appFolder.ts"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:fs/promises?src/engine/appFolder.ts
var require_promises2 = __commonJS({
  "builtin:node:fs/promises?src/engine/appFolder.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:os?src/engine/appFolder.ts
var require_node_os2 = __commonJS({
  "builtin:node:os?src/engine/appFolder.ts"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin:node:path?src/engine/appFolder.ts
var require_node_path2 = __commonJS({
  "builtin:node:path?src/engine/appFolder.ts"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin:node:stream/promises?src/engine/appFolder.ts
var require_promises3 = __commonJS({
  "builtin:node:stream/promises?src/engine/appFolder.ts"(exports, module) {
    module.exports = __require("node:stream/promises");
  }
});

// builtin:node:fs/promises?src/engine/environment.ts
var require_promises4 = __commonJS({
  "builtin:node:fs/promises?src/engine/environment.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:path?src/engine/environment.ts
var require_node_path3 = __commonJS({
  "builtin:node:path?src/engine/environment.ts"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin:node:child_process?src/engine/process.ts
var require_node_child_process = __commonJS({
  "builtin:node:child_process?src/engine/process.ts"(exports, module) {
    module.exports = __require("node:child_process");
  }
});

// src/engine/deploy.ts
var import_promises4 = __toESM(require_promises(), 1);
var import_node_os2 = __toESM(require_node_os(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);

// src/engine/appFolder.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_promises = __toESM(require_promises2(), 1);
var import_node_os = __toESM(require_node_os2(), 1);
var import_node_path = __toESM(require_node_path2(), 1);
var import_promises2 = __toESM(require_promises3(), 1);
async function appFolderFor(payload, env = process.env, kind = SITE_PACKAGE) {
  const hasRootConfig = payload.files.some((file) => file.name === CONFIG_FILE_NAME);
  if (payload.origin === "folder") {
    const configFileLocation = payload.placedConfigFile !== void 0 ? import_node_path.default.dirname(payload.placedConfigFile) : hasRootConfig ? payload.location : void 0;
    return { location: payload.location, configFileLocation, dispose: async () => {
    } };
  }
  checkHoldable(
    payload.files.map((file) => file.name),
    kind
  );
  const location = await (0, import_promises.mkdtemp)(import_node_path.default.join(env.RUNNER_TEMP?.trim() || import_node_os.default.tmpdir(), "swa-app-"));
  const dispose = () => removeTempFolder(location);
  try {
    for (const file of payload.files) {
      const target = import_node_path.default.join(location, ...file.name.split("/"));
      await (0, import_promises.mkdir)(import_node_path.default.dirname(target), { recursive: true });
      await (0, import_promises2.pipeline)(
        await openSource(file),
        (0, import_node_fs.createWriteStream)(target, { mode: 420, flags: "wx" })
      );
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return { location, configFileLocation: hasRootConfig ? location : void 0, dispose };
}
async function apiFolderFor(api, env = process.env) {
  if (api.origin === "folder") return { location: api.location, dispose: async () => {
  } };
  const { archive, files } = await readZipInput(
    api.archive.path,
    API_LIMITS,
    void 0,
    API_PACKAGE
  );
  try {
    return await appFolderFor(
      { origin: "zip", location: api.archive.path, files, placedConfigFile: void 0 },
      env,
      API_PACKAGE
    );
  } finally {
    archive.close();
  }
}

// src/engine/environment.ts
var import_promises3 = __toESM(require_promises4(), 1);
var import_node_path2 = __toESM(require_node_path3(), 1);
var RUNNER_FILES = {
  GITHUB_OUTPUT: "the step's outputs are the action's verdict (url, static_web_app_url, outcome), set from what the client did",
  GITHUB_ENV: "a line there sets a variable for every later step (NODE_OPTIONS, LD_PRELOAD: code that runs in them)",
  GITHUB_PATH: "a line there puts a folder first on every later step\u2019s PATH",
  GITHUB_STATE: "the action's own state for a post step (it has none today): nothing another program should seed",
  GITHUB_STEP_SUMMARY: "the step summary is the action\u2019s report: what the client wrote there would read as the action\u2019s word"
};
async function discardedRunnerFiles(folder) {
  const files = {};
  for (const name of Object.keys(RUNNER_FILES)) {
    files[name] = import_node_path2.default.join(folder, `discarded-${name.toLowerCase()}`);
    await (0, import_promises3.writeFile)(files[name], "", { flag: "wx" });
  }
  return files;
}
var CLIENT_VARIABLES = {
  DEPLOYMENT_ACTION: () => "upload",
  DEPLOYMENT_TOKEN: (run) => run.deploymentToken,
  DEPLOYMENT_PROVIDER: () => "GitHub",
  REPOSITORY_BASE: (run) => run.repositoryBase,
  APP_LOCATION: (run) => run.appLocation,
  // The payload is prebuilt: the client must not run Oryx on it.
  SKIP_APP_BUILD: () => "true",
  SKIP_API_BUILD: () => "true",
  CONFIG_FILE_LOCATION: (run) => run.configFileLocation,
  API_LOCATION: (run) => run.api?.location,
  FUNCTION_LANGUAGE: (run) => run.api?.language,
  FUNCTION_LANGUAGE_VERSION: (run) => run.api?.languageVersion,
  DEPLOYMENT_ENVIRONMENT: (run) => run.environment,
  VERBOSE: (run) => run.verbose ? "true" : "false",
  ...Object.fromEntries(
    Object.keys(RUNNER_FILES).map((name) => [
      name,
      (run) => run.runnerFiles[name]
    ])
  )
};
var SECTION_6_VARIABLES = [
  "DEPLOYMENT_ACTION",
  "DEPLOYMENT_TOKEN",
  "DEPLOYMENT_PROVIDER",
  "REPOSITORY_BASE",
  "APP_LOCATION",
  "SKIP_APP_BUILD",
  "SKIP_API_BUILD",
  "API_LOCATION",
  "CONFIG_FILE_LOCATION",
  "DEPLOYMENT_ENVIRONMENT",
  "FUNCTION_LANGUAGE",
  "FUNCTION_LANGUAGE_VERSION",
  "VERBOSE"
];
var WITHHELD = [
  { pattern: /^INPUT_/i, why: "this action's inputs (github-token among them)" },
  {
    pattern: /^ACTIONS_/i,
    why: "the OIDC token request credential, the runtime and cache tokens, debug flags (VERBOSE carries that one)"
  },
  { pattern: /^GITHUB_TOKEN$/i, why: "a token a workflow may have put in env" },
  {
    pattern: /^GITHUB_(EVENT_NAME|EVENT_PATH|REF|REF_NAME|REF_TYPE|HEAD_REF|BASE_REF)$/i,
    why: "the event: this action settled the target, and DEPLOYMENT_ENVIRONMENT says it"
  }
];
function clientEnvironment(run, inherited) {
  const own = new Set(
    [...SECTION_6_VARIABLES, ...Object.keys(RUNNER_FILES)].map((name) => name.toUpperCase())
  );
  const env = {};
  for (const [name, value] of Object.entries(inherited)) {
    if (value === void 0 || own.has(name.toUpperCase())) continue;
    if (WITHHELD.some((rule) => rule.pattern.test(name))) continue;
    env[name] = value;
  }
  for (const [name, value] of Object.entries(CLIENT_VARIABLES)) {
    const set = value(run);
    if (set !== void 0) env[name] = set;
  }
  return env;
}

// src/engine/output.ts
var CLIENT_LINES = [
  {
    pattern: /Visit your site at:\s*(\S*)/,
    read: ([, url], report) => {
      report.successLine = true;
      report.siteUrl = url || void 0;
    }
  },
  {
    pattern: /^\s*Status:\s*([A-Za-z]+)\./,
    read: ([, status], report) => report.lastStatus = status
  },
  {
    pattern: /Deployment Failure Reason:\s*(.*\S)/,
    read: ([, reason], report) => report.failureReason = reason
  },
  { pattern: /Deployment Failed/i, read: (_match, report) => report.deploymentFailed = true },
  {
    pattern: /content server has rejected the request with:\s*(\S+)/i,
    read: ([, status], report) => report.rejectedWith = status
  },
  {
    pattern: /^\s*Reason:\s*(.*\S)/,
    read: ([, reason], report) => {
      if (report.rejectedWith !== void 0) report.rejectionReason ??= reason;
    }
  },
  {
    pattern: /problems communicating with our content server/i,
    read: (_match, report) => report.contentServerUnreachable = true
  },
  {
    pattern: /Option '([^']*)' is unknown/i,
    read: ([, option], report) => report.unknownOption = option
  },
  { pattern: /Upload Timed Out/i, read: (_match, report) => report.timedOut = true }
];
var SGR = /\u001b\[[0-9;]*m/g;
var MAX_LINE_CHARS = 64 * 1024;
var LAST_LINES = 10;
var ClientOutput = class {
  constructor(show = relayed) {
    this.show = show;
  }
  show;
  report = {
    successLine: false,
    deploymentFailed: false,
    contentServerUnreachable: false,
    timedOut: false,
    lastLines: []
  };
  partial = {
    stdout: { text: "", cut: false },
    stderr: { text: "", cut: false }
  };
  /** A chunk of one of the client's streams, already decoded. */
  push(stream, chunk) {
    const pending = this.partial[stream];
    const lines = (pending.text + chunk).split(/\r\n|\n|\r/);
    pending.text = lines.pop() ?? "";
    for (const line of lines) {
      this.line(pending.cut ? "" : line);
      pending.cut = false;
    }
    if (pending.text.length > MAX_LINE_CHARS) {
      if (!pending.cut) this.line(pending.text.slice(0, MAX_LINE_CHARS));
      pending.text = "";
      pending.cut = true;
    }
  }
  /** The streams closed: a last line without a newline is still a line. */
  end() {
    for (const pending of Object.values(this.partial)) {
      if (pending.text !== "" && !pending.cut) this.line(pending.text);
      pending.text = "";
    }
  }
  line(raw) {
    const line = raw.replace(SGR, "");
    if (line.trim() === "") return;
    this.show(line);
    for (const { pattern, read } of CLIENT_LINES) {
      const match = pattern.exec(line);
      if (match) read(match, this.report);
    }
    this.report.lastLines.push(printable(line, 500));
    if (this.report.lastLines.length > LAST_LINES) this.report.lastLines.shift();
  }
};
var READ_LINES = "Read the client's lines above. If engine: native fails the same way, the cause is in the site or on the service's side, not in either client.";
var CLIENT_TEXTS = [
  {
    applies: (report) => report.rejectedWith !== void 0,
    verdict: (report) => ({
      said: `The content server has rejected the request with: ${report.rejectedWith ?? ""}${report.rejectionReason ? `. Reason: ${report.rejectionReason}` : ""}`,
      serverText: report.rejectionReason,
      cause: `the content server refused the deployment (${report.rejectedWith ?? "no status"}) with a reason this action does not know`,
      fix: READ_LINES
    })
  },
  {
    applies: (report) => report.failureReason !== void 0,
    verdict: (report) => ({
      said: `Deployment Failure Reason: ${report.failureReason ?? ""}`,
      serverText: report.failureReason,
      cause: "the client reported the deployment as failed",
      fix: READ_LINES
    })
  },
  {
    applies: (report) => report.contentServerUnreachable,
    verdict: () => ({
      said: "We are currently experiencing problems communicating with our content server.",
      serverText: void 0,
      cause: "StaticSitesClient could not reach the content server for about a minute; in 2026 this came with service incidents (Azure/static-web-apps#1738, #1772\u2013#1781)",
      fix: "Check Azure status (https://azure.status.microsoft/en-us/status) and re-run the job later; engine: native talks to the same content server and names the call and the status that failed."
    })
  },
  {
    applies: (report) => report.deploymentFailed || /^(Failed|Canceled)$/i.test(report.lastStatus ?? ""),
    verdict: (report) => ({
      said: `Deployment Failed (last status ${report.lastStatus ?? "none printed"})`,
      serverText: void 0,
      cause: "the client reported the deployment as failed without a reason",
      fix: READ_LINES
    })
  },
  {
    applies: (report) => report.unknownOption !== void 0,
    verdict: (report) => ({
      said: `Option '${report.unknownOption ?? ""}' is unknown.`,
      serverText: void 0,
      cause: "this build of StaticSitesClient refused a setting it was given and deployed nothing (static-web-apps-cli#998)",
      fix: "Pin engine-version to another buildId (backup, or one the manifest lists), or use engine: native."
    })
  }
];
function judgeClient(code, report) {
  if (report.timedOut) return { kind: "gave-up" };
  const text = CLIENT_TEXTS.find((row) => row.applies(report));
  if (text !== void 0) return { kind: "failed", ...text.verdict(report) };
  if (code !== 0) {
    return {
      kind: "failed",
      said: report.lastLines.at(-1),
      serverText: report.lastLines.join("\n"),
      cause: void 0,
      fix: READ_LINES
    };
  }
  if (!report.successLine) {
    return {
      kind: "failed",
      said: report.lastLines.at(-1),
      serverText: void 0,
      cause: 'StaticSitesClient exited 0 without its success line ("Visit your site at: <url>"), so nothing says it deployed; it has exited 0 after failing before (Azure/static-web-apps#1246, #1062; static-web-apps-cli#998)',
      fix: `${READ_LINES} Re-run the job; if it ends the same way, pin engine-version to another buildId or use engine: native.`
    };
  }
  return { kind: "succeeded" };
}

// src/engine/process.ts
var import_node_child_process = __toESM(require_node_child_process(), 1);
var FORWARDED = {
  SIGINT: "SIGINT",
  SIGTERM: "SIGTERM",
  SIGBREAK: "SIGTERM"
};
var STOP_GRACE_MS = 5e3;
var CONSOLE_EVENTS = /* @__PURE__ */ new Set(["SIGINT", "SIGBREAK"]);
function clientHeardCancellation(platform, signalName) {
  return platform === "win32" && CONSOLE_EVENTS.has(signalName);
}
var DRAIN_MS = 2e3;
function runClient(run) {
  return new Promise((resolve, reject) => {
    const child = (0, import_node_child_process.spawn)(run.path, [], {
      cwd: run.cwd,
      env: run.env,
      stdio: ["ignore", "pipe", "pipe"],
      // Not hidden: windowsHide makes libuv pass CREATE_NO_WINDOW, a console of the client's own,
      // and the runner's Ctrl+C/Ctrl+Break would never reach it (nodejs/node#29837). On the
      // action's console it hears them; the action itself always has one on a runner (no window).
      windowsHide: false
    });
    let stopping;
    let killTimer;
    let drainTimer;
    const running = () => child.exitCode === null && child.signalCode === null;
    const stop = (end, signalName, alreadyHeard = false) => {
      if (stopping !== void 0 || !running()) return;
      stopping = end;
      if (!alreadyHeard) child.kill(signalName);
      killTimer = setTimeout(() => {
        if (running()) child.kill("SIGKILL");
      }, run.stopGraceMs ?? STOP_GRACE_MS);
    };
    const onAbort = () => {
      const reason = run.signal.reason;
      const name = reason instanceof Interruption ? reason.signalName : "SIGTERM";
      const forwarded = FORWARDED[name] ?? "SIGTERM";
      const heard = clientHeardCancellation(run.platform ?? process.platform, name);
      stop({ kind: "cancelled", signalName: forwarded }, forwarded, heard);
    };
    const onExit = () => {
      if (running()) child.kill("SIGKILL");
    };
    const limit = setTimeout(() => stop({ kind: "timed-out" }, "SIGTERM"), run.limitMs);
    let settled = false;
    const settle = (end) => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      clearTimeout(killTimer);
      clearTimeout(drainTimer);
      run.signal.removeEventListener("abort", onAbort);
      process.off("exit", onExit);
      run.output.end();
      if (end instanceof Error) reject(end);
      else resolve(end);
    };
    process.on("exit", onExit);
    if (run.signal.aborted) onAbort();
    else run.signal.addEventListener("abort", onAbort, { once: true });
    child.stdout.setEncoding("utf8").on("data", (chunk) => run.output.push("stdout", chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => run.output.push("stderr", chunk));
    child.on("error", (error) => {
      if (child.pid !== void 0) return;
      settle(
        new ActionError(
          `StaticSitesClient could not be started (${printable(error.code ?? error.message)}).`,
          {
            step: "StaticSitesClient",
            doc: "official-client-failed",
            fix: "Check the runner can run x64 programs from RUNNER_TEMP, where its checked copy is started (not mounted noexec); engine: native needs no program."
          }
        )
      );
    });
    child.on("exit", (code, signalName) => {
      const end = stopping ?? { kind: "exited", code, signalName };
      drainTimer = setTimeout(() => settle(end), DRAIN_MS);
      child.on("close", () => settle(end));
    });
  });
}

// src/engine/deploy.ts
var STEP = "StaticSitesClient";
var CLIENT_CORRELATION = "chosen by StaticSitesClient (not reported)";
var UPLOAD_ALLOWANCE_MS = 3 * STEP_LIMITS.content.budgetMs + STEP_LIMITS.blobBlock.budgetMs + STEP_LIMITS.blobCommit.budgetMs;
function clientRunLimitMs(timeoutSeconds, contentHost) {
  return Math.min(
    UPLOAD_ALLOWANCE_MS + timeoutSeconds * 1e3,
    knob("clientRunLimitMs", contentHost)
  );
}
function uploadWithOfficialClient(client, target, workspace, env = process.env) {
  return (options) => runOfficialClient({ ...options, client, target, workspace, env });
}
async function runOfficialClient(options) {
  const { client, payload, target, signal, env, trace } = options;
  const { buildId } = client.release;
  trace.correlationId = CLIENT_CORRELATION;
  const workFolder = await (0, import_promises4.mkdtemp)(
    import_node_path3.default.join(env.RUNNER_TEMP?.trim() || import_node_os2.default.tmpdir(), "swa-client-run-")
  );
  let app;
  let api;
  try {
    const program = await privateCopy(client, workFolder);
    throwIfCancelled(signal, `the upload by ${STEP}`);
    app = await appFolderFor(payload, env);
    api = payload.api && await apiFolderFor(payload.api, env);
    const runnerFiles = await discardedRunnerFiles(workFolder);
    const output = new ClientOutput();
    const limitMs = clientRunLimitMs(options.timeoutSeconds, options.contentHost);
    info(
      `Deployment by ${STEP} ${buildId}: ${counted(payload.fileCount, "file")}, ${formatBytes(payload.totalBytes)} to ${target.environment === PRODUCTION ? "production" : `environment '${target.environment}'`}.`
    );
    const started = performance.now();
    const end = await runClient({
      path: program,
      env: clientEnvironment(
        {
          runnerFiles,
          deploymentToken: options.deploymentToken,
          appLocation: app.location,
          configFileLocation: app.configFileLocation,
          environment: target.environment === PRODUCTION ? void 0 : target.environment,
          repositoryBase: options.workspace,
          verbose: isDebug(),
          api: payload.api && api && {
            location: api.location,
            language: payload.api.language,
            languageVersion: payload.api.languageVersion
          }
        },
        env
      ),
      cwd: workFolder,
      signal,
      limitMs,
      output
    });
    const timings = [{ phase: `${STEP} ${buildId}`, ms: elapsedMs(started) }];
    if (output.report.lastStatus) trace.lastStatus = printable(output.report.lastStatus, 64);
    const url = await outcome(end, output.report, { ...options, limitMs });
    info(`Deployment succeeded: ${url}`);
    return { url, timings, apiUpload: payload.api && "by-official-client" };
  } finally {
    await removeTempFolder(workFolder);
    await app?.dispose();
    await api?.dispose();
  }
}
async function outcome(end, report, options) {
  const { buildId } = options.client.release;
  if (end.kind === "cancelled") throw cancelledError(options.signal, `the upload by ${STEP}`);
  if (end.kind === "timed-out") {
    throw await judgeTimeout(
      options,
      `${STEP} ${buildId} did not finish within ${formatSeconds(options.limitMs)} (the upload's allowance and deployment-timeout) and was stopped; last status ${options.trace.lastStatus ?? "none seen"}`,
      STEP
    );
  }
  const verdict = judgeClient(end.code, report);
  if (verdict.kind === "succeeded") return await siteUrl(report, options.fallbackHostname);
  if (verdict.kind === "gave-up") {
    throw await judgeTimeout(
      options,
      `${STEP} ${buildId} gave up waiting for the deployment ("Upload Timed Out. Unsure if deployment was successful or not."); last status ${options.trace.lastStatus ?? "none seen"}`,
      STEP
    );
  }
  throw clientFailed(end, verdict, buildId, options.checkedSite);
}
function clientFailed(end, verdict, buildId, checkedSite) {
  const how = end.code !== null ? `exited with code ${end.code}` : `was ended by ${end.signalName}`;
  const said = verdict.said;
  const message = endSentence(
    `${STEP} ${buildId} ${how}${said ? `: ${printable(said, 1e3)}` : " without printing anything"}`
  );
  const known = verdict.serverText === void 0 ? void 0 : findServerText(verdict.serverText, checkedSite);
  if (known !== void 0) {
    return new ActionError(`${message} Cause: ${known.cause}.`, {
      step: STEP,
      doc: known.doc,
      fix: known.fix
    });
  }
  const cause = verdict.cause === void 0 ? "" : ` Cause: ${verdict.cause}.`;
  return new ActionError(`${message}${cause}`, {
    step: STEP,
    doc: "official-client-failed",
    fix: verdict.fix
  });
}
async function siteUrl(report, fallback) {
  if (report.siteUrl !== void 0) {
    try {
      if (new URL(report.siteUrl).protocol === "https:") return report.siteUrl;
    } catch {
    }
  }
  info(`${STEP} printed no https site URL; using the environment's hostname from ARM.`);
  const hostname = await fallback();
  return /^https:\/\//i.test(hostname) ? hostname : `https://${hostname}`;
}
export {
  uploadWithOfficialClient
};
