import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  decodeClaims
} from "./chunk-WVTSOKUD.js";
import {
  ConfidentialClientApplication,
  LogLevel,
  MsalNetwork,
  readJsonObject
} from "./chunk-NY2KLCEQ.js";
import "./chunk-VNDHQQUS.js";
import "./chunk-QHVDYYVQ.js";
import {
  CLOUDS,
  diagnoseEntra,
  diagnoseTransient
} from "./chunk-RAYSHZJF.js";
import {
  STEP_LIMITS,
  describeBody,
  isTransientStatus,
  send
} from "./chunk-EUBNWP6M.js";
import {
  ActionError,
  counted,
  debug,
  errorText,
  printable,
  registerSecret
} from "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";

// src/entra/network.ts
var TOKEN_STEP = "Entra token request";
var METADATA_STEP = "Entra metadata request";
var EntraNetwork = class extends MsalNetwork {
  /**
   * `signal`: the run's cancellation. `assertionExpires`: retries stop before the GitHub token
   * they present expires, since Entra ID would refuse every attempt after it (AADSTS700024).
   */
  constructor(signal, assertionExpires) {
    super();
    this.signal = signal;
    this.assertionExpires = assertionExpires;
  }
  signal;
  assertionExpires;
  /** Status, attempts and error body of the last token-endpoint reply. */
  lastTokenReply;
  /** The tenant discovery's error reply (e.g. AADSTS90002 for an unknown tenant), if it failed. */
  metadataError;
  async exchange(method, url, options) {
    const step = method === "POST" ? TOKEN_STEP : METADATA_STEP;
    let reply;
    try {
      reply = await send({
        step,
        method,
        url,
        headers: { ...options?.headers },
        ...options?.body === void 0 ? {} : { body: options.body },
        signal: this.signal,
        limits: STEP_LIMITS.entra,
        deadline: this.assertionExpires
      });
    } catch (error) {
      throw this.fail(
        error instanceof ActionError ? error : new ActionError(`${step} failed: ${printable(String(error))}`, {
          step,
          doc: "network-errors"
        })
      );
    }
    const body = readJsonObject(reply.body);
    if (step === TOKEN_STEP) {
      if (typeof body?.access_token === "string") registerSecret(body.access_token);
      this.lastTokenReply = {
        status: reply.status,
        attempts: reply.attempts,
        error: body && reply.status >= 400 ? body : void 0
      };
    } else if (body && reply.status >= 400 && hasEntraError(body)) {
      this.metadataError = { status: reply.status, attempts: reply.attempts, error: body };
    }
    const readable = body !== void 0 && (reply.status < 400 || hasEntraError(body));
    if (!readable) throw this.fail(unreadableReply(step, reply));
    return { status: reply.status, headers: reply.headers, body };
  }
};
function hasEntraError(body) {
  return typeof body.error === "string" || typeof body.error_description === "string";
}
function unreadableReply(step, reply) {
  const { status } = reply;
  if (status === 429) {
    return new ActionError(
      `Entra ID throttled the request (HTTP 429) after ${counted(reply.attempts, "attempt")}.`,
      {
        step,
        status,
        doc: "entra-throttled",
        fix: "Wait a few minutes and re-run the job; avoid starting many jobs of the same app registration at once."
      }
    );
  }
  if (isTransientStatus(status)) return diagnoseTransient(step, status, reply.attempts);
  const excerpt = describeBody(reply.body);
  const what = status < 400 ? "a reply that is not a JSON object" : "an error without Entra error details";
  return new ActionError(`${step}: HTTP ${status} with ${what} (${excerpt}).`, {
    step,
    status,
    doc: "entra-other",
    fix: "Check authority-host and tenant-id point at an Entra ID (or compatible) token service, and any proxy in between."
  });
}

// src/entra/exchange.ts
async function acquireArmToken(config, identity, signal) {
  const assertion = registerSecret(identity.token);
  const network = new EntraNetwork(signal, identity.expires);
  const application = new ConfidentialClientApplication({
    auth: {
      clientId: config.clientId,
      authority: `${config.authorityHost}/${config.tenantId}`,
      clientAssertion: async () => assertion,
      ...knownAuthorityOptions(config.authorityHost)
    },
    system: {
      networkClient: network,
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
    result = await application.acquireTokenByClientCredential({
      scopes: [config.armScope],
      skipCache: true
    });
  } catch (error) {
    throw explainFailure(error, network, { ...config, claims: claimsOf(assertion) });
  }
  const token = result?.accessToken ?? "";
  if (token === "") {
    throw new ActionError(`${TOKEN_STEP}: Entra ID replied without an access token.`, {
      step: TOKEN_STEP,
      doc: "entra-other",
      fix: "Check authority-host points at Entra ID (or a compatible token service) and re-run the job."
    });
  }
  registerSecret(token);
  const expiresOn = result?.expiresOn ?? new Date(Date.now() + 5 * 60 * 1e3);
  return { token, expiresOn };
}
function knownAuthorityOptions(authorityHost) {
  const builtIn = Object.values(CLOUDS).some((cloud) => cloud.authorityHost === authorityHost);
  return builtIn ? {} : { knownAuthorities: [new URL(authorityHost).host] };
}
function claimsOf(assertion) {
  try {
    return decodeClaims(assertion);
  } catch {
    return void 0;
  }
}
function explainFailure(error, network, context) {
  if (network.failure) return network.failure;
  if (error instanceof ActionError) return error;
  const reply = network.lastTokenReply ?? network.metadataError;
  if (reply?.error) {
    const failure = {
      status: reply.status,
      attempts: reply.attempts,
      error: reply.error.error,
      description: reply.error.error_description,
      codes: Array.isArray(reply.error.error_codes) ? reply.error.error_codes : void 0
    };
    return diagnoseEntra(failure, context);
  }
  const msal = typeof error === "object" && error !== null ? error : {};
  const errorCode = typeof msal.errorCode === "string" ? msal.errorCode : void 0;
  const errorMessage = typeof msal.errorMessage === "string" ? msal.errorMessage : "";
  if (errorCode !== void 0 && /AADSTS\d+/.test(errorMessage)) {
    return diagnoseEntra(
      {
        status: typeof msal.status === "number" ? msal.status : void 0,
        error: errorCode,
        description: /Description: ([\s\S]*?)(?: - Correlation ID:|$)/.exec(errorMessage)?.[1],
        codes: typeof msal.errorNo === "string" && /^\d+$/.test(msal.errorNo) ? [Number(msal.errorNo)] : void 0
      },
      context
    );
  }
  const text = printable(errorCode ? `${errorCode}: ${errorMessage}` : errorText(error), 1e3);
  return new ActionError(`${TOKEN_STEP} failed before reaching Entra ID: ${text}`, {
    step: TOKEN_STEP,
    doc: "entra-other",
    fix: `Check authority-host, tenant-id and cloud: the authority is ${context.authorityHost}/${context.tenantId}.`
  });
}
export {
  acquireArmToken
};
