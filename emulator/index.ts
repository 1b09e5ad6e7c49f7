// Starts the whole local cloud: GitHub's OIDC provider, Entra ID, ARM, the SWA content plane and a
// CONNECT proxy for the public host names, all over TLS signed by a CA made for this run.
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { CLOUDS } from '../src/clouds.js'
import { ArmService } from './arm.js'
import { EMULATED_CLOUDS } from './clouds.js'
import { startContentPlane, type ContentPlane } from './content/index.js'
import { EntraService } from './entra.js'
import { GitHubRestApi } from './github-api.js'
import { GitHubOidcProvider } from './github-oidc.js'
import { jobClaims, type GitHubJob } from './github-subject.js'
import { GraphService } from './graph.js'
import { APP_SERVICE_TOKEN_PATH, ManagedIdentityEndpoint } from './managed-identity.js'
import { OfficialClientDownloads } from './officialClient/downloads.js'
import { standInNodeOptions } from './officialClient/standInBundle.js'
import { ConnectProxy } from './proxy.js'
import { ServiceHost } from './server.js'
import { createTlsMaterial, DOWNLOAD_HOSTS } from './tls.js'
import { defaultWorld, findSubscription, type World, type WorldUrls } from './world.js'

interface EmulatorUrls {
  github: string
  entra: string
  arm: string
  /** Content plane (contentDistributionEndpoint); a placeholder when started without content. */
  content: string
  /** Serves deployed sites; '' without content. */
  site: string
  /** Blob front the SAS URLs point at; '' without content. */
  blob: string
  /** http://127.0.0.1:<port> CONNECT proxy. */
  proxy: string
  /** GitHub's REST API (GITHUB_API_URL); `${githubApi}/api/v3` is the GHES form. */
  githubApi: string
  /** Microsoft Graph (loopback; graph.microsoft.com through the proxy answers the same). */
  graph: string
  /** The machine's managed-identity endpoint, plain http://127.0.0.1:<port> (IMDS's stand-in). */
  identity: string
}

/** How the action finds the machine's identity endpoint, as msal-node reads it. */
export type IdentityForm = 'imds' | 'app-service'

export interface EmulatorOptions {
  /** Builds the initial world; default `defaultWorld`. Edit `emulator.world` for later changes. */
  world?: (urls: WorldUrls) => World
  /** Start the content plane (content, blob, site services). Default true. */
  withContent?: boolean
}

interface ActionEnvOptions {
  /**
   * Leave authority-host and resource-manager-endpoint blank and route through the proxy, so the
   * action uses the cloud's public host names (pair with INPUT_CLOUD for sovereign clouds).
   */
  viaProxy?: boolean
}

export interface Emulator {
  urls: EmulatorUrls
  /** PEM of the emulator's CA, for NODE_EXTRA_CA_CERTS. */
  caFile: string
  proxyUrl: string
  /** Mutable state every service reads per request. */
  world: World
  github: GitHubOidcProvider
  /** GitHub's REST API: repositories, pull requests, comments, tokens, rate limits. */
  githubApi: GitHubRestApi
  entra: EntraService
  arm: ArmService
  /** Microsoft Graph: applications, service principals, federated credentials of `world`. */
  graph: GraphService
  /** The runner machine's managed identities and their token endpoint. */
  identity: ManagedIdentityEndpoint
  /**
   * Variables that point msal-node at the emulator's identity endpoint: IMDS through
   * AZURE_POD_IDENTITY_AUTHORITY_HOST, or App Service's IDENTITY_ENDPOINT and IDENTITY_HEADER.
   */
  identityEnv(form?: IdentityForm): Record<string, string>
  proxy: ConnectProxy
  /** The content side (deployments, misbehaviour knobs); undefined with `withContent: false`. */
  content: ContentPlane | undefined
  /** StaticSitesClient's manifest and stand-in builds (they talk to `content`); with content only. */
  officialClient: OfficialClientDownloads | undefined
  host: ServiceHost
  /**
   * Makes the next GitHub OIDC tokens those of `job` in `repository` (default octo-org/octo-site):
   * `sub` in the repository's subject form and customisation, as GitHub would mint it.
   */
  runJob(job: GitHubJob, repository?: string): void
  /** Environment for `node dist/index.js`: token request variables, CA and the default world's inputs. */
  actionEnv(options?: ActionEnvOptions): Record<string, string>
  /** Every secret handed out so far (OIDC JWTs, access, id and refresh tokens, users' passwords, deployment tokens, GitHub API tokens, content secrets). */
  issuedSecrets(): string[]
  stop(): Promise<void>
}

// Stands in for the content plane when it is not started; shaped like a real endpoint.
const CONTENT_PLACEHOLDER = 'https://content-am2.infrastructure.6.azurestaticapps.net'
// MSAL swaps the China authority for this preferred-network alias before calling it.
const CHINA_PREFERRED_NETWORK = 'login.partner.microsoftonline.cn'

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const tls = await createTlsMaterial()
  const host = new ServiceHost(tls)
  const stops: Array<() => Promise<void>> = [() => host.stop()]
  try {
    const github = new GitHubOidcProvider()
    const githubService = await host.start('github', github.handle)
    github.issuer = githubService.url
    const githubApi = new GitHubRestApi()
    const githubApiService = await host.start('githubApi', githubApi.handle)

    const world = (options.world ?? defaultWorld)({
      githubIssuer: githubService.url,
      contentUrl: CONTENT_PLACEHOLDER
    })
    let armUrl = ''
    let graphUrl = ''
    const entra = new EntraService({
      world: () => world,
      ca: tls.caCert,
      knownResources: () => [
        armUrl,
        graphUrl,
        ...Object.values(CLOUDS).map((cloud) => cloud.resourceManagerEndpoint),
        'https://management.core.windows.net'
      ]
    })
    const entraService = await host.start('entra', entra.handle)
    const arm = new ArmService({ world: () => world, entraKey: () => entra.signingKey })
    const armService = await host.start('arm', arm.handle)
    armUrl = armService.url
    const graph = new GraphService({ world: () => world, entraKey: () => entra.signingKey })
    const graphService = await host.start('graph', graph.handle)
    graphUrl = graphService.url
    const identity = new ManagedIdentityEndpoint({
      world: () => world,
      entraKey: () => entra.signingKey,
      knownResources: () => [
        armUrl,
        ...Object.values(CLOUDS).map((cloud) => cloud.resourceManagerEndpoint)
      ],
      issued: entra.issued
    })
    const identityService = await host.start('identity', identity.handle, 0, true)

    const urls: EmulatorUrls = {
      github: githubService.url,
      entra: entraService.url,
      arm: armService.url,
      content: CONTENT_PLACEHOLDER,
      site: '',
      blob: '',
      proxy: '',
      githubApi: githubApiService.url,
      graph: graphService.url,
      identity: identityService.url
    }

    let content: ContentPlane | undefined
    let officialClient: OfficialClientDownloads | undefined
    const routes = new Map<string, number>([[CHINA_PREFERRED_NETWORK, entraService.port]])
    if (options.withContent ?? true) {
      content = await startContentPlane(host, world, tls, path.join(tls.dir, 'content'))
      const started = content
      stops.unshift(() => started.stop())
      urls.content = content.contentUrl
      urls.site = content.siteUrl
      urls.blob = content.blobUrl
      for (const site of world.sites) {
        if (site.contentDistributionEndpoint === CONTENT_PLACEHOLDER) {
          site.contentDistributionEndpoint = content.contentUrl
        }
      }
      officialClient = new OfficialClientDownloads(content.contentUrl)
      const downloads = await host.start('downloads', officialClient.handle)
      for (const name of DOWNLOAD_HOSTS) routes.set(name, downloads.port)
    }

    for (const cloud of Object.values(CLOUDS)) {
      routes.set(new URL(cloud.authorityHost).hostname, entraService.port)
      routes.set(new URL(cloud.resourceManagerEndpoint).hostname, armService.port)
    }
    for (const cloud of Object.values(EMULATED_CLOUDS))
      routes.set(cloud.msgraphHost, graphService.port)
    const proxy = new ConnectProxy(() => routes)
    urls.proxy = await proxy.start()
    stops.unshift(() => proxy.stop())

    return {
      urls,
      caFile: tls.caFile,
      proxyUrl: urls.proxy,
      world,
      github,
      githubApi,
      entra,
      arm,
      graph,
      identity,
      identityEnv: (form = 'imds') =>
        form === 'imds'
          ? { AZURE_POD_IDENTITY_AUTHORITY_HOST: identityService.url }
          : {
              IDENTITY_ENDPOINT: `${identityService.url}${APP_SERVICE_TOKEN_PATH}`,
              IDENTITY_HEADER: identity.identityHeader
            },
      proxy,
      content,
      officialClient,
      host,
      runJob: (job, repository = 'octo-org/octo-site') => {
        const repo = githubApi.repository(repository)
        const owner = repository.split('/')[0]!.toLowerCase()
        github.claims = jobClaims(repo, githubApi.organizations.get(owner), job)
      },
      actionEnv: (envOptions = {}) =>
        actionEnvironment(world, urls, tls.caFile, github, envOptions),
      issuedSecrets: () => [
        github.requestToken,
        ...github.issued,
        ...entra.issued,
        // Users' passwords: what az login is given; setup must never print one.
        ...world.users.map((user) => user.password),
        ...arm.issuedKeys,
        ...githubApi.issuedSecrets(),
        identity.identityHeader,
        ...(content?.issuedSecrets() ?? [])
      ],
      stop: async () => {
        for (const stop of stops) await stop()
        await rm(tls.dir, { recursive: true, force: true })
      }
    }
  } catch (error) {
    for (const stop of stops) await stop().catch(() => undefined)
    await rm(tls.dir, { recursive: true, force: true })
    throw error
  }
}

function actionEnvironment(
  world: World,
  urls: EmulatorUrls,
  caFile: string,
  github: GitHubOidcProvider,
  options: ActionEnvOptions
): Record<string, string> {
  const app = world.apps[0]
  const site = world.sites[0]
  const tenantId =
    (site && findSubscription(world, site.subscriptionId)?.tenantId) ?? app?.tenantId ?? ''
  const env: Record<string, string> = {
    ACTIONS_ID_TOKEN_REQUEST_URL: `${urls.github}/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken,
    NODE_EXTRA_CA_CERTS: caFile,
    'INPUT_AUTHORITY-HOST': options.viaProxy ? '' : urls.entra,
    'INPUT_RESOURCE-MANAGER-ENDPOINT': options.viaProxy ? '' : urls.arm,
    'INPUT_CLIENT-ID': app?.clientId ?? '',
    'INPUT_TENANT-ID': tenantId,
    'INPUT_SUBSCRIPTION-ID': site?.subscriptionId ?? '',
    'INPUT_RESOURCE-GROUP': site?.resourceGroup ?? '',
    'INPUT_APP-NAME': site?.name ?? '',
    // The runner always sets it; a job's github-token is the test's to give (githubApi.issueToken).
    GITHUB_API_URL: urls.githubApi
  }
  if (options.viaProxy) {
    env['HTTPS_PROXY'] = urls.proxy
    env['https_proxy'] = urls.proxy
    // Through the proxy the action can fetch the stand-in StaticSitesClient; a program-form one starts this way.
    env['NODE_OPTIONS'] = standInNodeOptions()
  }
  return env
}
