// The command line → typed options, every mistake refused here, before any network call.
import { parseArgs } from 'node:util'
import { aboutCloudName, findCloud, type CloudName } from '../clouds.js'
import { InputError } from '../errors.js'
import { printable } from '../format.js'
import { closestValue, didYouMean, matchAccepted, otherToolsWord } from '../suggest.js'
import type { SubjectForm } from './subjects.js'

export interface SetupOptions {
  appName: string
  subscription: string | undefined
  resourceGroup: string | undefined
  repo: string | undefined
  workflows: string
  subjects: string[]
  registration: string | undefined
  setVariables: boolean
  check: boolean
  yes: boolean
  json: boolean
  cloud: CloudName
  authorityHost: string | undefined
  resourceManagerEndpoint: string | undefined
  graphEndpoint: string | undefined
  githubUrl: string
  githubApiUrl: string | undefined
  issuer: string | undefined
  subjectForm: SubjectForm | undefined
}

/** One row per flag: its parseArgs type, its value's placeholder (a string flag) and its `--help` line. */
const FLAGS = {
  'app-name': { type: 'string', value: 'NAME', help: 'The Static Web App to deploy to (required)' },
  subscription: {
    type: 'string',
    value: 'ID',
    help: 'Subscription of the app (default: the signed-in default)'
  },
  'resource-group': {
    type: 'string',
    value: 'NAME',
    help: 'Resource group of the app (default: found by name)'
  },
  repo: {
    type: 'string',
    value: 'OWNER/REPO',
    help: "The site repository (default: the clone's origin remote)"
  },
  workflows: {
    type: 'string',
    value: 'DIR',
    help: 'Where the deploying workflows are (default .github/workflows)'
  },
  subject: {
    type: 'string',
    multiple: true,
    value: 'S',
    help: 'Extra subject to trust, repeatable: environment:NAME, pull_request, ref:refs/heads/B, or repo:…'
  },
  registration: {
    type: 'string',
    value: 'NAME',
    help: 'App registration display name (default github-OWNER-REPO-swa-deploy)'
  },
  'set-variables': {
    type: 'boolean',
    help: 'Write AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_SUBSCRIPTION_ID as repository variables'
  },
  check: {
    type: 'boolean',
    help: 'Change nothing; say what is missing; exit 1 if anything is'
  },
  yes: { type: 'boolean', help: 'Apply without asking (required without a terminal)' },
  json: { type: 'boolean', help: 'The plan and the result as JSON on stdout' },
  cloud: {
    type: 'string',
    value: 'NAME',
    help: 'AzureCloud (default), AzureUSGovernment or AzureChinaCloud'
  },
  'authority-host': { type: 'string', value: 'URL', help: 'Entra authority host override' },
  'resource-manager-endpoint': { type: 'string', value: 'URL', help: 'ARM endpoint override' },
  'graph-endpoint': { type: 'string', value: 'URL', help: 'Microsoft Graph endpoint override' },
  'github-url': {
    type: 'string',
    value: 'URL',
    help: 'GitHub Enterprise Server (default https://github.com)'
  },
  'github-api-url': {
    type: 'string',
    value: 'URL',
    help: 'GitHub REST API (default from --github-url)'
  },
  issuer: {
    type: 'string',
    value: 'URL',
    help: 'OIDC issuer of the federated credentials (default per GitHub; enterprise-slug issuers)'
  },
  'subject-form': {
    type: 'string',
    value: 'FORM',
    help: "name or immutable, when the repository's subject form cannot be told"
  },
  help: { type: 'boolean', short: 'h', help: 'This help' }
} as const

type FlagName = keyof typeof FLAGS

/** FLAGS as parseArgs takes them. */
const PARSE_OPTIONS = Object.fromEntries(
  Object.entries(FLAGS).map(([name, flag]) => [
    name,
    {
      type: flag.type,
      ...('multiple' in flag ? { multiple: true } : {}),
      ...('short' in flag ? { short: flag.short } : {})
    }
  ])
) as Record<FlagName, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>

/**
 * Other tools' words for a setup flag (keyed as otherToolsWord reads them), asked about when
 * typed: the action's `dry-run` and the Azure CLI's `--what-if` are setup's `--check`.
 */
const OTHER_FLAG_WORDS: Readonly<Record<string, FlagName>> = {
  dryrun: 'check',
  whatif: 'check'
}

/** The one fix of every misused flag. */
const SEE_HELP = 'Run setup --help to see every option and what it takes.'

/**
 * Refuses the command line's misused words, all of them at once: an unknown flag (with the one
 * meant, when close), a string flag without its value, a switch given one, a stray argument.
 */
function refuseMisusedFlags(tokens: readonly ArgToken[]): void {
  const problems: string[] = []
  let unknownBefore = false
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'option') {
      const problem = misusedFlag(token)
      if (problem !== undefined) problems.push(problem)
      // `--app octo-site`, or `--app-name --issuer URL` (parseArgs took `--issuer` as the value):
      // the word after is that flag's value, not a stray argument.
      unknownBefore =
        (knownFlag(token) === undefined && token.value === undefined) || takesNextFlag(token)
      continue
    }
    const stray =
      token.kind === 'positional' &&
      !unknownBefore &&
      // `npx … setup …` hands the word `setup` on: it is the command's name, nothing else is allowed.
      !(index === 0 && token.value === 'setup')
    if (stray) problems.push(`Unexpected argument '${token.value}'.`)
    unknownBefore = false
  }
  if (problems.length === 0) return
  const shown = problems.map((problem) => printable(problem, 500))
  throw new InputError(
    shown.length === 1
      ? (shown[0] as string)
      : `${shown.length} arguments need fixing:\n${shown.map((problem) => `  - ${problem}`).join('\n')}`,
    { fix: SEE_HELP }
  )
}

type ArgToken = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never
type OptionToken = Extract<ArgToken, { kind: 'option' }>

/** Why one flag as typed is refused; undefined when it is used as it should be. */
function misusedFlag(token: OptionToken): string | undefined {
  const flag = knownFlag(token)
  if (flag === undefined) {
    const meant =
      otherToolsWord(OTHER_FLAG_WORDS, token.name) ?? closestValue(token.name, Object.keys(FLAGS))
    return `Unknown option '${token.rawName}'${meant === undefined ? '.' : `; did you mean --${meant}?`}`
  }
  const name = `--${flag.name}`
  if ('value' in flag.row) {
    const usage = `${name} ${flag.row.value}`
    if (token.value === undefined) return `Option ${name} needs a value: ${usage}.`
    // `--app-name --yes`: the flag's value was left out, and the next flag taken for it.
    if (takesNextFlag(token)) {
      return `Option ${name} needs a value: ${usage}; the word after it, '${token.value}', is an option.`
    }
    return undefined
  }
  if (token.value !== undefined) {
    return `Option ${name} takes no value ('${token.rawName}=${token.value}'): pass ${name} alone, or leave it out.`
  }
  return undefined
}

/** Whether parseArgs took the next flag for this one's value (`--app-name --yes`). */
function takesNextFlag(token: OptionToken): boolean {
  return token.value !== undefined && !token.inlineValue && /^-./.test(token.value)
}

/** The FLAGS row a token names, by its long name or its short letter; undefined for an unknown one. */
function knownFlag(
  token: OptionToken
): { name: FlagName; row: (typeof FLAGS)[FlagName] } | undefined {
  if (!Object.hasOwn(FLAGS, token.name)) return undefined
  const name = token.name as FlagName
  const row = FLAGS[name]
  // parseArgs gives an unknown `-a` the name `a`: a short form counts only where FLAGS has it.
  const typed =
    token.rawName.startsWith('--') || ('short' in row && token.rawName === `-${row.short}`)
  return typed ? { name, row } : undefined
}

/** '--app-name NAME': a flag as --help's first column shows it. */
const OPTION_CELLS = Object.entries(FLAGS).map(([name, flag]) => ({
  cell: 'value' in flag ? `--${name} ${flag.value}` : `--${name}`,
  help: flag.help
}))
/** One width for the first column, the widest cell's: every description starts in one column. */
const OPTION_WIDTH = Math.max(...OPTION_CELLS.map(({ cell }) => cell.length))

export const USAGE = [
  'Usage: npx github:org/keyless-swa-deploy setup --app-name NAME [options]',
  '       node dist/setup.js --app-name NAME [options]',
  '',
  'Sets up keyless deployment from GitHub Actions to an Azure Static Web App with your own Azure',
  'login: an app registration with one federated credential per subject your deploying jobs will',
  'present, and a role of four actions on the one app. It prints a plan, then applies it; running',
  'it again changes nothing. It creates no secret.',
  '',
  'Options:',
  ...OPTION_CELLS.map(({ cell, help }) => `  ${cell.padEnd(OPTION_WIDTH)}  ${help}`),
  '',
  'Sign-in, in order: environment variables, workload identity, Azure CLI (az login), Azure',
  'Developer CLI (azd auth login), Azure PowerShell (Connect-AzAccount).',
  'GitHub token: GH_TOKEN, GITHUB_TOKEN, or the GitHub CLI (gh auth login).'
].join('\n')

/** Reads the arguments; `help` when --help was asked for. */
export function readOptions(
  args: string[],
  interactive: boolean
): { help: true } | { help: false; options: SetupOptions } {
  // Not strict: parseArgs's own refusals carry Node's wording and error code; ours name the fix.
  const parsed = parseArgs({
    args,
    options: PARSE_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  refuseMisusedFlags(parsed.tokens)
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>
  if (values.help === true) return { help: true }
  const text = (name: string): string | undefined => {
    const value = values[name]
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  const flag = (name: string): boolean => values[name] === true
  const appName = text('app-name')
  if (appName === undefined) {
    throw new InputError('--app-name is required.', {
      fix: 'Pass --app-name with the name of your Static Web App.'
    })
  }
  const check = flag('check')
  const yes = flag('yes')
  if (!interactive && !check && !yes) {
    throw new InputError(
      'There is no terminal to confirm the plan in, so setup will not wait for an answer.',
      {
        fix: 'Pass --yes to apply the plan, or --check to only see what is missing.'
      }
    )
  }
  const cloudName = text('cloud') ?? 'AzureCloud'
  const cloud = findCloud(cloudName)
  if (cloud === undefined) {
    const about = aboutCloudName(cloudName)
    throw new InputError(
      `--cloud '${cloudName}' is not a cloud setup knows${about === undefined ? '.' : `; ${about}`}`,
      { fix: 'Pass AzureCloud, AzureUSGovernment or AzureChinaCloud.' }
    )
  }
  const form = text('subject-form')
  const subjectForm = form === undefined ? undefined : matchAccepted(form, SUBJECT_FORMS)
  if (form !== undefined && subjectForm === undefined) {
    throw new InputError(
      `--subject-form '${form}' is neither name nor immutable${asked(form, SUBJECT_FORMS)}`,
      { fix: 'Pass --subject-form name or --subject-form immutable.' }
    )
  }
  const githubUrl = httpsUrl('github-url', text('github-url')) ?? 'https://github.com'
  return {
    help: false,
    options: {
      appName,
      subscription: text('subscription'),
      resourceGroup: text('resource-group'),
      repo: text('repo'),
      workflows: text('workflows') ?? '.github/workflows',
      subjects: ((values.subject as string[] | undefined) ?? [])
        .map((s) => s.trim())
        .filter(Boolean),
      registration: text('registration'),
      setVariables: flag('set-variables'),
      check,
      yes,
      json: flag('json'),
      cloud: cloud.name,
      authorityHost: httpsUrl('authority-host', text('authority-host')),
      resourceManagerEndpoint: httpsUrl(
        'resource-manager-endpoint',
        text('resource-manager-endpoint')
      ),
      graphEndpoint: httpsUrl('graph-endpoint', text('graph-endpoint')),
      githubUrl,
      githubApiUrl: httpsUrl('github-api-url', text('github-api-url')),
      issuer: httpsUrl('issuer', text('issuer')),
      subjectForm
    }
  }
}

/** The forms --subject-form accepts. */
const SUBJECT_FORMS: readonly SubjectForm[] = ['name', 'immutable']

/** The end of a refused value's sentence: the value meant asked about, when one is close. */
function asked(value: string, accepted: readonly string[]): string {
  const question = didYouMean(value, accepted)
  return question === undefined ? '.' : `; ${question}`
}

/** An https URL without a trailing slash, or a refusal naming the flag. */
function httpsUrl(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(`--${flag} '${value}' is not a URL.`, {
      fix: `Pass --${flag} as https://HOST[/PATH].`
    })
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) {
    throw new InputError(`--${flag} must be an https URL without credentials, query or fragment.`, {
      fix: `Pass --${flag} as https://HOST[/PATH].`
    })
  }
  return url.href.replace(/\/+$/, '')
}
