// auth-type: managed-identity through dist/index.js: the machine's identity endpoint (IMDS or App
// Service form, plain http on the machine, never proxied) gives the ARM token; no GitHub OIDC
// token is asked for; every action works with it; a machine without one fails in seconds naming
// auth-type; an unknown client-id names the input; the endpoint's transient faults are retried.
import { describe, expect, test } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import net from 'node:net'
import type { Emulator, IdentityForm } from '../../emulator/index.js'
import type { ManagedIdentity } from '../../emulator/managed-identity.js'
import type { RecordedRequest } from '../../emulator/server.js'
import { addEnvironment } from '../../emulator/world.js'
import { annotations, defaultSite, requestsTo, runCounted } from '../support/deploy.js'
import {
  errorLines,
  expectEndedBySignal,
  KILL_RUNS_HANDLERS,
  useTestEmulator
} from '../support/e2e.js'
import { giveMachineIdentity, managedIdentityJob } from '../support/managed-identity.js'
import { deletesOf, jobToken, previewsBaseline } from '../support/previews.js'

let emulator: Emulator
useTestEmulator(
  (started) => {
    const restore = previewsBaseline(started)
    return () => {
      restore()
      started.identity.machine = { userAssigned: [] }
    }
  },
  (started) => (emulator = started)
)

/** A managed identity on the runner's machine, granted the least-privilege role on the site. */
function machineIdentity(kind: 'system' | 'user', role = true): ManagedIdentity {
  return giveMachineIdentity(emulator, kind, role)
}

interface MiRun {
  inputs?: Record<string, string>
  env?: Record<string, string | undefined>
  form?: IdentityForm
  viaProxy?: boolean
  prepareWorkspace?: (workspace: string) => void
}

/** A run signing in with the machine's identity: the job has no OIDC token variables at all. */
function runWithIdentity(options: MiRun = {}) {
  const job = managedIdentityJob(emulator, options.form ?? 'imds')
  return runCounted(emulator, {
    inputs: { ...job.inputs, ...options.inputs },
    env: { ...job.env, ...options.env },
    ...(options.viaProxy ? { viaProxy: true } : {}),
    ...(options.prepareWorkspace ? { prepareWorkspace: options.prepareWorkspace } : {})
  })
}

function identityRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requestsTo(requests, 'identity')
}

function queryOf(request: RecordedRequest): URLSearchParams {
  return new URLSearchParams(request.url.split('?')[1] ?? '')
}

/** A loopback port nothing listens on: connection refused, as on a machine without IMDS. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

const EMPTY_WORKSPACE = (): void => {}

describe('signing in with the machine identity', () => {
  test('system-assigned over IMDS: deploys, one IMDS request, no GitHub token, no Entra call', async () => {
    const identity = machineIdentity('system')
    const { run, requests, deployments } = await runWithIdentity()
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('deployed')
    expect(deployments.filter((deployment) => deployment.status === 'Succeeded')).toHaveLength(1)
    const [imds, ...more] = identityRequests(requests)
    expect(more).toEqual([])
    expect(imds!.url.split('?')[0]).toMatch(/^\/metadata\/identity\/oauth2\/token\/?$/)
    expect(imds!.headers.metadata).toBe('true')
    const query = queryOf(imds!)
    expect(query.get('api-version')).toBe('2018-02-01')
    expect(query.get('resource')).toBe(`${emulator.urls.arm}/`)
    expect(query.has('client_id')).toBe(false)
    expect(requestsTo(requests, 'github')).toEqual([])
    expect(requestsTo(requests, 'entra')).toEqual([])
    // The log and the summary name the identity used, not OIDC claims.
    expect(run.stdout).toContain('::group::Managed identity used for Azure')
    expect(run.stdout).toContain('identity: system-assigned')
    expect(run.stdout).toContain(`oid: ${identity.objectId}`)
    expect(run.stdout).not.toContain('GitHub OIDC token claims')
    expect(run.summary).toContain(
      `<td>Identity presented (managed identity)</td><td><code>system-assigned, object id ${identity.objectId}</code></td>`
    )
  })

  test('user-assigned by client-id: the request names it, and its role is the one ARM checks', async () => {
    machineIdentity('system', false)
    const identity = machineIdentity('user')
    const { run, requests } = await runWithIdentity({ inputs: { 'client-id': identity.clientId } })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    const [imds] = identityRequests(requests)
    expect(queryOf(imds!).get('client_id')).toBe(identity.clientId)
    expect(run.stdout).toContain(`identity: user-assigned, client id ${identity.clientId}`)
    expect(run.stdout).toContain(`appid: ${identity.clientId}`)
  })

  test('the App Service form: IDENTITY_ENDPOINT with X-IDENTITY-HEADER, api-version 2019-08-01', async () => {
    machineIdentity('system')
    const { run, requests } = await runWithIdentity({ form: 'app-service' })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    const [endpoint, ...more] = identityRequests(requests)
    expect(more).toEqual([])
    expect(endpoint!.url.split('?')[0]).toMatch(/^\/msi\/token\/?$/)
    expect(endpoint!.headers['x-identity-header']).toBe(emulator.identity.identityHeader)
    expect(queryOf(endpoint!).get('api-version')).toBe('2019-08-01')
  })

  test('a dry run proves the role and changes nothing', async () => {
    machineIdentity('system')
    const { run, requests, deployments } = await runWithIdentity({ inputs: { 'dry-run': 'true' } })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('dry-run')
    expect(deployments).toEqual([])
    // The dry run only validates the deployment token; nothing is uploaded.
    expect(requestsTo(requests, 'content').map((request) => request.url.split('?')[0])).toEqual([
      '/api/upload/validateapitoken'
    ])
    expect(requestsTo(requests, 'blob')).toEqual([])
    expect(
      requests.filter((request) => request.service === 'arm' && /listSecrets/i.test(request.url))
    ).toHaveLength(1)
  })

  test('close deletes the environment as the machine identity', async () => {
    machineIdentity('system')
    addEnvironment(defaultSite(emulator), 'staging')
    const { run, requests } = await runWithIdentity({
      inputs: { action: 'close', 'deployment-environment': 'staging' },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests)).toEqual(['staging'])
  })

  test('prune deletes a stale environment as the machine identity', async () => {
    machineIdentity('system')
    const stale = addEnvironment(defaultSite(emulator), 'old')
    stale.lastUpdatedOn = new Date(Date.now() - 40 * 24 * 3600 * 1000).toISOString()
    const { run, requests } = await runWithIdentity({
      inputs: { action: 'prune', 'prune-max-age-days': '30', 'github-token': jobToken(emulator) },
      prepareWorkspace: EMPTY_WORKSPACE
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(deletesOf(requests)).toEqual(['old'])
  })

  test('tenant-id and audience given are ignored, with a notice saying so', async () => {
    machineIdentity('system')
    const { run } = await runWithIdentity({
      inputs: { 'tenant-id': emulator.world.tenants[0]!.id, audience: 'api://Other' }
    })
    expect(run.exitCode).toBe(0)
    expect(annotations(run, 'notice').join('\n')).toContain(
      'auth-type: managed-identity ignores tenant-id and audience'
    )
  })
})

describe('failures', () => {
  test('no identity endpoint (connection refused): fails in seconds naming auth-type, one attempt', async () => {
    const port = await closedPort()
    const { run, requests } = await runWithIdentity({
      env: { AZURE_POD_IDENTITY_AUTHORITY_HOST: `http://127.0.0.1:${port}` }
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      'auth-type: managed-identity: this machine has no managed identity endpoint'
    )
    expect(errorLines(run)).toContain('use auth-type: oidc')
    expect(run.stdout).not.toContain('retrying')
    expect(requests).toEqual([])
    expect(run.durationMs).toBeLessThan(10_000)
  })

  test('the real IMDS address where there is none (this machine): fails within seconds naming auth-type', async () => {
    const { run, requests } = await runWithIdentity({
      env: { AZURE_POD_IDENTITY_AUTHORITY_HOST: undefined }
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain('auth-type: managed-identity')
    expect(requests).toEqual([])
    // The connection limit is 2 s: the whole run, start-up included, ends well within 10 s.
    expect(run.durationMs).toBeLessThan(10_000)
  })

  test('an unknown client-id: 400 Identity not found names client-id, not retried', async () => {
    machineIdentity('system')
    const { run, requests } = await runWithIdentity({
      inputs: { 'client-id': '00000000-0000-4000-8000-000000000001' }
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      "Input client-id: no user-assigned managed identity with client id '00000000-0000-4000-8000-000000000001' is assigned to this machine"
    )
    expect(identityRequests(requests).map((request) => request.status)).toEqual([400])
    expect(requestsTo(requests, 'arm')).toEqual([])
  })

  test('a machine without a system-assigned identity names auth-type and the fix', async () => {
    const { run, requests } = await runWithIdentity()
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain('this machine has no system-assigned managed identity')
    expect(identityRequests(requests)).toHaveLength(1)
  })

  test.each([404, 410, 429, 500, 503])(
    'a transient %i from the endpoint is retried once and the run deploys',
    async (status) => {
      machineIdentity('system')
      emulator.host.addFault({ service: 'identity', kind: 'status', status, times: 1 })
      const { run, requests } = await runWithIdentity()
      expect(errorLines(run)).toBe('')
      expect(run.exitCode).toBe(0)
      expect(identityRequests(requests).map((request) => request.status)).toEqual([status, 200])
      expect(run.stdout).toContain(`Managed identity token request: HTTP ${status}; retrying`)
    }
  )

  test('a dropped connection is retried (the endpoint is there)', async () => {
    machineIdentity('system')
    emulator.host.addFault({ service: 'identity', kind: 'drop', times: 1 })
    const { run, requests } = await runWithIdentity()
    expect(run.exitCode).toBe(0)
    expect(identityRequests(requests)).toHaveLength(2)
  })

  test('a reply that never comes is cut at the attempt limit and retried (the endpoint connected)', async () => {
    machineIdentity('system')
    emulator.host.addFault({ service: 'identity', kind: 'hang', times: 1 })
    const { run, requests } = await runWithIdentity()
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      'Managed identity token request: timed out: no complete reply within'
    )
    expect(identityRequests(requests)).toHaveLength(2)
  })

  test('a fault that persists ends within the retry budget naming the step and the status', async () => {
    machineIdentity('system')
    emulator.host.addFault({ service: 'identity', kind: 'status', status: 503, times: Infinity })
    const { run, requests } = await runWithIdentity()
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      'Managed identity token request failed: HTTP 503 after 5 attempts.'
    )
    expect(identityRequests(requests)).toHaveLength(5)
    expect(requestsTo(requests, 'arm')).toEqual([])
  })

  test.each([429, 503])(
    'a %i with an error JSON body that persists is the endpoint kept failing, not a missing identity',
    async (status) => {
      // The endpoint's own error shape on a throttled or failing reply (inferred: IMDS answers its
      // errors as {error, error_description}, as it does "Identity not found").
      machineIdentity('system')
      emulator.host.addFault({
        service: 'identity',
        kind: 'status',
        status,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify({ error: 'temporarily_unavailable', error_description: 'Busy' }),
        times: Infinity
      })
      const { run, requests } = await runWithIdentity()
      expect(run.exitCode).toBe(1)
      expect(errorLines(run).split('\n')[0]).toBe(
        `Managed identity token request failed: HTTP ${status} after 5 attempts.`
      )
      expect(run.stdout).toContain('wait a few minutes and re-run the job')
      expect(run.stdout).not.toContain('Identity blade')
      expect(identityRequests(requests)).toHaveLength(5)
      expect(requestsTo(requests, 'arm')).toEqual([])
    }
  )

  test('a reply that stalls mid-body is cut and retried', async () => {
    machineIdentity('system')
    emulator.host.addFault({
      service: 'identity',
      kind: 'stall',
      status: 200,
      declaredBytes: 2000,
      sentBytes: 10,
      times: 1
    })
    const { run, requests } = await runWithIdentity()
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(identityRequests(requests)).toHaveLength(2)
  })

  test('SIGTERM while the identity endpoint has not answered stops that request at once', async () => {
    machineIdentity('system')
    emulator.host.addFault({ service: 'identity', kind: 'hang', times: Infinity })
    let signalledAt = 0
    const from = emulator.host.requests.length
    const { run, requests } = await runCounted(emulator, {
      inputs: { 'auth-type': 'managed-identity', 'client-id': '', 'tenant-id': '' },
      env: { ...emulator.identityEnv(), ACTIONS_ID_TOKEN_REQUEST_URL: undefined },
      onSpawn: (child: ChildProcess) => {
        const timer = setInterval(() => {
          if (!emulator.host.requests.slice(from).some((r) => r.service === 'identity')) return
          clearInterval(timer)
          signalledAt = Date.now()
          child.kill('SIGTERM')
        }, 10)
        child.on('close', () => clearInterval(timer))
      }
    })
    expect(signalledAt).toBeGreaterThan(0)
    expectEndedBySignal(run, 'SIGTERM')
    const [hung] = identityRequests(requests)
    // The request was closed by the signal, not by the 3 s attempt limit the tests set.
    expect(hung!.closedUnfinishedAt! - signalledAt).toBeLessThan(2000)
    if (KILL_RUNS_HANDLERS) {
      expect(errorLines(run)).toContain('Cancelled (SIGTERM) during Managed identity token')
    }
    expect(requestsTo(requests, 'arm')).toEqual([])
  })

  test('the App Service form with a wrong IDENTITY_HEADER is refused and not retried', async () => {
    machineIdentity('system')
    const { run, requests } = await runWithIdentity({
      form: 'app-service',
      env: { IDENTITY_HEADER: 'not-the-header' }
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain('Managed identity token request: HTTP 401')
    expect(identityRequests(requests)).toHaveLength(1)
  })

  test("a missing role: ARM's refusal names the machine's identity and how to assign it", async () => {
    const identity = machineIdentity('system', false)
    const { run } = await runWithIdentity()
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      `the machine's managed identity (client id ${identity.clientId}, object id ${identity.objectId}) is not authorised`
    )
    expect(errorLines(run)).toContain(
      `--assignee-object-id ${identity.objectId} --assignee-principal-type ServicePrincipal`
    )
  })
})

describe('plain http only for the machine, never through a proxy', () => {
  test.each([
    ['resource-manager-endpoint', () => emulator.urls.arm.replace('https:', 'http:')],
    ['authority-host', () => emulator.urls.entra.replace('https:', 'http:')]
  ])('an http:// %s is still refused before any request', async (input, value) => {
    machineIdentity('system')
    const { run, requests } = await runWithIdentity({ inputs: { [input]: value() } })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(`Input ${input}:`)
    expect(errorLines(run)).toContain('must use https')
    expect(requests).toEqual([])
  })

  test('an identity endpoint variable naming a host off the machine is refused, nothing sent', async () => {
    const { run, requests } = await runWithIdentity({
      env: { AZURE_POD_IDENTITY_AUTHORITY_HOST: 'http://10.0.0.5' }
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      'auth-type: managed-identity: the identity endpoint http://10.0.0.5 is plain http on an address off this machine'
    )
    expect(errorLines(run)).toContain('Check AZURE_POD_IDENTITY_AUTHORITY_HOST')
    expect(requests).toEqual([])
  })

  test('with HTTPS_PROXY and HTTP_PROXY set, ARM goes through the proxy and the identity endpoint does not', async () => {
    machineIdentity('system')
    const connectsFrom = emulator.proxy.connects.length
    const { run, requests } = await runWithIdentity({
      viaProxy: true,
      env: { HTTP_PROXY: emulator.proxyUrl, http_proxy: emulator.proxyUrl }
    })
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    const targets = emulator.proxy.connects.slice(connectsFrom).map((connect) => connect.target)
    expect(targets).toContain('management.azure.com:443')
    const identityPort = new URL(emulator.urls.identity).port
    expect(targets.filter((target) => target.endsWith(`:${identityPort}`))).toEqual([])
    const [imds] = identityRequests(requests)
    expect(queryOf(imds!).get('resource')).toBe('https://management.azure.com/')
  })
})

describe('inputs', () => {
  test('skip-without-identity: true is refused with managed-identity, before any request', async () => {
    const { run, requests } = await runWithIdentity({ inputs: { 'skip-without-identity': 'true' } })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toContain(
      "Input skip-without-identity: 'true' has no meaning with auth-type: managed-identity"
    )
    expect(requests).toEqual([])
  })

  test('an unknown auth-type and a client-id that is not a GUID are named', async () => {
    const unknown = await runWithIdentity({ inputs: { 'auth-type': 'identity' } })
    expect(errorLines(unknown.run)).toContain(
      "Input auth-type: 'identity' is not a way of signing in; use oidc or managed-identity."
    )
    const notGuid = await runWithIdentity({ inputs: { 'client-id': 'id-deployer' } })
    expect(errorLines(notGuid.run)).toContain("Input client-id: 'id-deployer' is not a GUID")
    expect([...unknown.requests, ...notGuid.requests]).toEqual([])
  })

  // An unknown auth-type cannot say which of client-id and tenant-id it needs: blaming them
  // would send a user who meant managed-identity to set inputs that method ignores.
  test.each([
    {
      typo: 'managed-identiy',
      says: "Input auth-type: 'managed-identiy' is not a way of signing in; did you mean 'managed-identity'? Use oidc or managed-identity."
    },
    {
      typo: 'odic',
      says: "Input auth-type: 'odic' is not a way of signing in; did you mean 'oidc'? Use oidc or managed-identity."
    },
    {
      typo: 'msi',
      says: "Input auth-type: 'msi' is not a way of signing in; use oidc or managed-identity."
    }
  ])(
    "auth-type '$typo' with client-id and tenant-id blank: only the typo is named for sign-in, the other inputs' problems still all at once",
    async ({ typo, says }) => {
      const { run, requests } = await runWithIdentity({
        inputs: { 'auth-type': typo, 'dry-run': 'yes' }
      })
      expect(run.exitCode).toBe(1)
      const error = errorLines(run)
      expect(error).toContain('2 inputs need fixing')
      expect(error).toContain(`  - ${says}\n`)
      expect(error).toContain("Input dry-run: 'yes' is not a boolean")
      expect(error).not.toContain('client-id')
      expect(error).not.toContain('tenant-id')
      expect(error).toContain('troubleshooting.md#inputs')
      expect(requests).toEqual([])
    }
  )
})
