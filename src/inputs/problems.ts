// The problems list: every input problem is collected, then all are reported together in one
// InputError, so one run shows every fix.
import { InputError } from '../errors.js'
import { printable } from '../format.js'

/**
 * Where each problem stands in the report: the groups read their inputs in their own order, the
 * report keeps this one. Mostly input names; a few name a rule that spans inputs.
 */
const REPORT_ORDER = [
  'auth-type',
  'client-id',
  'tenant-id',
  'subscription-id',
  'resource-group',
  'app-name',
  'action',
  'cloud',
  'authority-host',
  'resource-manager-endpoint',
  'deployment-environment',
  'dry-run',
  'allow-credential-files',
  'deployment-timeout',
  'production-branch',
  'pr-comment',
  'prune-max-age-days',
  'skip-without-identity',
  'on-environment-limit',
  /** prune with nothing to go by, or without GITHUB_REPOSITORY. */
  'prune-sources',
  'GITHUB_API_URL',
  'engine',
  'engine-version',
  'GITHUB_WORKSPACE',
  'app-location',
  'config-file-location',
  'api-location',
  'api-language',
  'api-language-version',
  /** api-language or api-language-version given without api-location. */
  'api-without-location'
] as const

/** A place in the report: REPORT_ORDER's entries. */
export type ProblemSlot = (typeof REPORT_ORDER)[number]

/** The problems found so far, each at its slot. */
export class Problems {
  private readonly found: { slot: ProblemSlot; text: string }[] = []

  add(slot: ProblemSlot, text: string): void {
    this.found.push({ slot, text })
  }

  /** Throws one InputError listing every problem, in REPORT_ORDER; returns when there is none. */
  throwIfAny(): void {
    if (this.found.length === 0) return
    // A stable sort: problems of one slot keep the order they were found in.
    const texts = [...this.found]
      .sort((a, b) => REPORT_ORDER.indexOf(a.slot) - REPORT_ORDER.indexOf(b.slot))
      .map((problem) => problem.text)
    throw inputError(texts)
  }
}

function inputError(found: string[]): InputError {
  // Problems quote the user's values: control characters (an ESC sequence, say) are shown escaped.
  const problems = found.map((problem) => printable(problem, 2000))
  if (problems.length === 1) return new InputError(problems[0] as string)
  const list = problems.map((problem) => `  - ${problem}`).join('\n')
  return new InputError(`${problems.length} inputs need fixing:\n${list}`, {
    fix: "Correct each input listed above in the step's `with:` block."
  })
}
