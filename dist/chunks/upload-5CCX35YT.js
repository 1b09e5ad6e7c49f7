import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkSkuLimit,
  deploy,
  describeApi,
  dryRun,
  preparePayload,
  validateDeploymentToken,
  writeZip
} from "./chunk-NAUJWYDU.js";
import {
  utcMinute
} from "./chunk-5TAZCBOB.js";
import {
  buildEventInfo,
  closedSinceEvent
} from "./chunk-K5BWCTTR.js";
import "./chunk-Y4NIKKHH.js";
import "./chunk-LZZURRD6.js";
import {
  PRODUCTION
} from "./chunk-2NIQTK25.js";
import {
  signInFor
} from "./chunk-QMJYSKCK.js";
import {
  GitHubApiError,
  PER_PAGE,
  callGitHub,
  connectGitHub,
  listAll,
  parseBody,
  repositoryPath
} from "./chunk-SEURIIWG.js";
import "./chunk-JWWNSDB2.js";
import "./chunk-WVTSOKUD.js";
import {
  runUrl
} from "./chunk-W7KA5A33.js";
import "./chunk-VNDHQQUS.js";
import "./chunk-QHVDYYVQ.js";
import {
  staticSiteResourceId
} from "./chunk-RAYSHZJF.js";
import {
  CancelledError
} from "./chunk-EUBNWP6M.js";
import {
  ActionError,
  counted,
  errorText,
  formatBytes,
  formatCount,
  formatSeconds,
  info,
  troubleshootingUrl,
  warning
} from "./chunk-B36TA7D5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// builtin:node:crypto?src/actions/upload.ts
var require_node_crypto = __commonJS({
  "builtin:node:crypto?src/actions/upload.ts"(exports, module) {
    module.exports = __require("node:crypto");
  }
});

// src/actions/upload.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);

// src/arm/authPolicy.ts
var DEPLOYMENT_TOKEN_POLICY = "DeploymentToken";
var GITHUB_POLICY = "GitHub";
function policyFixes(where, site) {
  const body = JSON.stringify({
    properties: {
      deploymentAuthPolicy: DEPLOYMENT_TOKEN_POLICY,
      repositoryToken: "<a GitHub token with access to the repository>",
      repositoryUrl: site?.repositoryUrl || "<repository URL>",
      branch: site?.branch || "<branch>"
    }
  });
  return `Either switch properties.deploymentAuthPolicy back to ${DEPLOYMENT_TOKEN_POLICY} with an ARM PATCH that also carries repositoryToken, repositoryUrl and branch (az rest --method patch --url "${where.resourceManagerEndpoint}${where.resourceId}?api-version=2025-05-01" --body '${body}'), or recreate the Static Web App without linking a repository (deployment source "Other"); then re-run the job.`;
}
function checkDeploymentAuthPolicy(site, where) {
  if (site.deploymentAuthPolicy?.toLowerCase() !== GITHUB_POLICY.toLowerCase()) return;
  throw new ActionError(
    `Static Web App '${where.appName}' has the deployment authorization policy "${GITHUB_POLICY}": it accepts uploads only from the workflow of its linked repository, and the content plane rejects the deployment token this action would read ("No matching Static Web App was found or the api key was invalid."). Nothing was read or uploaded.`,
    {
      step: "ARM read Static Web App",
      doc: "deployment-auth-policy",
      fix: policyFixes(where, site)
    }
  );
}

// src/payload/headStart.ts
var HeadStart = class {
  stream;
  packaged = 0;
  listener;
  /**
   * Told of the bytes packaged so far (set by whoever takes the stream). A listener set late is
   * told at once what was packaged before it came: a small site is packaged whole during sign-in.
   */
  set onPackagedBytes(listener) {
    this.listener = listener;
    if (this.packaged > 0) listener?.(this.packaged);
  }
  constructor(payload, options = {}) {
    const stream = writeZip(payload, {
      ...options,
      onPackagedBytes: (bytes) => {
        this.packaged = bytes;
        this.listener?.(bytes);
      }
    });
    stream.on("error", () => void 0);
    stream.read(0);
    this.stream = stream;
  }
  /** The archive already packaging, once; undefined after (a retry packages anew). */
  take() {
    const stream = this.stream;
    this.stream = void 0;
    return stream;
  }
  /** Stops the packaging if nothing took it: the run failed or ended before the upload. */
  dispose() {
    this.stream?.destroy();
    this.stream = void 0;
  }
};

// src/previews/comment.ts
function commentMarker(resourceId) {
  return `<!-- keyless-swa-deploy preview: app=${resourceId} -->`;
}
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
async function commentAuthor(api) {
  try {
    const reply = await callGitHub(api, {
      step: "GitHub read the token\u2019s user",
      method: "GET",
      path: "/user",
      permission: "pull-requests: write"
    });
    const login = parseBody(reply, "GitHub read the token\u2019s user")?.login;
    if (typeof login === "string" && login !== "") return login;
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.reason !== "forbidden") throw error;
  }
  return ACTIONS_BOT_LOGIN;
}
function previewDetails(config, target, context, deployed, env) {
  return {
    appName: config.appName,
    resourceId: staticSiteResourceId(config),
    url: deployed.url,
    environment: target.environment,
    // GITHUB_SHA of a pull_request run is the merge commit, not what the author pushed.
    commit: context.pullRequest?.headSha ?? env.GITHUB_SHA,
    fileCount: deployed.fileCount,
    totalBytes: deployed.totalBytes,
    deployedAt: /* @__PURE__ */ new Date(),
    durationMs: deployed.timings.reduce((sum, timing) => sum + timing.ms, 0),
    runUrl: runUrl(env)
  };
}
function renderComment(details) {
  const rows = [
    ["Preview", link(details.url)],
    ["Environment", code(details.environment)],
    ["Commit", details.commit === void 0 ? "unknown" : code(details.commit.slice(0, 12))],
    [
      "Files",
      `${formatCount(details.fileCount)} (${formatBytes(details.totalBytes)}, ${counted(details.totalBytes, "byte")})`
    ],
    [
      "Deployed",
      `${utcMinute(details.deployedAt)}, in ${formatSeconds(details.durationMs)}${details.runUrl ? `, by ${link(details.runUrl, "this run")}` : ""}`
    ]
  ];
  return [
    commentMarker(details.resourceId),
    `### Azure Static Web Apps preview of ${code(details.appName)}`,
    "",
    "| | |",
    "| --- | --- |",
    ...rows.map(([what, value]) => `| ${what} | ${value} |`),
    ""
  ].join("\n");
}
async function upsertComment(api, repository, number, resourceId, body) {
  const repo = `/repos/${repositoryPath(repository)}`;
  const marker = commentMarker(resourceId).toLowerCase();
  const author = (await commentAuthor(api)).toLowerCase();
  const comments = await listAll(
    api,
    {
      step: `GitHub list comments of #${number}`,
      method: "GET",
      path: `${repo}/issues/${number}/comments?per_page=${PER_PAGE}`,
      permission: "pull-requests: read"
    }
  );
  const mine = comments.find(
    (comment) => typeof comment.id === "number" && typeof comment.body === "string" && // ARM ids compare case-insensitively; a person's comment carrying the marker is not ours.
    comment.body.trimStart().toLowerCase().startsWith(marker) && typeof comment.user?.login === "string" && comment.user.login.toLowerCase() === author
  );
  if (mine !== void 0) {
    await callGitHub(api, {
      step: `GitHub update comment on #${number}`,
      method: "PATCH",
      path: `${repo}/issues/comments/${String(mine.id)}`,
      body: { body },
      permission: "pull-requests: write"
    });
    return "updated";
  }
  await callGitHub(api, {
    step: `GitHub comment on #${number}`,
    method: "POST",
    path: `${repo}/issues/${number}/comments`,
    body: { body },
    permission: "pull-requests: write"
  });
  return "created";
}
async function commentOnPullRequest(github, context, details) {
  const pr = context.pullRequest;
  if (pr === void 0) {
    info("pr-comment: this is not a pull request event; no comment.");
    return;
  }
  if (github === void 0 || context.repository === "") {
    return warnNoComment(
      pr.number,
      new ActionError(
        "github-token is blank (or GITHUB_API_URL / GITHUB_REPOSITORY are not set).",
        {
          fix: "Leave github-token at its default (${{ github.token }}) and run the action in a GitHub Actions job."
        }
      )
    );
  }
  try {
    const done = await upsertComment(
      github,
      context.repository,
      pr.number,
      details.resourceId,
      renderComment(details)
    );
    info(`Preview comment ${done} on pull request #${pr.number}.`);
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    warnNoComment(pr.number, forkAware(error, pr.fromFork));
  }
}
function forkAware(error, fromFork) {
  if (!fromFork || !(error instanceof GitHubApiError) || error.reason !== "forbidden") return error;
  return new ActionError(error.message, {
    fix: "This pull request comes from a fork: GitHub gives its workflow runs a read-only token, so no comment can be written from here. Comment from a workflow that runs with the base repository\u2019s token (for example on workflow_run), or leave pr-comment off for forks."
  });
}
function warnNoComment(number, error) {
  const fix = error instanceof ActionError && error.fix ? ` Fix: ${error.fix}` : "";
  const text = error instanceof Error ? error.message : errorText(error);
  warning(
    `pr-comment: no comment on pull request #${number}: ${text}${fix} The deployment itself succeeded. See ${troubleshootingUrl()}#pr-comment`
  );
}
function code(value) {
  return `\`${value.replace(/[`|\r\n]/g, "")}\``;
}
function link(url, text = url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "https:" && !/[\s<>()[\]|`]/.test(url))
      return `[${text.replace(/[[\]|`]/g, "")}](${url})`;
  } catch {
  }
  return code(url);
}

// src/actions/upload.ts
async function upload(request, run) {
  const { context, target, env } = request;
  const inputs = request.config;
  const { signal, known, stage, timings } = run;
  const payload = await stage("Check payload", () => preparePayload(inputs));
  run.onFinish(() => payload.close());
  known.fileCount = payload.fileCount;
  known.totalBytes = payload.totalBytes;
  known.api = apiReportOf(payload);
  known.engine = inputs.engine.name;
  let headStart;
  if (inputs.engine.name === "native" && !inputs.dryRun) {
    const started = new HeadStart(payload);
    run.onFinish(() => started.dispose());
    headStart = started;
  }
  const github = connectGitHub(inputs, signal);
  if (github && target.isPullRequest) {
    const closed = await stage("Check pull request", () => closedSinceEvent(github, context));
    if (closed) return { skip: closed };
  }
  let officialClient;
  if (inputs.engine.name === "official") {
    const { version } = inputs.engine;
    const { installOfficialClient } = await import("./install-VQ76GXZK.js");
    officialClient = await stage(
      "Install StaticSitesClient",
      () => installOfficialClient(version, signal)
    );
    known.engine = `official: StaticSitesClient buildId ${officialClient.release.buildId}`;
  }
  const { arm, config } = await signInFor(request, run);
  const {
    readStaticSite,
    readDeploymentToken,
    readEnvironment,
    checkEnvironmentLimit,
    quotaNotes
  } = await loadSiteSteps();
  const site = await stage("Read Static Web App", () => readStaticSite(arm, config));
  checkDeploymentAuthPolicy(site, { ...config, resourceId: staticSiteResourceId(config) });
  checkSkuLimit(payload, site.sku);
  const limit = await stage(
    "Check preview environments",
    () => checkEnvironmentLimit(arm, config, site.sku, target)
  );
  if (limit.skip) return { skip: limit.skip };
  const deploymentToken = await stage(
    "Read deployment token",
    () => readDeploymentToken(arm, config)
  );
  const contentHost = contentHostOf(site);
  const trace = {
    correlationId: (0, import_node_crypto.randomUUID)(),
    contentHost: hostOf(contentHost),
    unhealthyRegions: []
  };
  known.trace = trace;
  known.deploymentId = trace.correlationId;
  const contentPlane = {
    contentHost,
    deploymentToken,
    eventInfo: buildEventInfo(target, site),
    trace,
    signal,
    // The policy was just read and the token just listed: the bad-token text then means an incident.
    checkedSite: { deploymentAuthPolicy: site.deploymentAuthPolicy }
  };
  if (config.dryRun) {
    await stage("Validate deployment token (dry run)", () => validateDeploymentToken(contentPlane));
    const packaged = await stage("Package (dry run)", () => dryRun(payload));
    const withApi = payload.api ? `, and ${describeApi(payload.api)}` : "";
    info(
      `Dry run: the content plane accepts the deployment token; would upload ${counted(payload.fileCount, "file")} (${counted(payload.totalBytes, "byte")}, ${formatCount(packaged.zipBytes)} zipped)${withApi} to '${target.environment}' of ${config.appName}. Nothing was uploaded.`
    );
    if (officialClient) {
      info(
        `Dry run: StaticSitesClient ${officialClient.release.buildId} is downloaded and its SHA-256 verified; it was not run.`
      );
    }
    return {
      report: {
        ...known,
        outcome: "dry-run",
        notes: quotaNotes(limit.quota),
        timings: timings.list()
      }
    };
  }
  run.enter("Deploy");
  if (officialClient) known.deploymentId = void 0;
  const uploadWith = officialClient ? (await import("./deploy-75YUQJ5W.js")).uploadWithOfficialClient(
    officialClient,
    target,
    config.workspace
  ) : deploy;
  const result = await uploadWith({
    ...contentPlane,
    payload,
    ...headStart ? { headStart } : {},
    fallbackHostname: () => fallbackHostname(readEnvironment, arm, config, site, target),
    environmentStatus: async () => (await readEnvironment(arm, config, armEnvironmentName(target)))?.status,
    timeoutSeconds: config.deploymentTimeoutSeconds
  });
  if (known.api) known.api.upload = result.apiUpload;
  if (config.prComment) {
    const deployed = {
      ...payload,
      url: result.url,
      timings: [...timings.list(), ...result.timings]
    };
    await stage(
      "Pull request comment",
      () => commentOnPullRequest(github, context, previewDetails(config, target, context, deployed, env))
    );
  }
  return {
    report: {
      ...known,
      outcome: "deployed",
      url: result.url,
      timings: [...timings.list(), ...result.timings]
    }
  };
}
async function loadSiteSteps() {
  const [staticSite, environments, limits] = await Promise.all([
    import("./staticSite-4B57HUVL.js"),
    import("./environments-NV7Y74GY.js"),
    import("./limits-NNIC3PSL.js")
  ]);
  return { ...staticSite, ...environments, ...limits };
}
function contentHostOf(site) {
  if (site.contentDistributionEndpoint) return site.contentDistributionEndpoint;
  throw new ActionError("ARM did not report the site's content distribution endpoint.", {
    doc: "arm-other",
    fix: "Check the Static Web App finished provisioning (its Overview page shows a URL), then retry."
  });
}
function armEnvironmentName(target) {
  return target.environment === PRODUCTION ? "default" : target.environment;
}
function apiReportOf(payload) {
  const api = payload.api;
  if (api === void 0) return void 0;
  return {
    fileCount: api.fileCount,
    totalBytes: api.totalBytes,
    archiveBytes: api.archive.bytes,
    language: api.language,
    languageVersion: api.languageVersion
  };
}
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
async function fallbackHostname(readEnvironmentOf, arm, config, site, target) {
  if (target.environment === PRODUCTION) return site.defaultHostname;
  const environment = await readEnvironmentOf(arm, config, target.environment).catch(
    () => void 0
  );
  return environment?.hostname ?? site.defaultHostname;
}
export {
  upload
};
