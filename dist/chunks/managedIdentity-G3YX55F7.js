import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LogLevel,
  ManagedIdentityApplication,
  MsalNetwork,
  readJsonObject
} from "./chunk-NY2KLCEQ.js";
import "./chunk-QHVDYYVQ.js";
import {
  diagnoseTransient
} from "./chunk-RAYSHZJF.js";
import {
  STEP_LIMITS,
  UnreachableHost,
  describeBody,
  isOnMachine,
  isTransientStatus,
  send
} from "./chunk-EUBNWP6M.js";
import {
  ActionError,
  debug,
  endSentence,
  errorText,
  printable,
  registerSecret
} from "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";

// src/entra/managedIdentity.ts
var IDENTITY_STEP = "Managed identity token request";
var DEFAULT_ORIGINS = ["http://169.254.169.254", "http://127.0.0.1:40342"];
var ENDPOINT_VARIABLES = [
  "AZURE_POD_IDENTITY_AUTHORITY_HOST",
  "IDENTITY_ENDPOINT",
  "IMDS_ENDPOINT",
  "MSI_ENDPOINT"
];
var SECRET_VARIABLES = ["IDENTITY_HEADER", "MSI_SECRET"];
var ALSO_TRANSIENT = [404, 410];
var CONNECT_LIMIT_MS = 2e3;
var IdentityEndpointNetwork = class extends MsalNetwork {
  constructor(signal, origins) {
    super();
    this.signal = signal;
    this.origins = origins;
  }
  signal;
  origins;
  lastReply;
  async exchange(method, url, options) {
    if (!this.origins.has(originOf(url))) {
      throw this.fail(
        new ActionError(`${IDENTITY_STEP}: refused to send it to ${printable(originOf(url))}.`, {
          step: IDENTITY_STEP,
          doc: "managed-identity-unavailable"
        })
      );
    }
    if (url.startsWith("http:") && !isOnMachine(url)) {
      throw this.fail(
        new ActionError(
          `auth-type: managed-identity: the identity endpoint ${printable(originOf(url))} is plain http on an address off this machine; the action sends plain http only to a link-local or loopback address.`,
          {
            step: IDENTITY_STEP,
            doc: "managed-identity-unavailable",
            fix: `Check ${ENDPOINT_VARIABLES.join(", ")} in the runner's environment: on Azure they name an endpoint on the machine itself.`
          }
        )
      );
    }
    for (const [name, value] of Object.entries(options?.headers ?? {})) {
      if (name.toLowerCase() !== "authorization") continue;
      registerSecret(value);
      registerSecret(value.replace(/^basic\s+/i, ""));
    }
    let reply;
    try {
      reply = await send({
        step: IDENTITY_STEP,
        method,
        url,
        headers: { ...options?.headers },
        ...options?.body === void 0 ? {} : { body: options.body },
        signal: this.signal,
        limits: STEP_LIMITS.managedIdentity,
        machineLocal: { alsoTransient: ALSO_TRANSIENT, connectLimitMs: CONNECT_LIMIT_MS }
      });
    } catch (error) {
      throw this.fail(error instanceof ActionError ? error : networkFailure(error));
    }
    const body = readJsonObject(reply.body);
    if (typeof body?.access_token === "string") registerSecret(body.access_token);
    this.lastReply = {
      status: reply.status,
      attempts: reply.attempts,
      error: typeof body?.error === "string" ? body.error : void 0,
      description: typeof body?.error_description === "string" ? body.error_description : void 0
    };
    const challenge = reply.status === 401 && reply.headers["www-authenticate"] !== void 0;
    const retried = isTransientStatus(reply.status) || ALSO_TRANSIENT.includes(reply.status);
    if (retried) throw this.fail(diagnoseTransient(IDENTITY_STEP, reply.status, reply.attempts));
    if (body === void 0 && !challenge) throw this.fail(unreadableReply(url, reply));
    return { status: reply.status, headers: reply.headers, body: body ?? {} };
  }
};
async function acquireManagedIdentityToken(identity, resourceManagerEndpoint, env, signal) {
  for (const name of SECRET_VARIABLES) {
    const value = env[name]?.trim();
    if (value) registerSecret(value);
  }
  const network = new IdentityEndpointNetwork(signal, endpointOrigins(env));
  const application = new ManagedIdentityApplication({
    ...identity.userAssignedClientId === void 0 ? {} : { managedIdentityIdParams: { userAssignedClientId: identity.userAssignedClientId } },
    system: {
      networkClient: network,
      // Retries are the transport's (backoff, time budget, cancellation, a log line each).
      disableInternalRetries: true,
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (!containsPii && level <= LogLevel.Warning) debug(`MSAL: ${message}`);
        }
      }
    }
  });
  let result;
  try {
    result = await application.acquireToken({ resource: `${resourceManagerEndpoint}/` });
  } catch (error) {
    throw explainFailure(error, network, identity);
  }
  const token = result.accessToken;
  if (!token) {
    throw new ActionError(
      `${IDENTITY_STEP}: the identity endpoint replied without an access token.`,
      {
        step: IDENTITY_STEP,
        doc: "managed-identity-unavailable"
      }
    );
  }
  registerSecret(token);
  return { token, expiresOn: result.expiresOn ?? new Date(Date.now() + 5 * 60 * 1e3) };
}
function endpointOrigins(env) {
  const origins = new Set(DEFAULT_ORIGINS);
  for (const name of ENDPOINT_VARIABLES) {
    const value = env[name]?.trim();
    if (value) origins.add(originOf(value));
  }
  return origins;
}
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
function networkFailure(error) {
  return new ActionError(`${IDENTITY_STEP} failed: ${printable(errorText(error))}`, {
    step: IDENTITY_STEP,
    doc: "network-errors"
  });
}
var NO_ENDPOINT_FIX = "auth-type: managed-identity works only on a self-hosted runner on an Azure machine with a managed identity (VM, scale set, AKS, container instance, App Service, Azure Arc server). On GitHub-hosted runners and elsewhere use auth-type: oidc (the default) with client-id and tenant-id. On an Azure machine, check that no firewall blocks 169.254.169.254 (the action asks it directly, never through a proxy).";
function explainFailure(error, network, identity) {
  const failure = network.failure;
  if (failure instanceof UnreachableHost) {
    return new ActionError(
      `auth-type: managed-identity: this machine has no managed identity endpoint: ${endSentence(failure.reason)}`,
      { step: IDENTITY_STEP, doc: "managed-identity-unavailable", fix: NO_ENDPOINT_FIX }
    );
  }
  if (failure) return failure;
  if (error instanceof ActionError) return error;
  const reply = network.lastReply;
  if (reply && reply.status === 400 && /identity not found/i.test(reply.description ?? "")) {
    return identityNotFound(identity, reply);
  }
  if (reply && reply.status >= 400) {
    const words = [reply.error, reply.description].filter(Boolean).join(": ");
    return new ActionError(
      `${IDENTITY_STEP}: HTTP ${reply.status}${reply.attempts > 1 ? ` after ${reply.attempts} attempts` : ""} (${printable(words || "no error details", 500)}).`,
      {
        step: IDENTITY_STEP,
        status: reply.status,
        doc: "managed-identity-unavailable",
        fix: "Check the machine\u2019s managed identity in the Azure portal (Identity blade) and re-run the job."
      }
    );
  }
  const text = printable(errorText(error), 1e3);
  return new ActionError(`${IDENTITY_STEP} failed: ${text}`, {
    step: IDENTITY_STEP,
    doc: "managed-identity-unavailable",
    fix: NO_ENDPOINT_FIX
  });
}
function identityNotFound(identity, reply) {
  const { userAssignedClientId } = identity;
  if (userAssignedClientId !== void 0) {
    return new ActionError(
      `Input client-id: no user-assigned managed identity with client id '${userAssignedClientId}' is assigned to this machine (the identity endpoint answered HTTP ${reply.status} "${printable(reply.description ?? "", 200)}").`,
      {
        step: IDENTITY_STEP,
        status: reply.status,
        doc: "managed-identity-not-found",
        fix: "Set client-id to the Client ID of a user-assigned identity assigned to the runner's machine (az vm identity show), or leave it blank to use the machine's system-assigned identity."
      }
    );
  }
  return new ActionError(
    `auth-type: managed-identity: this machine has no system-assigned managed identity (the identity endpoint answered HTTP ${reply.status} "${printable(reply.description ?? "", 200)}").`,
    {
      step: IDENTITY_STEP,
      status: reply.status,
      doc: "managed-identity-not-found",
      fix: "Turn on the runner machine's system-assigned identity (az vm identity assign), or set client-id to a user-assigned identity assigned to it."
    }
  );
}
function unreadableReply(url, reply) {
  const after = reply.attempts > 1 ? ` after ${reply.attempts} attempts` : "";
  return new ActionError(
    `auth-type: managed-identity: ${originOf(url)} is not a managed identity endpoint: HTTP ${reply.status}${after} with a reply that is not a JSON object (${describeBody(reply.body)}).`,
    {
      step: IDENTITY_STEP,
      status: reply.status,
      doc: "managed-identity-unavailable",
      fix: NO_ENDPOINT_FIX
    }
  );
}
export {
  acquireManagedIdentityToken
};
