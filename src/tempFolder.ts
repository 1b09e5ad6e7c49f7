// Removal of the action's temporary folders. On Windows a handle still closing (the client just
// ended, an antivirus or indexer scan) answers EBUSY or EPERM for a moment: the removal is tried
// again, and a folder that still stays is a warning, never the run's verdict.
import { rm } from 'node:fs/promises'
import { warning } from './log.js'
import { printable } from './format.js'

/** Removes a folder and all it holds (a test passes one that fails). */
export type Remover = (folder: string) => Promise<void>

const removeTree: Remover = (folder) => rm(folder, { recursive: true, force: true })

/** The codes a busy handle gives (the set Node's own rm retries on). */
const TRANSIENT = new Set(['EBUSY', 'EPERM', 'ENOTEMPTY', 'EMFILE', 'ENFILE'])
/** Waits between tries: about 3 s in all, longer than a scan holds a file. */
const REMOVAL_DELAYS_MS: readonly number[] = [100, 200, 400, 800, 1_600]

export async function removeTempFolder(
  folder: string,
  remove: Remover = removeTree,
  delaysMs: readonly number[] = REMOVAL_DELAYS_MS
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await remove(folder)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code ?? String(error)
      const delay = delaysMs[attempt]
      if (TRANSIENT.has(code) && delay !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, delay))
        continue
      }
      warning(
        `Could not remove the temporary folder ${printable(folder)} (${printable(code)}); the deployment's result stands. RUNNER_TEMP is emptied after the job; elsewhere delete it by hand.`
      )
      return
    }
  }
}
