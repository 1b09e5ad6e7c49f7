import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { InputError } from '../../src/errors.js'
import { environmentNameProblem, readConfig, type Config } from '../../src/inputs/index.js'

const CLIENT = '11111111-2222-3333-4444-555555555555'
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'
const SUBSCRIPTION = '99999999-8888-7777-6666-555555555555'

let root: string
let workspace: string

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-')))
  workspace = path.join(root, 'repo')
  fs.mkdirSync(path.join(workspace, 'dist'), { recursive: true })
  fs.mkdirSync(path.join(workspace, 'site', 'config'), { recursive: true })
  fs.writeFileSync(path.join(workspace, 'site', 'config', 'staticwebapp.config.json'), '{}')
  fs.writeFileSync(path.join(workspace, 'site.zip'), 'PK')
  fs.writeFileSync(path.join(workspace, 'README.md'), '#')
  fs.mkdirSync(path.join(root, 'outside'))
  fs.writeFileSync(path.join(root, 'outside', 'staticwebapp.config.json'), '{}')
  fs.symlinkSync(path.join(root, 'outside'), path.join(workspace, 'escape'))
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const BASE: Record<string, string> = {
  'client-id': CLIENT,
  'tenant-id': TENANT,
  'subscription-id': SUBSCRIPTION,
  'resource-group': 'rg-web',
  'app-name': 'octo-site'
}

function read(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Config {
  const all = { ...BASE, ...inputs }
  return readConfig((name) => all[name] ?? '', { GITHUB_WORKSPACE: workspace, ...env })
}

function problem(inputs: Record<string, string>, env?: NodeJS.ProcessEnv): string {
  try {
    read(inputs, env)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).message
  }
  throw new Error('expected an InputError')
}

describe('readConfig: valid inputs', () => {
  test('defaults', () => {
    const config = read({})
    expect(config).toEqual({
      authType: 'oidc',
      clientId: CLIENT,
      tenantId: TENANT,
      managedIdentityClientId: undefined,
      ignoredInputs: [],
      subscriptionId: SUBSCRIPTION,
      resourceGroup: 'rg-web',
      appName: 'octo-site',
      appLocation: path.join(workspace, 'dist'),
      configFile: undefined,
      action: 'upload',
      deploymentEnvironment: undefined,
      productionBranch: undefined,
      cloud: 'AzureCloud',
      audience: 'api://AzureADTokenExchange',
      authorityHost: 'https://login.microsoftonline.com',
      resourceManagerEndpoint: 'https://management.azure.com',
      armScope: 'https://management.azure.com/.default',
      dryRun: false,
      allowCredentialFiles: false,
      deploymentTimeoutSeconds: 600,
      workspace,
      githubToken: undefined,
      githubApiUrl: 'https://api.github.com',
      prComment: false,
      pruneMaxAgeDays: undefined,
      onEnvironmentLimit: 'fail',
      skipWithoutIdentity: false,
      engine: { name: 'native' }
    })
  })

  test.each<[string, Record<string, string>, Partial<Config>]>([
    [
      'managed-identity needs neither client-id nor tenant-id (system-assigned)',
      { 'auth-type': 'Managed-Identity', 'client-id': '', 'tenant-id': '' },
      { authType: 'managed-identity', managedIdentityClientId: undefined, ignoredInputs: [] }
    ],
    [
      'managed-identity: client-id is a user-assigned identity, tenant-id is ignored',
      { 'auth-type': 'managed-identity', 'tenant-id': 'not a tenant at all' },
      {
        authType: 'managed-identity',
        managedIdentityClientId: CLIENT,
        clientId: '',
        tenantId: '',
        ignoredInputs: ['tenant-id']
      }
    ],
    ['whitespace is trimmed', { 'app-name': '  octo-site \n' }, { appName: 'octo-site' }],
    // Blank: the app is found by name after sign-in (PROTOCOLS.md §3).
    ['resource-group blank', { 'resource-group': '  ' }, { resourceGroup: undefined }],
    [
      'a verified domain as tenant',
      { 'tenant-id': 'contoso.onmicrosoft.com' },
      { tenantId: 'contoso.onmicrosoft.com' }
    ],
    [
      'cloud is case-insensitive and picks its endpoints',
      { cloud: 'azureusgovernment' },
      {
        cloud: 'AzureUSGovernment',
        audience: 'api://AzureADTokenExchangeUSGov',
        authorityHost: 'https://login.microsoftonline.us',
        resourceManagerEndpoint: 'https://management.usgovcloudapi.net',
        armScope: 'https://management.usgovcloudapi.net/.default'
      }
    ],
    [
      'China cloud',
      { cloud: 'AzureChinaCloud' },
      {
        audience: 'api://AzureADTokenExchangeChina',
        authorityHost: 'https://login.chinacloudapi.cn'
      }
    ],
    ['an audience override', { audience: 'api://custom' }, { audience: 'api://custom' }],
    [
      'overrides lose their trailing slash',
      {
        'authority-host': 'https://127.0.0.1:8443/',
        'resource-manager-endpoint': 'https://arm.local:9443//'
      },
      {
        authorityHost: 'https://127.0.0.1:8443',
        resourceManagerEndpoint: 'https://arm.local:9443',
        armScope: 'https://arm.local:9443/.default'
      }
    ],
    [
      'an override with a path',
      { 'authority-host': 'https://adfs.contoso.com/adfs/' },
      { authorityHost: 'https://adfs.contoso.com/adfs' }
    ],
    ['a zip file', { 'app-location': 'site.zip' }, { appLocation: '' }],
    ['a config folder', { 'config-file-location': 'site/config' }, { configFile: '' }],
    [
      'a config file',
      { 'config-file-location': 'site/config/staticwebapp.config.json' },
      { configFile: '' }
    ],
    [
      'a named environment',
      { 'deployment-environment': 'Staging01' },
      { deploymentEnvironment: 'Staging01' }
    ],
    [
      'close without app-location',
      { action: 'CLOSE', 'app-location': 'missing' },
      { action: 'close' }
    ],
    [
      'prune without app-location, by age',
      { action: 'prune', 'app-location': 'missing', 'prune-max-age-days': '14' },
      { action: 'prune', pruneMaxAgeDays: 14 }
    ],
    [
      'the preview inputs',
      {
        'github-token': 'ghs_token',
        'pr-comment': 'true',
        'on-environment-limit': 'Skip',
        'skip-without-identity': 'TRUE'
      },
      {
        githubToken: 'ghs_token',
        prComment: true,
        onEnvironmentLimit: 'skip',
        skipWithoutIdentity: true
      }
    ],
    ['dry-run true', { 'dry-run': 'True' }, { dryRun: true }],
    ['dry-run false', { 'dry-run': 'false' }, { dryRun: false }],
    [
      'allow-credential-files',
      { 'allow-credential-files': 'true' },
      { allowCredentialFiles: true }
    ],
    ['timeout', { 'deployment-timeout': '1200' }, { deploymentTimeoutSeconds: 1200 }],
    ['production branch', { 'production-branch': 'main' }, { productionBranch: 'main' }],
    [
      'production branch as its full ref',
      { 'production-branch': 'refs/heads/main' },
      { productionBranch: 'main' }
    ],
    [
      'blank optional inputs are unset',
      { 'deployment-environment': '  ', cloud: '' },
      { deploymentEnvironment: undefined, cloud: 'AzureCloud' }
    ]
  ])('%s', (_name, inputs, expected) => {
    const config = read(inputs)
    if (expected.appLocation === '') expected.appLocation = path.join(workspace, 'site.zip')
    if (expected.configFile === '') {
      expected.configFile = path.join(workspace, 'site', 'config', 'staticwebapp.config.json')
    }
    expect(config).toMatchObject(expected)
  })

  test.each<[string, Record<string, string>, Partial<Config>]>([
    [
      'api-location: a folder, with its language and version',
      {
        'app-location': 'site',
        'api-location': 'dist',
        'api-language': 'Python',
        'api-language-version': '3.11'
      },
      { apiLanguage: 'python', apiLanguageVersion: '3.11' }
    ],
    [
      'api-language in the spelling of platform.apiRuntime',
      { 'api-location': 'site.zip', 'api-language': 'dotnet-isolated' },
      { apiLanguage: 'dotnetisolated', apiLanguageVersion: undefined }
    ],
    [
      'api-location alone: the language comes from the config, later',
      { 'app-location': 'site', 'api-location': 'dist' },
      { apiLanguage: undefined, apiLanguageVersion: undefined }
    ],
    [
      'api inputs with action close are not looked at',
      { action: 'close', 'deployment-environment': 'pr1', 'api-language': 'node' },
      { apiLocation: undefined, apiLanguage: 'node' }
    ]
  ])('%s', (_name, inputs, expected) => {
    const config = read(inputs)
    expect(config).toMatchObject(expected)
    const location = inputs['api-location']
    expect(config.apiLocation).toBe(location && path.join(workspace, location))
  })

  test('an absolute app-location inside the workspace', () => {
    expect(read({ 'app-location': path.join(workspace, 'dist') }).appLocation).toBe(
      path.join(workspace, 'dist')
    )
  })
})

describe('readConfig: refused inputs', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    ['missing client-id', { 'client-id': ' ' }, /Input client-id is required/],
    ['client-id not a GUID', { 'client-id': 'my-app' }, /client-id: 'my-app' is not a GUID/],
    [
      'tenant common',
      { 'tenant-id': 'common' },
      /tenant-id: 'common' is a multi-tenant alias; use your tenant's id \(GUID\) or verified domain/
    ],
    ['tenant organizations', { 'tenant-id': 'Organizations' }, /multi-tenant alias/],
    [
      'tenant garbage',
      { 'tenant-id': 'not a tenant' },
      /tenant-id: 'not a tenant' is neither a GUID nor a domain/
    ],
    [
      'subscription not a GUID',
      { 'subscription-id': '1234' },
      /subscription-id: '1234' is not a GUID/
    ],
    [
      'resource group ending in a period',
      { 'resource-group': 'rg.' },
      /not a valid resource group name/
    ],
    ['app-name with a slash', { 'app-name': 'a/b' }, /app-name: 'a\/b' is not a valid/],
    [
      'unknown cloud',
      { cloud: 'Mars' },
      /cloud: 'Mars' is not a known cloud; use one of AzureCloud, AzureUSGovernment, AzureChinaCloud/
    ],
    [
      'http override',
      { 'authority-host': 'http://127.0.0.1:8080' },
      /authority-host: .* must use https/
    ],
    [
      'relative override',
      { 'resource-manager-endpoint': 'management.azure.com' },
      /not an absolute URL/
    ],
    [
      'override with a query',
      { 'resource-manager-endpoint': 'https://arm.local/?x=1' },
      /must not have a query string or fragment/
    ],
    [
      'override with a fragment',
      { 'authority-host': 'https://login.local/#x' },
      /must not have a query string or fragment/
    ],
    [
      'override with credentials',
      { 'authority-host': 'https://u:p@login.local' },
      /user name or password/
    ],
    [
      'environment too long',
      { 'deployment-environment': 'abcdefghijklmnopq' },
      /17 characters long; environment names have at most 16/
    ],
    [
      'environment with a hyphen',
      { 'deployment-environment': 'feature-x' },
      /'feature-x' contains '-'; environment names use only letters and digits/
    ],
    [
      'unknown action',
      { action: 'build' },
      /action: 'build' is not supported; use 'upload', 'close' or 'prune'/
    ],
    [
      'prune with nothing to go by',
      { action: 'prune' },
      /action: prune has nothing to go by: github-token is blank/
    ],
    [
      'prune-max-age-days zero',
      { action: 'prune', 'prune-max-age-days': '0' },
      /prune-max-age-days: '0' is not a whole number of days from 1 to 3650/
    ],
    [
      'prune-max-age-days on an upload',
      { 'prune-max-age-days': '30' },
      /prune-max-age-days is only read with action: prune \(action is upload\)/
    ],
    [
      'on-environment-limit unknown',
      { 'on-environment-limit': 'wait' },
      /on-environment-limit: 'wait' is not supported; use 'fail' or 'skip'/
    ],
    [
      'pr-comment not boolean',
      { 'pr-comment': 'sometimes' },
      /pr-comment: 'sometimes' is not a boolean/
    ],
    ['dry-run not boolean', { 'dry-run': 'maybe' }, /dry-run: 'maybe' is not a boolean/],
    ['timeout zero', { 'deployment-timeout': '0' }, /not a positive whole number/],
    ['timeout fraction', { 'deployment-timeout': '1.5' }, /not a positive whole number/],
    ['timeout negative', { 'deployment-timeout': '-5' }, /not a positive whole number/],
    ['timeout too long', { 'deployment-timeout': '999999' }, /longer than a job can run/],
    ['app-location missing', { 'app-location': 'build' }, /app-location: 'build' does not exist/],
    [
      'app-location outside',
      { 'app-location': '../outside' },
      /app-location: '..\/outside' is outside GITHUB_WORKSPACE/
    ],
    ['app-location absolute outside', { 'app-location': '/etc' }, /is outside GITHUB_WORKSPACE/],
    [
      'app-location through a symlink',
      { 'app-location': 'escape' },
      /leads outside GITHUB_WORKSPACE through a symbolic link/
    ],
    [
      'app-location a non-zip file',
      { 'app-location': 'README.md' },
      /neither a folder nor a .zip file/
    ],
    [
      'config folder without the file',
      { 'config-file-location': 'dist' },
      /the folder 'dist' has no staticwebapp.config.json/
    ],
    [
      'config file wrongly named',
      { 'config-file-location': 'README.md' },
      /is not named staticwebapp.config.json/
    ],
    ['config outside', { 'config-file-location': '../outside' }, /is outside GITHUB_WORKSPACE/],
    ['config through a symlink', { 'config-file-location': 'escape' }, /symbolic link/],
    [
      'api-location missing',
      { 'api-location': 'api' },
      /api-location: 'api' does not exist in the workspace; build the API in an earlier step, or point api-location at its publish output \(the folder that holds host\.json\)/
    ],
    ['api-location outside', { 'api-location': '../outside' }, /api-location: .* is outside/],
    ['api-location through a symlink', { 'api-location': 'escape' }, /symbolic link/],
    [
      'api-location a non-zip file',
      { 'api-location': 'README.md' },
      /api-location: 'README.md' is neither a folder nor a .zip file; point it at the built API's folder/
    ],
    [
      'api-location inside app-location',
      { 'app-location': 'site', 'api-location': 'site/config' },
      /api-location: 'site\/config' is inside app-location, so its files would also be public/
    ],
    [
      'api-language unknown',
      { 'api-location': 'site', 'api-language': 'java' },
      /api-language: 'java' is not a managed Functions language; use `node`, `python`, `dotnet` or `dotnetisolated`/
    ],
    [
      'api-language-version not a version',
      { 'api-location': 'dist', 'api-language-version': 'lts' },
      /api-language-version: 'lts' is not a version; use digits and dots/
    ],
    [
      'api-language-version with a language prefix',
      { 'api-location': 'dist', 'api-language-version': 'node:18' },
      /api-language-version: 'node:18' is not a version/
    ],
    [
      'api-language-version without api-location',
      { 'api-language-version': '20' },
      /Input api-language-version describes an API, but api-location is not set; set both/
    ]
  ])('%s', (_name, inputs, expected) => {
    expect(problem(inputs)).toMatch(expected)
  })

  test('GITHUB_API_URL: the GHES form is kept; a bad one is refused only where the API is needed', () => {
    expect(read({}, { GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }).githubApiUrl).toBe(
      'https://ghe.example.com/api/v3'
    )
    expect(read({}, { GITHUB_API_URL: 'http://ghe.example.com/api/v3' }).githubApiUrl).toBe(
      undefined
    )
    expect(problem({ 'pr-comment': 'true' }, { GITHUB_API_URL: 'http://ghe.example.com' })).toMatch(
      /^GITHUB_API_URL: 'http:\/\/ghe.example.com' must use https/
    )
  })

  test('prune with github-token needs GITHUB_REPOSITORY', () => {
    expect(problem({ action: 'prune', 'github-token': 'ghs_token' })).toMatch(
      /GITHUB_REPOSITORY is not set to owner\/name; action: prune needs it/
    )
    expect(
      read({ action: 'prune', 'github-token': 'ghs_token' }, { GITHUB_REPOSITORY: 'o/r' }).action
    ).toBe('prune')
  })

  test('GITHUB_WORKSPACE is required', () => {
    expect(() => readConfig((name) => BASE[name] ?? '', {})).toThrow(/GITHUB_WORKSPACE is not set/)
  })

  test('every problem is reported at once', () => {
    const message = problem({
      'client-id': '',
      'tenant-id': 'common',
      cloud: 'Mars',
      'deployment-timeout': 'x'
    })
    expect(message).toMatch(/^4 inputs need fixing:/)
    expect(message).toMatch(/client-id is required/)
    expect(message).toMatch(/multi-tenant alias/)
    expect(message).toMatch(/'Mars' is not a known cloud/)
    expect(message).toMatch(/deployment-timeout/)
  })

  // A typo of auth-type is the one sign-in problem: client-id and tenant-id are not blamed.
  test.each<[string, string]>([
    ['managed-identiy', "did you mean 'managed-identity'? Use oidc or managed-identity."],
    ['Managed Identity', "did you mean 'managed-identity'? Use oidc or managed-identity."],
    ['managed_identity', "did you mean 'managed-identity'? Use oidc or managed-identity."],
    ['managedidentity', "did you mean 'managed-identity'? Use oidc or managed-identity."],
    ['mangaed-identity', "did you mean 'managed-identity'? Use oidc or managed-identity."],
    ['odic', "did you mean 'oidc'? Use oidc or managed-identity."],
    ['OIC', "did you mean 'oidc'? Use oidc or managed-identity."],
    ['oauth', 'use oidc or managed-identity.'],
    ['identity', 'use oidc or managed-identity.'],
    ['msi', 'use oidc or managed-identity.']
  ])("auth-type '%s': %s", (authType, fix) => {
    const message = problem({ 'auth-type': authType, 'client-id': '', 'tenant-id': 'common' })
    expect(message).toBe(`Input auth-type: '${authType}' is not a way of signing in; ${fix}`)
  })

  test('an unknown auth-type still lets every other problem be reported at once', () => {
    const message = problem({
      'auth-type': 'managed-identiy',
      'client-id': 'not-a-guid',
      cloud: 'Mars',
      'skip-without-identity': 'true',
      'deployment-timeout': 'x'
    })
    expect(message).toMatch(/^3 inputs need fixing:/)
    expect(message).toMatch(/auth-type: 'managed-identiy'/)
    expect(message).toMatch(/'Mars' is not a known cloud/)
    expect(message).toMatch(/deployment-timeout/)
    expect(message).not.toMatch(/client-id|tenant-id|skip-without-identity/)
  })

  // Every input with a fixed list of values answers a typo as auth-type does: the value it is one or
  // two edits from, asked about before the list (src/suggest.ts); a value close to none gets the list.
  test.each<[string, Record<string, string>, string]>([
    [
      'cloud',
      { cloud: 'AzureClod' },
      "Input cloud: 'AzureClod' is not a known cloud; did you mean 'AzureCloud'? Use one of AzureCloud, AzureUSGovernment, AzureChinaCloud."
    ],
    [
      'cloud',
      { cloud: 'azure-china-cloud' },
      "Input cloud: 'azure-china-cloud' is not a known cloud; did you mean 'AzureChinaCloud'? Use one of AzureCloud, AzureUSGovernment, AzureChinaCloud."
    ],
    [
      'action',
      { action: 'uplaod' },
      "Input action: 'uplaod' is not supported; did you mean 'upload'? Use 'upload', 'close' or 'prune'."
    ],
    [
      'action',
      { action: 'Deploy' },
      "Input action: 'Deploy' is not supported; did you mean 'upload' (the SWA CLI's word for it; Azure/static-web-apps-deploy's is upload too)? Use 'upload', 'close' or 'prune'."
    ],
    [
      'action',
      { action: 'delete' },
      "Input action: 'delete' is not supported; did you mean 'close' (the Azure CLI's word for deleting an environment)? Use 'upload', 'close' or 'prune'."
    ],
    [
      'action',
      { action: 'Purne' },
      "Input action: 'Purne' is not supported; did you mean 'prune'? Use 'upload', 'close' or 'prune'."
    ],
    [
      'engine',
      { engine: 'offical' },
      "Input engine: 'offical' is not supported; did you mean 'official'? Use 'native' (the default) or 'official'."
    ],
    [
      'engine-version',
      { engine: 'official', 'engine-version': 'stabel' },
      "Input engine-version: 'stabel' is neither a channel nor a buildId; did you mean 'stable'? Use stable, latest, backup or a buildId (40 hex digits, e.g. 689a6c1fe8fc32f40348cc41223a7e9d83dd43d2; older ones are dotted numbers, e.g. 1.0.027044)."
    ],
    [
      'on-environment-limit',
      { 'on-environment-limit': 'skp' },
      "Input on-environment-limit: 'skp' is not supported; did you mean 'skip'? Use 'fail' or 'skip'."
    ],
    [
      'api-language',
      { 'api-location': 'site', 'api-language': 'pyhton' },
      "Input api-language: 'pyhton' is not a managed Functions language; did you mean 'python'? Use `node`, `python`, `dotnet` or `dotnetisolated`."
    ],
    [
      'api-language',
      { 'api-location': 'site', 'api-language': 'dotnet-isolate' },
      "Input api-language: 'dotnet-isolate' is not a managed Functions language; did you mean 'dotnet-isolated'? Use `node`, `python`, `dotnet` or `dotnetisolated`."
    ],
    [
      'dry-run',
      { 'dry-run': 'ture' },
      "Input dry-run: 'ture' is not a boolean; did you mean 'true'? Use 'true' or 'false'."
    ],
    [
      'allow-credential-files',
      { 'allow-credential-files': 'flase' },
      "Input allow-credential-files: 'flase' is not a boolean; did you mean 'false'? Use 'true' or 'false'."
    ],
    [
      'pr-comment',
      { 'pr-comment': 'tru' },
      "Input pr-comment: 'tru' is not a boolean; did you mean 'true'? Use 'true' or 'false'."
    ],
    [
      'skip-without-identity',
      { 'skip-without-identity': 'fasle' },
      "Input skip-without-identity: 'fasle' is not a boolean; did you mean 'false'? Use 'true' or 'false'."
    ]
  ])('a mistyped %s: %j names the value meant', (_input, inputs, message) => {
    expect(problem(inputs)).toBe(message)
  })

  // Far from every accepted value: the list alone, never a guess.
  test.each<[Record<string, string>, string]>([
    [{ cloud: 'Mars' }, "Input cloud: 'Mars' is not a known cloud; use one of"],
    [{ action: 'build' }, "Input action: 'build' is not supported; use 'upload'"],
    [{ engine: 'docker' }, "Input engine: 'docker' is not supported; use 'native'"],
    [
      { engine: 'official', 'engine-version': 'v2_beta' },
      "Input engine-version: 'v2_beta' is neither a channel nor a buildId; use stable,"
    ],
    [
      { 'on-environment-limit': 'wait' },
      "Input on-environment-limit: 'wait' is not supported; use 'fail'"
    ],
    [
      { 'api-location': 'site', 'api-language': 'java' },
      "Input api-language: 'java' is not a managed Functions language; use `node`"
    ],
    [{ 'dry-run': 'yes' }, "Input dry-run: 'yes' is not a boolean; use 'true' or 'false'."],
    // Names every JavaScript object has are values like any other.
    [
      { 'dry-run': 'constructor' },
      "Input dry-run: 'constructor' is not a boolean; use 'true' or 'false'."
    ],
    [{ action: '__proto__' }, "Input action: '__proto__' is not supported; use 'upload'"]
  ])('%j: no value is close, the list is given', (inputs, start) => {
    const message = problem(inputs)
    expect(message.startsWith(start)).toBe(true)
    expect(message).not.toContain('did you mean')
  })

  test('several mistyped values are each named with their suggestion, together', () => {
    const message = problem({
      cloud: 'AzureClod',
      action: 'uplaod',
      engine: 'offical',
      'on-environment-limit': 'skp',
      'dry-run': 'ture',
      'deployment-timeout': 'x'
    })
    expect(message).toMatch(/^6 inputs need fixing:/)
    for (const meant of ['AzureCloud', 'upload', 'official', 'skip', 'true']) {
      expect(message).toContain(`did you mean '${meant}'?`)
    }
    expect(message).toContain("Input deployment-timeout: 'x' is not a positive whole number")
  })

  test('an input error points at the inputs section', () => {
    expect(() => read({ 'client-id': 'x' })).toThrow(expect.objectContaining({ doc: 'inputs' }))
  })
})

describe('environmentNameProblem', () => {
  test.each(['a', 'Z9', 'abcdefghijklmnop'])('accepts %s', (name) => {
    expect(environmentNameProblem(name)).toBeUndefined()
  })
  test.each([
    ['', /letters and digits/],
    ['pr_42', /'_'/],
    ['über', /'ü'/]
  ])('refuses %j', (name, expected) => {
    expect(environmentNameProblem(name)).toMatch(expected)
  })
})

describe('engine and engine-version', () => {
  test('native by default; official with stable unless engine-version names another', () => {
    expect(read({}).engine).toEqual({ name: 'native' })
    // action.yml's default reaches every run, native ones too.
    expect(read({ 'engine-version': 'stable' }).engine).toEqual({ name: 'native' })
    expect(read({ engine: 'Official' }).engine).toEqual({ name: 'official', version: 'stable' })
    expect(read({ engine: 'official', 'engine-version': 'LATEST' }).engine).toEqual({
      name: 'official',
      version: 'latest'
    })
    expect(read({ engine: 'official', 'engine-version': '1.0.027044' }).engine).toEqual({
      name: 'official',
      version: '1.0.027044'
    })
    // Since 2026 the manifest's buildIds are 40-hex SHAs (PROTOCOLS.md §6).
    const sha = '689a6c1fe8fc32f40348cc41223a7e9d83dd43d2'
    expect(read({ engine: 'official', 'engine-version': sha }).engine).toEqual({
      name: 'official',
      version: sha
    })
  })

  test.each([
    [
      { engine: 'docker' },
      "Input engine: 'docker' is not supported; use 'native' (the default) or 'official'."
    ],
    [
      { 'engine-version': 'latest' },
      'Input engine-version: only used with engine: official; set engine: official, or remove engine-version.'
    ],
    [
      { engine: 'official', 'engine-version': '../1.0' },
      "Input engine-version: '../1.0' is neither a channel nor a buildId; use stable, latest, backup or a buildId (40 hex digits, e.g. 689a6c1fe8fc32f40348cc41223a7e9d83dd43d2"
    ],
    // A SHA cut short, or one with a non-hex letter, is a typo: refused before any download.
    [
      { engine: 'official', 'engine-version': '689a6c1fe8fc32f40348cc41223a7e9d83dd43d' },
      'is neither a channel nor a buildId; use stable, latest, backup or a buildId'
    ],
    [
      { engine: 'official', 'engine-version': 'v2_beta' },
      'is neither a channel nor a buildId; use stable, latest, backup or a buildId'
    ]
  ])('refuses %j', (inputs, expected) => {
    expect(problem(inputs)).toContain(expected)
  })
})

// Another tool's name for a cloud is answered with ours, never taken: ACTION.md's three names are
// the contract. A cloud Static Web Apps cannot be in is named as such, with no suggestion.
describe('cloud names from other tools', () => {
  const LIST = 'Use one of AzureCloud, AzureUSGovernment, AzureChinaCloud.'
  const GERMANY =
    "Microsoft Cloud Deutschland (AzureGermanCloud) closed on 29 October 2021, and Azure's regions in Germany are in AzureCloud."
  const STACK = 'Azure Stack Hub offers no Static Web Apps.'
  test.each<[string, string]>([
    // Terraform azurerm's `environment`.
    ['public', "did you mean 'AzureCloud' (Terraform's name for it)?"],
    ['usgovernment', "did you mean 'AzureUSGovernment' (Terraform's name for it)?"],
    ['china', "did you mean 'AzureChinaCloud' (Terraform's name for it)?"],
    ['german', GERMANY],
    ['stack', STACK],
    // azure/login's `environment` (its other three are ours in lower case, and accepted).
    ['azuregermancloud', GERMANY],
    ['azurestack', STACK],
    // The Azure SDK for Go's and kubelogin's names.
    ['AzurePublicCloud', "did you mean 'AzureCloud' (the Azure SDK for Go's name for it)?"],
    [
      'AzureUSGovernmentCloud',
      "did you mean 'AzureUSGovernment' (the Azure SDK for Go's name for it)?"
    ],
    ['AzureStackCloud', STACK],
    // What people type.
    ['usgov', "did you mean 'AzureUSGovernment' (a short name for it)?"],
    ['US-Gov', "did you mean 'AzureUSGovernment' (a short name for it)?"],
    ['gov', "did you mean 'AzureUSGovernment' (a short name for it)?"],
    ['fairfax', "did you mean 'AzureUSGovernment' (its code name)?"],
    ['Mooncake', "did you mean 'AzureChinaCloud' (its code name)?"],
    // A shortening of one name.
    ['AzureUSGov', "did you mean 'AzureUSGovernment'?"]
  ])("cloud: '%s' is answered: %s", (value, answer) => {
    expect(problem({ cloud: value })).toBe(
      `Input cloud: '${value}' is not a known cloud; ${answer} ${LIST}`
    )
  })

  test.each(['azurecloud', 'AZUREUSGOVERNMENT', 'azurechinacloud', ' AzureCloud '])(
    "azure/login's spelling '%s' is ours in another case, and accepted",
    (value) => {
      expect(read({ cloud: value }).cloud.toLowerCase()).toBe(value.trim().toLowerCase())
    }
  )

  // One rule for every input with a fixed list of values: any case is the value.
  test.each<[Record<string, string>, (config: Config) => unknown, unknown]>([
    [{ action: 'PRUNE', 'prune-max-age-days': '3' }, (config) => config.action, 'prune'],
    [{ 'auth-type': 'Managed-Identity' }, (config) => config.authType, 'managed-identity'],
    [{ engine: 'Official' }, (config) => config.engine.name, 'official'],
    [
      { engine: 'official', 'engine-version': 'LATEST' },
      (config) => config.engine,
      { name: 'official', version: 'latest' }
    ],
    [{ 'on-environment-limit': 'Skip' }, (config) => config.onEnvironmentLimit, 'skip'],
    [{ 'dry-run': 'TRUE' }, (config) => config.dryRun, true]
  ])('%j is read in any case', (inputs, pick, expected) => {
    expect(pick(read(inputs))).toEqual(expected)
  })
})
