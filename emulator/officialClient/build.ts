// What one stand-in build is: how it behaves and the file each OS downloads. Its own module so the
// program form and the stand-in read it without importing the releases that build them.
import type { Readable } from 'node:stream'

/** How a stand-in build behaves; baked into its launcher like a real build's code. */
export type StandInBehaviour =
  /** Deploys like the real client. */
  | 'deploy'
  /** Prints the deployment token and lines that look like workflow commands, then deploys. */
  | 'leaky'
  /** Says it is uploading, then never ends (until a signal). */
  | 'hang'
  /** Polls a few times, then gives up the way the real client does after ~10 minutes. */
  | 'give-up'
  /** Exits with code 3 and prints nothing. */
  | 'crash'
  /** Writes to every runner file it is handed (GITHUB_OUTPUT, GITHUB_ENV, …), then deploys. */
  | 'runner-files'
  /** Ends every failure with exit code 0 after printing it, as the real client has (#1246). */
  | 'exit-0-on-failure'
  /** Refuses a setting ("ERROR(S): Option 'environment' is unknown."), deploys nothing, exits 0 (cli#998). */
  | 'unknown-option'
  /** Deploys, then exits 0 without its success line ("Visit your site at: …"). */
  | 'no-success-line'

/** A shell script that execs Node.js on standIn.ts, or a copy of Node.js that carries its build. */
export type StandInForm = 'launcher' | 'program'

export interface ReleaseFile {
  /** Path on the CDN host (releases.ts DOWNLOAD_HOST). */
  path: string
  form: StandInForm
  /** The file's length in bytes. */
  readonly size: number
  /** Its bytes, from the start (the program form reads its copy of Node.js from disk each time). */
  open(): Readable
  /** What the manifest says; a test may make it wrong. */
  sha: string
}
