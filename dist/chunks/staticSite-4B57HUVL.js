import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getStaticSite,
  listStaticSiteSecrets
} from "./chunk-XCWAHVD3.js";
import {
  LIST_SECRETS_STEP,
  armError
} from "./chunk-TAPA4MC2.js";
import "./chunk-RAYSHZJF.js";
import "./chunk-EUBNWP6M.js";
import {
  ActionError,
  registerSecret
} from "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";

// src/arm/staticSite.ts
var READ_STEP = "ARM read Static Web App";
async function readStaticSite(client, config) {
  let site;
  let deploymentAuthPolicy;
  try {
    site = await getStaticSite(client, config.resourceGroup, config.appName, {
      // The SDK's model has no deploymentAuthPolicy (19.x): it is read from the reply itself.
      onResponse: (response) => {
        deploymentAuthPolicy = authPolicyOf(response.bodyAsText);
      }
    });
  } catch (error) {
    throw armError(error, config, READ_STEP);
  }
  if (!site.defaultHostname) {
    throw new ActionError(
      `${READ_STEP}: the Static Web App '${config.appName}' has no default hostname.`,
      {
        step: READ_STEP,
        doc: "arm-other",
        fix: "Check app-name names a Static Web App that finished provisioning."
      }
    );
  }
  return {
    defaultHostname: site.defaultHostname,
    deploymentAuthPolicy,
    contentDistributionEndpoint: site.contentDistributionEndpoint,
    sku: site.sku?.name ?? "Free",
    repositoryUrl: site.repositoryUrl,
    branch: site.branch
  };
}
function authPolicyOf(body) {
  try {
    const policy = JSON.parse(body ?? "").properties?.deploymentAuthPolicy;
    return typeof policy === "string" && policy !== "" ? policy : void 0;
  } catch {
    return void 0;
  }
}
async function readDeploymentToken(client, config) {
  let secrets;
  try {
    secrets = await listStaticSiteSecrets(client, config.resourceGroup, config.appName);
  } catch (error) {
    throw armError(error, config, LIST_SECRETS_STEP);
  }
  const apiKey = secrets.properties?.apiKey;
  if (typeof apiKey !== "string" || apiKey === "") {
    throw new ActionError(
      `${LIST_SECRETS_STEP}: the reply has no deployment token (properties.apiKey).`,
      {
        step: LIST_SECRETS_STEP,
        doc: "arm-other",
        fix: "Check the Static Web App in the portal ('Manage deployment token'); reset the token if it is missing."
      }
    );
  }
  return registerSecret(apiKey);
}
export {
  readDeploymentToken,
  readStaticSite
};
