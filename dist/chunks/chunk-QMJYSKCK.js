import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Timings
} from "./chunk-JWWNSDB2.js";
import {
  staticSiteResourceId
} from "./chunk-RAYSHZJF.js";
import {
  cancelOnSignals,
  throwIfCancelled
} from "./chunk-EUBNWP6M.js";
import {
  counted,
  formatBytes,
  formatCount,
  info,
  setOutput,
  summary
} from "./chunk-B36TA7D5.js";

// src/report.ts
var API_UPLOAD = {
  uploaded: "uploaded",
  unchanged: "not uploaded: the same MD5 as the API deployed last, which stays deployed",
  "by-official-client": "handed to StaticSitesClient (API_LOCATION), which uploads it unless it is unchanged"
};
var COUNTS_UPLOAD = {
  deployed: true,
  "dry-run": true,
  "timed-out": true,
  closed: false,
  "already-closed": false,
  pruned: false,
  skipped: false,
  failed: "once committed"
};
function uploadedFiles(report) {
  const counts = COUNTS_UPLOAD[report.outcome];
  return counts === "once committed" ? report.trace?.committed === true : counts;
}
function setOutputs(report) {
  setOutput("outcome", report.outcome);
  if (report.environment !== void 0) setOutput("environment", report.environment);
  if (report.url !== void 0) {
    setOutput("url", report.url);
    setOutput("static_web_app_url", report.url);
  }
  if (report.deploymentId !== void 0) setOutput("deployment-id", report.deploymentId);
  if (uploadedFiles(report)) {
    if (report.fileCount !== void 0) setOutput("file-count", String(report.fileCount));
    if (report.totalBytes !== void 0) setOutput("total-bytes", String(report.totalBytes));
  }
  if (report.pruned !== void 0) setOutput("pruned", report.pruned.join(","));
}
var HEADINGS = {
  deployed: "Deployed to Azure Static Web Apps",
  "dry-run": "Dry run: nothing was uploaded",
  closed: "Preview environment closed",
  "already-closed": "Preview environment was already gone",
  pruned: "Preview environments pruned",
  skipped: "Skipped: nothing was deployed",
  "timed-out": "Deployment timed out: the site may still go live",
  failed: "Deployment failed"
};
var ACTION_HEADINGS = {
  close: {
    "dry-run": "Dry run: no preview environment was deleted",
    "timed-out": "Closing timed out: ARM may still delete the environment",
    failed: "Closing the preview environment failed"
  },
  prune: {
    "dry-run": "Dry run: no preview environment was deleted",
    "timed-out": "Pruning timed out: ARM may still delete the environment",
    failed: "Pruning preview environments failed"
  }
};
function headingOf(report) {
  const action = report.action ?? "upload";
  return (action === "upload" ? void 0 : ACTION_HEADINGS[action][report.outcome]) ?? HEADINGS[report.outcome];
}
function supportLine(trace, at) {
  const details = [`UTC time ${at.toISOString()}`];
  if (trace !== void 0) {
    details.unshift(
      `correlation id ${trace.correlationId}`,
      `content host ${trace.contentHost}`,
      `last status ${trace.lastStatus ?? "none seen"}`,
      `unhealthy regions ${trace.unhealthyRegions.join(", ") || "none reported"}`
    );
  }
  return `For support: ${details.join("; ")}.`;
}
async function writeSummary(report) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const rows = [];
  if (report.subject !== void 0)
    rows.push([`Identity presented (${report.subjectKind ?? "sub"})`, code(report.subject)]);
  if (report.resourceId !== void 0) rows.push(["Static Web App", code(report.resourceId)]);
  if (report.environment !== void 0) rows.push(["Environment", escapeHtml(report.environment)]);
  if (report.fileCount !== void 0) rows.push(["Files", formatCount(report.fileCount)]);
  if (report.totalBytes !== void 0)
    rows.push([
      "Bytes (uncompressed)",
      `${formatBytes(report.totalBytes)} (${counted(report.totalBytes, "byte")})`
    ]);
  if (report.api !== void 0) rows.push(...apiRows(report.api));
  if (report.engine !== void 0) rows.push(["Upload engine", escapeHtml(report.engine)]);
  if (report.deploymentId !== void 0)
    rows.push(["Deployment id (correlation id)", code(report.deploymentId)]);
  if (report.url !== void 0)
    rows.push(["URL", `<a href="${escapeHtml(report.url)}">${escapeHtml(report.url)}</a>`]);
  if (report.pruned !== void 0)
    rows.push(["Pruned", escapeHtml(report.pruned.join(", ") || "none")]);
  for (const [what, value] of report.notes ?? []) rows.push([escapeHtml(what), escapeHtml(value)]);
  if ("error" in report) rows.push(...supportRows(report));
  const total = report.timings.reduce((sum, timing) => sum + timing.ms, 0);
  const summary2 = summary.addHeading(headingOf(report), 2).addTable([
    [
      { data: "What", header: true },
      { data: "Value", header: true }
    ],
    ...rows
  ]);
  for (const table of report.tables ?? []) {
    summary2.addHeading(escapeHtml(table.title), 3).addTable([
      table.columns.map((column) => ({ data: escapeHtml(column), header: true })),
      ...table.rows.map((row) => row.map((cell) => escapeHtml(cell)))
    ]);
  }
  await summary2.addHeading("Timings", 3).addTable([
    [
      { data: "Phase", header: true },
      { data: "Seconds", header: true }
    ],
    ...report.timings.map((timing) => [timing.phase, seconds(timing.ms)]),
    ["Total", seconds(total)]
  ]).write();
}
function apiRows(api) {
  const rows = [
    ["API files", formatCount(api.fileCount)],
    [
      "API bytes (uncompressed)",
      `${formatBytes(api.totalBytes)} (${counted(api.totalBytes, "byte")})`
    ],
    [
      "API archive (api.zip)",
      `${formatBytes(api.archiveBytes)} (${counted(api.archiveBytes, "byte")})`
    ],
    ["API language", escapeHtml(`${api.language} ${api.languageVersion}`)]
  ];
  if (api.upload !== void 0) rows.push(["API upload", API_UPLOAD[api.upload]]);
  return rows;
}
function supportRows(report) {
  const rows = [["Outcome", code(report.outcome)]];
  const trace = report.trace;
  if (trace !== void 0) {
    rows.push(
      ["Content host (region)", code(trace.contentHost)],
      ["Last status", escapeHtml(trace.lastStatus ?? "none seen")],
      ["Unhealthy regions", escapeHtml(trace.unhealthyRegions.join(", ") || "none reported")]
    );
  }
  rows.push(
    ["Time (UTC)", code(report.at.toISOString())],
    ["Error", `<pre>${escapeHtml(report.error)}</pre>`]
  );
  return rows;
}
function seconds(ms) {
  return (ms / 1e3).toFixed(2);
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
function code(text) {
  return `<code>${escapeHtml(text)}</code>`;
}

// src/signIn/index.ts
var METHODS = {
  oidc: async () => (await import("./githubOidc-SOREZC47.js")).signInWithGitHubOidc,
  "managed-identity": async () => (await import("./managedIdentity-4UWFT5E2.js")).signInWithManagedIdentity
};
async function signIn(request) {
  const method = await METHODS[request.config.authType]();
  return await method(request);
}

// src/actions/run.ts
function startRun() {
  const cancellation = cancelOnSignals();
  const timings = new Timings();
  const { signal } = cancellation;
  const cleanups = [];
  return {
    signal,
    timings,
    known: {},
    stage: async (phase, work) => {
      cancellation.enter(phase);
      const result = await timings.measure(phase, work);
      throwIfCancelled(signal, phase);
      return result;
    },
    enter: (phase) => cancellation.enter(phase),
    onFinish: (cleanup) => cleanups.unshift(cleanup),
    finish: async () => {
      for (const cleanup of cleanups) await cleanup();
      cancellation.dispose();
    }
  };
}
async function signInFor(request, run) {
  const signedIn = await signIn({
    config: request.config,
    env: request.env,
    signal: run.signal,
    stage: run.stage,
    onSubject: (subject, kind) => {
      run.known.subject = subject;
      run.known.subjectKind = kind;
    }
  });
  const { config } = request;
  if (config.resourceGroup !== void 0) {
    return { ...signedIn, config: { ...config, resourceGroup: config.resourceGroup } };
  }
  const { findSiteGroup } = await import("./findSite-N4SJTHNE.js");
  const resourceGroup = await run.stage(
    "Find Static Web App",
    () => findSiteGroup(signedIn.arm, config)
  );
  const located = { ...config, resourceGroup };
  run.known.resourceId = staticSiteResourceId(located);
  info(
    `Found Static Web App '${config.appName}' by name in resource group '${resourceGroup}' of subscription ${config.subscriptionId} (resource-group is blank).`
  );
  return { ...signedIn, config: located };
}

export {
  setOutputs,
  supportLine,
  writeSummary,
  startRun,
  signInFor
};
