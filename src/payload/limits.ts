// The quotas the content plane enforces, checked here first so the message names the figure.
import { InputError } from '../errors.js'
import { MB, type Payload, type PayloadLimits } from './types.js'

export const SKU_LIMIT_BYTES = { Free: 250 * MB, Standard: 500 * MB } as const

export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / MB
  return `${megabytes >= 100 || Number.isInteger(megabytes) ? Math.round(megabytes) : megabytes.toFixed(1)} MB`
}

export function tooManyFiles(limits: PayloadLimits, counted: string): InputError {
  return new InputError(
    `The payload has ${counted} files; Azure Static Web Apps accepts at most ${limits.maxFiles.toLocaleString('en-US')} per app.`,
    {
      doc: 'payload-limits',
      fix: 'Upload only the built site (no node_modules or sources), or merge small files.'
    }
  )
}

export function checkTotals(
  payload: Pick<Payload, 'fileCount' | 'totalBytes' | 'location'>,
  limits: PayloadLimits
): void {
  if (payload.fileCount === 0) {
    throw new InputError(`The payload '${payload.location}' contains no files.`, {
      doc: 'payload-limits',
      fix: 'Build the site before this step and point app-location at the build output.'
    })
  }
  if (payload.fileCount > limits.maxFiles)
    throw tooManyFiles(limits, payload.fileCount.toLocaleString('en-US'))
  if (payload.totalBytes > limits.maxTotalBytes) {
    throw new InputError(
      `The payload is ${formatMegabytes(payload.totalBytes)} (${payload.totalBytes} bytes), over the ${formatMegabytes(limits.maxTotalBytes)} limit of Azure Static Web Apps.`,
      { doc: 'payload-limits', fix: 'Remove large files from the site (host media elsewhere).' }
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
