import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  logPresentedClaims,
  requestGitHubToken
} from "./chunk-WVTSOKUD.js";
import {
  runUrl
} from "./chunk-W7KA5A33.js";
import "./chunk-VNDHQQUS.js";
import "./chunk-QHVDYYVQ.js";
import "./chunk-EUBNWP6M.js";
import "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";

// src/signIn/githubOidc.ts
var loadExchangeAndArm = () => Promise.all([import("./exchange-MODF7BSR.js"), import("./client-GG2B22FQ.js")]);
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
