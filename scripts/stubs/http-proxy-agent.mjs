// Stands in for http-proxy-agent in the action's bundle, for the reason https-proxy-agent.mjs gives:
// only the Azure SDK's proxyPolicy imports it, and that policy is removed from the ARM client.
export class HttpProxyAgent {
  constructor() {
    throw new Error(
      'http-proxy-agent is not bundled with this action: the Azure SDK proxy policy is not supported (the transport proxies)'
    )
  }
}
