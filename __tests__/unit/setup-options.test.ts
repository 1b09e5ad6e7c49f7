// setup's command line, read by src/setup/options.ts: each misused word refused in setup's own
// words with the flag meant and `setup --help`, and well-formed lines read as typed.
import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { readOptions, type SetupOptions } from '../../src/setup/options.js'

const SITE = ['--app-name', 'octo-site', '--yes']

/** The refusal of these arguments: its message and its fix. */
function refusal(args: string[]): { message: string; fix: string | undefined } {
  try {
    readOptions(args, false)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return { message: (error as InputError).message, fix: (error as InputError).fix }
  }
  throw new Error(`${args.join(' ')} was not refused`)
}

describe('misused flags', () => {
  test.each<[string[], string]>([
    [['--app', 'octo-site', '--yes'], "Unknown option '--app'; did you mean --app-name?"],
    [['--APP-NAME', 'octo-site', '--yes'], "Unknown option '--APP-NAME'; did you mean --app-name?"],
    [
      [...SITE, '--subscripton', 'x'],
      "Unknown option '--subscripton'; did you mean --subscription?"
    ],
    [[...SITE, '--dry-run'], "Unknown option '--dry-run'; did you mean --check?"],
    [[...SITE, '--dry-run=yes'], "Unknown option '--dry-run'; did you mean --check?"],
    [[...SITE, '--dryrun'], "Unknown option '--dryrun'; did you mean --check?"],
    [[...SITE, '--what-if'], "Unknown option '--what-if'; did you mean --check?"],
    // A name every object has is nobody's word for a flag.
    [[...SITE, '--constructor'], "Unknown option '--constructor'."],
    [[...SITE, '--frobnicate'], "Unknown option '--frobnicate'."],
    [[...SITE, '-x'], "Unknown option '-x'."],
    [['--yes', '--app-name'], 'Option --app-name needs a value: --app-name NAME.'],
    [[...SITE, '--cloud'], 'Option --cloud needs a value: --cloud NAME.'],
    [
      ['--app-name', '--yes'],
      "Option --app-name needs a value: --app-name NAME; the word after it, '--yes', is an option."
    ],
    [
      ['--app-name', '--issuer', 'https://example.test', '--yes'],
      "Option --app-name needs a value: --app-name NAME; the word after it, '--issuer', is an option."
    ],
    [
      [...SITE, '--check=yes'],
      "Option --check takes no value ('--check=yes'): pass --check alone, or leave it out."
    ],
    [
      [...SITE, '--json=false'],
      "Option --json takes no value ('--json=false'): pass --json alone, or leave it out."
    ],
    [['setup', ...SITE, 'extra'], "Unexpected argument 'extra'."],
    [
      ['--app', 'octo-site', '--yes=true', '--wat'],
      "3 arguments need fixing:\n  - Unknown option '--app'; did you mean --app-name?\n  - Option --yes takes no value ('--yes=true'): pass --yes alone, or leave it out.\n  - Unknown option '--wat'."
    ]
  ])('%j', (args, message) => {
    expect(refusal(args)).toEqual({
      message,
      fix: 'Run setup --help to see every option and what it takes.'
    })
  })

  test('a control character in a flag is shown escaped, not sent to the terminal', () => {
    expect(refusal([...SITE, '--\u001b[31mred']).message).toBe("Unknown option '--\\u001b[31mred'.")
  })
})

describe('well-formed lines', () => {
  test('flags in both forms, repeated --subject, and the command word setup', () => {
    const read = readOptions(
      [
        'setup',
        '--app-name=octo-site',
        '--subject',
        'pull_request',
        '--subject=environment:prod',
        '--check'
      ],
      false
    )
    expect(read).toMatchObject({
      help: false,
      options: {
        appName: 'octo-site',
        subjects: ['pull_request', 'environment:prod'],
        check: true,
        yes: false
      }
    })
  })

  test('-h and --help ask for the help', () => {
    expect(readOptions(['-h'], false)).toEqual({ help: true })
    expect(readOptions(['--help'], false)).toEqual({ help: true })
  })

  test('a value that starts with a dash is taken when joined with =', () => {
    const read = readOptions([...SITE, '--registration=-octo-'], false)
    expect(read.help === false && read.options.registration).toBe('-octo-')
  })
})

// setup's fixed-value flags follow the action's inputs: any case is the value, and another tool's
// name for a cloud is answered with ours (the same table, src/clouds.ts).
describe('--cloud and --subject-form', () => {
  test.each<[string[], Partial<SetupOptions>]>([
    [['--cloud', 'azureusgovernment'], { cloud: 'AzureUSGovernment' }],
    [['--cloud', 'AZURECHINACLOUD'], { cloud: 'AzureChinaCloud' }],
    [['--subject-form', 'Immutable'], { subjectForm: 'immutable' }],
    [['--subject-form', 'NAME'], { subjectForm: 'name' }]
  ])('%j is read in any case', (args, options) => {
    expect(readOptions([...SITE, ...args], false)).toMatchObject({ help: false, options })
  })

  test.each<[string, string]>([
    ['mooncake', "did you mean 'AzureChinaCloud' (its code name)?"],
    ['usgovernment', "did you mean 'AzureUSGovernment' (Terraform's name for it)?"],
    [
      'german',
      "Microsoft Cloud Deutschland (AzureGermanCloud) closed on 29 October 2021, and Azure's regions in Germany are in AzureCloud."
    ],
    ['azurestack', 'Azure Stack Hub offers no Static Web Apps.'],
    ['AzureClod', "did you mean 'AzureCloud'?"]
  ])("--cloud '%s' is answered: %s", (value, answer) => {
    expect(refusal([...SITE, '--cloud', value])).toEqual({
      message: `--cloud '${value}' is not a cloud setup knows; ${answer}`,
      fix: 'Pass AzureCloud, AzureUSGovernment or AzureChinaCloud.'
    })
  })
})
