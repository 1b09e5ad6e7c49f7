// The quotas the content plane enforces, checked here first so the message names the figure.
import { InputError } from '../errors.js'
import { formatCount } from '../format.js'
import { MB, SITE_PACKAGE, type PackageKind, type Payload, type PayloadLimits } from './types.js'

const SKU_LIMIT_BYTES = { Free: 250 * MB, Standard: 500 * MB } as const

export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / MB
  return `${megabytes >= 100 || Number.isInteger(megabytes) ? Math.round(megabytes) : megabytes.toFixed(1)} MB`
}

export function tooManyFiles(
  limits: PayloadLimits,
  counted: string,
  kind: PackageKind = SITE_PACKAGE
): InputError {
  return new InputError(
    `${kind.subject} has ${counted} files; ${kind.limitOwner} accepts at most ${formatCount(limits.maxFiles)}${kind.perFiles}.`,
    { doc: 'payload-limits', fix: kind.shrink }
  )
}

export function checkTotals(
  payload: Pick<Payload, 'fileCount' | 'totalBytes' | 'location'>,
  limits: PayloadLimits,
  kind: PackageKind = SITE_PACKAGE
): void {
  if (payload.fileCount === 0) {
    throw new InputError(`${kind.subject} '${payload.location}' contains no files.`, {
      doc: 'payload-limits',
      fix: kind.build
    })
  }
  if (payload.fileCount > limits.maxFiles)
    throw tooManyFiles(limits, formatCount(payload.fileCount), kind)
  if (payload.totalBytes > limits.maxTotalBytes) {
    throw new InputError(
      `${kind.subject} is ${formatMegabytes(payload.totalBytes)} (${payload.totalBytes} bytes), over the ${formatMegabytes(limits.maxTotalBytes)} limit of ${kind.limitOwner}.`,
      {
        doc: 'payload-limits',
        fix:
          kind === SITE_PACKAGE
            ? 'Remove large files from the site (host media elsewhere).'
            : kind.shrink
      }
    )
  }
}

/** The SKU's app size quota (250 MB Free, 500 MB Standard), checked once ARM has told the SKU. */
export function checkSkuLimit(payload: Pick<Payload, 'totalBytes'>, sku: string): void {
  const free = /free/i.test(sku)
  const limit = free ? SKU_LIMIT_BYTES.Free : SKU_LIMIT_BYTES.Standard
  if (payload.totalBytes <= limit) return
  throw new InputError(
    `The payload is ${formatMegabytes(payload.totalBytes)} (${payload.totalBytes} bytes), over the ${formatMegabytes(limit)} app size limit of the ${free ? 'Free' : sku || 'Standard'} plan.`,
    {
      doc: 'payload-limits',
      fix: free
        ? 'Make the site smaller or move the Static Web App to the Standard plan (500 MB).'
        : 'Make the site smaller (host large media elsewhere).'
    }
  )
}
