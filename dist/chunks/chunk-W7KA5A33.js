import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/github/run.ts
function runUrl(env) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").trim().replace(/\/+$/, "");
  const repository = env.GITHUB_REPOSITORY?.trim() ?? "";
  const runId = env.GITHUB_RUN_ID?.trim() ?? "";
  const attempt = env.GITHUB_RUN_ATTEMPT?.trim() ?? "";
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(runId)) return void 0;
  const attemptPath = /^\d+$/.test(attempt) ? `/attempts/${attempt}` : "";
  return `${server}/${repository}/actions/runs/${runId}${attemptPath}`;
}

export {
  runUrl
};
