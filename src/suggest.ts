// Values from a fixed list: how one is matched (in any case, the rule of every such input and
// option), and "did you mean …": the accepted value a mistyped one is closest to, when close enough to be
// the one meant (a letter left out, doubled, swapped or wrong; a space or underscore for a hyphen;
// or the start of exactly one accepted value, `--app` for `--app-name`).

/** Edits tolerated per three letters of the accepted value, at most this many in all. */
const MAX_EDITS = 3

/** Letters a shortening must have to be taken for the one value it starts (`ap` is too few). */
const MIN_SHORTENING = 3

/** The accepted value the given one is, in any case and without surrounding blanks; undefined for none. */
export function matchAccepted<T extends string>(
  value: string,
  accepted: readonly T[]
): T | undefined {
  const wanted = value.trim().toLowerCase()
  return accepted.find((candidate) => candidate.toLowerCase() === wanted)
}

/**
 * Another tool's word for one of ours, from a table keyed in lower case without blanks, hyphens or
 * underscores (`dry-run`, `Dry_Run` and `dryrun` are one word); undefined for none. Own keys only:
 * `constructor` is nobody's word.
 */
export function otherToolsWord<T>(
  table: Readonly<Record<string, T>>,
  typed: string
): T | undefined {
  const key = typed
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/**
 * The end of the refusal of a value outside a fixed list, for every such input and option:
 * "did you mean 'X'? Use LIST" when the value is a likely typo of X, else "use LIST".
 */
export function useAccepted(value: string, accepted: readonly string[], list: string): string {
  const question = didYouMean(value, accepted)
  return question === undefined ? `use ${list}` : `${question} Use ${list}`
}

/** "did you mean 'X'?" when the value is a likely typo of the accepted X; undefined when none is close. */
export function didYouMean(value: string, accepted: readonly string[]): string | undefined {
  const meant = closestValue(value, accepted)
  return meant === undefined ? undefined : `did you mean '${meant}'?`
}

/** The accepted value the given one is a likely typo or shortening of; undefined when none is. */
export function closestValue(value: string, accepted: readonly string[]): string | undefined {
  const typed = value.toLowerCase()
  let best: { value: string; edits: number } | undefined
  for (const candidate of accepted) {
    const edits = editDistance(typed, candidate.toLowerCase())
    const tolerated = Math.min(MAX_EDITS, Math.floor(candidate.length / 3))
    if (edits <= tolerated && (best === undefined || edits < best.edits)) {
      best = { value: candidate, edits }
    }
  }
  return best?.value ?? shortened(typed, accepted)
}

/** The one accepted value that starts with what was typed; undefined when none or several do. */
function shortened(typed: string, accepted: readonly string[]): string | undefined {
  if (typed.length < MIN_SHORTENING) return undefined
  const starting = accepted.filter((candidate) => candidate.toLowerCase().startsWith(typed))
  return starting.length === 1 ? starting[0] : undefined
}

/**
 * Letters inserted, deleted, replaced, or two neighbours swapped (optimal string alignment):
 * hand-written because it is a dozen lines and the action's bundle takes no dependency for it.
 */
function editDistance(from: string, to: string): number {
  // rows[i][j]: the edits turning from's first i letters into to's first j.
  const rows = Array.from({ length: from.length + 1 }, (_, i) =>
    Array.from({ length: to.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  const at = (i: number, j: number): number => rows[i]![j]!
  for (let i = 1; i <= from.length; i++) {
    for (let j = 1; j <= to.length; j++) {
      const differ = from[i - 1] === to[j - 1] ? 0 : 1
      let edits = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + differ)
      if (i > 1 && j > 1 && from[i - 1] === to[j - 2] && from[i - 2] === to[j - 1]) {
        edits = Math.min(edits, at(i - 2, j - 2) + 1)
      }
      rows[i]![j] = edits
    }
  }
  return at(from.length, to.length)
}
