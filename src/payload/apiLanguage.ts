// The managed Functions languages, as UploadInfo names them and as staticwebapp.config.json's
// `platform.apiRuntime` spells them (`dotnet-isolated:8.0` is FunctionLanguage `dotnetisolated`).
// Versions are checked for their form only: which ones the service runs is Microsoft's list
// (learn.microsoft.com/azure/static-web-apps/languages-runtimes) and changes with its policy.
import type { FunctionLanguage } from './types.js'

interface LanguageRow {
  /** The name in `platform.apiRuntime`. */
  apiRuntime: string
  /** A version the service runs, for examples in messages. */
  example: string
}

export const FUNCTION_LANGUAGES: Readonly<Record<FunctionLanguage, LanguageRow>> = {
  node: { apiRuntime: 'node', example: '20' },
  python: { apiRuntime: 'python', example: '3.11' },
  dotnet: { apiRuntime: 'dotnet', example: '8.0' },
  dotnetisolated: { apiRuntime: 'dotnet-isolated', example: '8.0' }
}

/** `18`, `3.11`, `8.0`: digits and dots, as UploadInfo.FunctionLanguageVersion carries them. */
export const LANGUAGE_VERSION = /^\d{1,4}(\.\d{1,4}){0,2}$/

/** The languages as a list for messages: `node`, `python`, `dotnet` or `dotnetisolated`. */
export const LANGUAGE_NAMES = Object.keys(FUNCTION_LANGUAGES)
  .map((name) => `\`${name}\``)
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1')

/** The language a name means, by its UploadInfo name or its apiRuntime spelling, in any case. */
export function findFunctionLanguage(name: string): FunctionLanguage | undefined {
  const wanted = name.trim().toLowerCase()
  for (const [language, row] of Object.entries(FUNCTION_LANGUAGES)) {
    if (wanted === language || wanted === row.apiRuntime) return language as FunctionLanguage
  }
  return undefined
}

/** `node:18` → node 18; a problem (a sentence) when the value is not `<language>:<version>`. */
export function parseApiRuntime(
  value: string
): { language: FunctionLanguage; version: string } | { problem: string } {
  const [name = '', version = '', ...rest] = value.split(':')
  const language = findFunctionLanguage(name)
  if (language === undefined || rest.length > 0 || !LANGUAGE_VERSION.test(version.trim())) {
    const examples = Object.values(FUNCTION_LANGUAGES)
      .map((row) => `\`${row.apiRuntime}:${row.example}\``)
      .join(', ')
    return { problem: `is not '<language>:<version>' with a Functions language (e.g. ${examples})` }
  }
  return { language, version: version.trim() }
}
