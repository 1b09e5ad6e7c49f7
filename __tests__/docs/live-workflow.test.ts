// The live workflow (.github/workflows/live.yml), which runs the action against the real services:
// when it runs, that it is skipped without the Azure variables, the order deploy → verify → deploy
// with engine: official → verify → dry run → close (close also after a failure), and its
// verification script run for real against a site the action deployed to the emulator.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { REPO_ROOT, SAMPLE_SITE } from '../../emulator/runner.js'
import { runAgainst } from '../support/e2e.js'

interface Step {
  name?: string
  id?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

interface Job {
  if?: string
  environment?: string
  permissions?: Record<string, string>
  env?: Record<string, string>
  steps: Step[]
}

const workflow = parse(
  readFileSync(path.join(REPO_ROOT, '.github/workflows/live.yml'), 'utf8')
) as { on: Record<string, unknown>; jobs: Record<string, Job> }
const [jobName, job] = Object.entries(workflow.jobs)[0]!
const steps = job.steps
const actionSteps = steps.filter((step) => step.uses === './')
const deploy = actionSteps.find((step) => step.id === 'deploy')!
const deployOfficial = actionSteps.find((step) => step.id === 'deploy-official')!
const dryRun = actionSteps.find((step) => String(step.with?.['dry-run']) === 'true')!
const close = actionSteps.find((step) => step.with?.['action'] === 'close')!
const VERIFY_SCRIPT = '.github/scripts/verify-site.sh'
const [verify, verifyOfficial] = steps.filter((step) => step.run?.includes(VERIFY_SCRIPT)) as [
  Step,
  Step
]
const marker = steps.find((step) => step.run?.includes('demo/site/engine.txt'))!

describe('live.yml', () => {
  test('runs on pushes to main, on a schedule and by hand; never for pull requests', () => {
    expect(workflow.on['push']).toEqual({ branches: ['main'] })
    expect(workflow.on['schedule']).toEqual([{ cron: expect.stringMatching(/^\S+( \S+){4}$/) }])
    expect(workflow.on).toHaveProperty('workflow_dispatch')
    expect(workflow.on).not.toHaveProperty('pull_request')
    expect(workflow.on).not.toHaveProperty('pull_request_target')
    expect(Object.keys(workflow.jobs)).toEqual([jobName])
  })

  test('is skipped, not failed, without every repository variable the steps read', () => {
    const read = new Set(
      actionSteps.flatMap((step) =>
        Object.values(step.with ?? {}).flatMap((value) =>
          [...String(value).matchAll(/vars\.([A-Z_]+)/g)].map((match) => match[1]!)
        )
      )
    )
    expect([...read].sort()).toEqual(
      [
        'AZURE_CLIENT_ID',
        'AZURE_SUBSCRIPTION_ID',
        'AZURE_TENANT_ID',
        'SWA_APP_NAME',
        'SWA_RESOURCE_GROUP'
      ].sort()
    )
    for (const variable of read) expect(job.if).toContain(`vars.${variable} != ''`)
    expect(job.if).not.toMatch(/\|\|/)
  })

  test('signs in through the live environment with id-token: write, nothing else granted', () => {
    expect(job.environment).toBe('live')
    expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
  })

  test('deploys demo/site to a preview environment named after the run, a valid name', () => {
    expect(deploy.with).toMatchObject({
      'app-location': 'demo/site',
      'deployment-environment': '${{ env.PREVIEW }}'
    })
    expect(job.env?.['PREVIEW']).toBe('run${{ github.run_id }}')
    // Run ids have 11 digits today; the name stays valid up to 13.
    const longest = job.env!['PREVIEW']!.replace('${{ github.run_id }}', '9'.repeat(13))
    expect(longest).toMatch(/^[0-9A-Za-z]{1,16}$/)
  })

  test('deploys again with engine: official, with a file only that upload carries, and verifies it', () => {
    expect(deployOfficial.with).toEqual({ ...deploy.with, engine: 'official' })
    expect(verifyOfficial.env?.['SITE_URL']).toBe('${{ steps.deploy-official.outputs.url }}')
    expect(verifyOfficial.run).toBe(verify.run)
    const order = [verify, marker, deployOfficial, verifyOfficial].map((step) =>
      steps.indexOf(step)
    )
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  test('verifies, dry-runs and closes that same environment, closing also after a failure', () => {
    const order = [deploy, verify, deployOfficial, dryRun, close].map((step) => steps.indexOf(step))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(verify.env?.['SITE_URL']).toBe('${{ steps.deploy.outputs.url }}')
    for (const step of [dryRun, close]) {
      expect(step.with?.['deployment-environment']).toBe(deploy.with?.['deployment-environment'])
    }
    expect(close.if).toMatch(/always\(\)/)
    expect(close.with).not.toHaveProperty('app-location')
  })
})

describe("live.yml's verification step, run against a site the action deployed", () => {
  let emulator: Emulator
  let siteUrl: string
  const folders: string[] = []

  beforeAll(async () => {
    emulator = await startEmulator()
    const run = await runAgainst(emulator, { inputs: { 'deployment-environment': 'run1001' } })
    expect(run.exitCode).toBe(0)
    siteUrl = run.outputs['url']!
  })
  afterAll(async () => {
    await emulator?.stop()
    for (const folder of folders) rmSync(folder, { recursive: true, force: true })
  })

  /** Runs the step's script as the runner does (`bash -e`), in a checkout holding `site`. */
  function verifyAgainst(change?: (site: string) => void): Promise<{ code: number; out: string }> {
    const checkout = mkdtempSync(path.join(tmpdir(), 'live-verify-'))
    folders.push(checkout)
    cpSync(SAMPLE_SITE, path.join(checkout, 'demo', 'site'), { recursive: true })
    change?.(path.join(checkout, 'demo', 'site'))
    // The step's own command line, with the script from this checkout.
    const [, , folder] = verify.run!.split(' ')
    expect(verify.run).toBe(`bash ${VERIFY_SCRIPT} ${folder}`)
    return new Promise((resolve) => {
      execFile(
        'bash',
        ['--noprofile', '--norc', '-e', path.join(REPO_ROOT, VERIFY_SCRIPT), folder!],
        {
          cwd: checkout,
          env: {
            PATH: process.env.PATH ?? '',
            SITE_URL: siteUrl,
            FETCH_ATTEMPTS: '1',
            // Only the emulator's CA, for curl; the runner trusts the public roots instead.
            CURL_CA_BUNDLE: emulator.caFile
          }
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, out: `${stdout}${stderr}` })
      )
    })
  }

  test('passes when every file served has the source’s SHA-256', async () => {
    const { code, out } = await verifyAgainst()
    expect(out).not.toContain('::error::')
    expect(code).toBe(0)
    const checked = out.split('\n').filter((line) => line.startsWith('ok '))
    expect(checked.map((line) => line.split(/\s+/)[1]).sort()).toEqual(
      ['about/index.html', 'assets/site.css', 'index.html'].sort()
    )
  })

  test('fails, naming the file, when one byte differs', async () => {
    const { code, out } = await verifyAgainst((site) =>
      writeFileSync(path.join(site, 'assets', 'site.css'), 'body { color: red }\n')
    )
    expect(code).toBe(1)
    expect(out).toMatch(
      /^::error::assets\/site\.css: served SHA-256 [0-9a-f]{64}, source [0-9a-f]{64}$/m
    )
  })
})
