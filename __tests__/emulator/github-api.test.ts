// The emulated GitHub REST API over real sockets, held to what GitHub does (PROTOCOLS.md §5):
// tokens checked, private repositories hidden behind 404, the 403 text without write permission,
// pages linked as GitHub links them (/repositories/ID, GHES's /api/v3 kept), both rate limits.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { addComments, addPullRequest } from '../../emulator/github-repos.js'
import { request, type Reply } from './client.js'

let emulator: Emulator
let writer: string

const REPO = '/repos/octo-org/octo-site'

function api(
  path: string,
  options: {
    method?: string
    token?: string | null
    body?: string
    headers?: Record<string, string>
  } = {}
): Promise<Reply> {
  const token = options.token === undefined ? writer : options.token
  return request(emulator.caFile, `${emulator.urls.githubApi}${path}`, {
    method: options.method ?? 'GET',
    headers: {
      'user-agent': 'emulator-test',
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers
    },
    ...(options.body === undefined ? {} : { body: options.body })
  })
}

beforeAll(async () => {
  emulator = await startEmulator({ withContent: false })
})
afterAll(async () => {
  await emulator.stop()
})
beforeEach(() => {
  emulator.githubApi.reset()
  writer = emulator.githubApi.issueToken()
})

describe('tokens and visibility', () => {
  it('refuses a request without a User-Agent before anything else', async () => {
    const reply = await api(`${REPO}/pulls/42`, { headers: { 'user-agent': '' } })
    expect(reply.status).toBe(403)
    expect(reply.text).toMatch(
      /^Request forbidden by administrative rules\. Please make sure your request has a User-Agent header/
    )
  })

  it('answers an unknown token 401 Bad credentials, in GitHub’s error shape', async () => {
    const reply = await api(`${REPO}/pulls/42`, { token: 'ghs_not-a-token' })
    expect(reply.status).toBe(401)
    expect(reply.json).toEqual({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401'
    })
  })

  it('hides a private repository from anonymous callers and from other repositories’ tokens', async () => {
    expect((await api(`${REPO}/pulls/42`, { token: null })).status).toBe(404)
    const stranger = emulator.githubApi.issueToken({ repository: 'octo-org/other' })
    const hidden = await api(`${REPO}/pulls/42`, { token: stranger })
    expect(hidden.status).toBe(404)
    expect(hidden.json.message).toBe('Not Found')
  })

  it('refuses an API version it does not have', async () => {
    const reply = await api(`${REPO}/pulls/42`, {
      headers: { 'x-github-api-version': '2099-01-01' }
    })
    expect(reply.status).toBe(400)
  })
})

describe('pull requests', () => {
  it('reads an open, a closed and a merged pull request', async () => {
    const repository = emulator.githubApi.repository()
    addPullRequest(repository, { number: 40, state: 'merged' })
    addPullRequest(repository, { number: 41, state: 'closed' })
    const states = await Promise.all(
      [40, 41, 42].map(async (n) => {
        const { status, json } = await api(`${REPO}/pulls/${n}`)
        return { status, number: json.number, state: json.state, merged: json.merged }
      })
    )
    expect(states).toEqual([
      { status: 200, number: 40, state: 'closed', merged: true },
      { status: 200, number: 41, state: 'closed', merged: false },
      { status: 200, number: 42, state: 'open', merged: false }
    ])
    expect((await api(`${REPO}/pulls/43`)).status).toBe(404)
  })

  it('lists by state in pages, linked as /repositories/ID with rel next and last', async () => {
    const repository = emulator.githubApi.repository()
    for (const number of [10, 11, 12]) addPullRequest(repository, { number, state: 'closed' })
    const first = await api(`${REPO}/pulls?state=closed&per_page=2`)
    expect(first.status).toBe(200)
    expect(first.json.map((pull: { number: number }) => pull.number)).toEqual([12, 11])
    expect(first.json[0]).not.toHaveProperty('merged')
    const base = `${emulator.urls.githubApi}/repositories/${repository.id}/pulls`
    expect(first.headers.link).toBe(
      `<${base}?state=closed&per_page=2&page=2>; rel="next", <${base}?state=closed&per_page=2&page=2>; rel="last"`
    )
    const second = await api(`/repositories/${repository.id}/pulls?state=closed&per_page=2&page=2`)
    expect(second.json.map((pull: { number: number }) => pull.number)).toEqual([10])
    expect(second.headers.link).toContain('rel="prev"')
    expect(second.headers.link).not.toContain('rel="next"')
  })

  it('needs pull-requests (or issues) read on a private repository', async () => {
    const none = emulator.githubApi.issueToken({
      permissions: { 'pull-requests': 'none', issues: 'none' }
    })
    const reply = await api(`${REPO}/pulls/42`, { token: none })
    expect(reply.status).toBe(403)
    expect(reply.json.message).toBe('Resource not accessible by integration')
  })
})

describe('issue comments', () => {
  it('creates, lists and updates a comment', async () => {
    const created = await api(`${REPO}/issues/42/comments`, {
      method: 'POST',
      body: JSON.stringify({ body: 'Preview ready' })
    })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({
      body: 'Preview ready',
      user: { login: 'github-actions[bot]', type: 'Bot' }
    })
    expect(created.headers.location).toBe(
      `${emulator.urls.githubApi}${REPO}/issues/comments/${created.json.id}`
    )
    const updated = await api(`${REPO}/issues/comments/${created.json.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'Preview updated' })
    })
    expect(updated.status).toBe(200)
    const listed = await api(`${REPO}/issues/42/comments`)
    expect(listed.json.map((comment: { body: string }) => comment.body)).toEqual([
      'Preview updated'
    ])
  })

  it('pages 30 by default, at most 100', async () => {
    addComments(emulator.githubApi.repository(), 42, 130)
    expect((await api(`${REPO}/issues/42/comments`)).json).toHaveLength(30)
    const big = await api(`${REPO}/issues/42/comments?per_page=500`)
    expect(big.json).toHaveLength(100)
    expect(big.headers.link).toContain('per_page=100&page=2>; rel="next"')
  })

  it('refuses to write without pull-requests: write: 403 Resource not accessible by integration', async () => {
    const reader = emulator.githubApi.issueToken({
      permissions: { 'pull-requests': 'read', issues: 'read' }
    })
    expect((await api(`${REPO}/issues/42/comments`, { token: reader })).status).toBe(200)
    const refused = await api(`${REPO}/issues/42/comments`, {
      token: reader,
      method: 'POST',
      body: JSON.stringify({ body: 'x' })
    })
    expect(refused.status).toBe(403)
    expect(refused.json).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403'
    })
  })

  it('checks the body: JSON, a string, at most 65,536 characters', async () => {
    const post = (body: string): Promise<Reply> =>
      api(`${REPO}/issues/42/comments`, { method: 'POST', body })
    expect((await post('{not json')).status).toBe(400)
    expect((await post(JSON.stringify({ text: 'x' }))).status).toBe(422)
    const long = await post(JSON.stringify({ body: 'x'.repeat(65_537) }))
    expect(long.status).toBe(422)
    expect(long.json.errors[0].message).toBe('body is too long (maximum is 65536 characters)')
    expect(emulator.githubApi.repository().comments).toEqual([])
  })

  it('has no comments on a number that is not a pull request', async () => {
    expect((await api(`${REPO}/issues/7/comments`)).status).toBe(404)
  })
})

describe('GitHub Enterprise Server', () => {
  it('serves below /api/v3 and links pages there', async () => {
    const repository = emulator.githubApi.repository()
    for (const number of [10, 11]) addPullRequest(repository, { number, state: 'closed' })
    const reply = await api(`/api/v3${REPO}/pulls?state=closed&per_page=1`)
    expect(reply.status).toBe(200)
    expect(reply.headers.link).toContain(
      `<${emulator.urls.githubApi}/api/v3/repositories/${repository.id}/pulls?state=closed&per_page=1&page=2>; rel="next"`
    )
  })
})

describe('rate limits', () => {
  it('counts every request in the x-ratelimit headers', async () => {
    const first = await api(`${REPO}/pulls/42`)
    const second = await api(`${REPO}/pulls/42`)
    expect(first.headers['x-ratelimit-limit']).toBe('1000')
    expect(
      Number(first.headers['x-ratelimit-remaining']) -
        Number(second.headers['x-ratelimit-remaining'])
    ).toBe(1)
    expect(second.headers['x-ratelimit-resource']).toBe('core')
  })

  it('answers a used-up primary limit 403 with x-ratelimit-remaining 0 until the reset', async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 600
    emulator.githubApi.rateLimit = { limit: 1000, remaining: 0, resetAt }
    const reply = await api(`${REPO}/pulls/42`)
    expect(reply.status).toBe(403)
    expect(reply.json.message).toMatch(/^API rate limit exceeded for installation ID \d+\.$/)
    expect(reply.headers['x-ratelimit-remaining']).toBe('0')
    expect(reply.headers['x-ratelimit-reset']).toBe(String(resetAt))
    emulator.githubApi.rateLimit.resetAt = Math.floor(Date.now() / 1000) - 1
    expect((await api(`${REPO}/pulls/42`)).status).toBe(200)
  })

  it('answers a secondary limit with its message and Retry-After', async () => {
    emulator.githubApi.behaviour.secondaryLimit = { times: 1, status: 429, retryAfterSeconds: 60 }
    const reply = await api(`${REPO}/pulls/42`)
    expect(reply.status).toBe(429)
    expect(reply.headers['retry-after']).toBe('60')
    expect(reply.json.message).toMatch(/^You have exceeded a secondary rate limit\./)
    expect((await api(`${REPO}/pulls/42`)).status).toBe(200)
  })
})

describe('who a token is', () => {
  it('GET /user refuses an installation token (GITHUB_TOKEN) 403, as GitHub does', async () => {
    const reply = await api('/user')
    expect(reply.status).toBe(403)
    expect(JSON.parse(reply.text)).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
      status: '403'
    })
  })

  it("GET /user answers a person's token with its user", async () => {
    const token = emulator.githubApi.issueToken({
      kind: 'user',
      user: { login: 'release-manager', id: 7001, type: 'User' }
    })
    const reply = await api('/user', { token })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.text)).toMatchObject({
      login: 'release-manager',
      id: 7001,
      type: 'User'
    })
  })

  it('records each comment under the user its token acts as', async () => {
    const person = emulator.githubApi.issueToken({
      kind: 'user',
      user: { login: 'release-manager', id: 7001, type: 'User' }
    })
    const body = JSON.stringify({ body: 'hello' })
    const byBot = await api(`${REPO}/issues/42/comments`, { method: 'POST', body })
    const byPerson = await api(`${REPO}/issues/42/comments`, {
      method: 'POST',
      body,
      token: person
    })
    expect(JSON.parse(byBot.text).user.login).toBe('github-actions[bot]')
    expect(JSON.parse(byPerson.text).user.login).toBe('release-manager')
  })
})
