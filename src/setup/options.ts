// The command line → typed options, every mistake refused here, before any network call.
import { parseArgs } from 'node:util'
import { CLOUDS, findCloud, type CloudName } from '../clouds.js'
import { InputError } from '../errors.js'
import { didYouMean } from '../suggest.js'
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

/** One row per flag: its parseArgs type and the line `--help` prints. */
const FLAGS = {
  'app-name': { type: 'string', help: 'NAME      The Static Web App to deploy to (required)' },
  subscription: {
    type: 'string',
    help: 'ID        Subscription of the app (default: the signed-in default)'
  },
  'resource-group': {
    type: 'string',
    help: 'NAME      Resource group of the app (default: found by name)'
  },
  repo: {
    type: 'string',
    help: "OWNER/REPO  The site repository (default: the clone's origin remote)"
  },
  workflows: {
    type: 'string',
    help: 'DIR       Where the deploying workflows are (default .github/workflows)'
  },
  subject: {
    type: 'string',
    multiple: true,
    help: 'S         Extra subject to trust, repeatable: environment:NAME, pull_request, ref:refs/heads/B, or repo:…'
  },
  registration: {
    type: 'string',
    help: 'NAME      App registration display name (default github-OWNER-REPO-swa-deploy)'
  },
  'set-variables': {
    type: 'boolean',
    help: '          Write AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_SUBSCRIPTION_ID as repository variables'
  },
  check: {
    type: 'boolean',
    help: '          Change nothing; say what is missing; exit 1 if anything is'
  },
  yes: { type: 'boolean', help: '          Apply without asking (required without a terminal)' },
  json: { type: 'boolean', help: '          The plan and the result as JSON on stdout' },
  cloud: {
    type: 'string',
    help: 'NAME      AzureCloud (default), AzureUSGovernment or AzureChinaCloud'
  },
  'authority-host': { type: 'string', help: 'URL       Entra authority host override' },
  'resource-manager-endpoint': { type: 'string', help: 'URL       ARM endpoint override' },
  'graph-endpoint': { type: 'string', help: 'URL       Microsoft Graph endpoint override' },
  'github-url': {
    type: 'string',
    help: 'URL       GitHub Enterprise Server (default https://github.com)'
  },
  'github-api-url': {
    type: 'string',
    help: 'URL       GitHub REST API (default from --github-url)'
  },
  issuer: {
    type: 'string',
    help: 'URL       OIDC issuer of the federated credentials (default per GitHub; enterprise-slug issuers)'
  },
  'subject-form': {
    type: 'string',
    help: "FORM      name or immutable, when the repository's subject form cannot be told"
  },
  help: { type: 'boolean', short: 'h', help: '          This help' }
} as const

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
  ...Object.entries(FLAGS).map(([name, flag]) => `  --${name} ${flag.help}`),
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
  let values: Record<string, string | boolean | string[] | undefined>
  try {
    const parsed = parseArgs({
      args,
      options: Object.fromEntries(
        Object.entries(FLAGS).map(([name, flag]) => [
          name,
          {
            type: flag.type,
            ...('multiple' in flag ? { multiple: true } : {}),
            ...('short' in flag ? { short: flag.short } : {})
          }
        ])
      ) as Parameters<typeof parseArgs>[0] extends infer C
        ? C extends { options?: infer O }
          ? O
          : never
        : never,
      strict: true,
      allowPositionals: true
    })
    values = parsed.values as typeof values
    // `npx … setup …` hands the word `setup` on: it is the command's name, nothing else is allowed.
    const extra = parsed.positionals.filter((word, index) => !(index === 0 && word === 'setup'))
    if (extra.length > 0) {
      throw new InputError(`Unexpected argument '${extra[0]}'.`, { fix: 'See setup --help.' })
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`${(error as Error).message}`, { fix: 'See setup --help.' })
  }
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
    const clouds = Object.keys(CLOUDS)
    throw new InputError(
      `--cloud '${cloudName}' is not a cloud setup knows${asked(cloudName, clouds)}`,
      { fix: 'Pass AzureCloud, AzureUSGovernment or AzureChinaCloud.' }
    )
  }
  const form = text('subject-form')
  const subjectForm = SUBJECT_FORMS.find((known) => known === form)
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
