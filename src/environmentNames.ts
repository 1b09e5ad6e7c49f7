// The names of a Static Web App's environments, as the service rules them: production, the
// names a preview environment may take, and a pull request's environment named after its number.
// One definition for the inputs, the target and the previews.

export const PRODUCTION = 'production'

/** Names the content plane accepts; anything else has been seen to land in production. */
export const ENVIRONMENT_NAME = /^[0-9A-Za-z]{1,16}$/

/** Names the service keeps for itself: ARM calls production's build `default`. */
const RESERVED_ENVIRONMENT_NAMES: ReadonlySet<string> = new Set(['default'])

/** `deployment-environment: production` means production on any event, pull requests included. */
export function isProductionName(name: string): boolean {
  return name.toLowerCase() === PRODUCTION
}

/** Why a preview environment name is refused, or undefined when it is valid. */
export function environmentNameProblem(name: string): string | undefined {
  if (RESERVED_ENVIRONMENT_NAMES.has(name.toLowerCase())) {
    return `'${name}' is reserved by Azure Static Web Apps for production (the service answers: The environment name "default" is invalid. Please choose another value.); use another name, or 'production' to deploy to production.`
  }
  if (ENVIRONMENT_NAME.test(name)) return undefined
  if (name.length === 0)
    return 'the name is empty; environment names have 1 to 16 letters and digits.'
  if (name.length > 16) {
    return `'${name}' is ${name.length} characters long; environment names have at most 16 letters and digits.`
  }
  const bad = [...new Set(name.replace(/[0-9A-Za-z]/g, ''))].map((c) => `'${c}'`).join(', ')
  return `'${name}' contains ${bad}; environment names use only letters and digits (at most 16).`
}

/**
 * The pull request an environment belongs to: the content plane names a pull request's
 * environment after its number. Any other name (a named or branch environment) is not one.
 */
export function pullRequestNumberOf(name: string): number | undefined {
  return /^[1-9]\d{0,9}$/.test(name) ? Number(name) : undefined
}
