import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import {
  compareCredentials,
  credentialName,
  GITHUB_ISSUER,
  issuerFor
} from '../../src/setup/credentials.js'
import { repositoryFromRemote } from '../../src/setup/github.js'
import { readOptions } from '../../src/setup/options.js'
import { deployRoleNames, stableGuid } from '../../src/rbac/deployRole.js'

const AUDIENCE = 'api://AzureADTokenExchange'

describe('federated credentials', () => {
  test.each([
    ['repo:octo-org/site:environment:production', 'octo-org-site-environment-production'],
    ['repo:octo-org/site:pull_request', 'octo-org-site-pull_request'],
    ['repo:octo-org/site:ref:refs/heads/feature/x', 'octo-org-site-ref-refs-heads-feature-x'],
    ['repo:octo@1/site@2:ref:refs/tags/v1.0', 'octo-1-site-2-ref-refs-tags-v1-0']
  ])('%s is named %s', (subject, name) => {
    expect(credentialName(subject)).toBe(name)
  })

  test('a name that would pass 120 characters, or is taken, gets a hash of its subject', () => {
    const long = `repo:o/r:environment:${'e'.repeat(200)}`
    expect(credentialName(long)).toHaveLength(120)
    expect(credentialName(long)).toMatch(/-[0-9a-f]{8}$/)
    const taken = credentialName('repo:o/r:pull_request', new Set(['o-r-pull_request']))
    expect(taken).toMatch(/^o-r-pull_request-[0-9a-f]{8}$/)
  })

  test('present, create, update (another audience), and a twin that differs only in case', () => {
    const held = [
      { name: 'a', issuer: GITHUB_ISSUER, subject: 'repo:o/r:pull_request', audiences: [AUDIENCE] },
      {
        name: 'b',
        issuer: GITHUB_ISSUER,
        subject: 'repo:o/r:ref:refs/heads/main',
        audiences: ['x']
      },
      {
        name: 'c',
        issuer: GITHUB_ISSUER,
        subject: 'repo:O/R:environment:prod',
        audiences: [AUDIENCE]
      }
    ]
    const wanted = compareCredentials(
      [
        'repo:o/r:pull_request',
        'repo:o/r:ref:refs/heads/main',
        'repo:o/r:environment:prod',
        'repo:o/r:ref:refs/tags/v1'
      ],
      held,
      GITHUB_ISSUER,
      AUDIENCE
    )
    expect(wanted.map(({ name, status, caseTwin }) => [name, status, caseTwin])).toEqual([
      ['a', 'present', undefined],
      ['b', 'update', undefined],
      ['o-r-environment-prod', 'create', 'repo:O/R:environment:prod'],
      ['o-r-ref-refs-tags-v1', 'create', undefined]
    ])
  })

  test('the issuer: github.com, or a GHES host', () => {
    expect(issuerFor('https://github.com')).toBe('https://token.actions.githubusercontent.com')
    expect(issuerFor('https://ghe.example.com/')).toBe('https://ghe.example.com/_services/token')
  })
})

describe('the origin remote', () => {
  test.each([
    ['https://github.com/octo-org/site.git', 'octo-org/site'],
    ['https://github.com/octo-org/site', 'octo-org/site'],
    ['git@github.com:octo-org/site.git', 'octo-org/site'],
    ['ssh://git@github.com/octo-org/site.git', 'octo-org/site'],
    ['https://gitlab.com/octo-org/site.git', undefined]
  ])('%s → %s', (remote, repository) => {
    expect(repositoryFromRemote(remote, 'github.com')).toBe(repository)
  })
})

describe('options', () => {
  test.each([
    [['--yes'], true, /--app-name is required/],
    [['--app-name', 'a'], false, /no terminal to confirm the plan/],
    [['--app-name', 'a', '--yes', '--cloud', 'Mars'], true, /--cloud 'Mars'/],
    [['--app-name', 'a', '--yes', '--subject-form', 'sha'], true, /--subject-form 'sha'/],
    [['--app-name', 'a', '--yes', '--graph-endpoint', 'http://x'], true, /must be an https URL/],
    [['--app-name', 'a', '--yes', '--bogus'], true, /Unknown option '--bogus'/],
    [['--app-name', 'a', '--yes', 'deploy'], true, /Unexpected argument 'deploy'/]
  ])('%j is refused before any network call', (args, interactive, message) => {
    expect(() => readOptions(args, interactive)).toThrow(InputError)
    expect(() => readOptions(args, interactive)).toThrow(message)
  })

  // A value one or two edits from an accepted one is asked about, as the action's inputs are.
  test.each([
    [
      ['--cloud', 'AzureClod'],
      "--cloud 'AzureClod' is not a cloud setup knows; did you mean 'AzureCloud'?\nFix: Pass AzureCloud, AzureUSGovernment or AzureChinaCloud."
    ],
    [
      ['--subject-form', 'imutable'],
      "--subject-form 'imutable' is neither name nor immutable; did you mean 'immutable'?\nFix: Pass --subject-form name or --subject-form immutable."
    ],
    [
      ['--cloud', 'Mars'],
      "--cloud 'Mars' is not a cloud setup knows.\nFix: Pass AzureCloud, AzureUSGovernment or AzureChinaCloud."
    ],
    [
      ['--subject-form', 'sha'],
      "--subject-form 'sha' is neither name nor immutable.\nFix: Pass --subject-form name or --subject-form immutable."
    ]
  ])('%j: %s', (args, message) => {
    let said: unknown
    try {
      readOptions(['--app-name', 'a', '--yes', ...args], true)
    } catch (error) {
      said = error
    }
    expect(said).toBeInstanceOf(InputError)
    expect((said as InputError).describe().split('\nSee ')[0]).toBe(message)
  })

  test('`npx … setup` hands the word setup on: it is accepted', () => {
    const read = readOptions(['setup', '--app-name', 'a', '--check'], false)
    expect(read).toMatchObject({ help: false, options: { appName: 'a', check: true } })
  })

  test('--subject repeats', () => {
    const read = readOptions(
      ['--app-name', 'a', '--yes', '--subject', 'pull_request', '--subject', 'environment:x'],
      false
    )
    expect(read.help === false && read.options.subjects).toEqual(['pull_request', 'environment:x'])
  })
})

describe('the role', () => {
  test('the same text always gives the same GUID (a repeated PUT names the same object)', () => {
    expect(stableGuid('x')).toBe(stableGuid('x'))
    expect(stableGuid('x')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    )
    expect(stableGuid('x')).not.toBe(stableGuid('y'))
  })

  test('a second resource group of the tenant gets a name of its own', () => {
    expect(deployRoleNames('/subscriptions/12345678-aaaa/resourceGroups/rg-web')).toEqual([
      'Static Web App Deployer (keyless-swa-deploy)',
      'Static Web App Deployer (keyless-swa-deploy) rg-web 12345678'
    ])
  })
})
