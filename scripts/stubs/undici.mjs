// Stands in for undici in the action's bundle. @actions/http-client imports undici's ProxyAgent
// only for getAgentDispatcher() (a dispatcher for fetch), which the action never calls: its
// requests go through HttpClient's own http/https agents. The real undici is 770 KB that every
// start-up would parse.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with this action: getAgentDispatcher() is not supported')
  }
}
