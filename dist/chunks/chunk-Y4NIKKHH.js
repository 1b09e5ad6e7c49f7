import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubApiError,
  callGitHub,
  parseBody,
  repositoryPath
} from "./chunk-SEURIIWG.js";

// src/github/pulls.ts
async function readPullRequestState(api, repository, number) {
  const step = `GitHub read pull request #${number}`;
  let body;
  try {
    const reply = await callGitHub(api, {
      step,
      method: "GET",
      path: `/repos/${repositoryPath(repository)}/pulls/${number}`,
      permission: "pull-requests: read"
    });
    body = parseBody(reply, step);
  } catch (error) {
    if (error instanceof GitHubApiError && error.reason === "not-found") return void 0;
    throw error;
  }
  const record = typeof body === "object" && body !== null ? body : {};
  const state = record.state;
  if (state !== "open" && state !== "closed") {
    throw new GitHubApiError(
      `${step}: the reply has no state 'open' or 'closed'.`,
      { step, doc: "github-api" },
      "other",
      ""
    );
  }
  return { number, state, merged: record.merged === true };
}
async function checkRepositoryVisible(api, repository) {
  const step = `GitHub list pull requests of ${repository}`;
  try {
    await callGitHub(api, {
      step,
      method: "GET",
      path: `/repos/${repositoryPath(repository)}/pulls?state=closed&per_page=1`,
      permission: "pull-requests: read"
    });
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.reason !== "not-found") throw error;
    throw new GitHubApiError(
      `github-token cannot see the repository ${repository}: GitHub answers 404 (Not Found) for it, as it does for a private repository the token has no access to. Its pull requests cannot be looked up, so no environment is judged by them.`,
      {
        step,
        status: 404,
        doc: "github-api",
        fix: `Leave github-token at its default (\${{ github.token }}), the job's own token for ${repository}, or give a token with read access to ${repository} (\`permissions: pull-requests: read\`); check GITHUB_REPOSITORY is the repository the pull requests belong to.`
      },
      "not-found",
      error.githubMessage
    );
  }
}

export {
  readPullRequestState,
  checkRepositoryVisible
};
