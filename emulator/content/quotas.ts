// The documented Static Web Apps quotas, enforced before any upload URL is handed out.
import { ContentRejection } from './envelope.js'
import {
  appTooLarge,
  functionContentTooLarge,
  stagingQuotaReached,
  TOO_MANY_FILES
} from './messages.js'
import { PRODUCTION } from './eventInfo.js'
import type { UploadInfo } from './uploadInfo.js'

const MB = 1024 * 1024
const MAX_FILES = 15_000
/** api.zip, on every plan (PROTOCOLS.md §4, #1034). */
const MAX_API_BYTES = 104_857_600

interface SkuQuota {
  appBytes: number
  previewEnvironments: number
}

const QUOTAS: Record<'Free' | 'Standard', SkuQuota> = {
  Free: { appBytes: 250 * MB, previewEnvironments: 3 },
  Standard: { appBytes: 500 * MB, previewEnvironments: 10 }
}

/** Unknown SKUs get the Free quota: the stricter one. */
function skuTier(sku: string): 'Free' | 'Standard' {
  return sku.toLowerCase() === 'standard' ? 'Standard' : 'Free'
}

/** A new preview environment must fit; redeploying an existing one always does. */
export function checkEnvironmentQuota(sku: string, environment: string, existing: string[]): void {
  if (environment === PRODUCTION || existing.includes(environment)) return
  const limit = QUOTAS[skuTier(sku)].previewEnvironments
  if (existing.length >= limit) throw new ContentRejection(stagingQuotaReached(limit))
}

export function checkUploadQuota(sku: string, upload: UploadInfo): void {
  if (upload.fileCount > MAX_FILES) throw new ContentRejection(TOO_MANY_FILES)
  const tier = skuTier(sku)
  const limit = QUOTAS[tier].appBytes
  if (upload.totalBytes > limit) throw new ContentRejection(appTooLarge(limit, tier))
  if (upload.api !== undefined && upload.api.bytes > MAX_API_BYTES) {
    throw new ContentRejection(functionContentTooLarge(MAX_API_BYTES))
  }
}
