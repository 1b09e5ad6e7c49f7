// Content-plane bodies as the public clients proven on live sites send them (PROTOCOLS.md §4),
// written out by hand: tests of the emulator use them, and tests of the action compare against
// them, so neither side is checked against the other's assumptions.

/** An EventInfo for a push to main, production. */
export function eventInfoBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    RepoUrl: 'https://github.com/octo-org/octo-site',
    IsPullRequest: false,
    IsNamedEnvironment: false,
    PullRequestId: null,
    PullRequestTitle: null,
    HeadBranch: 'main',
    BaseBranch: '',
    EnvironmentName: null,
    TenantId: null,
    DefaultHostname: null,
    Slice: 0,
    ...overrides
  }
}

export interface AppMeasure {
  totalBytes: number
  fileCount: number
  largestFileBytes: number
  hasRoutes: boolean
}

/** An UploadInfo declaring `measure`, with every field the verified client sends. */
export function uploadInfoBody(
  measure: AppMeasure,
  overrides: Record<string, unknown> = {}
): Record<string, unknown> {
  return {
    TotalAppSizeInBytes: measure.totalBytes,
    AppFileCount: measure.fileCount,
    MaxSingleFileSizeInBytes: measure.largestFileBytes,
    ApiSizeInBytes: 0,
    HasFunctions: false,
    HasDataApiFiles: false,
    HasDataApiConfigFile: false,
    DatabaseType: '',
    ApiContentHash: null,
    FunctionLanguage: null,
    FunctionLanguageVersion: null,
    HasRoutes: measure.hasRoutes,
    ConfiguredRoles: [],
    DefaultFileType: 'index.html',
    ServerRenderFramework: 'StaticWebApp',
    DeploymentProvider: 'GitHub',
    BackendStartupCommandType: 0,
    ShouldDeployToWebApp: false,
    TenantId: '',
    DefaultHostname: null,
    Slice: 0,
    Status: 'RequestingUpload',
    ...overrides
  }
}

/**
 * The PollingInfo the client verified in 2026-08 sends to updatestatus and checkstatus (PROTOCOLS.md
 * §4.4, CyberDrain 2c45d3e L1472–1479): the four fields `request` issued, PascalCase, plus `Slice`
 * and `GitHubRepoUrl`.
 */
export function pollingInfoBody(
  issued: Record<string, unknown>,
  overrides: Record<string, unknown> = {}
): Record<string, unknown> {
  return {
    DefaultHostname: issued.defaultHostname,
    StageSiteIdentifier: issued.stageSiteIdentifier,
    Version: issued.version,
    TenantId: issued.tenantId,
    Slice: 0,
    GitHubRepoUrl: 'https://github.com/octo-org/octo-site',
    ...overrides
  }
}

/** The JSON types of each field the action must send, per PROTOCOLS.md §4 ('|' joins the allowed ones). */
export const EVENT_INFO_TYPES: Record<string, string> = {
  RepoUrl: 'string|null',
  IsPullRequest: 'boolean',
  IsNamedEnvironment: 'boolean',
  PullRequestId: 'string|null',
  PullRequestTitle: 'string|null',
  HeadBranch: 'string',
  BaseBranch: 'string',
  EnvironmentName: 'string|null',
  TenantId: 'null',
  DefaultHostname: 'string|null',
  Slice: 'integer'
}

export const UPLOAD_INFO_TYPES: Record<string, string> = {
  TotalAppSizeInBytes: 'integer',
  AppFileCount: 'integer',
  MaxSingleFileSizeInBytes: 'integer',
  ApiSizeInBytes: 'integer',
  HasFunctions: 'boolean',
  HasDataApiFiles: 'boolean',
  HasDataApiConfigFile: 'boolean',
  DatabaseType: 'string',
  ApiContentHash: 'null',
  FunctionLanguage: 'null',
  FunctionLanguageVersion: 'null',
  HasRoutes: 'boolean',
  ConfiguredRoles: 'array',
  DefaultFileType: 'string',
  ServerRenderFramework: 'string',
  DeploymentProvider: 'string',
  BackendStartupCommandType: 'integer',
  ShouldDeployToWebApp: 'boolean',
  TenantId: 'string',
  DefaultHostname: 'string|null',
  Slice: 'integer',
  Status: 'string'
}

export const POLLING_INFO_TYPES: Record<string, string> = {
  DefaultHostname: 'string',
  StageSiteIdentifier: 'string',
  Version: 'string',
  TenantId: 'string',
  Slice: 'integer',
  GitHubRepoUrl: 'string'
}

/** One `wire:` debug line of a run (RUNNER_DEBUG=1): method, path, status and the two shapes. */
export interface WireLine {
  method: string
  path: string
  status: string
  sent: string
  received: string
}

export function wireLines(stdout: string): WireLine[] {
  return stdout
    .split('\n')
    .map((line) => /^::debug::wire: (\S+) (\S+) → ([^;]+); sent (.*); received (.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, method, path, status, sent, received]) => ({
      method: method!,
      path: path!,
      status: status!,
      sent: sent!,
      received: received!
    }))
}

/** A shape as nested objects: field → its JSON type, 'array' for a list, a nested object for an object. */
export type Shape = string | { [field: string]: Shape }

export function parseShape(text: string): Shape {
  let at = 0
  const parse = (): Shape => {
    if (text[at] === '{') {
      at++
      const fields: Record<string, Shape> = {}
      while (text[at] !== '}') {
        const colon = text.indexOf(':', at)
        const name = text.slice(at, colon)
        at = colon + 1
        fields[name] = parse()
        if (text[at] === ',') at++
      }
      at++
      return fields
    }
    if (text[at] === '[') {
      let depth = 0
      do {
        if (text[at] === '[') depth++
        if (text[at] === ']') depth--
        at++
      } while (depth > 0)
      return 'array'
    }
    const end = text.slice(at).search(/[,}\]]/)
    const word = end === -1 ? text.slice(at) : text.slice(at, at + end)
    at += word.length
    return word
  }
  return parse()
}
