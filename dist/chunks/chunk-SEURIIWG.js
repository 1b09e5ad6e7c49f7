import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  STEP_LIMITS,
  describeBody,
  isTransientStatus,
  parseRetryAfter,
  send
} from "./chunk-EUBNWP6M.js";
import {
  ActionError,
  counted,
  printable,
  registerSecret
} from "./chunk-B36TA7D5.js";

// src/github/rest.ts
var GITHUB_API_VERSION = "2022-11-28";
var SECONDARY_LIMIT_WAIT_MS = 6e4;
var PER_PAGE = 100;
var MAX_PAGES = 50;
function connectGitHub(config, signal) {
  if (config.githubToken === void 0 || config.githubApiUrl === void 0) return void 0;
  return {
    baseUrl: config.githubApiUrl.replace(/\/+$/, ""),
    token: registerSecret(config.githubToken),
    signal
  };
}
var GitHubApiError = class extends ActionError {
  constructor(message, details, reason, githubMessage) {
    super(message, details);
    this.reason = reason;
    this.githubMessage = githubMessage;
    this.name = "GitHubApiError";
  }
  reason;
  githubMessage;
};
async function callGitHub(api, call) {
  return await sendTo(api, call, `${api.baseUrl}${call.path}`);
}
async function listAll(api, call) {
  const items = [];
  let url = `${api.baseUrl}${call.path}`;
  for (let page = 1; url !== void 0; page++) {
    if (page > MAX_PAGES) {
      throw new GitHubApiError(
        `${call.step}: GitHub linked more than ${MAX_PAGES} pages; the listing was not finished.`,
        { step: call.step, doc: "github-api" },
        "other",
        ""
      );
    }
    const reply = await sendTo(api, call, url);
    const body = parseBody(reply, call.step);
    if (!Array.isArray(body)) throw notAList(call.step, reply);
    items.push(...body);
    url = nextPage(reply.headers.link, api, call.step);
  }
  return items;
}
async function sendTo(api, call, url) {
  const headers = {
    authorization: `Bearer ${api.token}`,
    accept: "application/vnd.github+json",
    "x-github-api-version": GITHUB_API_VERSION
  };
  if (call.body !== void 0) headers["content-type"] = "application/json; charset=utf-8";
  const reply = await send({
    step: call.step,
    method: call.method,
    url,
    headers,
    ...call.body === void 0 ? {} : { body: JSON.stringify(call.body) },
    signal: api.signal,
    limits: STEP_LIMITS.githubApi,
    throttled: (answer) => rateLimitWait(answer)
  });
  if (reply.status >= 200 && reply.status < 300) return reply;
  throw gitHubError(call, reply);
}
function rateLimitWait(reply, now = Date.now()) {
  if (reply.status !== 403 && reply.status !== 429) return void 0;
  const retryAfter = parseRetryAfter(reply.headers["retry-after"], now);
  if (retryAfter !== void 0) return retryAfter;
  if (reply.headers["x-ratelimit-remaining"]?.trim() === "0") {
    const reset = Number(reply.headers["x-ratelimit-reset"]);
    const serverNow = Date.parse(reply.headers.date ?? "");
    if (!Number.isFinite(reset)) return SECONDARY_LIMIT_WAIT_MS;
    return Math.max(0, reset * 1e3 - (Number.isNaN(serverNow) ? now : serverNow));
  }
  if (/secondary rate limit/i.test(reply.body)) return SECONDARY_LIMIT_WAIT_MS;
  return void 0;
}
function nextPage(link, api, step) {
  if (!link) return void 0;
  const target = link.split(",").map((part) => /^\s*<([^>]*)>(.*)$/.exec(part)).find((match) => match !== null && relationsOf(match[2]).includes("next"))?.[1];
  if (target === void 0) return void 0;
  if (!isBelowBaseUrl(api.baseUrl, target)) {
    throw new GitHubApiError(
      `${step}: GitHub's next-page link leads outside GITHUB_API_URL (to ${originOf(target)}); it was not followed, so the token stays with ${originOf(api.baseUrl)}.`,
      {
        step,
        doc: "github-api",
        fix: "Check GITHUB_API_URL is the API of the GitHub that runs the workflow (GHES: https://HOST/api/v3)."
      },
      "other",
      ""
    );
  }
  return target;
}
function relationsOf(parameters) {
  const rel = /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(parameters)?.[1] ?? "";
  return rel.trim().toLowerCase().split(/\s+/);
}
function isBelowBaseUrl(baseUrl, target) {
  try {
    const base = new URL(baseUrl);
    const url = new URL(target);
    const basePath = base.pathname.replace(/\/+$/, "");
    return url.origin === base.origin && url.username === "" && url.password === "" && (basePath === "" || url.pathname.startsWith(`${basePath}/`));
  } catch {
    return false;
  }
}
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return "an invalid URL";
  }
}
function parseBody(reply, step) {
  try {
    return JSON.parse(reply.body);
  } catch {
    throw new GitHubApiError(
      `${step}: HTTP ${reply.status} with a body that is not JSON (${describeBody(reply.body)}).`,
      { step, status: reply.status, doc: "github-api" },
      "other",
      ""
    );
  }
}
function notAList(step, reply) {
  return new GitHubApiError(
    `${step}: HTTP ${reply.status} with a body that is not a JSON list (${describeBody(reply.body)}).`,
    { step, status: reply.status, doc: "github-api" },
    "other",
    ""
  );
}
function messageOf(body) {
  try {
    const message = JSON.parse(body).message;
    if (typeof message === "string" && message !== "") return printable(message, 300);
  } catch {
  }
  return describeBody(body);
}
var REFUSALS = {
  401: {
    reason: "unauthorized",
    said: ": GitHub refused the token",
    fix: () => "Leave github-token at its default (${{ github.token }}), or give it a token that is still valid for this repository."
  },
  403: {
    reason: "forbidden",
    said: ": the token may not do this",
    fix: (permission) => `Give the job \`permissions: ${permission}\` (with contents: read and id-token: write). Pull requests from forks only ever get a read-only token.`
  },
  404: {
    reason: "not-found",
    said: "",
    fix: (permission) => `Check GITHUB_REPOSITORY and that the token can read it (\`permissions: ${permission}\`).`
  }
};
function gitHubError(call, reply) {
  const said = messageOf(reply.body);
  const base = { step: call.step, status: reply.status, doc: "github-api" };
  const failed = `${call.step} failed: HTTP ${reply.status} (${said})`;
  if (rateLimitWait(reply) !== void 0) {
    const reset = Number(reply.headers["x-ratelimit-reset"]);
    const when = Number.isFinite(reset) ? `; the limit resets at ${new Date(reset * 1e3).toISOString()}` : "";
    const fix2 = "Run fewer jobs that call the GitHub API with this token at once (GITHUB_TOKEN allows 1,000 requests an hour per repository), or re-run the job after the reset.";
    return new GitHubApiError(
      `${failed}: GitHub's API rate limit is used up${when}.`,
      { ...base, fix: fix2 },
      "rate-limited",
      said
    );
  }
  const refusal = REFUSALS[reply.status];
  if (refusal !== void 0) {
    const fix2 = refusal.fix(call.permission);
    return new GitHubApiError(`${failed}${refusal.said}.`, { ...base, fix: fix2 }, refusal.reason, said);
  }
  const after = isTransientStatus(reply.status) ? ` after ${counted(reply.attempts, "attempt")}` : "";
  const fix = "Re-run the job; if it persists, check https://www.githubstatus.com.";
  return new GitHubApiError(
    `${call.step} failed: HTTP ${reply.status}${after} (${said}).`,
    { ...base, fix },
    "other",
    said
  );
}
function repositoryPath(repository) {
  return repository.split("/").map((part) => encodeURIComponent(part)).join("/");
}

export {
  PER_PAGE,
  connectGitHub,
  GitHubApiError,
  callGitHub,
  listAll,
  parseBody,
  repositoryPath
};
