import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  logPresentedClaims,
  requestGitHubToken
} from "./chunk-BNK3PU35.js";
import {
  runUrl
} from "./chunk-W7KA5A33.js";
import "./chunk-VNDHQQUS.js";
import "./chunk-QHVDYYVQ.js";
import "./chunk-P4Q3KWJW.js";
import "./chunk-K5OVE63I.js";
import "./chunk-HANBNIMK.js";

// src/signIn/githubOidc.ts
var loadExchangeAndArm = () => Promise.all([import("./exchange-NP3ENS5A.js"), import("./client-SS7R4JLU.js")]);
var signInWithGitHubOidc = async ({
  config,
  env,
  signal,
  stage,
  onSubject
}) => {
  let loading;
  const startLoading = () => {
    if (loading === void 0) {
      loading = loadExchangeAndArm();
      loading.catch(() => void 0);
    }
    return loading;
  };
  const identity = await stage(
    "GitHub OIDC token",
    () => requestGitHubToken(config.audience, env, signal, () => void startLoading())
  );
  logPresentedClaims(identity.claims);
  onSubject(identity.claims.sub, "sub");
  const [{ acquireArmToken }, { createArmClient }] = await startLoading();
  const accessToken = await stage("Entra ID token", () => acquireArmToken(config, identity, signal));
  const arm = createArmClient(config, accessToken, { signal, runUrl: runUrl(env) });
  return { subject: identity.claims.sub, arm };
};
export {
  signInWithGitHubOidc
};
