// Shared by the deployment end-to-end tests: put the emulator's sites back as they started,
// count what a run asked of each service, and compare deployed bytes with the source.
import { expect } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  defaultBehaviour,
  type ContentBehaviour,
  type DeploymentRecord
} from '../../emulator/content/types.js'
import type { Emulator } from '../../emulator/index.js'
import { listFiles, type ActionRun, type RunOptions } from '../../emulator/runner.js'
import type { RecordedRequest, ServiceName } from '../../emulator/server.js'
import { addFederatedCredential, type StaticSite } from '../../emulator/world.js'
import { identityBaseline } from './identity.js'
import type { CountedRun } from './e2e.js'

/**
 * Remembers the world (identity side and sites) now; the returned function restores it, sites a
 * test added removed.
 */
export function deployBaseline(emulator: Emulator): () => void {
  const restoreIdentity = identityBaseline(emulator)
  const sites = [...emulator.world.sites]
  const saved = sites.map((site) => ({
    site,
    sku: site.sku,
    apiKey: site.apiKey,
    contentDistributionEndpoint: site.contentDistributionEndpoint,
    deploymentAuthPolicy: site.deploymentAuthPolicy,
    environments: structuredClone(site.environments)
  }))
  return () => {
    restoreIdentity()
    emulator.world.sites.splice(0, Infinity, ...sites)
    Object.assign(emulator.content!.behaviour, defaultBehaviour())
    for (const { site, environments, ...properties } of saved) {
      Object.assign(site, properties)
      site.environments = structuredClone(environments)
    }
  }
}

/** The site the default world deploys to. */
export function defaultSite(emulator: Emulator): StaticSite {
  return emulator.world.sites[0]!
}

/** Lets the next OIDC token carry `sub`, and trusts that subject as the real setup would. */
export function presentSubject(emulator: Emulator, sub: string): void {
  emulator.github.claims = { ...emulator.github.claims, sub }
  addFederatedCredential(emulator.world.apps[0]!, {
    issuer: emulator.urls.github,
    subject: sub
  })
}

export { runCounted, type CountedRun } from './e2e.js'

export function requestsTo(requests: RecordedRequest[], service: ServiceName): RecordedRequest[] {
  return requests.filter((request) => request.service === service)
}

/** The content-plane calls of a run in order, e.g. 'validateapitoken', or with the status answered. */
export function contentCalls(requests: RecordedRequest[], withStatus = false): string[] {
  return requestsTo(requests, 'content').map((request) => {
    const call = /\/api\/upload\/(\w+)/.exec(request.url)?.[1] ?? request.url
    return withStatus ? `${call} ${request.status}` : call
  })
}

/**
 * The two ways an archive reaches the blob (PROTOCOLS.md §4.3): in blocks when the SAS takes them,
 * else blocks refused and one Put Blob, the shape every public client uses. Core deployment tests
 * run under both.
 */
export const UPLOAD_MODES: readonly {
  name: string
  blockUploads: ContentBehaviour['blockUploads']
  uploadedAs: UploadShape
}[] = [
  { name: 'in blocks', blockUploads: 'accepted', uploadedAs: 'blocks' },
  { name: 'blocks refused, one Put Blob', blockUploads: 'refused-403', uploadedAs: 'put-blob' }
]

export type UploadShape = 'blocks' | 'put-blob' | 'none' | 'mixed'

/**
 * How a run's blob PUTs put the archive up: 'blocks' (blocks and a committed block list, no Put
 * Blob), 'put-blob' (a Put Blob taken last, no block list taken), 'none', or 'mixed'.
 */
export function uploadShape(requests: RecordedRequest[]): UploadShape {
  const puts = requestsTo(requests, 'blob').filter((request) => request.method === 'PUT')
  if (puts.length === 0) return 'none'
  const comp = (request: RecordedRequest): string | null =>
    new URL(request.url, 'https://blob.invalid').searchParams.get('comp')
  const taken = (request: RecordedRequest): boolean => request.status === 201
  const putBlobs = puts.filter((request) => comp(request) === null)
  const committed = puts.filter((request) => comp(request) === 'blocklist' && taken(request))
  if (putBlobs.length === 0 && committed.length > 0) return 'blocks'
  if (committed.length === 0 && taken(puts.at(-1)!) && comp(puts.at(-1)!) === null) {
    return 'put-blob'
  }
  return 'mixed'
}

/** path → sha256 of every file below `folder`, with forward slashes. */
export function folderDigests(folder: string): Map<string, string> {
  return new Map(
    listFiles(folder).map((file) => [
      path.relative(folder, file).split(path.sep).join('/'),
      sha256(readFileSync(file))
    ])
  )
}

/** path → sha256 of what a deployment served. */
export function deployedDigests(record: DeploymentRecord): Map<string, string> {
  return new Map(record.files.map((file) => [file.path, file.sha256]))
}

/** The single deployment of a run, which must have succeeded. */
export function succeeded(counted: CountedRun): DeploymentRecord {
  expect(counted.deployments).toHaveLength(1)
  const record = counted.deployments[0]!
  expect(record.status).toBe('Succeeded')
  return record
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Writes `files` (relative path → content) below `folder`. */
export function writeTree(folder: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
}

/** A run the action must refuse before any network call: its inputs, its workspace, its error. */
export interface Refusal {
  name: string
  inputs?: Record<string, string>
  prepareWorkspace: (workspace: string) => void
  message: RegExp
}

/** A small site with a nested asset, written to `<workspace>/dist`. */
export const SMALL_SITE: Record<string, string> = {
  'index.html': '<!doctype html><title>Octo</title><h1>Octo site</h1>\n',
  'assets/app.js': 'console.log("octo")\n',
  'assets/style.css': 'h1 { color: rebeccapurple }\n'
}

/** `::warning::` (or other annotation) lines of a run, decoded. */
export function annotations(run: ActionRun, kind: 'warning' | 'notice' | 'error'): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${kind}`))
    .map((line) =>
      line
        .replace(/^::[a-z]+[^:]*::/, '')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%')
    )
}

/** The bytes an emulator URL serves (a deployed site's or API's file), trusting the emulator's CA. */
export async function fetchBytes(emulator: Emulator, url: string): Promise<Buffer> {
  const https = await import('node:https')
  const ca = readFileSync(emulator.caFile)
  return await new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          response.statusCode === 200
            ? resolve(Buffer.concat(chunks))
            : reject(new Error(`GET ${url}: HTTP ${response.statusCode}`))
        )
      })
      .on('error', reject)
  })
}

/** Total bytes of the files below `folder`. */
export function folderBytes(folder: string): number {
  return listFiles(folder).reduce((sum, file) => sum + readFileSync(file).length, 0)
}

export const PULL_REQUEST_SUBJECT = 'repo:octo-org/octo-site:pull_request'

/** A realistic pull_request event for PR #42 (feature/login → main), as the runner writes it. */
export function pullRequestEvent(action: string): Required<NonNullable<RunOptions['event']>> {
  return {
    name: 'pull_request',
    payload: {
      action,
      number: 42,
      pull_request: {
        number: 42,
        title: 'Add the login page',
        state: action === 'closed' ? 'closed' : 'open',
        head: { ref: 'feature/login', sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4' },
        base: { ref: 'main', sha: 'd6e5c1f6a1b2c3d4e5f60718293a4b5c6d7e8f90' }
      },
      repository: { full_name: 'octo-org/octo-site' }
    },
    ref: 'refs/pull/42/merge',
    headRef: 'feature/login',
    baseRef: 'main'
  }
}
