// ARM's paged lists, as the emulator serves them: each page's nextLink carries an opaque skip
// token naming where the next page starts. The token's form is the emulator's own (inferred);
// clients must follow the link as given, and a token that is not one of ours is refused.
import type { ArmFailure } from './arm-auth.js'

/** The skip token of the page starting at `offset` of the `list` list. */
export function skipTokenFor(list: string, offset: number): string {
  return Buffer.from(`${list}:${offset}`).toString('base64url')
}

/** Where the page the skip token names starts (0 without one); ARM's 400 for a token it never gave. */
export function pageStart(
  list: string,
  skipToken: string | null,
  length: number
): number | ArmFailure {
  if (skipToken === null) return 0
  const match = new RegExp(`^${list}:(\\d+)$`).exec(
    Buffer.from(skipToken, 'base64url').toString('utf8')
  )
  const start = match === null ? undefined : Number(match[1])
  if (start !== undefined && start <= length) return start
  return {
    status: 400,
    code: 'InvalidSkipToken',
    message: `The skip token '${skipToken}' is not valid for this request.`
  }
}
