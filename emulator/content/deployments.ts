// Every deployment the content plane has granted, found again by the PollingInfo it handed out,
// and the managed Functions API live in each environment (its MD5 decides whether a new
// deployment must upload its api.zip).
import { randomUUID } from 'node:crypto'
import type { EventInfo } from './eventInfo.js'
import type { ContentSite, DeployedFile, DeploymentRecord } from './types.js'

export interface Deployment {
  record: DeploymentRecord
  site: ContentSite
  /** As sent with `request`; the environment's branch and title come from it. */
  eventInfo: EventInfo
}

/** The API an environment runs: the one its last successful deployment with an API published. */
export interface LiveApi {
  /** MD5 of its api.zip, lower-case hex. */
  md5: string
  folder: string
  files: DeployedFile[]
}

export class DeploymentBook {
  /** In the order they were requested; exposed to tests. */
  readonly records: DeploymentRecord[] = []
  private readonly byHandle = new Map<string, Deployment>()
  private readonly stageIds = new Map<string, string>()
  private readonly liveApis = new Map<string, LiveApi>()

  liveApi(siteName: string, environment: string): LiveApi | undefined {
    return this.liveApis.get(`${siteName}/${environment}`)
  }

  /** undefined: the environment runs no API any more. */
  setLiveApi(siteName: string, environment: string, api: LiveApi | undefined): void {
    const key = `${siteName}/${environment}`
    if (api === undefined) this.liveApis.delete(key)
    else this.liveApis.set(key, api)
  }

  add(deployment: Deployment): void {
    this.records.push(deployment.record)
    this.byHandle.set(
      handle(deployment.record.stageSiteIdentifier, deployment.record.version),
      deployment
    )
  }

  find(stageSiteIdentifier: string, version: string): Deployment | undefined {
    return this.byHandle.get(handle(stageSiteIdentifier, version))
  }

  /** One stable identifier per site environment, as the real service keeps per stage. */
  stageSiteIdentifier(siteName: string, environment: string): string {
    const key = `${siteName}/${environment}`
    let id = this.stageIds.get(key)
    if (id === undefined) {
      id = randomUUID()
      this.stageIds.set(key, id)
    }
    return id
  }
}

function handle(stageSiteIdentifier: string, version: string): string {
  return `${stageSiteIdentifier}/${version}`
}
