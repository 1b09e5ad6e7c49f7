// Every deployment the content plane has granted, found again by the PollingInfo it handed out.
import { randomUUID } from 'node:crypto'
import type { EventInfo } from './eventInfo.js'
import type { ContentSite, DeploymentRecord } from './types.js'

export interface Deployment {
  record: DeploymentRecord
  site: ContentSite
  /** As sent with `request`; the environment's branch and title come from it. */
  eventInfo: EventInfo
}

export class DeploymentBook {
  /** In the order they were requested; exposed to tests. */
  readonly records: DeploymentRecord[] = []
  private readonly byHandle = new Map<string, Deployment>()
  private readonly stageIds = new Map<string, string>()

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
