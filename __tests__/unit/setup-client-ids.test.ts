// Which deploying jobs sign in as another app than setup's registration, from the workflows alone
// (no GitHub token): a client-id written out is judged; an expression, a job with an environment
// and a managed-identity step are not (only a run can tell what they send).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { anotherApp, wrongClientIds } from '../../src/setup/clientIds.js'
import { scanWorkflows } from '../../src/setup/workflows.js'

const OURS = '0f0f0f0f-1111-4222-8333-444444444444'
const OTHER = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'

const job = (name: string, inputs: string, environment = ''): string =>
  `  ${name}:\n    runs-on: ubuntu-latest\n${environment}    steps:\n      - uses: org/keyless-swa-deploy@v1\n        with:\n${inputs}`

let root: string | undefined
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true })
  root = undefined
})

function jobsOf(workflow: string) {
  root = mkdtempSync(path.join(os.tmpdir(), 'setup-client-ids-'))
  mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true })
  writeFileSync(path.join(root, '.github', 'workflows', 'deploy.yml'), workflow)
  return scanWorkflows(root, '.github/workflows').jobs
}

const NO_GITHUB = {
  github: undefined,
  repository: 'octo-org/octo-site',
  written: new Set<string>()
}

describe('client-id of each deploying job against the registration', () => {
  it('judges a client-id written out, and only the jobs whose value is known', async () => {
    const jobs = jobsOf(
      [
        'on: { push: { branches: [main] } }',
        'jobs:',
        job('right', `          client-id: ${OURS.toUpperCase()}\n`),
        job('wrong', `          client-id: ${OTHER}\n`),
        job('variable', '          client-id: ${{ vars.AZURE_CLIENT_ID }}\n'),
        job('secret', '          client-id: ${{ secrets.CLIENT_ID }}\n'),
        job('identity', `          auth-type: managed-identity\n          client-id: ${OTHER}\n`),
        job('none', '          app-name: site\n')
      ].join('\n')
    )
    const wrong = await wrongClientIds(jobs, OURS, NO_GITHUB)
    expect(wrong).toEqual([
      {
        workflow: '.github/workflows/deploy.yml',
        job: 'wrong',
        written: OTHER,
        value: OTHER,
        expected: OURS
      }
    ])
    expect(anotherApp(wrong[0]!, 'github-octo-org-octo-site-swa-deploy')).toBe(
      `.github/workflows/deploy.yml › wrong signs in with client-id ${OTHER}, not the client id of 'github-octo-org-octo-site-swa-deploy' (${OURS}): the run would present its subject to another app and fail with AADSTS700213; set client-id to ${OURS} in .github/workflows/deploy.yml.`
    )
  })
})
