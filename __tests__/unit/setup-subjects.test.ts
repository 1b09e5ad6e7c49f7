import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import {
  deriveSubjects,
  extraSubject,
  subjectForm,
  type RepositoryFacts,
  type SubjectForm
} from '../../src/setup/subjects.js'
import { parseWorkflow, scanWorkflows } from '../../src/setup/workflows.js'

const facts: RepositoryFacts = {
  owner: 'octo-org',
  name: 'octo-site',
  ownerId: '123456',
  repoId: '456789',
  defaultBranch: 'main',
  visibility: 'public',
  form: 'name',
  formUncertain: false,
  customisation: { kind: 'default' }
}

const STEP = `
    steps:
      - uses: actions/checkout@v5
      - uses: org/keyless-swa-deploy@v1
        with: { app-name: site }`

/** A folder holding the given workflow files; returns the repository root. */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'setup-subjects-'))
  mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true })
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(root, '.github', 'workflows', name), text)
  }
  return root
}

function subjectsOf(workflow: string, repo: RepositoryFacts = facts) {
  const root = repository({ 'deploy.yml': workflow })
  return deriveSubjects(scanWorkflows(root, '.github/workflows').jobs, repo)
}

const exact = (rows: ReturnType<typeof subjectsOf>) =>
  rows.map((row) => [row.trigger, row.subject ?? `?? ${row.unresolved?.why}`])

describe('workflow → subjects', () => {
  // One row per workflow form: what the job presents, or why it cannot be one exact subject.
  it.each([
    [
      'push to one branch',
      `on: { push: { branches: [main] } }\njobs:\n  deploy:${STEP}`,
      [['push to main', 'repo:octo-org/octo-site:ref:refs/heads/main']]
    ],
    [
      'pull requests, as a string trigger',
      `on: pull_request\njobs:\n  deploy:${STEP}`,
      [['pull_request', 'repo:octo-org/octo-site:pull_request']]
    ],
    [
      'pull_request_target folds into the same subject as pull_request',
      `on: [pull_request, pull_request_target]\njobs:\n  deploy:${STEP}`,
      [['pull_request', 'repo:octo-org/octo-site:pull_request']]
    ],
    [
      'an environment wins over every trigger',
      `on: { push: { branches: [main] }, pull_request: {} }\njobs:\n  deploy:\n    environment: production${STEP}`,
      [['push to main', 'repo:octo-org/octo-site:environment:production']]
    ],
    [
      'an environment as {name, url}, case kept',
      `on: { push: { branches: [main] } }\njobs:\n  deploy:\n    environment: { name: Production, url: 'https://x' }${STEP}`,
      [['push to main', 'repo:octo-org/octo-site:environment:Production']]
    ],
    [
      'tags',
      `on: { push: { tags: [v1] } }\njobs:\n  deploy:${STEP}`,
      [['push of tag v1', 'repo:octo-org/octo-site:ref:refs/tags/v1']]
    ],
    [
      'a branch pattern',
      `on: { push: { branches: ['release/*'] } }\njobs:\n  deploy:${STEP}`,
      [['push to release/*', "?? push to branches matching 'release/*' is a pattern"]]
    ],
    [
      'push on any branch',
      `on: push\njobs:\n  deploy:${STEP}`,
      [['push', '?? push runs on any branches and tags']]
    ],
    [
      'workflow_dispatch on any branch',
      `on: workflow_dispatch\njobs:\n  deploy:${STEP}`,
      [['workflow_dispatch', '?? a manually dispatched run uses whichever branch or tag is picked']]
    ],
    [
      'schedule runs on the default branch',
      `on: { schedule: [{ cron: '0 0 * * *' }] }\njobs:\n  deploy:${STEP}`,
      [['schedule (default branch main)', 'repo:octo-org/octo-site:ref:refs/heads/main']]
    ],
    [
      'an environment from an expression',
      `on: push\njobs:\n  deploy:\n    environment: \${{ inputs.target }}${STEP}`,
      [
        [
          'push',
          "?? the environment '${{ inputs.target }}' is an expression, settled only when the job runs"
        ]
      ]
    ],
    [
      'the action of this repository itself (uses: ./)',
      `on: { push: { branches: [main] } }\njobs:\n  deploy:\n    steps:\n      - uses: ./\n`,
      [['push to main', 'repo:octo-org/octo-site:ref:refs/heads/main']]
    ],
    ['a job that does not deploy', `on: push\njobs:\n  test:\n    steps: [{ run: make }]\n`, []]
  ])('%s', (_name, workflow, expected) => {
    expect(exact(subjectsOf(workflow))).toEqual(expected)
  })

  it('a reusable workflow takes its callers’ triggers, and its own job’s environment', () => {
    const root = repository({
      'deploy.yml': `on: { workflow_call: { inputs: {} } }\njobs:\n  ship:\n    environment: production${STEP}`,
      'ci.yml': `on: { push: { branches: [main] }, pull_request: {} }\njobs:\n  call:\n    uses: ./.github/workflows/deploy.yml\n`
    })
    const rows = deriveSubjects(scanWorkflows(root, '.github/workflows').jobs, facts)
    expect(rows).toEqual([
      expect.objectContaining({
        workflow: '.github/workflows/deploy.yml (called from .github/workflows/ci.yml#call)',
        job: 'ship',
        subject: 'repo:octo-org/octo-site:environment:production'
      })
    ])
  })

  it('every unresolved row carries choices: an environment, --subject, and a flexible credential for patterns', () => {
    const [row] = subjectsOf(`on: { push: { branches: ['feature/**'] } }\njobs:\n  d:${STEP}`)
    expect(row!.unresolved!.choices.join('\n')).toMatch(/environment: NAME/)
    expect(row!.unresolved!.choices.join('\n')).toMatch(/--subject ref:refs\/heads\/BRANCH/)
    expect(row!.unresolved!.choices.join('\n')).toMatch(/flexible federated credential/)
  })

  it('the immutable form carries the owner and repository ids', () => {
    const rows = subjectsOf(`on: { push: { branches: [main] } }\njobs:\n  d:${STEP}`, {
      ...facts,
      form: 'immutable'
    })
    expect(rows[0]!.subject).toBe('repo:octo-org@123456/octo-site@456789:ref:refs/heads/main')
  })

  it.each([
    [
      ['repo', 'context', 'job_workflow_ref'],
      'repo:octo-org/octo-site:environment:prod:job_workflow_ref:octo-org/octo-site/.github/workflows/deploy.yml@refs/heads/main'
    ],
    [['repository_owner_id', 'context'], 'repository_owner_id:123456:environment:prod'],
    [['repo', 'context', 'event_name'], 'repo:octo-org/octo-site:environment:prod:event_name:push']
  ])('a customised template %j', (keys, subject) => {
    const rows = subjectsOf(
      `on: { push: { branches: [main] } }\njobs:\n  d:\n    environment: prod${STEP}`,
      { ...facts, customisation: { kind: 'keys', keys, from: 'repository' } }
    )
    expect(rows.map((row) => row.subject)).toEqual([subject])
  })

  it('a customised key that changes from run to run is reported, not guessed', () => {
    const rows = subjectsOf(`on: pull_request\njobs:\n  d:${STEP}`, {
      ...facts,
      customisation: {
        kind: 'keys',
        keys: ['repo', 'context', 'job_workflow_ref'],
        from: 'organisation'
      }
    })
    expect(rows[0]!.subject).toBeUndefined()
    expect(rows[0]!.unresolved!.why).toMatch(/refs\/pull\/NUMBER\/merge/)
  })

  it('an unparseable workflow is refused naming the file and the line', () => {
    expect(() => parseWorkflow('.github/workflows/bad.yml', 'on: push\njobs:\n  a: [\n')).toThrow(
      InputError
    )
    expect(() => parseWorkflow('.github/workflows/bad.yml', 'on: push\n  jobs: x\n')).toThrow(
      /\.github\/workflows\/bad\.yml line \d+ is not valid YAML/
    )
  })

  it('extra subjects complete a context with the repository', () => {
    expect(extraSubject('environment:staging', facts)).toBe(
      'repo:octo-org/octo-site:environment:staging'
    )
    expect(extraSubject('repo:a/b:pull_request', facts)).toBe('repo:a/b:pull_request')
    expect(extraSubject('staging', facts)).toBeUndefined()
  })

  it.each([
    ['2026-07-15T00:00:00Z', undefined, false, { form: 'immutable', uncertain: false }],
    ['2020-01-01T00:00:00Z', undefined, false, { form: 'name', uncertain: true }],
    ['2020-01-01T00:00:00Z', 'immutable', false, { form: 'immutable', uncertain: false }],
    ['2027-01-01T00:00:00Z', undefined, true, { form: 'name', uncertain: false }]
  ] as Array<
    [string, SubjectForm | undefined, boolean, { form: SubjectForm; uncertain: boolean }]
  >)(
    'subject form of a repository created %s (chosen %s, GHES %s)',
    (created, chosen, ghes, form) => {
      expect(subjectForm(created, chosen, ghes)).toEqual(form)
    }
  )
})
