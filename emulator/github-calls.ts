// What a handler of the emulator's GitHub REST API is given: the token that called, the route it
// addressed and the ways to answer. Its own module so the API and its settings handlers share it.
import type { GitHubRepository, GitHubUser } from './github-repos.js'

type Permission = 'none' | 'read' | 'write'

/** A token handed to a job; `permissions` are the job's `permissions:` as GITHUB_TOKEN gets them. */
export interface ApiToken {
  value: string
  /** `owner/name`: GITHUB_TOKEN reaches its own repository only. */
  repository: string
  permissions: {
    'pull-requests': Permission
    issues: Permission
    /** Actions variables (a fine-grained personal token's "Variables"); default none. */
    variables?: Permission
  }
  installationId: number
  /**
   * An app installation's token (GITHUB_TOKEN, `ghs_…`) or a person's (`ghp_…`, as setup uses):
   * only a person's may ask `GET /user` who it is.
   */
  kind: 'installation' | 'user'
  /** Who the comments it writes are by: github-actions[bot] for GITHUB_TOKEN. */
  user: GitHubUser
  /** A personal token may read organisation settings (`read:org`); default false. */
  readOrg?: boolean
}

export type Reply = (status: number, body: unknown, headers?: Record<string, string>) => void

export interface Route {
  repository: GitHubRepository
  /** What follows `/repos/O/R` or `/repositories/ID`. */
  rest: string[]
}

export interface CallContext {
  route: Route
  token: ApiToken | undefined
  url: URL
  /** Where the client addressed the API (origin plus `/api/v3` for GHES): the Link's base. */
  base: string
  reply: Reply
  refuse: (status: number, message: string, docs?: string, headers?: Record<string, string>) => void
  text: Buffer
  method: string
}
