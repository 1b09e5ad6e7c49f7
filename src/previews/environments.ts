// How a preview environment reads to a person (name, pull request or branch, last update).
import type { PreviewEnvironment } from '../arm/environments.js'
import { pullRequestNumberOf } from '../environmentNames.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** When it last changed, as ARM says (its creation when ARM gives no update time). */
export function lastChanged(environment: PreviewEnvironment): Date | undefined {
  return environment.lastUpdatedOn ?? environment.createdAt
}

/** Whole days since the environment last changed; undefined when ARM gives no time. */
export function idleDays(environment: PreviewEnvironment, now: number): number | undefined {
  const changed = lastChanged(environment)
  return changed === undefined ? undefined : Math.floor((now - changed.getTime()) / DAY_MS)
}

/** 2026-05-01T10:00:12.345Z → '2026-05-01 10:00 UTC'. */
export function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** 'pull request #41 ("Add login", feature/login)' or 'branch main'. */
export function originOf(environment: PreviewEnvironment): string {
  const number = pullRequestNumberOf(environment.name)
  const branch = environment.sourceBranch
  if (number !== undefined) {
    const details = [environment.pullRequestTitle && `"${environment.pullRequestTitle}"`, branch]
    const said = details.filter(Boolean).join(', ')
    return `pull request #${number}${said ? ` (${said})` : ''}`
  }
  return branch ? `branch ${branch}` : 'named environment'
}

/** One line of the list a person reads to choose what to delete. */
export function describeEnvironment(environment: PreviewEnvironment): string {
  const changed = lastChanged(environment)
  const when = changed === undefined ? 'last update unknown' : `last updated ${utcMinute(changed)}`
  return `${environment.name}: ${originOf(environment)}, ${when}`
}
