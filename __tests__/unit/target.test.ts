import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/errors.js'
import { readGitHubContext, type GitHubContext } from '../../src/github/event.js'
import {
  buildEventInfo,
  environmentFromBranch,
  resolveTarget,
  sliceOf,
  type TargetConfig
} from '../../src/target.js'
import { shapeOf } from '../../src/content/wireShape.js'
import { EVENT_INFO_TYPES } from '../support/wire.js'

const site = {
  defaultHostname: 'nice-pond.azurestaticapps.net',
  contentDistributionEndpoint: 'https://content-am2.infrastructure.6.azurestaticapps.net'
}

const upload: TargetConfig = {
  action: 'upload',
  deploymentEnvironment: undefined,
  productionBranch: undefined
}

function push(branch: string): GitHubContext {
  return {
    eventName: 'push',
    repository: 'octo-org/octo-site',
    serverUrl: 'https://github.com',
    ref: `refs/heads/${branch}`,
    refName: branch,
    pullRequest: undefined
  }
}

const pullRequest: GitHubContext = {
  ...push('feature/x'),
  eventName: 'pull_request',
  ref: 'refs/pull/42/merge',
  refName: '42/merge',
  pullRequest: {
    number: 42,
    title: 'Add a page',
    headBranch: 'feature/x',
    baseBranch: 'main',
    state: 'open',
    headSha: undefined,
    fromFork: false
  }
}

describe('resolveTarget', () => {
  test.each([
    ['push to main', upload, push('main'), 'production', false, false],
    ['pull request', upload, pullRequest, '42', true, false],
    [
      'named environment wins over a pull request',
      { ...upload, deploymentEnvironment: 'staging' },
      pullRequest,
      'staging',
      false,
      true
    ],
    [
      'production-branch: the production branch',
      { ...upload, productionBranch: 'main' },
      push('main'),
      'production',
      false,
      false
    ],
    [
      'production-branch: another branch',
      { ...upload, productionBranch: 'main' },
      push('feature/login-page-v2'),
      'featureloginpage',
      false,
      true
    ],
    [
      'production-branch on a pull request',
      { ...upload, productionBranch: 'main' },
      pullRequest,
      '42',
      true,
      false
    ],
    [
      'production-branch on a tag',
      { ...upload, productionBranch: 'main' },
      { ...push('x'), ref: 'refs/tags/v1', refName: 'v1' },
      'production',
      false,
      false
    ],
    [
      'close on a pull request',
      { ...upload, action: 'close' as const },
      pullRequest,
      '42',
      true,
      false
    ]
  ])('%s', (_name, config, context, environment, isPullRequest, isNamedEnvironment) => {
    const target = resolveTarget(config, context)
    expect(target).toMatchObject({
      environment,
      isPullRequest,
      isNamedEnvironment,
      repoUrl: 'https://github.com/octo-org/octo-site'
    })
  })

  test('a pull request carries its id, title and branches', () => {
    expect(resolveTarget(upload, pullRequest)).toMatchObject({
      pullRequestId: '42',
      pullRequestTitle: 'Add a page',
      headBranch: 'feature/x',
      baseBranch: 'main'
    })
  })

  test('close on production is refused with the fix', () => {
    expect(() => resolveTarget({ ...upload, action: 'close' }, push('main'))).toThrow(InputError)
    expect(() => resolveTarget({ ...upload, action: 'close' }, push('main'))).toThrow(
      /would delete production/
    )
  })

  test.each(['production', 'Production'])(
    'deployment-environment %p means production, on a pull request too',
    (name) => {
      const target = resolveTarget({ ...upload, deploymentEnvironment: name }, pullRequest)
      expect(target).toMatchObject({
        environment: 'production',
        isPullRequest: false,
        isNamedEnvironment: false,
        pullRequestId: undefined
      })
      expect(buildEventInfo(target, site)).toMatchObject({ EnvironmentName: null })
    }
  )

  test.each(['default', 'Default'])('%p is reserved', (name) => {
    expect(() => resolveTarget({ ...upload, deploymentEnvironment: name }, push('main'))).toThrow(
      /reserved by Azure Static Web Apps/
    )
  })

  test.each(['default', 'production', 'pro-duc-tion'])(
    'a branch that would name %p is refused under production-branch',
    (branch) => {
      expect(() => resolveTarget({ ...upload, productionBranch: 'main' }, push(branch))).toThrow(
        InputError
      )
    }
  )

  test.each(['has-dash', 'x'.repeat(17), '', 'ünïcode'])('explicit name %p is refused', (name) => {
    expect(() => resolveTarget({ ...upload, deploymentEnvironment: name }, push('main'))).toThrow(
      InputError
    )
  })

  test('a branch without letters or digits cannot name an environment', () => {
    expect(() => resolveTarget({ ...upload, productionBranch: 'main' }, push('---/___'))).toThrow(
      /no letters or digits/
    )
    expect(environmentFromBranch('release/2024.10-hotfix')).toBe('release202410hot')
  })
})

describe('readGitHubContext', () => {
  test('reads the pull request from the event payload', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'event-'))
    const eventPath = path.join(folder, 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({
        number: 7,
        pull_request: {
          number: 7,
          title: 'T',
          state: 'open',
          head: { ref: 'h', sha: 'c0ffee', repo: { full_name: 'fork/r' } },
          base: { ref: 'b' }
        }
      })
    )
    const context = readGitHubContext({
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_REF: 'refs/pull/7/merge'
    })
    expect(context.pullRequest).toEqual({
      number: 7,
      title: 'T',
      headBranch: 'h',
      baseBranch: 'b',
      state: 'open',
      headSha: 'c0ffee',
      fromFork: true
    })
    expect(resolveTarget(upload, context).repoUrl).toBe('https://ghe.example.com/o/r')
  })

  test('falls back to GITHUB_REF when the payload is missing', () => {
    const context = readGitHubContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/15/merge',
      GITHUB_HEAD_REF: 'topic',
      GITHUB_BASE_REF: 'main'
    })
    expect(context.pullRequest).toEqual({
      number: 15,
      title: '',
      headBranch: 'topic',
      baseBranch: 'main',
      state: undefined,
      headSha: undefined,
      fromFork: false
    })
  })

  test('a pull request event with no number at all is an input error', () => {
    expect(() => readGitHubContext({ GITHUB_EVENT_NAME: 'pull_request' })).toThrow(InputError)
  })
})

describe('buildEventInfo', () => {
  test('production sends no environment name', () => {
    const info = buildEventInfo(resolveTarget(upload, push('main')), site)
    expect(info).toMatchObject({
      IsPullRequest: false,
      IsNamedEnvironment: false,
      EnvironmentName: null,
      PullRequestId: null,
      TenantId: null,
      Slice: 6,
      HeadBranch: 'main'
    })
  })

  test('a pull request sends its id as a string', () => {
    const info = buildEventInfo(resolveTarget(upload, pullRequest), site)
    expect(info).toMatchObject({
      IsPullRequest: true,
      PullRequestId: '42',
      PullRequestTitle: 'Add a page',
      BaseBranch: 'main'
    })
  })

  test('a named environment sends its name', () => {
    const info = buildEventInfo(
      resolveTarget({ ...upload, deploymentEnvironment: 'qa1' }, push('main')),
      site
    )
    expect(info).toMatchObject({ IsNamedEnvironment: true, EnvironmentName: 'qa1' })
  })

  test('slice is 0 when the endpoint has none', () => {
    expect(sliceOf('https://127.0.0.1:4443')).toBe(0)
    expect(sliceOf('https://content-am2.infrastructure.azurestaticapps.net')).toBe(0)
    expect(sliceOf('not a url')).toBe(0)
    expect(sliceOf(undefined)).toBe(0)
  })

  test('each field has the JSON type of the verified clients', () => {
    const info = buildEventInfo(resolveTarget(upload, pullRequest), site)
    for (const [name, allowed] of Object.entries(EVENT_INFO_TYPES)) {
      expect(allowed.split('|')).toContain(shapeOf(info[name as keyof typeof info]))
    }
    expect(Object.keys(info).sort()).toEqual(Object.keys(EVENT_INFO_TYPES).sort())
  })
})
