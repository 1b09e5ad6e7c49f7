// The content server's rejection texts. Where the real wording is known from users' logs it is
// reproduced exactly (PROTOCOLS.md §4's table: clients and people match on it); the others are
// marked as inferred.

export const INVALID_TOKEN = 'No matching Static Web App was found or the api key was invalid.'

/** Reserved environment name (azure-dev#8583). */
export function reservedEnvironmentName(name: string): string {
  return `The environment name "${name}" is invalid. Please choose another value.`
}

/** An environment name with a character other than a letter or digit (#664). */
export const ENVIRONMENT_NAME_CHARACTERS =
  'The environment name provided has invalid character(s). Valid characters are 0-9, a-z, and A-Z'

/** An environment name over 16 characters (#664, cli#508). */
export const ENVIRONMENT_NAME_TOO_LONG =
  'The environment name provided exceeds the character limit of 16.'

/** The combined wording the service printed in 2023 (#1119); the action's map knows it too. */
export const ENVIRONMENT_NAME_COMBINED =
  'The environment name provided exceeds the character limit of 16 or has invalid character(s). Valid characters are 0-9, a-z, and A-Z. Please provide a valid name for your environment like 682'

/** InternalServerError (#1564). */
export const SERVER_FAULT = 'An unexpected error has occurred. Please try again later.'

/** checkstatus errorDetails of a failed distribution (#586). */
export const FAILED_DISTRIBUTION = 'Failure during content distribution.'

/** A staticwebapp.config.json over 20 KB (#1452). */
export const CONFIG_TOO_LARGE = 'The file size exceeds the limit of 20 KB'

// Inferred wording: what System.Text.Json says when a body does not bind.
export function cannotConvert(dotnetType: string, path: string): string {
  return `The JSON value could not be converted to ${dotnetType}. Path: ${path}`
}

export function missingProperty(typeName: string, name: string): string {
  return `JSON deserialization for type '${typeName}' was missing required properties, including the following: ${name}`
}

export function stagingQuotaReached(limit: number): string {
  return `This Static Web App already has the maximum number of staging environments (${limit}). Please remove one and try again.`
}

export function appTooLarge(limitBytes: number, sku: 'Free' | 'Standard'): string {
  const upgrade =
    sku === 'Free' ? ' For a higher app size limit, consider upgrading to the Standard plan.' : ''
  return `The size of the app content was too large. The limit for this Static Web App is ${limitBytes} bytes.${upgrade}`
}

/** api.zip over the managed Functions quota (#1034): the limit is on the compressed archive. */
export function functionContentTooLarge(limitBytes: number): string {
  return `The size of the function content was too large. The limit for this Static Web App is ${limitBytes} bytes.`
}

/** An API declared without its language (#1071; PROTOCOLS.md gives it as the official client's words). */
export const FUNCTION_LANGUAGE_MISSING =
  "Cannot deploy to the function app because Function language info isn't provided."

// Inferred: the official client's wording for a language it does not know (#1206).
export const INVALID_FUNCTION_LANGUAGE =
  'The function language detected is unsupported or invalid. The following languages are valid: dotnet, dotnetisolated, node, python.'

/** The 15,000-file quota (#1677): a file count, said without the figure. */
export const TOO_MANY_FILES = 'The number of static files was too large.'

// Inferred wording for the rest.
export const BAD_API_VERSION = "The query parameter 'apiVersion' must be 'v1'."
export const BAD_CORRELATION_ID =
  "The query parameter 'deploymentCorrelationId' must be a GUID, the same for every call of a deployment."
export const NOT_JSON = 'The request body must be JSON (Content-Type: application/json).'
