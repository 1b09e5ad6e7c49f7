// What the live service does, through dist/index.js: an upload report whose reply was lost, a
// failure that must still tell support what they ask for, statuses the action does not know, a
// `GitHub`-policy site, a configuration file over the limit, and the server's own texts.
import { describe, expect, test } from '@jest/globals'
import path from 'node:path'
import {
  ENVIRONMENT_NAME_CHARACTERS,
  ENVIRONMENT_NAME_COMBINED,
  ENVIRONMENT_NAME_TOO_LONG,
  FAILED_DISTRIBUTION,
  INVALID_TOKEN,
  reservedEnvironmentName,
  SERVER_FAULT,
  stagingQuotaReached,
  appTooLarge,
  TOO_MANY_FILES
} from '../../emulator/content/messages.js'
import type { ContentCall } from '../../emulator/content/types.js'
import type { Emulator } from '../../emulator/index.js'
import { staticSiteId } from '../../emulator/world.js'
import {
  annotations,
  defaultSite,
  contentCalls,
  deployBaseline,
  requestsTo,
  runCounted,
  SMALL_SITE,
  succeeded,
  writeTree
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

describe('an upload report whose reply was lost', () => {
  test('the repeat is refused because the server has it: checkstatus follows, and the deployment succeeds', async () => {
    emulator.host.addFault({
      service: 'content',
      path: /\/updatestatus$/,
      kind: 'lost-reply',
      times: 1
    })
    const counted = await runCounted(emulator)
    const { run } = counted
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    succeeded(counted)
    const calls = contentCalls(counted.requests, true)
    expect(calls.slice(0, 4)).toEqual([
      'validateapitoken 200',
      'request 200',
      'updatestatus 0',
      'updatestatus 400'
    ])
    expect(calls.length).toBeGreaterThan(4)
    expect(calls.slice(4).every((entry) => entry === 'checkstatus 200')).toBe(true)
    expect(run.stdout).toContain(
      'The upload report was refused on a retry after an unanswered attempt'
    )
    expect(run.outputs.outcome).toBe('deployed')
  })

  test('a refused repeat the server never had a report for fails with the refusal', async () => {
    // The first report meets a 503 before the server; the repeat is refused for real.
    emulator.host.addFault({
      service: 'content',
      path: /\/updatestatus$/,
      kind: 'status',
      status: 503,
      times: 1
    })
    emulator.content!.behaviour.rejectNext = {
      call: 'updatestatus',
      message: 'The deployment was canceled by a newer deployment.'
    }
    const counted = await runCounted(emulator)
    expect(counted.run.exitCode).toBe(1)
    const error = errorLines(counted.run)
    expect(error).toContain('Content plane updatestatus was rejected')
    expect(error).toContain('The deployment was canceled by a newer deployment.')
    expect(contentCalls(counted.requests, true).slice(2)).toEqual([
      'updatestatus 503',
      'updatestatus 400',
      'checkstatus 400'
    ])
  })
})

describe('a failure tells support what they ask for', () => {
  test('outputs so far, and in the error and the job summary: correlation id, content host, unhealthy regions, UTC time, last status', async () => {
    emulator.content!.behaviour.failNextDeployment = FAILED_DISTRIBUTION
    emulator.content!.behaviour.unhealthyRegions = ['westeurope', 'eastus2']
    const started = Date.now()
    const { run, deployments } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    const correlationId = deployments[0]!.correlationId
    const contentHost = new URL(emulator.urls.content).host
    expect(run.outputs).toEqual({
      outcome: 'failed',
      environment: 'production',
      'deployment-id': correlationId,
      'file-count': expect.any(String),
      'total-bytes': expect.any(String)
    })

    const error = errorLines(run)
    expect(error).toContain(`The deployment ended Failed: ${FAILED_DISTRIBUTION}`)
    expect(error).toContain('Cause: the service could not distribute the uploaded content')
    // 2026: not only a quota; one retry, then a support request with what support asks for.
    expect(error).toContain('hit small sites too and outlived retries and token resets')
    expect(error).toContain(
      'Re-run the job once; if it fails the same way again, further retries and token resets will not help: open an Azure support request'
    )
    const support =
      /For support: correlation id (\S+); content host (\S+); last status (\w+); unhealthy regions ([^;]+); UTC time (\S+)\./.exec(
        error
      )
    expect(support?.slice(1, 5)).toEqual([
      correlationId,
      contentHost,
      'Failed',
      'westeurope, eastus2'
    ])
    const at = Date.parse(support![5]!)
    expect(at).toBeGreaterThanOrEqual(started - 1000)
    expect(support![5]).toMatch(/Z$/)

    expect(run.summary).toContain('Deployment failed')
    expect(run.summary).toContain(`<code>${correlationId}</code>`)
    expect(run.summary).toContain(
      `<td>Content host (region)</td><td><code>${contentHost}</code></td>`
    )
    expect(run.summary).toContain('<td>Unhealthy regions</td><td>westeurope, eastus2</td>')
    expect(run.summary).toContain('<td>Last status</td><td>Failed</td>')
    expect(run.summary).toMatch(
      /<td>Time \(UTC\)<\/td><td><code>\d{4}-\d\d-\d\dT[\d:.]+Z<\/code><\/td>/
    )
    expect(run.summary).toContain('Failure during content distribution.')
  })
})

describe('a deploymentStatus the action does not know', () => {
  test('is named in a warning when it first appears, and polling goes on to the outcome', async () => {
    emulator.content!.behaviour.inProgressStatus = 'WaitingForDistribution'
    emulator.content!.behaviour.inProgressPolls = 4
    const counted = await runCounted(emulator)
    expect(counted.run.exitCode).toBe(0)
    succeeded(counted)
    const warnings = annotations(counted.run, 'warning').filter((line) =>
      line.includes('WaitingForDistribution')
    )
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('which this action does not know')
    expect(counted.run.stdout).toContain('Deployment status: WaitingForDistribution')
  })
})

describe('a site whose deployment authorization policy is GitHub', () => {
  test('is refused from the ARM read, before listSecrets and before the content plane', async () => {
    const site = defaultSite(emulator)
    site.deploymentAuthPolicy = 'GitHub'
    site.repositoryUrl = 'https://github.com/octo-org/octo-site'
    site.branch = 'main'
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain('has the deployment authorization policy "GitHub"')
    expect(error).toContain(INVALID_TOKEN)
    // Both fixes: the PATCH (with the GitHub token, repository and branch) and recreating the site.
    expect(error).toContain(`${emulator.urls.arm}${staticSiteId(site)}?api-version=`)
    expect(error).toContain('"deploymentAuthPolicy":"DeploymentToken"')
    expect(error).toContain('"repositoryToken":"<a GitHub token with access to the repository>"')
    expect(error).toContain(
      '"repositoryUrl":"https://github.com/octo-org/octo-site","branch":"main"'
    )
    expect(error).toContain('recreate the Static Web App without linking a repository')
    expect(error).toContain('troubleshooting.md#deployment-auth-policy')
    expect(
      requests.filter((request) => request.service === 'arm' && /listSecrets/i.test(request.url))
    ).toEqual([])
    expect(requestsTo(requests, 'content')).toEqual([])
    expect(run.outputs.outcome).toBe('failed')
  })

  test('a dry run meets the same refusal', async () => {
    defaultSite(emulator).deploymentAuthPolicy = 'GitHub'
    const { run, requests } = await runCounted(emulator, { inputs: { 'dry-run': 'true' } })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain('deployment authorization policy "GitHub"')
    expect(requestsTo(requests, 'content')).toEqual([])
  })
})

describe('staticwebapp.config.json over 20 KB', () => {
  test('is refused before any network call with the limit and its size', async () => {
    const config = JSON.stringify({ routes: [], padding: 'x'.repeat(21_000) })
    const { run, requests } = await runCounted(emulator, {
      prepareWorkspace: (workspace) =>
        writeTree(path.join(workspace, 'dist'), {
          ...SMALL_SITE,
          'staticwebapp.config.json': config
        })
    })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(
      `staticwebapp.config.json is ${Buffer.byteLength(config).toLocaleString('en-US')} bytes; Azure Static Web Apps accepts at most 20 KB (20,480 bytes)`
    )
    expect(error).toContain('troubleshooting.md#payload-limits')
    expect(requests).toEqual([])
  })
})

describe('the server’s texts map to their own cause and fix', () => {
  const cases: {
    text: string
    call: ContentCall
    statusCode?: number
    cause: RegExp
    doc: string
  }[] = [
    {
      // The policy was just read as DeploymentToken and the token just listed (PROTOCOLS.md §4).
      text: INVALID_TOKEN,
      call: 'validateapitoken',
      cause:
        /ARM reports the deployment authorization policy "DeploymentToken": with the policy and the token ruled out, this text has come from healthy sites during Azure service incidents/,
      doc: 'content-token-rejected'
    },
    {
      text: stagingQuotaReached(3),
      call: 'validateapitoken',
      cause: /preview environment quota/,
      doc: 'environment-limit'
    },
    {
      text: appTooLarge(262_144_000, 'Free'),
      call: 'request',
      cause: /app size quota/,
      doc: 'content-quota'
    },
    {
      text: TOO_MANY_FILES,
      call: 'request',
      cause: /15,000 files per app quota \(a file count, not a size\)/,
      doc: 'content-quota'
    },
    {
      text: reservedEnvironmentName('default'),
      call: 'validateapitoken',
      cause: /reserved: the service keeps `default` for production/,
      doc: 'inputs'
    },
    {
      text: ENVIRONMENT_NAME_CHARACTERS,
      call: 'validateapitoken',
      cause: /a character other than 0-9, a-z and A-Z/,
      doc: 'inputs'
    },
    {
      text: ENVIRONMENT_NAME_TOO_LONG,
      call: 'validateapitoken',
      cause: /longer than the service’s 16 characters/,
      doc: 'inputs'
    },
    {
      text: ENVIRONMENT_NAME_COMBINED,
      call: 'validateapitoken',
      cause: /1 to 16 characters, each 0-9, a-z or A-Z/,
      doc: 'inputs'
    },
    {
      text: SERVER_FAULT,
      call: 'request',
      statusCode: 500,
      cause: /a fault inside the Static Web Apps service/,
      doc: 'content-server-fault'
    }
  ]

  test.each(cases)('$text', async ({ text, call, statusCode, cause, doc }) => {
    emulator.content!.behaviour.rejectNext = {
      call,
      message: text,
      ...(statusCode === undefined ? {} : { statusCode })
    }
    const { run, requests } = await runCounted(emulator)
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain(text)
    expect(error).toMatch(cause)
    expect(error).toContain(`troubleshooting.md#${doc}`)
    // Rejected once, not retried; nothing was uploaded.
    expect(contentCalls(requests, true).at(-1)).toBe(`${call} ${statusCode ?? 400}`)
    expect(requestsTo(requests, 'blob')).toEqual([])
  })
})

// A wedged site: ARM's gateway gets no answer from Microsoft.Web on reads of it (PROTOCOLS.md §3,
// §4.5; #1779, #1780). Retried like any transient fault; named with what it usually means.
describe('ARM reads of a wedged site answer 504 GatewayTimeout', () => {
  test('a passing spell is retried and the deployment goes on', async () => {
    const site = defaultSite(emulator)
    emulator.arm.wedge(site.name, 2)
    try {
      const counted = await runCounted(emulator)
      expect(counted.run.exitCode).toBe(0)
      succeeded(counted)
      const siteReads = requestsTo(counted.requests, 'arm').filter(
        (request) => request.method === 'GET' && /\/staticSites\/[^/?]+\?/i.test(request.url)
      )
      expect(siteReads.map((request) => request.status)).toEqual([504, 504, 200])
    } finally {
      emulator.arm.unwedgeAll()
    }
  })

  test('for good: the run fails naming the gateway timeout and a wedged site, before any upload', async () => {
    const site = defaultSite(emulator)
    emulator.arm.wedge(site.name)
    try {
      const { run, requests } = await runCounted(emulator)
      expect(run.exitCode).toBe(1)
      const error = errorLines(run)
      expect(error).toContain(
        `ARM read Static Web App failed: HTTP 504 GatewayTimeout after 5 attempts: ARM's gateway got no answer from Microsoft.Web ("The gateway did not receive a response from 'Microsoft.Web'`
      )
      expect(error).toContain('the app is usually wedged on Azure')
      expect(error).toContain('troubleshooting.md#arm-gateway-timeout')
      expect(requestsTo(requests, 'content')).toEqual([])
      expect(requestsTo(requests, 'blob')).toEqual([])
    } finally {
      emulator.arm.unwedgeAll()
    }
  })
})
