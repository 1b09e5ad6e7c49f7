// What is uploaded: the site, its config file and the managed Functions API, all inside the
// workspace, and whether files that look like credentials may go too.
import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  findFunctionLanguage,
  FUNCTION_LANGUAGES,
  LANGUAGE_NAMES,
  LANGUAGE_VERSION
} from '../payload/apiLanguage.js'
import { isInsideOnDisk, isSameFileOnDisk } from '../paths.js'
import { CONFIG_FILE_NAME, type FunctionLanguage } from '../payload/types.js'
import { useAccepted } from '../suggest.js'
import type { Problems } from './problems.js'
import { readBoolean, type ReadInput } from './rules.js'
import type { ActionKind } from './target.js'
import { readWorkspace, resolveInWorkspace } from './workspace.js'

export interface PayloadInputs {
  /** Absolute path of the prebuilt site (folder or .zip), inside the workspace. */
  appLocation: string
  /** Absolute path of staticwebapp.config.json to place at the upload root, when given. */
  configFile: string | undefined
  /** Absolute path of the prebuilt managed Functions API (folder or .zip), inside the workspace. */
  apiLocation: string | undefined
  /** `api-language`, checked; blank: the payload stage takes platform.apiRuntime of the config. */
  apiLanguage: FunctionLanguage | undefined
  /** `api-language-version`, checked for its form (e.g. `20`, `3.11`, `8.0`). */
  apiLanguageVersion: string | undefined
  /** `allow-credential-files`: let files that look like credentials into the upload. */
  allowCredentialFiles: boolean
  /** Absolute GITHUB_WORKSPACE. */
  workspace: string
}

const DEFAULT_APP_LOCATION = 'dist'

/** Every spelling api-language accepts: each language's UploadInfo name and its apiRuntime one. */
const LANGUAGE_SPELLINGS = [
  ...new Set(Object.entries(FUNCTION_LANGUAGES).flatMap(([name, row]) => [name, row.apiRuntime]))
]

/** What to tell the user about each location input that is missing or of the wrong kind. */
const LOCATION_FIXES = {
  'app-location': {
    missing:
      "build the site in an earlier step, or point app-location at its output folder (default 'dist')",
    wrongKind: "point it at the built site's folder"
  },
  'api-location': {
    missing:
      'build the API in an earlier step, or point api-location at its publish output (the folder that holds host.json)',
    wrongKind: "point it at the built API's folder (the one that holds host.json)"
  }
} as const

/** `action` is undefined when it was refused: the rules that depend on it then stay quiet. */
export function readPayload(
  read: ReadInput,
  action: ActionKind | undefined,
  env: NodeJS.ProcessEnv,
  problems: Problems
): PayloadInputs {
  const allowCredentialFiles = readBoolean(read, 'allow-credential-files', false, problems)
  const workspace = readWorkspace(env, problems)
  let appLocation: string | undefined
  let configFile: string | undefined
  let apiLocation: string | undefined
  if (workspace !== undefined) {
    // Only an upload reads the site; close and prune delete environments, with no checkout needed.
    const mustExist = action === 'upload'
    appLocation = readPackageLocation(
      'app-location',
      read('app-location') ?? DEFAULT_APP_LOCATION,
      workspace,
      mustExist,
      problems
    )
    const configLocation = read('config-file-location')
    if (configLocation !== undefined) {
      configFile = readConfigFile(configLocation, workspace, mustExist, problems)
    }
    const apiValue = read('api-location')
    if (apiValue !== undefined) {
      apiLocation = readPackageLocation('api-location', apiValue, workspace, mustExist, problems)
      // Inside the site, the API's code and settings would be served as static files too.
      if (
        apiLocation !== undefined &&
        appLocation !== undefined &&
        isInsideOnDisk(appLocation, apiLocation)
      ) {
        problems.add(
          'api-location',
          `Input api-location: '${apiValue}' is inside app-location, so its files would also be public as part of the site; build the API into a folder outside the site's.`
        )
      }
    }
  }
  const apiLanguage = readApiLanguage(read('api-language'), problems)
  const apiLanguageVersion = readApiLanguageVersion(read('api-language-version'), problems)
  if (action === 'upload' && read('api-location') === undefined) {
    for (const name of ['api-language', 'api-language-version']) {
      if (read(name) !== undefined) {
        problems.add(
          'api-without-location',
          `Input ${name} describes an API, but api-location is not set; set both.`
        )
      }
    }
  }
  return {
    appLocation: appLocation as string,
    configFile,
    apiLocation,
    apiLanguage,
    apiLanguageVersion,
    allowCredentialFiles,
    workspace: workspace as string
  }
}

function readPackageLocation(
  name: keyof typeof LOCATION_FIXES,
  value: string,
  workspace: string,
  mustExist: boolean,
  problems: Problems
): string | undefined {
  const resolved = resolveInWorkspace(name, value, workspace, problems)
  if (!resolved) return undefined
  if (!resolved.exists) {
    if (mustExist) {
      problems.add(
        name,
        `Input ${name}: '${value}' does not exist in the workspace; ${LOCATION_FIXES[name].missing}.`
      )
    }
    return resolved.absolute
  }
  const stats = fs.statSync(resolved.absolute)
  if (stats.isDirectory()) return resolved.absolute
  if (stats.isFile() && resolved.absolute.toLowerCase().endsWith('.zip')) return resolved.absolute
  if (mustExist) {
    problems.add(
      name,
      `Input ${name}: '${value}' is neither a folder nor a .zip file; ${LOCATION_FIXES[name].wrongKind}.`
    )
  }
  return resolved.absolute
}

function readConfigFile(
  value: string,
  workspace: string,
  mustExist: boolean,
  problems: Problems
): string | undefined {
  const resolved = resolveInWorkspace('config-file-location', value, workspace, problems)
  if (!resolved) return undefined
  if (!resolved.exists) {
    if (mustExist) {
      problems.add(
        'config-file-location',
        `Input config-file-location: '${value}' does not exist; give the folder that holds ${CONFIG_FILE_NAME} or the file's path.`
      )
    }
    return undefined
  }
  const stats = fs.statSync(resolved.absolute)
  if (stats.isDirectory()) {
    const file = path.join(resolved.absolute, CONFIG_FILE_NAME)
    const found = resolveInWorkspace('config-file-location', file, workspace, problems)
    if (found?.exists && fs.statSync(file).isFile()) return file
    if (found && mustExist) {
      problems.add(
        'config-file-location',
        `Input config-file-location: the folder '${value}' has no ${CONFIG_FILE_NAME}; give the folder that holds it or the file's path.`
      )
    }
    return undefined
  }
  // By what the disk finds: on a case-insensitive one, StaticWebApp.config.json is that file.
  if (
    !isSameFileOnDisk(
      resolved.absolute,
      path.join(path.dirname(resolved.absolute), CONFIG_FILE_NAME)
    )
  ) {
    problems.add(
      'config-file-location',
      `Input config-file-location: '${value}' is not named ${CONFIG_FILE_NAME}; give that file or the folder that holds it.`
    )
    return undefined
  }
  return resolved.absolute
}

function readApiLanguage(
  value: string | undefined,
  problems: Problems
): FunctionLanguage | undefined {
  if (value === undefined) return undefined
  const language = findFunctionLanguage(value)
  if (language === undefined) {
    const fix = useAccepted(value, LANGUAGE_SPELLINGS, LANGUAGE_NAMES)
    problems.add(
      'api-language',
      `Input api-language: '${value}' is not a managed Functions language; ${fix}.`
    )
  }
  return language
}

function readApiLanguageVersion(value: string | undefined, problems: Problems): string | undefined {
  if (value === undefined) return undefined
  if (!LANGUAGE_VERSION.test(value)) {
    problems.add(
      'api-language-version',
      `Input api-language-version: '${value}' is not a version; use digits and dots, e.g. 20, 3.11 or 8.0.`
    )
    return undefined
  }
  return value
}
