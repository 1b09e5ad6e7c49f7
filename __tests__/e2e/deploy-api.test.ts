// The managed Functions API beside the site, through dist/index.js: api-location (a folder or a
// .zip) is checked like the site plus host.json, a language and 100 MiB; UploadInfo declares
// api.zip's size and MD5, which the emulator holds the upload to; api.zip goes up only when the
// reply has packageUris.api, and an unchanged API stays deployed without being sent again.
import { beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { listFiles } from '../../emulator/runner.js'
import type { RecordedRequest } from '../../emulator/server.js'
import {
  annotations,
  contentCalls,
  deployBaseline,
  deployedDigests,
  fetchBytes,
  folderDigests,
  requestsTo,
  runCounted,
  type Refusal,
  sha256,
  SMALL_SITE,
  succeeded,
  writeTree,
  type CountedRun
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import { patchedZip } from '../support/fixtures.js'
import { parseShape, UPLOAD_INFO_TYPES, wireLines, type Shape } from '../support/wire.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

const CONFIG_NODE_18 = JSON.stringify({
  navigationFallback: { rewrite: '/index.html' },
  platform: { apiRuntime: 'node:18' }
})

/** A prebuilt Node API as `func` leaves it: host.json at the root, node_modules included. */
const NODE_API: Record<string, string> = {
  'host.json':
    '{"version":"2.0","extensionBundle":{"id":"Microsoft.Azure.Functions.ExtensionBundle","version":"[4.*, 5.0.0)"}}\n',
  'package.json':
    '{"name":"api","main":"src/functions/*.js","dependencies":{"@azure/functions":"^4"}}\n',
  'src/functions/hello.js':
    "const { app } = require('@azure/functions')\napp.http('hello', { handler: async () => ({ body: 'hi' }) })\n",
  'node_modules/@azure/functions/package.json': '{"name":"@azure/functions","version":"4.5.0"}\n',
  'node_modules/@azure/functions/index.js': 'module.exports = {}\n',
  // A package's own repository files: not warned about in an API.
  'node_modules/@azure/functions/.github/FUNDING.yml': 'github: []\n'
}

const siteWithConfig = (config: string) => (workspace: string) =>
  writeTree(path.join(workspace, 'dist'), { ...SMALL_SITE, 'staticwebapp.config.json': config })

const siteAndApi =
  (api: Record<string, string | Buffer>, config = CONFIG_NODE_18) =>
  (workspace: string) => {
    siteWithConfig(config)(workspace)
    writeTree(path.join(workspace, 'api'), api)
  }

const WITH_API = { 'api-location': 'api' }

/** Blob PUTs of a run that went to an api.zip blob, and those that went to the site's. */
function blobPuts(requests: RecordedRequest[]): { api: RecordedRequest[]; app: RecordedRequest[] } {
  const puts = requestsTo(requests, 'blob').filter((request) => request.method === 'PUT')
  const isApi = (request: RecordedRequest) => /-api\.zip(\?|$)/.test(request.url)
  return { api: puts.filter(isApi), app: puts.filter((request) => !isApi(request)) }
}

/** The API files an emulator deployment serves, each fetched over HTTPS: path → sha256. */
async function servedApi(counted: CountedRun): Promise<Map<string, string>> {
  const api = succeeded(counted).api!
  const served = new Map<string, string>()
  for (const file of api.files) {
    const bytes = await fetchBytes(
      emulator,
      `${api.url!}${file.path.split('/').map(encodeURIComponent).join('/')}`
    )
    served.set(file.path, sha256(bytes))
  }
  return served
}

describe('a site and its API', () => {
  test('deploy together, byte for byte, with the API declared as api.zip and its runtime', async () => {
    const counted = await runCounted(emulator, {
      inputs: WITH_API,
      prepareWorkspace: siteAndApi(NODE_API),
      env: { RUNNER_DEBUG: '1' }
    })
    const { run } = counted
    expect(errorLines(run)).toBe('')
    expect(run.exitCode).toBe(0)
    const deployment = succeeded(counted)
    expect(deployedDigests(deployment)).toEqual(folderDigests(path.join(run.workspace, 'dist')))

    const source = folderDigests(path.join(run.workspace, 'api'))
    expect(deployment.api).toMatchObject({ kept: false })
    expect(deployedDigests({ ...deployment, files: deployment.api!.files })).toEqual(source)
    expect(await servedApi(counted)).toEqual(source)

    // What was declared is what arrived: the emulator checked size and MD5 against the blob.
    const declared = deployment.announced.api!
    expect(declared).toMatchObject({ language: 'node', languageVersion: '18' })
    expect(declared.md5).toMatch(/^[0-9A-F]{32}$/)
    expect(declared.bytes).toBeGreaterThan(0)
    const puts = blobPuts(counted.requests)
    expect(puts.api.map((request) => request.status)).toEqual([201, 201])
    expect(puts.app.length).toBeGreaterThan(0)

    // With an API, UploadInfo's API fields are strings; the rest keeps the verified client's types.
    const [request] = wireLines(run.stdout).filter((line) => line.path === '/api/upload/request')
    const uploadInfo = (parseShape(request!.sent) as Record<string, Record<string, Shape>>)
      .UploadInfo!
    expect(uploadInfo).toEqual({
      ...Object.fromEntries(
        Object.entries(UPLOAD_INFO_TYPES).map(([name, type]) => [
          name,
          type === 'array' ? uploadInfo[name] : type.split('|')[0]
        ])
      ),
      ApiContentHash: 'string',
      FunctionLanguage: 'string',
      FunctionLanguageVersion: 'string',
      DefaultHostname: uploadInfo.DefaultHostname
    })

    expect(run.stdout).toMatch(
      /API '.*api': 6 files, .*; api\.zip .* \(MD5 [0-9A-F]{32}\); node 18 from platform\.apiRuntime of staticwebapp\.config\.json\./
    )
    expect(run.stdout).toMatch(/Uploaded the API: api\.zip, .* in 1 block\./)
    // node_modules belongs in a prebuilt Node API: no warning, and no other either.
    expect(annotations(run, 'warning')).toEqual([])
    // The outputs count the site, as UploadInfo's App fields do; the API's figures are in the summary.
    expect(run.outputs['file-count']).toBe(String(Object.keys(SMALL_SITE).length + 1))
    expect(run.summary).toContain('<td>API files</td><td>6</td>')
    expect(run.summary).toContain(`(${declared.bytes.toLocaleString('en-US')} bytes)`)
    expect(run.summary).toContain('<td>API language</td><td>node 18</td>')
    expect(run.summary).toContain('<td>API upload</td><td>uploaded</td>')
    expect(listFiles(run.runnerTemp)).toEqual([])
  })

  test('a .zip as api-location, the language from the inputs over the config, with a warning', async () => {
    const entries = [
      { name: 'host.json', bytes: Buffer.from('{"version":"2.0"}\n') },
      { name: 'function_app.py', bytes: Buffer.from('import azure.functions as func\n') },
      {
        name: '.python_packages/lib/site-packages/azure/functions/__init__.py',
        bytes: Buffer.from('# vendored\n')
      },
      { name: 'requirements.txt', bytes: Buffer.from('azure-functions\n') }
    ]
    const zip = await patchedZip(entries.map((entry) => ({ ...entry, compress: true })))
    const counted = await runCounted(emulator, {
      inputs: {
        'api-location': 'api.zip',
        'api-language': 'python',
        'api-language-version': '3.11'
      },
      prepareWorkspace: (workspace) => {
        siteWithConfig(CONFIG_NODE_18)(workspace)
        writeFileSync(path.join(workspace, 'api.zip'), zip)
      }
    })
    expect(counted.run.exitCode).toBe(0)
    const deployment = succeeded(counted)
    expect(deployment.announced.api).toMatchObject({ language: 'python', languageVersion: '3.11' })
    const expected = new Map(entries.map((entry) => [entry.name, sha256(entry.bytes)]))
    expect(await servedApi(counted)).toEqual(expected)
    expect(annotations(counted.run, 'warning')).toEqual([
      expect.stringMatching(
        /deployed as python 3\.11 \(the inputs\), but platform\.apiRuntime of staticwebapp\.config\.json says 'node:18'/
      )
    ])
  })
})

describe('a second deployment', () => {
  const toEnvironment = { ...WITH_API, 'deployment-environment': 'apitwice' }

  test('with the API unchanged does not upload it, and the deployed API stays; a changed one is uploaded', async () => {
    const first = await runCounted(emulator, {
      inputs: toEnvironment,
      prepareWorkspace: siteAndApi(NODE_API)
    })
    expect(first.run.exitCode).toBe(0)
    const firstApi = succeeded(first).api!
    expect(blobPuts(first.requests).api).toHaveLength(2)

    // A fresh checkout, the same files: the same api.zip, byte for byte, so the same MD5.
    const second = await runCounted(emulator, {
      inputs: toEnvironment,
      prepareWorkspace: siteAndApi(NODE_API, CONFIG_NODE_18)
    })
    expect(second.run.exitCode).toBe(0)
    const secondDeployment = succeeded(second)
    expect(secondDeployment.announced.api!.md5).toBe(first.deployments[0]!.announced.api!.md5)
    expect(secondDeployment.api).toMatchObject({ kept: true, blobName: undefined })
    expect(blobPuts(second.requests).api).toEqual([])
    expect(blobPuts(second.requests).app.length).toBeGreaterThan(0)
    expect(second.run.stdout).toMatch(
      /API not uploaded: the content plane asked for none \(no packageUris\.api\).*that API stays deployed\./
    )
    expect(second.run.summary).toContain('not uploaded: the same MD5 as the API deployed last')
    const source = folderDigests(path.join(first.run.workspace, 'api'))
    expect(await servedApi(second)).toEqual(source)
    expect(secondDeployment.api!.url).toBe(firstApi.url)

    const changed = { ...NODE_API, 'src/functions/hello.js': 'module.exports = 2\n' }
    const third = await runCounted(emulator, {
      inputs: toEnvironment,
      prepareWorkspace: siteAndApi(changed)
    })
    expect(third.run.exitCode).toBe(0)
    expect(succeeded(third).api).toMatchObject({ kept: false })
    expect(blobPuts(third.requests).api).toHaveLength(2)
    expect(await servedApi(third)).toEqual(folderDigests(path.join(third.run.workspace, 'api')))
    expect(third.run.stdout).toMatch(/Uploaded the API: api\.zip/)
  })
})

describe('the API takes the site’s blob path', () => {
  test('a SAS that refuses blocks gets api.zip as one Put Blob from its file, nothing left behind', async () => {
    emulator.content!.behaviour.blockUploads = 'refused-403'
    const counted = await runCounted(emulator, {
      inputs: { ...WITH_API, 'deployment-environment': 'apiputblob' },
      prepareWorkspace: siteAndApi(NODE_API)
    })
    expect(counted.run.exitCode).toBe(0)
    expect(await servedApi(counted)).toEqual(
      folderDigests(path.join(counted.run.runnerTemp, '..', 'workspace', 'api'))
    )
    const api = blobPuts(counted.requests).api
    expect(api.map((request) => request.status)).toEqual([403, 201])
    expect(api[1]!.url).not.toMatch(/comp=/)
    expect(counted.run.stdout).toMatch(
      /refuses blocks \(HTTP 403 AuthorizationPermissionMismatch on api\.zip block 1\)/
    )
    expect(counted.run.stdout).toMatch(/Uploaded the API: api\.zip, .* as one Put Blob\./)
    expect(listFiles(counted.run.runnerTemp)).toEqual([])
  })

  test('a transient fault on an api.zip block is retried, that block alone', async () => {
    emulator.host.addFault({
      service: 'blob',
      path: /-api\.zip$/,
      query: /comp=block(&|$)/,
      kind: 'status',
      status: 503,
      times: 1
    })
    const counted = await runCounted(emulator, {
      inputs: { ...WITH_API, 'deployment-environment': 'apiretry' },
      prepareWorkspace: siteAndApi(NODE_API)
    })
    emulator.host.clearFaults()
    expect(counted.run.exitCode).toBe(0)
    expect(blobPuts(counted.requests).api.map((request) => request.status)).toEqual([503, 201, 201])
    expect(counted.run.stdout).toMatch(/Blob upload \(api\.zip block 1\).*HTTP 503/)
    expect(succeeded(counted).api!.kept).toBe(false)
  })
})

describe('a dry run with an API', () => {
  test('packages and checks the API, uploads nothing, and says what it would upload', async () => {
    const counted = await runCounted(emulator, {
      inputs: { ...WITH_API, 'dry-run': 'true' },
      prepareWorkspace: siteAndApi(NODE_API)
    })
    expect(counted.run.exitCode).toBe(0)
    expect(contentCalls(counted.requests)).toEqual(['validateapitoken'])
    expect(requestsTo(counted.requests, 'blob')).toEqual([])
    expect(counted.run.stdout).toMatch(/would upload .*, and an API \(6 files, .*node 18\)/)
    expect(counted.run.summary).toContain('<td>API files</td><td>6</td>')
    expect(counted.run.summary).not.toContain('API upload')
    expect(listFiles(counted.run.runnerTemp)).toEqual([])
  })
})

describe('a Node.js API that would register no function', () => {
  const NO_FUNCTION =
    /^The API '.*api': ([\s\S]*)\. It is deployed, but it would register no function and answer no \/api request\. Set "main" in package\.json/

  /** The run's warnings about functions the API would not register. */
  const noFunctionWarnings = (counted: CountedRun): string[] =>
    annotations(counted.run, 'warning')
      .map((line) => NO_FUNCTION.exec(line)?.[1])
      .filter((why): why is string => why !== undefined)

  test.each([
    [
      'a package.json without "main"',
      { 'package.json': '{"name":"api","dependencies":{"@azure/functions":"^4"}}\n' },
      'its package.json has no "main" (and it has no function.json), so the Node.js worker (programming model v4) loads no file that registers a function'
    ],
    [
      'a "main" glob that matches no file',
      { 'package.json': '{"name":"api","main":"dist/src/functions/*.js"}\n' },
      `"main" in its package.json is 'dist/src/functions/*.js', which matches no file in it, so the Node.js worker (programming model v4) loads no file that registers a function`
    ]
  ])('%s deploys, with a warning that names why', async (_name, change, why) => {
    const counted = await runCounted(emulator, {
      inputs: WITH_API,
      prepareWorkspace: siteAndApi({ ...NODE_API, ...change })
    })
    expect(errorLines(counted.run)).toBe('')
    expect(counted.run.exitCode).toBe(0)
    expect(noFunctionWarnings(counted)).toEqual([why])
    expect(succeeded(counted).api?.files.map((file) => file.path)).toContain('package.json')
  })

  test('no warning where main names files, or for a v3 app that declares its functions in function.json', async () => {
    const v4 = await runCounted(emulator, {
      inputs: WITH_API,
      prepareWorkspace: siteAndApi({
        ...NODE_API,
        'package.json': '{"name":"api","main":"./src/functions/hello.js"}\n'
      })
    })
    expect(v4.run.exitCode).toBe(0)
    expect(noFunctionWarnings(v4)).toEqual([])
    const v3 = await runCounted(emulator, {
      inputs: WITH_API,
      prepareWorkspace: siteAndApi({
        'host.json': '{"version":"2.0"}',
        'package.json': '{"name":"api"}',
        'hello/function.json':
          '{"bindings":[{"type":"httpTrigger","direction":"in","name":"req"}]}',
        'hello/index.js': 'module.exports = async () => ({ body: "hi" })\n'
      })
    })
    expect(errorLines(v3.run)).toBe('')
    expect(v3.run.exitCode).toBe(0)
    expect(noFunctionWarnings(v3)).toEqual([])
  })
})

describe('the service’s own texts about an API', () => {
  test('"function content too large" is named with its cause and the API section', async () => {
    emulator.content!.behaviour.rejectNext = {
      call: 'request',
      message:
        'The size of the function content was too large. The limit for this Static Web App is 104857600 bytes.'
    }
    const { run } = await runCounted(emulator, {
      inputs: WITH_API,
      prepareWorkspace: siteAndApi(NODE_API)
    })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toMatch(
      /Cause: the managed Functions API quota: api\.zip may be at most 100 MiB/
    )
    expect(errorLines(run)).toMatch(/troubleshooting\.md#api-package/)
  })
})

const MiB = 1024 * 1024
let traversalZip: Buffer

const REFUSALS: Refusal[] = [
  {
    name: 'an API without host.json',
    inputs: WITH_API,
    prepareWorkspace: siteAndApi({ 'package.json': '{}\n', 'index.js': '1\n' }),
    message:
      /The API '.*api' has no host\.json at its root: api-location must be a prebuilt Functions app[\s\S]*#api-package/
  },
  {
    name: 'a publish folder one level too deep',
    inputs: WITH_API,
    prepareWorkspace: siteAndApi({ 'publish/host.json': '{}\n', 'publish/a.dll': 'x' }),
    message:
      /there is one at 'publish\/host\.json'[\s\S]*Fix: Point api-location at 'publish' inside it\./
  },
  ...(
    [
      ['empty', '', /host\.json is empty/],
      ['an array', '[1,2]', /host\.json is an array, not a JSON object/],
      ['text', 'version: 2.0\n', /host\.json is not JSON \(/],
      ['a string', '"2.0"', /host\.json is a string, not a JSON object/],
      ['without its version', '{"logging":{}}', /host\.json has no 'version'/],
      ['of the 1.x schema', '{"version":"1.0"}', /host\.json has 'version' "1\.0"/]
    ] as const
  ).map(([what, text, problem]): Refusal => ({
    name: `a host.json that is ${what}`,
    inputs: WITH_API,
    prepareWorkspace: siteAndApi({ ...NODE_API, 'host.json': text }),
    message: new RegExp(
      `The API '.*api': ${problem.source}[^\n]*; the Functions host would not start it, and no function would run\\.[\\s\\S]*Fix: Make host\\.json one JSON object with "version": "2\\.0"[\\s\\S]*#api-package`
    )
  })),
  {
    name: 'no language in the inputs or the config',
    inputs: WITH_API,
    prepareWorkspace: siteAndApi(NODE_API, '{}'),
    message:
      /The API needs its Functions language, and neither the inputs nor platform\.apiRuntime[\s\S]*Function language info isn't provided[\s\S]*Fix: Set api-language/
  },
  {
    name: 'a language without its version',
    inputs: { ...WITH_API, 'api-language': 'dotnetisolated' },
    prepareWorkspace: siteAndApi(NODE_API, '{}'),
    message:
      /The API needs the version of dotnetisolated[\s\S]*"apiRuntime": "dotnet-isolated:8\.0"/
  },
  {
    name: 'a platform.apiRuntime that is not <language>:<version>',
    inputs: WITH_API,
    prepareWorkspace: siteAndApi(NODE_API, '{"platform":{"apiRuntime":"node18"}}'),
    message:
      /platform\.apiRuntime of staticwebapp\.config\.json: 'node18' is not '<language>:<version>'/
  },
  {
    name: 'an unknown api-language',
    inputs: { ...WITH_API, 'api-language': 'java', 'api-language-version': '17' },
    prepareWorkspace: siteAndApi(NODE_API),
    message:
      /Input api-language: 'java' is not a managed Functions language; use `node`, `python`, `dotnet` or `dotnetisolated`/
  },
  {
    name: 'api-language without api-location',
    inputs: { 'api-language': 'node', 'api-language-version': '20' },
    prepareWorkspace: siteWithConfig(CONFIG_NODE_18),
    message: /Input api-language describes an API, but api-location is not set/
  },
  {
    name: 'a missing api-location',
    inputs: { 'api-location': 'api/dist' },
    prepareWorkspace: siteWithConfig(CONFIG_NODE_18),
    message:
      /Input api-location: 'api\/dist' does not exist in the workspace; build the API in an earlier step/
  },
  {
    name: 'an api-location inside app-location, whose files the site would serve',
    inputs: { 'api-location': 'dist/api' },
    prepareWorkspace: (workspace) => {
      siteWithConfig(CONFIG_NODE_18)(workspace)
      writeTree(path.join(workspace, 'dist', 'api'), NODE_API)
    },
    message:
      /Input api-location: 'dist\/api' is inside app-location, so its files would also be public/
  },
  {
    name: 'an api-location that is a symlink to a folder inside app-location',
    inputs: { 'api-location': 'apilink' },
    prepareWorkspace: (workspace) => {
      siteWithConfig(CONFIG_NODE_18)(workspace)
      writeTree(path.join(workspace, 'dist', 'api'), NODE_API)
      symlinkSync(path.join('dist', 'api'), path.join(workspace, 'apilink'), 'dir')
    },
    message:
      /Input api-location: 'apilink' is inside app-location, so its files would also be public/
  },
  {
    name: 'an app-location that is a symlink to the folder holding api-location',
    inputs: { 'app-location': 'site', 'api-location': 'dist/api' },
    prepareWorkspace: (workspace) => {
      siteWithConfig(CONFIG_NODE_18)(workspace)
      writeTree(path.join(workspace, 'dist', 'api'), NODE_API)
      symlinkSync('dist', path.join(workspace, 'site'), 'dir')
    },
    message:
      /Input api-location: 'dist\/api' is inside app-location, so its files would also be public/
  },
  {
    name: 'an api-location outside the workspace',
    inputs: { 'api-location': '../api' },
    prepareWorkspace: (workspace) => {
      siteWithConfig(CONFIG_NODE_18)(workspace)
      writeTree(path.join(workspace, '..', 'api'), NODE_API)
    },
    message: /Input api-location: '\.\.\/api' is outside GITHUB_WORKSPACE/
  },
  {
    name: 'a symlink in the API leading outside the workspace',
    inputs: WITH_API,
    prepareWorkspace: (workspace) => {
      siteAndApi(NODE_API)(workspace)
      writeFileSync(path.join(workspace, '..', 'secret.txt'), 'not for the API\n')
      symlinkSync(path.join(workspace, '..', 'secret.txt'), path.join(workspace, 'api', 'leak.txt'))
    },
    message: /Refused 'leak\.txt': it resolves outside the workspace[\s\S]*into the API folder/
  },
  {
    name: 'an API .zip with a path-traversal entry',
    inputs: { 'api-location': 'api.zip' },
    prepareWorkspace: (workspace) => {
      siteWithConfig(CONFIG_NODE_18)(workspace)
      writeFileSync(path.join(workspace, 'api.zip'), traversalZip)
    },
    message: /Refused \.zip entry '\.\.\/evil\.js': a '\.\.' segment \(path traversal\)/
  },
  {
    name: 'an .npmrc with a registry token in the API',
    inputs: WITH_API,
    prepareWorkspace: siteAndApi({
      ...NODE_API,
      '.npmrc': '//registry.npmjs.org/:_authToken=npm_abcdef\n'
    }),
    message:
      /The API holds 1 file that looks like credentials; it would be deployed with the API\. Nothing was uploaded\.[\s\S]*'\.npmrc'/
  },
  {
    name: 'an api.zip over 100 MiB',
    inputs: WITH_API,
    prepareWorkspace: (workspace) => {
      // Random bytes under a compressed type are stored: the archive is as large as the file.
      siteAndApi({ ...NODE_API, 'assets/model.gz': randomBytes(100 * MiB + 1) })(workspace)
    },
    message:
      /The API's archive \(api\.zip\) is over 104,857,600 bytes \(100 MiB\)[\s\S]*The size of the function content was too large[\s\S]*#api-package/
  }
]

describe('refused before any network call, nothing uploaded', () => {
  beforeAll(async () => {
    // '../evil.js' swapped in byte for byte: yazl refuses to write such a name.
    traversalZip = await patchedZip(
      [
        { name: 'host.json', bytes: Buffer.from('{}') },
        { name: 'xx/evil.js', bytes: Buffer.from('1') }
      ],
      (bytes) => {
        for (let at = bytes.indexOf('xx/evil'); at !== -1; at = bytes.indexOf('xx/evil', at + 1))
          bytes.write('../evil', at, 'latin1')
      }
    )
  })

  test.each(REFUSALS)('$name', async ({ inputs, prepareWorkspace, message }) => {
    const before = emulator.host.requests.length
    const { run, requests } = await runCounted(emulator, {
      ...(inputs ? { inputs } : {}),
      prepareWorkspace
    })
    expect(errorLines(run)).toMatch(message)
    expect(run.exitCode).toBe(1)
    expect(requests).toEqual([])
    expect(emulator.host.requests.length).toBe(before)
    expect(listFiles(run.runnerTemp)).toEqual([])
  })
})
