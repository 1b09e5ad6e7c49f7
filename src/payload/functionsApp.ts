// What the Functions host reads of a prebuilt API before it registers a function: host.json
// (which it parses, and without which it does not start) and, for a Node.js app of programming
// model v4, package.json's `main`, the files whose code registers the functions. The first is
// refused when the host could not start it; the second only warned about, since the app deploys
// and runs, with no function (Azure/azure-functions-nodejs-worker#697).
import path from 'node:path'
import { InputError } from '../errors.js'
import { printable } from '../format.js'
import { isRecord } from '../json.js'
import { readSource } from './sources.js'
import type { PayloadFile } from './types.js'

export const HOST_JSON = 'host.json'
const PACKAGE_JSON = 'package.json'
/** The one host.json schema the Functions runtime 2.x and later start with. */
const HOST_JSON_VERSION = '2.0'
/** Far above any real host.json; a larger one is not read into memory. */
const MAX_HOST_JSON_BYTES = 1024 * 1024

/** host.json as the host needs it: one JSON object with "version": "2.0". */
export async function checkHostJson(file: PayloadFile, location: string): Promise<void> {
  const refuse = (problem: string): InputError =>
    new InputError(
      `The API '${location}': ${HOST_JSON} ${problem}; the Functions host would not start it, and no function would run.`,
      {
        doc: 'api-package',
        fix: `Make ${HOST_JSON} one JSON object with "version": "${HOST_JSON_VERSION}" (the file \`func init\` writes), then rebuild the API.`
      }
    )
  if (file.size > MAX_HOST_JSON_BYTES) throw refuse(`is ${file.size} bytes`)
  const text = (await readSource(file)).toString('utf8').replace(/^\uFEFF/, '')
  if (text.trim() === '') throw refuse('is empty')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw refuse(
      `is not JSON (${printable(error instanceof Error ? error.message : String(error), 200)})`
    )
  }
  if (!isRecord(parsed)) {
    const what = Array.isArray(parsed)
      ? 'an array'
      : parsed === null
        ? 'null'
        : `a ${typeof parsed}`
    throw refuse(`is ${what}, not a JSON object`)
  }
  // The host's own words: "The host.json file is missing the required 'version' property."
  if (parsed.version === undefined) throw refuse("has no 'version'")
  if (parsed.version !== HOST_JSON_VERSION) {
    throw refuse(`has 'version' ${printable(JSON.stringify(parsed.version), 40)}`)
  }
}

/**
 * Why a Node.js API would register no function, or undefined. A programming model v3 app declares
 * its functions in `<name>/function.json` files, and has no need of `main`; a v4 app has none of
 * those, and the worker loads only the files `main` names (a path or a glob).
 */
export async function nodeEntryProblem(files: readonly PayloadFile[]): Promise<string | undefined> {
  if (files.some((file) => /^[^/]+\/function\.json$/.test(file.name))) return undefined
  const manifest = files.find((file) => file.name === PACKAGE_JSON)
  if (manifest === undefined) {
    return `it has no ${PACKAGE_JSON} and no function.json, so nothing would tell the Node.js worker which files register functions`
  }
  let parsed: unknown
  try {
    parsed = JSON.parse((await readSource(manifest)).toString('utf8').replace(/^\uFEFF/, ''))
  } catch {
    return `its ${PACKAGE_JSON} is not JSON`
  }
  const main = isRecord(parsed) ? parsed.main : undefined
  if (typeof main !== 'string' || main.trim() === '') {
    return `its ${PACKAGE_JSON} has no "main" (and it has no function.json), so the Node.js worker (programming model v4) loads no file that registers a function`
  }
  const pattern = path.posix.normalize(main.trim().replace(/\\/g, '/')).replace(/^\.\//, '')
  const names = files.map((file) => file.name)
  // A folder named by main loads its index.js, as require() does.
  const matched = names.some(
    (name) =>
      name === pattern || name === `${pattern}/index.js` || path.posix.matchesGlob(name, pattern)
  )
  if (matched) return undefined
  return `"main" in its ${PACKAGE_JSON} is '${printable(main, 200)}', which matches no file in it, so the Node.js worker (programming model v4) loads no file that registers a function`
}
