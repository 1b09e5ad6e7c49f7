// PollingInfo: the handle `request` gives out; `updatestatus` and `checkstatus` must return it
// unchanged.
import { ContentRejection } from './envelope.js'
import { optionalString, requireObject } from './fields.js'

export interface PollingInfo {
  defaultHostname: string
  stageSiteIdentifier: string
  version: string
  tenantId: string
}

const FIELDS = ['defaultHostname', 'stageSiteIdentifier', 'version', 'tenantId'] as const

export function parsePollingInfo(value: unknown): PollingInfo {
  const where = 'PollingInfo'
  const source = requireObject(value, where)
  const [defaultHostname, stageSiteIdentifier, version, tenantId] = FIELDS.map((name) => {
    const field = optionalString(source, name, where)
    if (field === undefined || field === '')
      throw new ContentRejection(`${where}.${name} is required.`)
    return field
  }) as [string, string, string, string]
  return { defaultHostname, stageSiteIdentifier, version, tenantId }
}

export function samePollingInfo(issued: PollingInfo, returned: PollingInfo): boolean {
  return FIELDS.every((name) => issued[name] === returned[name])
}
