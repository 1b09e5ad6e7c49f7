// Stands in for https-proxy-agent in the action's bundle. Only the Azure SDK's proxyPolicy imports
// it, and the ARM client's pipeline has that policy removed (src/arm/client.ts): the project's
// transport (src/http/azureSdk.ts over @actions/http-client) honours HTTPS_PROXY and NO_PROXY
// itself. Bundled, it brought agent-base, debug, ms and supports-color into every ARM chunk load.
export class HttpsProxyAgent {
  constructor() {
    throw new Error(
      'https-proxy-agent is not bundled with this action: the Azure SDK proxy policy is not supported (the transport proxies)'
    )
  }
}
