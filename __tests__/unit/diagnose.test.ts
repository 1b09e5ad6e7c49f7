import {
  aadstsCode,
  diagnoseArm,
  diagnoseEntra,
  diagnoseTransient,
  type ArmContext,
  type EntraContext
} from '../../src/diagnose.js'
import { ActionError } from '../../src/errors.js'
import { forgetSecrets, registerSecret } from '../../src/secrets.js'

const entraContext: EntraContext = {
  clientId: '11111111-2222-3333-4444-555555555555',
  tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  cloud: 'AzureCloud',
  audience: 'api://AzureADTokenExchange',
  armScope: 'https://management.azure.com/.default',
  resourceManagerEndpoint: 'https://management.azure.com',
  authorityHost: 'https://login.microsoftonline.com',
  claims: {
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:octo-org/octo-site:ref:refs/heads/main',
    aud: 'api://AzureADTokenExchange'
  }
}

function entra(code: number, text = 'text', status = 400): ActionError {
  return diagnoseEntra(
    {
      status,
      error: 'invalid_client',
      description: `AADSTS${code}: ${text}\r\nTrace ID: t-1\r\nCorrelation ID: c-1\r\nTimestamp: 2026-01-01 00:00:00Z`,
      codes: [code]
    },
    entraContext
  )
}

describe('diagnoseEntra', () => {
  test.each<[number, string, RegExp, RegExp]>([
    [70021, 'aadsts70021', /no federated credential on app 11111111/, /propagated/],
    [
      700211,
      'aadsts700211',
      /issuer 'https:\/\/token.actions.githubusercontent.com'/,
      /issuer to exactly/
    ],
    [700212, 'aadsts700212', /audience 'api:\/\/AzureADTokenExchange'/, /audience input/],
    [
      700213,
      'aadsts700213',
      /Presented sub: 'repo:octo-org\/octo-site:ref:refs\/heads\/main'/,
      /repo:<owner>\/<repo>:ref:refs\/heads\/<branch>.*repo:<owner>\/<repo>:environment:<name>.*repo:<owner>\/<repo>:pull_request/
    ],
    [7002138, 'aadsts7002138', /case-sensitively/, /same upper and lower case/],
    [700024, 'aadsts700024', /expired \(it lives about 5 minutes\)/, /Re-run the job/],
    [
      700016,
      'aadsts700016',
      /no application '11111111-2222-3333-4444-555555555555' in tenant 'aaaaaaaa/,
      /Check client-id .* tenant-id/
    ],
    [90002, 'aadsts90002', /no tenant 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'/, /Check tenant-id/],
    [
      1002012,
      'aadsts1002012',
      /scope 'https:\/\/management.azure.com\/.default'/,
      /resource-manager-endpoint/
    ],
    [50012, 'aadsts50012', /signature/, /issuer/],
    [700027, 'aadsts50012', /signature/, /issuer/],
    [50000, 'entra-other', /refused the token exchange: AADSTS50000: text/, /error\?code=50000/]
  ])('AADSTS%i', (code, doc, message, fix) => {
    const error = entra(code)
    expect(error.doc).toBe(doc)
    expect(error.message).toMatch(message)
    expect(error.fix).toMatch(fix)
    expect(error.step).toBe('Entra token request')
    expect(error.message).toMatch(new RegExp(`AADSTS${code}`))
    expect(error.message).toMatch(/Trace ID: t-1, Correlation ID: c-1/)
  })

  test.each([700213, 7002138, 70021])(
    'AADSTS%i names setup --check as the way to see which credential is missing',
    (code) => {
      expect(entra(code).fix).toMatch(
        /npx github:org\/keyless-swa-deploy setup --check --app-name <app> shows, per deploying job, the subject it presents and whether a credential trusts it/
      )
    }
  )

  test('the code is read from the description when error_codes is absent', () => {
    expect(aadstsCode({ description: 'AADSTS700213: No match' })).toBe(700213)
    expect(aadstsCode({ description: 'nothing' })).toBeUndefined()
  })

  test('throttling', () => {
    const error = diagnoseEntra({ status: 429, attempts: 5 }, entraContext)
    expect(error.doc).toBe('entra-throttled')
    expect(error.message).toBe('Entra ID throttled the token request (HTTP 429) after 5 attempts.')
  })

  test('a persistent server fault names the step and attempts', () => {
    const error = diagnoseEntra({ status: 503, attempts: 5 }, entraContext)
    expect(error.message).toBe('Entra token request failed: HTTP 503 after 5 attempts.')
  })

  test('unknown claims are marked as such', () => {
    const error = diagnoseEntra(
      { status: 400, description: 'AADSTS700213: x', codes: [700213] },
      { ...entraContext, claims: undefined }
    )
    expect(error.message).toMatch(/Presented sub: '\(unknown\)'/)
  })

  test('registered secrets are scrubbed from what Entra said', () => {
    registerSecret('eyJhbGciOi.secret-assertion.sig')
    try {
      const error = entra(50000, 'bad assertion eyJhbGciOi.secret-assertion.sig')
      expect(error.message).not.toContain('secret-assertion')
    } finally {
      forgetSecrets()
    }
  })
})

const armContext: ArmContext = {
  subscriptionId: '99999999-8888-7777-6666-555555555555',
  resourceGroup: 'rg-web',
  appName: 'octo-site',
  clientId: '11111111-2222-3333-4444-555555555555',
  tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  cloud: 'AzureCloud',
  resourceManagerEndpoint: 'https://management.azure.com'
}

describe('diagnoseArm', () => {
  test('AuthorizationFailed names the action, the minimal role and the names to check', () => {
    const error = diagnoseArm(
      {
        step: 'ARM listSecrets',
        status: 403,
        code: 'AuthorizationFailed',
        message:
          "The client '11111111-2222-3333-4444-555555555555' with object id 'o-1' does not have authorization to perform action 'Microsoft.Web/staticSites/listSecrets/action' over scope '/subscriptions/9/resourceGroups/rg-web/providers/Microsoft.Web/staticSites/octo-site' or the scope is invalid."
      },
      armContext
    )
    expect(error.doc).toBe('arm-authorizationfailed')
    expect(error.message).toMatch(/perform 'Microsoft.Web\/staticSites\/listSecrets\/action'/)
    expect(error.message).toMatch(/on '\/subscriptions\/9\/resourceGroups\/rg-web/)
    expect(error.fix).toMatch(
      /Microsoft.Web\/staticSites\/read and Microsoft.Web\/staticSites\/listSecrets\/action/
    )
    expect(error.fix).toMatch(
      /builds\/read and Microsoft.Web\/staticSites\/builds\/delete for preview environments: the limit check, close and prune/
    )
    expect(error.fix).toMatch(/custom role/)
    expect(error.fix).toMatch(/authorisation before existence, so also check subscription-id '9999/)
    expect(error.status).toBe(403)
  })

  test.each<[string, number, string, RegExp, RegExp]>([
    [
      'ResourceGroupNotFound',
      404,
      'arm-resourcenotfound',
      /resource group 'rg-web' was not found in subscription/,
      /resource-group and subscription-id/
    ],
    [
      'ResourceNotFound',
      404,
      'arm-resourcenotfound',
      /Static Web App 'octo-site' was not found in resource group 'rg-web'/,
      /app-name 'octo-site'/
    ],
    [
      'SubscriptionNotFound',
      404,
      'arm-resourcenotfound',
      /subscription '9999.*' was not found/,
      /subscription-id/
    ],
    [
      'InvalidAuthenticationTokenAudience',
      401,
      'arm-invalidauthenticationtoken',
      /audience/,
      /cloud and resource-manager-endpoint/
    ],
    [
      'InvalidAuthenticationTokenTenant',
      401,
      'arm-invalidauthenticationtoken',
      /tenant 'aaaa/,
      /tenant-id to the tenant that owns the subscription/
    ],
    [
      'InvalidAuthenticationToken',
      401,
      'arm-invalidauthenticationtoken',
      /refused the access token/,
      /cloud, tenant-id/
    ],
    [
      'Conflict',
      409,
      'arm-other',
      /ARM read Static Web App failed: HTTP 409 Conflict: something\.$/,
      /Another operation on the Static Web App .* is still running; wait a few minutes/
    ],
    ['Teapot', 418, 'arm-other', /HTTP 418 Teapot: something/, /Check subscription-id/]
  ])('%s', (code, status, doc, message, fix) => {
    const error = diagnoseArm(
      { step: 'ARM read Static Web App', status, code, message: 'something' },
      armContext
    )
    expect(error.doc).toBe(doc)
    expect(error.message).toMatch(message)
    expect(error.fix).toMatch(fix)
  })

  test('a 404 without a code is a missing resource', () => {
    expect(diagnoseArm({ step: 'ARM listSecrets', status: 404 }, armContext).doc).toBe(
      'arm-resourcenotfound'
    )
  })

  test('a persistent 503 names the step and attempts', () => {
    const error = diagnoseArm({ step: 'ARM listSecrets', status: 503, attempts: 5 }, armContext)
    expect(error.message).toBe('ARM listSecrets failed: HTTP 503 after 5 attempts.')
    expect(error.doc).toBe('network-errors')
  })
})

test('diagnoseTransient', () => {
  expect(diagnoseTransient('Content upload', 502, 1).message).toBe(
    'Content upload failed: HTTP 502 after 1 attempt.'
  )
  expect(diagnoseTransient('Content upload', 502, undefined).message).toBe(
    'Content upload failed: HTTP 502.'
  )
})
