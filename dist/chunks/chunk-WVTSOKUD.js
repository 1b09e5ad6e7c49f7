import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readJwtClaims
} from "./chunk-VNDHQQUS.js";
import {
  STEP_LIMITS,
  describeBody,
  isTransientStatus,
  send
} from "./chunk-EUBNWP6M.js";
import {
  ActionError,
  counted,
  formatSeconds,
  group,
  registerSecret
} from "./chunk-B36TA7D5.js";

// src/github/oidc.ts
var DEFAULT_LIFETIME_SECONDS = 300;
var IAT_ROUNDING_SECONDS = 1;
var STEP = "GitHub OIDC token request";
async function requestGitHubToken(audience, env, signal, onSent) {
  const endpoint = identityEndpoint(env);
  if (endpoint === void 0) {
    throw new ActionError(
      "The job cannot request a GitHub OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set.",
      {
        fix: "Add `permissions: id-token: write` (and `contents: read`) to the job or workflow. Pull requests from forks and Dependabot runs never get an OIDC token: deploy those from a trusted workflow, or set skip-without-identity: true to skip them with a warning.",
        doc: "missing-id-token-permission",
        step: STEP
      }
    );
  }
  const { requestUrl, requestToken } = endpoint;
  registerSecret(requestToken);
  let sentAt = Date.now();
  const reply = await send({
    step: STEP,
    method: "GET",
    url: withAudience(requestUrl, audience),
    headers: { authorization: `Bearer ${requestToken}`, accept: "application/json" },
    signal,
    limits: STEP_LIMITS.githubToken,
    onSent: () => {
      sentAt = Date.now();
      onSent?.();
    }
  });
  const token = readTokenValue(reply.status, reply.body, reply.attempts);
  registerSecret(token);
  const claims = decodeClaims(token);
  return { token, claims, expires: expiryOf(claims, sentAt) };
}
function identityEndpoint(env) {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL?.trim();
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN?.trim();
  return requestUrl && requestToken ? { requestUrl, requestToken } : void 0;
}
function expiryOf(claims, sentAt) {
  const declared = typeof claims.exp === "number" && typeof claims.iat === "number" ? claims.exp - claims.iat : NaN;
  const lifetimeSeconds = declared > 0 ? declared : DEFAULT_LIFETIME_SECONDS;
  return {
    at: sentAt + Math.max(0, lifetimeSeconds - IAT_ROUNDING_SECONDS) * 1e3,
    what: `the GitHub token's ${formatSeconds(lifetimeSeconds * 1e3)} lifetime (Entra ID refuses it after that)`
  };
}
function withAudience(requestUrl, audience) {
  const separator = requestUrl.includes("?") ? "&" : "?";
  return `${requestUrl}${separator}audience=${encodeURIComponent(audience)}`;
}
function readTokenValue(status, body, attempts) {
  if (status !== 200) {
    const authProblem = status === 401 || status === 403;
    const after = isTransientStatus(status) ? ` after ${counted(attempts, "attempt")}` : "";
    throw new ActionError(`${STEP} failed: HTTP ${status}${after} (${describeBody(body)}).`, {
      fix: authProblem ? "The runner refused the request token; re-run the job, and check `permissions: id-token: write`." : "Re-run the job; if it persists, check https://www.githubstatus.com.",
      doc: authProblem ? "missing-id-token-permission" : "oidc-token-request",
      step: STEP,
      status
    });
  }
  let value;
  try {
    value = JSON.parse(body).value;
  } catch {
    value = void 0;
  }
  if (typeof value !== "string" || value.length === 0) {
    throw new ActionError(`${STEP}: the reply has no token in its 'value' field.`, {
      fix: "Re-run the job; if it persists, check https://www.githubstatus.com.",
      doc: "oidc-token-request",
      step: STEP,
      status
    });
  }
  return value;
}
function decodeClaims(jwt) {
  const malformed = (why) => new ActionError(`The GitHub OIDC token is malformed: ${why}.`, {
    fix: "Re-run the job; if it persists, the OIDC provider is misbehaving.",
    doc: "oidc-token-request",
    step: STEP
  });
  const read = readJwtClaims(jwt);
  if ("malformed" in read) throw malformed(read.malformed);
  const { claims } = read;
  for (const name of ["iss", "sub"]) {
    if (typeof claims[name] !== "string" || claims[name] === "") {
      throw malformed(`the '${name}' claim is missing`);
    }
  }
  const aud = claims.aud;
  const audOk = typeof aud === "string" && aud !== "" || Array.isArray(aud) && aud.length > 0 && aud.every((item) => typeof item === "string");
  if (!audOk) throw malformed("the 'aud' claim is missing");
  return claims;
}
function presentedClaims(claims) {
  const rows = [
    ["iss", claims.iss],
    ["sub", claims.sub],
    ["aud", Array.isArray(claims.aud) ? claims.aud.join(", ") : claims.aud]
  ];
  if (claims.job_workflow_ref) rows.push(["job_workflow_ref", claims.job_workflow_ref]);
  if (claims.environment) rows.push(["environment", claims.environment]);
  return rows;
}
function logPresentedClaims(claims) {
  group(
    "GitHub OIDC token claims presented to Entra ID",
    presentedClaims(claims).map(([name, value]) => `${name}: ${value}`)
  );
}

export {
  requestGitHubToken,
  identityEndpoint,
  decodeClaims,
  logPresentedClaims
};
