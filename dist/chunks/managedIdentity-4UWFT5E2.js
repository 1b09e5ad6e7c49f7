import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runUrl
} from "./chunk-W7KA5A33.js";
import {
  readJwtClaims
} from "./chunk-VNDHQQUS.js";
import "./chunk-QHVDYYVQ.js";
import {
  group,
  notice
} from "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";

// src/signIn/managedIdentity.ts
var signInWithManagedIdentity = async ({
  config,
  env,
  signal,
  stage,
  onSubject
}) => {
  if (config.ignoredInputs.length > 0) {
    notice(
      `auth-type: managed-identity ignores ${config.ignoredInputs.join(" and ")}: the token comes from the machine's identity, in its own tenant.`
    );
  }
  const userAssignedClientId = config.managedIdentityClientId;
  const which = userAssignedClientId === void 0 ? "system-assigned" : `user-assigned, client id ${userAssignedClientId}`;
  onSubject(which, "managed identity");
  const { acquireManagedIdentityToken } = await import("./managedIdentity-G3YX55F7.js");
  const accessToken = await stage(
    "Managed identity token",
    () => acquireManagedIdentityToken(
      { userAssignedClientId },
      config.resourceManagerEndpoint,
      env,
      signal
    )
  );
  const read = readJwtClaims(accessToken.token);
  const claims = "claims" in read ? read.claims : void 0;
  const objectId = typeof claims?.oid === "string" ? claims.oid : void 0;
  const subject = objectId === void 0 ? which : `${which}, object id ${objectId}`;
  logUsedIdentity(which, claims);
  onSubject(subject, "managed identity");
  const { createArmClient } = await import("./client-GG2B22FQ.js");
  const arm = createArmClient(config, accessToken, { signal, runUrl: runUrl(env) });
  return { subject, arm };
};
var NAMING_CLAIMS = ["oid", "appid", "tid", "xms_mirid"];
function logUsedIdentity(which, claims) {
  const lines = [`identity: ${which}`];
  for (const name of NAMING_CLAIMS) {
    const value = claims?.[name];
    if (typeof value === "string") lines.push(`${name}: ${value}`);
  }
  group("Managed identity used for Azure", lines);
}
export {
  signInWithManagedIdentity
};
