// Identity through dist/index.js, before and around the network: input errors stop the run with
// no request at all, a job without id-token permission is told how to get it, and each cloud's
// defaults (audience, authority, ARM host and scope) are used with no URL overrides.
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { findCloud } from '../../src/clouds.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import { deployer, identityBaseline, requestsOf, runCounted } from '../support/identity.js'

let emulator: Emulator
useTestEmulator(identityBaseline, (started) => (emulator = started))

describe('input errors are reported before any network call', () => {
  test.each([
    {
      problem: 'client-id missing',
      inputs: { 'client-id': '' },
      says: /Input client-id is required: the application \(client\) id of the app registration/
    },
    {
      problem: "tenant-id 'common'",
      inputs: { 'tenant-id': 'common' },
      says: /Input tenant-id: 'common' is a multi-tenant alias; use your tenant's id \(GUID\) or verified domain/
    },
    {
      problem: 'an unknown cloud',
      inputs: { cloud: 'Mars' },
      says: /Input cloud: 'Mars' is not a known cloud; use one of AzureCloud, AzureUSGovernment, AzureChinaCloud/
    },
    {
      problem: "another tool's name for a cloud, answered with ours and not taken",
      inputs: { cloud: 'usgov' },
      says: /Input cloud: 'usgov' is not a known cloud; did you mean 'AzureUSGovernment' \(a short name for it\)\? Use one of AzureCloud, AzureUSGovernment, AzureChinaCloud\./
    },
    {
      problem: 'the closed German cloud, said to be closed',
      inputs: { cloud: 'AzureGermanCloud' },
      says: /Input cloud: 'AzureGermanCloud' is not a known cloud; Microsoft Cloud Deutschland \(AzureGermanCloud\) closed on 29 October 2021, and Azure's regions in Germany are in AzureCloud\. Use one of AzureCloud, AzureUSGovernment, AzureChinaCloud\./
    },
    {
      problem: 'an http:// authority-host',
      inputs: { 'authority-host': 'http://login.example.test' },
      says: /Input authority-host: 'http:\/\/login\.example\.test' must use https/
    },
    {
      problem: 'a deployment-environment with a slash',
      inputs: { 'deployment-environment': 'feature/login' },
      says: /Input deployment-environment: 'feature\/login' contains '\/'; environment names use only letters and digits/
    },
    {
      problem: 'a deployment-environment over 16 characters',
      inputs: { 'deployment-environment': 'a'.repeat(17) },
      says: /is 17 characters long; environment names have at most 16 letters and digits/
    }
  ])('$problem', async ({ inputs, says }) => {
    const { run, requests } = await runCounted(emulator, { inputs })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toMatch(says)
    expect(error).toContain('troubleshooting.md#inputs')
    expect(requests).toEqual([])
    expect(run.stdout).not.toContain('GitHub OIDC token claims')
  })

  test('several problems are listed together in one error', async () => {
    const { run, requests } = await runCounted(emulator, {
      inputs: {
        'tenant-id': 'organizations',
        'resource-manager-endpoint': 'http://arm.example.test'
      }
    })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain('2 inputs need fixing')
    expect(error).toContain("Input tenant-id: 'organizations'")
    expect(error).toContain('Input resource-manager-endpoint')
    expect(requests).toEqual([])
  })
  test('mistyped fixed values are each answered with the value meant, together, before any request', async () => {
    const { run, requests } = await runCounted(emulator, {
      inputs: { cloud: 'AzureClod', action: 'uplaod', 'dry-run': 'ture', 'tenant-id': 'common' }
    })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain('4 inputs need fixing')
    expect(error).toContain(
      "Input action: 'uplaod' is not supported; did you mean 'upload'? Use 'upload', 'close' or 'prune'."
    )
    expect(error).toContain(
      "Input cloud: 'AzureClod' is not a known cloud; did you mean 'AzureCloud'? Use one of AzureCloud, AzureUSGovernment, AzureChinaCloud."
    )
    expect(error).toContain(
      "Input dry-run: 'ture' is not a boolean; did you mean 'true'? Use 'true' or 'false'."
    )
    expect(error).toContain("Input tenant-id: 'common' is a multi-tenant alias")
    expect(error).toContain('troubleshooting.md#inputs')
    expect(requests).toEqual([])
    expect(run.stdout).not.toContain('GitHub OIDC token claims')
  })
})

describe('a job without id-token: write', () => {
  test.each(['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])(
    'with %s missing, names the permission, forks and Dependabot',
    async (variable) => {
      const { run, requests } = await runCounted(emulator, { env: { [variable]: undefined } })
      expect(run.exitCode).toBe(1)
      const error = errorLines(run)
      expect(error).toContain('permissions: id-token: write')
      expect(error).toMatch(/fork/i)
      expect(error).toContain('Dependabot')
      expect(error).toContain('troubleshooting.md#missing-id-token-permission')
      expect(requests).toEqual([])
    }
  )
})

describe('sovereign and public clouds with no URL overrides, through the proxy', () => {
  // Static Web Apps is offered only in AzureCloud (2026): elsewhere the identity half works and
  // ARM refuses the resource type, which the error says plainly.
  test.each([
    {
      cloud: 'AzureCloud',
      audience: 'api://AzureADTokenExchange',
      login: 'login.microsoftonline.com',
      management: 'management.azure.com'
    },
    {
      cloud: 'AzureUSGovernment',
      audience: 'api://AzureADTokenExchangeUSGov',
      login: 'login.microsoftonline.us',
      management: 'management.usgovcloudapi.net'
    },
    {
      // Cloud names are case-insensitive.
      cloud: 'azurechinacloud',
      audience: 'api://AzureADTokenExchangeChina',
      // MSAL swaps the China authority for its preferred network alias.
      login: 'login.partner.microsoftonline.cn',
      management: 'management.chinacloudapi.cn'
    }
  ])(
    '$cloud: audience $audience, ARM at $management',
    async ({ cloud, audience, login, management }) => {
      deployer(emulator).federatedCredentials[0]!.audiences = [audience]
      // A tenant lives in one cloud; this one in the cloud under test.
      emulator.world.tenants[0]!.cloud = findCloud(cloud)!.name
      const scopesFrom = emulator.entra.scopes.length
      const connectsFrom = emulator.proxy.connects.length

      const { run, requests } = await runCounted(emulator, { viaProxy: true, inputs: { cloud } })
      const offered = management === 'management.azure.com'
      if (offered) {
        expect(errorLines(run)).toBe('')
        expect(run.exitCode).toBe(0)
      } else {
        expect(run.exitCode).toBe(1)
        const error = errorLines(run)
        expect(error).toContain('InvalidResourceType')
        expect(error).toMatch(
          /Azure Static Web Apps is not offered in Azure(USGovernment|ChinaCloud) \(2026/
        )
        expect(error).toContain('troubleshooting.md#swa-not-offered')
      }

      const tokenRequests = requestsOf(requests, 'GitHub OIDC token request')
      expect(tokenRequests).toHaveLength(1)
      expect(new URL(tokenRequests[0]!.url, 'https://x').searchParams.get('audience')).toBe(
        audience
      )
      expect(run.stdout).toContain(`aud: ${audience}`)

      const entraPosts = requestsOf(requests, 'Entra token request')
      expect(entraPosts.map((request) => request.host)).toEqual([login])
      expect(emulator.entra.scopes.slice(scopesFrom)).toEqual([`https://${management}/.default`])

      const arm = requests.filter((request) => request.service === 'arm')
      expect(arm.length).toBeGreaterThanOrEqual(offered ? 2 : 1)
      expect(new Set(arm.map((request) => request.host))).toEqual(new Set([management]))
      expect(requestsOf(requests, 'ARM listSecrets')).toHaveLength(offered ? 1 : 0)

      // Every public host was reached through the proxy; nothing was refused.
      const connects = emulator.proxy.connects.slice(connectsFrom)
      expect(connects.filter((connect) => !connect.allowed)).toEqual([])
      expect(connects.map((connect) => connect.target)).toEqual(
        expect.arrayContaining([`${login}:443`, `${management}:443`])
      )
    }
  )

  test("a credential with the public cloud's audience is refused in AzureUSGovernment (700212)", async () => {
    emulator.world.tenants[0]!.cloud = 'AzureUSGovernment'
    const { run, requests } = await runCounted(emulator, {
      viaProxy: true,
      inputs: { cloud: 'AzureUSGovernment' }
    })
    expect(run.exitCode).toBe(1)
    const error = errorLines(run)
    expect(error).toContain("audience 'api://AzureADTokenExchangeUSGov'")
    expect(error).toContain('troubleshooting.md#aadsts700212')
    expect(requests.filter((request) => request.service === 'arm')).toEqual([])
  })
})
