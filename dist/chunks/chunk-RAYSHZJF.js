import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isTransientStatus
} from "./chunk-EUBNWP6M.js";
import {
  ActionError,
  counted,
  printable
} from "./chunk-B36TA7D5.js";

// src/suggest.ts
var MAX_EDITS = 3;
var MIN_SHORTENING = 3;
function matchAccepted(value, accepted) {
  const wanted = value.trim().toLowerCase();
  return accepted.find((candidate) => candidate.toLowerCase() === wanted);
}
function otherToolsWord(table, typed) {
  const key = typed.trim().toLowerCase().replace(/[\s_-]+/g, "");
  return Object.hasOwn(table, key) ? table[key] : void 0;
}
function useAccepted(value, accepted, list) {
  const question = didYouMean(value, accepted);
  return question === void 0 ? `use ${list}` : `${question} Use ${list}`;
}
function didYouMean(value, accepted) {
  const meant = closestValue(value, accepted);
  return meant === void 0 ? void 0 : `did you mean '${meant}'?`;
}
function closestValue(value, accepted) {
  const typed = value.toLowerCase();
  let best;
  for (const candidate of accepted) {
    const edits = editDistance(typed, candidate.toLowerCase());
    const tolerated = Math.min(MAX_EDITS, Math.floor(candidate.length / 3));
    if (edits <= tolerated && (best === void 0 || edits < best.edits)) {
      best = { value: candidate, edits };
    }
  }
  return best?.value ?? shortened(typed, accepted);
}
function shortened(typed, accepted) {
  if (typed.length < MIN_SHORTENING) return void 0;
  const starting = accepted.filter((candidate) => candidate.toLowerCase().startsWith(typed));
  return starting.length === 1 ? starting[0] : void 0;
}
function editDistance(from, to) {
  const rows = Array.from(
    { length: from.length + 1 },
    (_, i) => Array.from({ length: to.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  const at = (i, j) => rows[i][j];
  for (let i = 1; i <= from.length; i++) {
    for (let j = 1; j <= to.length; j++) {
      const differ = from[i - 1] === to[j - 1] ? 0 : 1;
      let edits = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + differ);
      if (i > 1 && j > 1 && from[i - 1] === to[j - 2] && from[i - 2] === to[j - 1]) {
        edits = Math.min(edits, at(i - 2, j - 2) + 1);
      }
      rows[i][j] = edits;
    }
  }
  return at(from.length, to.length);
}

// src/clouds.ts
var CLOUDS = {
  AzureCloud: {
    name: "AzureCloud",
    authorityHost: "https://login.microsoftonline.com",
    resourceManagerEndpoint: "https://management.azure.com",
    audience: "api://AzureADTokenExchange",
    offersStaticWebApps: true
  },
  AzureUSGovernment: {
    name: "AzureUSGovernment",
    authorityHost: "https://login.microsoftonline.us",
    resourceManagerEndpoint: "https://management.usgovcloudapi.net",
    audience: "api://AzureADTokenExchangeUSGov",
    offersStaticWebApps: false
  },
  AzureChinaCloud: {
    name: "AzureChinaCloud",
    authorityHost: "https://login.chinacloudapi.cn",
    resourceManagerEndpoint: "https://management.chinacloudapi.cn",
    audience: "api://AzureADTokenExchangeChina",
    offersStaticWebApps: false
  }
};
function findCloud(name) {
  const known = matchAccepted(name, CLOUD_NAMES);
  return known === void 0 ? void 0 : CLOUDS[known];
}
var CLOUD_NAMES = Object.keys(CLOUDS);
var GERMANY = "Microsoft Cloud Deutschland (AzureGermanCloud) closed on 29 October 2021, and Azure's regions in Germany are in AzureCloud.";
var STACK = "Azure Stack Hub offers no Static Web Apps.";
var OTHER_CLOUD_NAMES = {
  public: { meant: "AzureCloud", whose: "Terraform's name for it" },
  usgovernment: { meant: "AzureUSGovernment", whose: "Terraform's name for it" },
  china: { meant: "AzureChinaCloud", whose: "Terraform's name for it" },
  german: { instead: GERMANY },
  stack: { instead: STACK },
  azuregermancloud: { instead: GERMANY },
  azurestack: { instead: STACK },
  azurepubliccloud: { meant: "AzureCloud", whose: "the Azure SDK for Go's name for it" },
  azureusgovernmentcloud: {
    meant: "AzureUSGovernment",
    whose: "the Azure SDK for Go's name for it"
  },
  azurestackcloud: { instead: STACK },
  usgov: { meant: "AzureUSGovernment", whose: "a short name for it" },
  gov: { meant: "AzureUSGovernment", whose: "a short name for it" },
  fairfax: { meant: "AzureUSGovernment", whose: "its code name" },
  mooncake: { meant: "AzureChinaCloud", whose: "its code name" }
};
function aboutCloudName(name) {
  const other = otherToolsWord(OTHER_CLOUD_NAMES, name);
  if (other === void 0) return didYouMean(name, CLOUD_NAMES);
  return "instead" in other ? other.instead : `did you mean '${other.meant}' (${other.whose})?`;
}
function armScope(resourceManagerEndpoint) {
  return `${resourceManagerEndpoint.replace(/\/+$/, "")}/.default`;
}

// src/diagnose.ts
var ENTRA_STEP = "Entra token request";
function aadstsCode(failure) {
  const first = failure.codes?.[0];
  if (first !== void 0) return first;
  const match = /AADSTS(\d+)/.exec(failure.description ?? "");
  return match ? Number(match[1]) : void 0;
}
function entraReason(failure) {
  const lines = (failure.description ?? "").split(/\r?\n/).map((line) => line.trim());
  const reason = lines[0] || failure.error || `HTTP ${failure.status ?? "error"}`;
  const trace = lines.filter((line) => /^(Trace ID|Correlation ID|Timestamp):/.test(line)).join(", ");
  return { reason, trace };
}
function audienceText(claims, fallback) {
  if (!claims) return fallback;
  return Array.isArray(claims.aud) ? claims.aud.join(", ") : claims.aud;
}
var BAD_SIGNATURE = {
  cause: ({ iss }) => `Entra ID could not verify the GitHub token's signature (issuer '${iss}').`,
  fix: ({ iss }) => `Check the federated credential's issuer is '${iss}' and that Entra can read its discovery document and keys (GitHub Enterprise Server must be reachable from the internet). During a signing-key rotation, a re-run succeeds.`,
  anchor: "aadsts50012"
};
var CLIENT_ID_CHECK = (clientId) => `, or correct client-id if ${clientId} is not the app registration that trusts this repository's jobs (setup prints that one's client id as AZURE_CLIENT_ID)`;
var SETUP_CHECK = " From a clone of the repository, npx github:org/keyless-swa-deploy setup --check --app-name <app> shows, per deploying job, the subject it presents and whether a credential trusts it (setup without --check adds what is missing).";
var ENTRA_CASES = {
  70021: {
    cause: ({ context, iss, sub, aud }) => `Entra ID found no federated credential on app ${context.clientId} matching the GitHub token (presented iss '${iss}', sub '${sub}', aud '${aud}').`,
    fix: ({ context, iss, sub, aud }) => `Add a federated credential to app ${context.clientId} with issuer '${iss}', subject '${sub}' and audience '${aud}'${CLIENT_ID_CHECK(context.clientId)}. A credential created in the last few minutes may not have propagated yet: wait a minute and re-run the job.${SETUP_CHECK}`,
    anchor: "aadsts70021"
  },
  700211: {
    cause: ({ iss }) => `Entra ID found no federated credential for the token's issuer '${iss}'.`,
    fix: ({ iss }) => `Set the federated credential's issuer to exactly '${iss}' (GitHub.com: https://token.actions.githubusercontent.com; GitHub Enterprise Server and enterprise-slug issuers differ).`,
    anchor: "aadsts700211"
  },
  700212: {
    cause: ({ aud }) => `Entra ID found no federated credential for the token's audience '${aud}'.`,
    fix: ({ aud, context }) => `Set the federated credential's audience to '${aud}', or set the audience input to the credential's audience (the ${context.cloud} default is '${CLOUDS[context.cloud].audience}').`,
    anchor: "aadsts700212"
  },
  700213: {
    cause: ({ context, sub }) => `Entra ID found no federated credential on app ${context.clientId} for the token's subject. Presented sub: '${sub}'.`,
    fix: ({ context, sub }) => `Add a federated credential to app ${context.clientId} whose subject is exactly '${sub}'${CLIENT_ID_CHECK(context.clientId)}. GitHub's subjects look like repo:<owner>/<repo>:ref:refs/heads/<branch> (push to a branch), repo:<owner>/<repo>:environment:<name> (job with an environment) or repo:<owner>/<repo>:pull_request (pull_request events); an organisation may customise the claim's keys.${SETUP_CHECK}`,
    anchor: "aadsts700213"
  },
  7002138: {
    cause: ({ sub }) => `The token's subject '${sub}' matches a federated credential only if letter case is ignored; Entra compares subjects case-sensitively.`,
    fix: ({ sub }) => `Edit the federated credential's subject to exactly '${sub}', with the same upper and lower case as the repository, branch and environment names.${SETUP_CHECK}`,
    anchor: "aadsts7002138"
  },
  700024: {
    cause: () => "Entra ID refused the GitHub token as outside its valid time range: it had expired (it lives about 5 minutes) or the runner's clock is off.",
    fix: () => "Re-run the job. The action requests the token right before the exchange, so a repeated failure points at the runner's clock or a slow proxy.",
    anchor: "aadsts700024"
  },
  700016: {
    cause: ({ context }) => `Entra ID has no application '${context.clientId}' in tenant '${context.tenantId}'.`,
    fix: () => "Check client-id (the app registration's Application (client) ID, not its object id) and tenant-id (the tenant the app is registered in).",
    anchor: "aadsts700016"
  },
  90002: {
    cause: ({ context }) => `Entra ID has no tenant '${context.tenantId}' in ${context.cloud}.`,
    fix: () => "Check tenant-id (the Directory (tenant) ID on the app registration's overview) and cloud: a tenant lives in one cloud.",
    anchor: "aadsts90002"
  },
  1002012: {
    cause: ({ context }) => `Entra ID refused the scope '${context.armScope}'.`,
    fix: ({ context }) => `Check resource-manager-endpoint and cloud: the scope is '<ARM endpoint>/.default', now '${context.armScope}'.`,
    anchor: "aadsts1002012"
  },
  50012: BAD_SIGNATURE,
  700027: BAD_SIGNATURE
};
function diagnoseEntra(failure, context) {
  const status = failure.status;
  if (status !== void 0 && isTransientStatus(status) && aadstsCode(failure) === void 0) {
    return status === 429 ? entraThrottled(failure) : diagnoseTransient(ENTRA_STEP, status, failure.attempts);
  }
  const code = aadstsCode(failure);
  const { reason, trace } = entraReason(failure);
  const said = printable(trace ? `${reason} (${trace})` : reason, 1e3);
  const claims = context.claims;
  const facts = {
    context,
    sub: claims?.sub ?? "(unknown)",
    iss: claims?.iss ?? "(unknown)",
    aud: audienceText(claims, context.audience)
  };
  const details = (doc, fix) => ({
    fix,
    doc,
    step: ENTRA_STEP,
    ...status === void 0 ? {} : { status }
  });
  const known = code === void 0 ? void 0 : ENTRA_CASES[code];
  if (known) {
    return new ActionError(
      `${known.cause(facts)} Entra said: ${said}`,
      details(known.anchor, known.fix(facts))
    );
  }
  if (status === 429 || failure.error === "temporarily_unavailable") return entraThrottled(failure);
  return new ActionError(
    `Entra ID refused the token exchange: ${said}`,
    details(
      "entra-other",
      code === void 0 ? "Check client-id, tenant-id and the app registration's federated credentials." : `Look the code up at https://login.microsoftonline.com/error?code=${code}.`
    )
  );
}
function entraThrottled(failure) {
  const after = failure.attempts ? ` after ${counted(failure.attempts, "attempt")}` : "";
  return new ActionError(`Entra ID throttled the token request (HTTP 429)${after}.`, {
    fix: "Wait a few minutes and re-run the job; avoid starting many jobs of the same app registration at once.",
    doc: "entra-throttled",
    step: ENTRA_STEP,
    status: 429
  });
}
function staticSiteResourceId(config) {
  return `/subscriptions/${config.subscriptionId}/resourceGroups/${config.resourceGroup}/providers/Microsoft.Web/staticSites/${config.appName}`;
}
var ROLE_ACTIONS_UPLOAD = [
  "Microsoft.Web/staticSites/read",
  "Microsoft.Web/staticSites/listSecrets/action"
];
var ROLE_ACTIONS_CLOSE = [
  "Microsoft.Web/staticSites/builds/read",
  "Microsoft.Web/staticSites/builds/delete"
];
function armCaller(said, context) {
  const named = /The client '([^']+)' with object id '([^']+)'/.exec(said);
  if (context.authType !== "managed-identity") {
    return {
      name: `app ${context.clientId}`,
      principal: "the app's service principal",
      assignee: `--assignee ${context.clientId}`
    };
  }
  const objectId = named?.[2];
  return {
    name: named ? `the machine's managed identity (client id ${named[1]}, object id ${objectId})` : "the machine's managed identity",
    principal: "the runner machine's managed identity",
    assignee: `--assignee-object-id ${objectId ?? "<principal id of the identity>"} --assignee-principal-type ServicePrincipal`
  };
}
function diagnoseArm(failure, context) {
  const { step, status } = failure;
  const code = failure.code ?? "";
  const said = printable(failure.message ?? "", 1e3).trim();
  const base = { step, status };
  const resourceGroup = context.resourceGroup ?? "(blank: found by name)";
  const names = `subscription-id '${context.subscriptionId}', resource-group '${resourceGroup}', app-name '${context.appName}'`;
  if (code === "AuthorizationFailed" || status === 403 && code === "") {
    const action = /perform action '([^']+)'/.exec(said)?.[1];
    const resourceId = context.resourceGroup === void 0 ? `/subscriptions/${context.subscriptionId}` : staticSiteResourceId({ ...context, resourceGroup: context.resourceGroup });
    const scope = /over scope '([^']+)'/.exec(said)?.[1] ?? resourceId;
    const missing = action ? `'${action}'` : "the operation";
    const who = armCaller(said, context);
    return new ActionError(
      `${step} failed: ${who.name} is not authorised to perform ${missing} on '${scope}' (HTTP ${status} AuthorizationFailed).`,
      {
        ...base,
        doc: "arm-authorizationfailed",
        fix: `Assign ${who.principal} a role on the Static Web App that grants ${ROLE_ACTIONS_UPLOAD.join(" and ")} (plus ${ROLE_ACTIONS_CLOSE.join(" and ")} for preview environments: the limit check, close and prune) \u2014 least privilege is a custom role with exactly those actions, e.g. az role assignment create ${who.assignee} --role <role> --scope ${resourceId}. New assignments take a few minutes to apply. ARM checks authorisation before existence, so also check ${names}.`
      }
    );
  }
  if (code === "ResourceGroupNotFound") {
    return new ActionError(
      `${step} failed: resource group '${resourceGroup}' was not found in subscription '${context.subscriptionId}'.`,
      { ...base, doc: "arm-resourcenotfound", fix: "Check resource-group and subscription-id." }
    );
  }
  if (code === "SubscriptionNotFound" || code === "InvalidSubscriptionId") {
    return new ActionError(
      `${step} failed: subscription '${context.subscriptionId}' was not found (${said || code}).`,
      {
        ...base,
        doc: "arm-resourcenotfound",
        fix: `Check subscription-id, and that it belongs to tenant '${context.tenantId}' in ${context.cloud}.`
      }
    );
  }
  if (code === "ResourceNotFound" || status === 404 && code === "") {
    return new ActionError(
      `${step} failed: Static Web App '${context.appName}' was not found in resource group '${resourceGroup}' of subscription '${context.subscriptionId}'.`,
      { ...base, doc: "arm-resourcenotfound", fix: `Check ${names}.` }
    );
  }
  if (code === "InvalidAuthenticationTokenAudience") {
    return new ActionError(
      `${step} failed: ARM at ${context.resourceManagerEndpoint} refused the access token's audience (${said || code}).`,
      {
        ...base,
        doc: "arm-invalidauthenticationtoken",
        fix: "Check cloud and resource-manager-endpoint: the token is requested for <resource-manager-endpoint>/.default and must be the endpoint the Static Web App lives behind."
      }
    );
  }
  if (code === "InvalidAuthenticationTokenTenant") {
    return new ActionError(
      `${step} failed: the access token is from tenant '${context.tenantId}', not the tenant of subscription '${context.subscriptionId}' (${said || code}).`,
      {
        ...base,
        doc: "arm-invalidauthenticationtoken",
        fix: "Set tenant-id to the tenant that owns the subscription (az account show --query tenantId), with an app registration and federated credential in that tenant."
      }
    );
  }
  if (code.startsWith("InvalidAuthenticationToken") || code === "ExpiredAuthenticationToken") {
    return new ActionError(`${step} failed: ARM refused the access token (${code}: ${said}).`, {
      ...base,
      doc: "arm-invalidauthenticationtoken",
      fix: "Check cloud, tenant-id and resource-manager-endpoint match the subscription, then re-run the job."
    });
  }
  if (isTransientStatus(status) && failure.attempts !== void 0) {
    return diagnoseTransient(step, status, failure.attempts);
  }
  const detail = [code, said].filter(Boolean).join(": ");
  if (status === 409) {
    const said409 = detail.replace(/\.+$/, "");
    return new ActionError(`${step} failed: HTTP 409${said409 ? ` ${said409}` : ""}.`, {
      ...base,
      doc: "arm-other",
      fix: "Another operation on the Static Web App (a deployment, or a delete of the same environment) is still running; wait a few minutes for it to finish, then re-run the job."
    });
  }
  return new ActionError(`${step} failed: HTTP ${status}${detail ? ` ${detail}` : ""}.`, {
    ...base,
    doc: "arm-other",
    fix: `Check ${names}; if the message names a setting, fix it and re-run.`
  });
}
function diagnoseTransient(step, status, attempts) {
  const after = attempts === void 0 ? "" : ` after ${counted(attempts, "attempt")}`;
  return new ActionError(`${step} failed: HTTP ${status}${after}.`, {
    step,
    status,
    doc: "network-errors",
    fix: "The service kept failing or throttling; wait a few minutes and re-run the job."
  });
}

export {
  matchAccepted,
  otherToolsWord,
  useAccepted,
  closestValue,
  CLOUDS,
  findCloud,
  aboutCloudName,
  armScope,
  diagnoseEntra,
  staticSiteResourceId,
  diagnoseArm,
  diagnoseTransient
};
