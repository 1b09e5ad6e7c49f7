import { jest } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import {
  decodeClaims,
  logPresentedClaims,
  presentedClaims,
  requestGitHubToken,
  withAudience
} from '../../src/github/oidc.js'

const segment = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
const jwt = (claims: unknown): string =>
  `${segment({ alg: 'RS256', kid: 'k1' })}.${segment(claims)}.c2lnbmF0dXJl`

const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:octo-org/octo-site:environment:production',
  aud: 'api://AzureADTokenExchange',
  job_workflow_ref: 'octo-org/octo-site/.github/workflows/deploy.yml@refs/heads/main',
  environment: 'production',
  exp: 1_900_000_300,
  iat: 1_900_000_000,
  repository: 'octo-org/octo-site'
}

describe('decodeClaims', () => {
  test('reads the payload', () => {
    expect(decodeClaims(jwt(CLAIMS))).toEqual(CLAIMS)
  })

  test('accepts an audience list', () => {
    expect(decodeClaims(jwt({ ...CLAIMS, aud: ['a', 'b'] })).aud).toEqual(['a', 'b'])
  })

  test.each<[string, string, RegExp]>([
    ['two segments', 'abc.def', /not three base64url segments/],
    ['an empty signature', `${segment({})}.${segment(CLAIMS)}.`, /not three base64url segments/],
    ['padding characters', `${segment({})}.${segment(CLAIMS)}.a=`, /not three base64url segments/],
    [
      'a payload that is not JSON',
      `${segment({})}.${Buffer.from('nope').toString('base64url')}.c2ln`,
      /payload is not JSON/
    ],
    ['a payload that is an array', jwt([1, 2]), /not a JSON object/],
    ['no sub', jwt({ ...CLAIMS, sub: undefined }), /'sub' claim is missing/],
    ['no iss', jwt({ ...CLAIMS, iss: '' }), /'iss' claim is missing/],
    ['no aud', jwt({ ...CLAIMS, aud: [] }), /'aud' claim is missing/]
  ])('refuses %s', (_name, token, expected) => {
    let thrown: unknown
    try {
      decodeClaims(token)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ActionError)
    expect((thrown as ActionError).message).toMatch(expected)
    expect((thrown as ActionError).message).not.toContain(token)
  })
})

describe('presented claims', () => {
  test('lists the matching claims, never the token', () => {
    expect(presentedClaims(decodeClaims(jwt(CLAIMS)))).toEqual([
      ['iss', CLAIMS.iss],
      ['sub', CLAIMS.sub],
      ['aud', CLAIMS.aud],
      ['job_workflow_ref', CLAIMS.job_workflow_ref],
      ['environment', 'production']
    ])
  })

  test('optional claims are left out when absent', () => {
    const rows = presentedClaims({ iss: 'i', sub: 's', aud: ['a', 'b'] })
    expect(rows).toEqual([
      ['iss', 'i'],
      ['sub', 's'],
      ['aud', 'a, b']
    ])
  })

  test('logPresentedClaims writes a group', () => {
    const lines: string[] = []
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk))
      return true
    })
    try {
      logPresentedClaims(decodeClaims(jwt(CLAIMS)))
    } finally {
      write.mockRestore()
    }
    // Plain log lines inside a collapsed group: seen in every log, not only with debug logging.
    expect(lines.join('').split(/\r?\n/)).toEqual([
      '::group::GitHub OIDC token claims presented to Entra ID',
      `iss: ${CLAIMS.iss}`,
      `sub: ${CLAIMS.sub}`,
      `aud: ${CLAIMS.aud}`,
      `job_workflow_ref: ${CLAIMS.job_workflow_ref}`,
      'environment: production',
      '::endgroup::',
      ''
    ])
  })
})

describe('withAudience', () => {
  test('appends with & to the runner URL', () => {
    expect(
      withAudience(
        'https://pipelines.example/idtoken?api-version=2.0',
        'api://AzureADTokenExchange'
      )
    ).toBe(
      'https://pipelines.example/idtoken?api-version=2.0&audience=api%3A%2F%2FAzureADTokenExchange'
    )
  })
  test('starts a query when there is none', () => {
    expect(withAudience('https://pipelines.example/idtoken', 'x y')).toBe(
      'https://pipelines.example/idtoken?audience=x%20y'
    )
  })
})

test('missing id-token permission is named before any request', async () => {
  await expect(
    requestGitHubToken('api://AzureADTokenExchange', {}, new AbortController().signal)
  ).rejects.toMatchObject({
    doc: 'missing-id-token-permission',
    fix: expect.stringMatching(/permissions: id-token: write/)
  })
})
