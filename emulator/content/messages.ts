// The content server's rejection texts. Where the real wording is known from users' logs it is
// reproduced exactly (clients and people match on it); the others are marked as inferred.

export const INVALID_TOKEN = 'No matching Static Web App was found or the api key was invalid.'

export function stagingQuotaReached(limit: number): string {
  return `This Static Web App already has the maximum number of staging environments (${limit}). Please remove one and try again.`
}

export function appTooLarge(limitBytes: number, sku: 'Free' | 'Standard'): string {
  const upgrade =
    sku === 'Free' ? ' For a higher app size limit, consider upgrading to the Standard plan.' : ''
  return `The size of the app content was too large. The limit for this Static Web App is ${limitBytes} bytes.${upgrade}`
}

// Inferred wording: the 15,000-file quota is documented, its rejection text is not.
export function tooManyFiles(limit: number): string {
  return `The number of files in the app content exceeds the limit of ${limit} files for this Static Web App.`
}

// Inferred wording for the rest.
export const BAD_API_VERSION = "The query parameter 'apiVersion' must be 'v1'."
export const BAD_CORRELATION_ID =
  "The query parameter 'deploymentCorrelationId' must be a GUID, the same for every call of a deployment."
export const NOT_JSON = 'The request body must be JSON (Content-Type: application/json).'
