// The GitHub REST client's rules, alone: how long a rate limit asks to wait, which page link is
// followed (only inside GITHUB_API_URL, GHES path included), and that the token is masked first.
import { describe, expect, jest, test } from '@jest/globals'
import { connectGitHub, nextPage, rateLimitWait } from '../../src/github/rest.js'
import { forgetSecrets, redact } from '../../src/secrets.js'

const reply = (status: number, headers: Record<string, string>, body = '{}') => ({
  status,
  headers,
  body
})
const NOW = Date.parse('2026-05-01T10:00:00Z')

describe('rateLimitWait', () => {
  test.each([
    ['Retry-After wins', reply(403, { 'retry-after': '7', 'x-ratelimit-remaining': '0' }), 7000],
    ['429 with Retry-After', reply(429, { 'retry-after': '2' }), 2000],
    [
      'x-ratelimit-remaining 0: until the reset, on GitHub’s clock (its Date header)',
      reply(403, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Date.parse('2026-05-01T10:00:30Z') / 1000),
        date: 'Fri, 01 May 2026 10:00:10 GMT'
      }),
      20_000
    ],
    [
      'a reset already past: no wait',
      reply(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 - 5) }),
      0
    ],
    [
      'a secondary limit that names no wait: a minute',
      reply(403, {}, '{"message":"You have exceeded a secondary rate limit."}'),
      60_000
    ],
    [
      'a 403 that is not a rate limit',
      reply(403, {}, '{"message":"Resource not accessible by integration"}'),
      undefined
    ],
    ['a 404 is never one', reply(404, { 'retry-after': '1' }), undefined],
    ['remaining above zero', reply(403, { 'x-ratelimit-remaining': '12' }), undefined]
  ])('%s', (_name, answer, expected) => {
    expect(rateLimitWait(answer, NOW)).toBe(expected)
  })
})

describe('nextPage', () => {
  const api = { baseUrl: 'https://api.github.com' }
  const ghes = { baseUrl: 'https://ghe.example.com/api/v3' }

  test('follows rel="next" among the others, as GitHub writes them', () => {
    const link =
      '<https://api.github.com/repositories/1/issues/2/comments?page=1>; rel="prev", <https://api.github.com/repositories/1/issues/2/comments?page=3>; rel="next", <https://api.github.com/repositories/1/issues/2/comments?page=9>; rel="last"'
    expect(nextPage(link, api, 'step')).toBe(
      'https://api.github.com/repositories/1/issues/2/comments?page=3'
    )
  })

  test('no next: the last page', () => {
    expect(nextPage(undefined, api, 'step')).toBeUndefined()
    expect(nextPage('<https://api.github.com/x?page=1>; rel="first"', api, 'step')).toBeUndefined()
  })

  test.each([
    ['another host', 'https://evil.example/repositories/1/issues?page=2'],
    ['the same host over http', 'http://api.github.com/repositories/1/issues?page=2'],
    ['a user in the URL', 'https://me@api.github.com/repositories/1/issues?page=2']
  ])('refuses a link to %s', (_name, target) => {
    expect(() => nextPage(`<${target}>; rel="next"`, api, 'GitHub list comments')).toThrow(
      /next-page link leads outside GITHUB_API_URL/
    )
  })

  test('on GHES the link must stay below /api/v3', () => {
    expect(
      nextPage(
        '<https://ghe.example.com/api/v3/repositories/1/pulls?page=2>; rel="next"',
        ghes,
        's'
      )
    ).toBe('https://ghe.example.com/api/v3/repositories/1/pulls?page=2')
    expect(() =>
      nextPage('<https://ghe.example.com/login/oauth?page=2>; rel="next"', ghes, 's')
    ).toThrow(/outside GITHUB_API_URL/)
  })
})

describe('connectGitHub', () => {
  test('masks the token before anything can use it, and needs both token and URL', () => {
    forgetSecrets()
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      const signal = new AbortController().signal
      expect(
        connectGitHub({ githubToken: undefined, githubApiUrl: 'https://api.github.com' }, signal)
      ).toBeUndefined()
      expect(
        connectGitHub({ githubToken: 'ghs_abc', githubApiUrl: undefined }, signal)
      ).toBeUndefined()
      const api = connectGitHub(
        { githubToken: 'ghs_secret_value', githubApiUrl: 'https://ghe.example.com/api/v3/' },
        signal
      )
      expect(api?.baseUrl).toBe('https://ghe.example.com/api/v3')
      expect(write).toHaveBeenCalledWith(expect.stringContaining('::add-mask::ghs_secret_value'))
      expect(redact('token ghs_secret_value')).toBe('token ***')
    } finally {
      write.mockRestore()
      forgetSecrets()
    }
  })
})
