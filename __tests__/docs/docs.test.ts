// Keeps the documentation, the example workflows and the project's own workflows honest against
// action.yml: declared inputs only, id-token permission, SHA-pinned third-party actions, links
// and troubleshooting anchors that exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'
import { CLOUDS } from '../../src/clouds.js'
import {
  FUNCTION_LANGUAGES,
  findFunctionLanguage,
  LANGUAGE_VERSION
} from '../../src/payload/apiLanguage.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * The fixed list of sections in docs/troubleshooting.md that error messages link to
 * (ActionError `doc`). Source of truth: adding or renaming one is a contract change.
 */
const TROUBLESHOOTING_ANCHORS = [
  'inputs',
  'missing-id-token-permission',
  'oidc-token-request',
  'managed-identity-unavailable',
  'managed-identity-not-found',
  'aadsts70021',
  'aadsts700211',
  'aadsts700212',
  'aadsts700213',
  'aadsts7002138',
  'aadsts700024',
  'aadsts700016',
  'aadsts90002',
  'aadsts1002012',
  'aadsts50012',
  'entra-throttled',
  'entra-other',
  'arm-authorizationfailed',
  'arm-resourcenotfound',
  'app-by-name',
  'arm-invalidauthenticationtoken',
  'arm-gateway-timeout',
  'arm-other',
  'deployment-auth-policy',
  'swa-not-offered',
  'content-token-rejected',
  'content-quota',
  'environment-limit',
  'github-api',
  'pr-comment',
  'content-rejected',
  'content-server-fault',
  'deployment-failed',
  'deployment-timeout',
  'payload-limits',
  'payload-unsafe',
  'payload-credentials',
  'api-package',
  'azure-side-change',
  'official-client-unavailable',
  'official-client-failed',
  'network-errors',
  'cancelled',
  'setup'
] as const

/**
 * Jobs that run this action without `id-token: write`, and why. The self-test plays GitHub's
 * OIDC provider with the emulator; the runner would put its real token URL over the emulator's.
 * Such a job must say `id-token: none` explicitly.
 */
const NO_ID_TOKEN_JOBS: ReadonlyArray<{ file: string; job: string }> = [
  { file: '.github/workflows/self-test.yml', job: 'emulator' },
  // auth-type: managed-identity signs in as the runner machine: the job needs no OIDC token.
  { file: 'examples/self-hosted-managed-identity.yml', job: 'deploy' }
]

const ACTION_REFERENCE = /^org\/keyless-swa-deploy@\S+$/
const FULL_SHA = /^[0-9a-f]{40}$/

type Yaml = Record<string, unknown>

/** The .ts files below a folder of the repository, as repository-relative paths. */
function sourceFiles(relativeDir: string): string[] {
  return readdirSync(path.join(repoRoot, relativeDir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(relativeDir, name))
}

function read(relativePath: string): string {
  return readFileSync(path.join(repoRoot, relativePath), 'utf8')
}

function isRecord(value: unknown): value is Yaml {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseYaml(relativePath: string): Yaml {
  const document = parseDocument(read(relativePath), { prettyErrors: true })
  if (document.errors.length > 0) {
    throw new Error(`${relativePath}: ${document.errors.map((e) => e.message).join('; ')}`)
  }
  const value: unknown = document.toJS()
  if (!isRecord(value)) throw new Error(`${relativePath}: not a YAML mapping`)
  return value
}

function listFiles(relativeDir: string, pattern: RegExp): string[] {
  const dir = path.join(repoRoot, relativeDir)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => `${relativeDir}/${name}`)
}

interface DeclaredInput {
  required: boolean
  hasDefault: boolean
}

function declaredInputs(): Map<string, DeclaredInput> {
  const action = parseYaml('action.yml')
  const inputs = action['inputs']
  if (!isRecord(inputs)) throw new Error('action.yml has no inputs')
  const declared = new Map<string, DeclaredInput>()
  for (const [name, spec] of Object.entries(inputs)) {
    const fields = isRecord(spec) ? spec : {}
    declared.set(name, {
      required: fields['required'] === true,
      hasDefault: fields['default'] !== undefined && fields['default'] !== ''
    })
  }
  return declared
}

interface StepUse {
  file: string
  job: string
  stepIndex: number
  uses: string
  with: Yaml
  jobPermissions: unknown
  workflowPermissions: unknown
}

function stepUses(file: string, workflow: Yaml): StepUse[] {
  const jobs = workflow['jobs']
  if (!isRecord(jobs)) throw new Error(`${file}: no jobs`)
  const found: StepUse[] = []
  for (const [job, spec] of Object.entries(jobs)) {
    if (!isRecord(spec)) throw new Error(`${file}: job ${job} is not a mapping`)
    const steps = spec['steps']
    if (!Array.isArray(steps)) continue
    steps.forEach((step: unknown, stepIndex) => {
      if (!isRecord(step) || typeof step['uses'] !== 'string') return
      found.push({
        file,
        job,
        stepIndex,
        uses: step['uses'].trim(),
        with: isRecord(step['with']) ? step['with'] : {},
        jobPermissions: spec['permissions'],
        workflowPermissions: workflow['permissions']
      })
    })
  }
  return found
}

function isThisAction(uses: string): boolean {
  return ACTION_REFERENCE.test(uses) || uses === './' || uses === '.'
}

/** A job's permissions replace the workflow's entirely when the job sets any. */
function effectivePermissions(use: StepUse): unknown {
  return use.jobPermissions !== undefined ? use.jobPermissions : use.workflowPermissions
}

function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${{')
}

// ---- Markdown helpers ---------------------------------------------------------------------

/** Markdown without fenced code blocks and inline code, so example text is not read as links. */
function proseOf(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '')
}

/** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingSlugs(markdown: string): string[] {
  const seen = new Map<string, number>()
  const slugs: string[] = []
  for (const line of proseOfKeepingHeadings(markdown).split('\n')) {
    const match = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (!match?.[1]) continue
    const text = match[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .toLowerCase()
    const base = text.replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    slugs.push(count === 0 ? base : `${base}-${count}`)
  }
  return slugs
}

/** Like proseOf, but keeps inline code (GitHub slugs the text inside backticks). */
function proseOfKeepingHeadings(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
}

function explicitAnchors(markdown: string): string[] {
  return [...proseOfKeepingHeadings(markdown).matchAll(/<a\s+(?:id|name)="([^"]+)"\s*>/g)].map(
    (m) => m[1] ?? ''
  )
}

function anchorsOf(markdown: string): Set<string> {
  return new Set([...explicitAnchors(markdown), ...headingSlugs(markdown)])
}

function linkTargets(markdown: string): string[] {
  const prose = proseOf(markdown)
  const inline = [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
  const reference = [...prose.matchAll(/^\s*\[[^\]]+\]:\s+<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)]
  const html = [...prose.matchAll(/<a\s[^>]*href="([^"]+)"/g)]
  return [...inline, ...reference, ...html].map((m) => m[1] ?? '')
}

function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target)
}

// ---- The files under test -----------------------------------------------------------------

const inputs = declaredInputs()
const requiredInputs = [...inputs].filter(([, s]) => s.required && !s.hasDefault).map(([n]) => n)
const exampleFiles = listFiles('examples', /\.ya?ml$/)
const workflowFiles = listFiles('.github/workflows', /\.ya?ml$/)
const allWorkflowFiles = [...exampleFiles, ...workflowFiles]
const workflows = new Map(allWorkflowFiles.map((file) => [file, parseYaml(file)]))
const allUses = [...workflows].flatMap(([file, workflow]) => stepUses(file, workflow))
const actionUses = allUses.filter((use) => isThisAction(use.uses))
const markdownFiles = [
  ...listFiles('docs', /\.md$/),
  ...['README.md', 'CHANGELOG.md'].filter((file) => existsSync(path.join(repoRoot, file)))
]

describe('action.yml', () => {
  // resource-group is optional (blank: the app is found by name); client-id and tenant-id are
  // required with auth-type: oidc only (managed-identity needs neither). ACTION.md.
  test('declares the required target inputs', () => {
    expect(requiredInputs.sort()).toEqual(['app-name', 'subscription-id'].sort())
  })
})

describe('workflow files', () => {
  test('the examples and the project workflows are all present', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(6)
    expect(exampleFiles).toContain('examples/prune-previews.yml')
    for (const name of ['ci.yml', 'check-dist.yml', 'self-test.yml', 'codeql.yml']) {
      expect(workflowFiles).toContain(`.github/workflows/${name}`)
    }
    expect(existsSync(path.join(repoRoot, '.github/dependabot.yml'))).toBe(true)
  })

  test.each(allWorkflowFiles)('%s has a trigger and well-formed jobs', (file) => {
    const workflow = workflows.get(file) as Yaml
    expect(workflow['on']).toBeDefined()
    const jobs = workflow['jobs']
    expect(isRecord(jobs)).toBe(true)
    for (const [name, job] of Object.entries(jobs as Yaml)) {
      expect({ job: name, ok: isRecord(job) }).toEqual({ job: name, ok: true })
      const spec = job as Yaml
      if (spec['uses'] !== undefined) continue // a reusable-workflow call has no steps
      expect({ job: name, runsOn: spec['runs-on'] !== undefined }).toEqual({
        job: name,
        runsOn: true
      })
      const steps = spec['steps']
      expect(Array.isArray(steps) && steps.length > 0).toBe(true)
      for (const step of steps as unknown[]) {
        const keys = isRecord(step) ? Object.keys(step) : []
        expect({
          job: name,
          step,
          runsSomething: keys.includes('uses') !== keys.includes('run')
        }).toEqual({ job: name, step, runsSomething: true })
      }
    }
  })

  test.each(exampleFiles)('%s uses this action at least once', (file) => {
    expect(actionUses.some((use) => use.file === file)).toBe(true)
  })

  test('every example grants id-token: write per job, never to the whole workflow', () => {
    for (const file of exampleFiles) {
      const permissions = (workflows.get(file) as Yaml)['permissions']
      const idToken = isRecord(permissions) ? permissions['id-token'] : undefined
      expect({ file, idToken }).not.toEqual({ file, idToken: 'write' })
      expect({ file, permissions }).not.toEqual({ file, permissions: 'write-all' })
    }
  })
})

describe('each use of this action', () => {
  test('there are uses to check, in the examples and in the self-test', () => {
    expect(actionUses.some((use) => use.file.startsWith('examples/'))).toBe(true)
    expect(actionUses.some((use) => use.file === '.github/workflows/self-test.yml')).toBe(true)
  })

  const cases = actionUses.map((use) => [`${use.file} ${use.job} step ${use.stepIndex}`, use])

  test.each(cases)('%s passes only declared inputs and every required one', (_, use) => {
    const { with: given } = use as StepUse
    const undeclared = Object.keys(given).filter((name) => !inputs.has(name))
    expect(undeclared).toEqual([])
    const missing = requiredInputs.filter(
      (name) => typeof given[name] !== 'string' || (given[name] as string).trim() === ''
    )
    expect(missing).toEqual([])
  })

  test.each(cases)('%s gives literal values the action accepts', (_, use) => {
    const given = (use as StepUse).with
    const literal = (name: string): string | undefined => {
      const value = given[name]
      if (value === undefined || isExpression(value)) return undefined
      return String(value)
    }
    const action = literal('action')
    if (action !== undefined) expect(['upload', 'close', 'prune']).toContain(action)
    const cloud = literal('cloud')
    if (cloud !== undefined) {
      expect(Object.keys(CLOUDS).map((n) => n.toLowerCase())).toContain(cloud.toLowerCase())
    }
    const environment = literal('deployment-environment')
    if (environment !== undefined && environment !== '') {
      expect(environment).toMatch(/^[0-9A-Za-z]{1,16}$/)
    }
    for (const name of [
      'dry-run',
      'pr-comment',
      'skip-without-identity',
      'allow-credential-files'
    ]) {
      const flag = literal(name)
      if (flag !== undefined)
        expect({ name, flag }).toEqual({ name, flag: expect.stringMatching(/^(true|false)$/) })
    }
    const limit = literal('on-environment-limit')
    if (limit !== undefined) expect(['fail', 'skip']).toContain(limit)
    const maxAge = literal('prune-max-age-days')
    if (maxAge !== undefined) {
      expect(maxAge).toMatch(/^[1-9][0-9]*$/)
      expect(action).toBe('prune')
    }
    // A token is passed through an expression, never written into a workflow.
    const token = given['github-token']
    if (token !== undefined) expect(isExpression(token)).toBe(true)
    const timeout = literal('deployment-timeout')
    if (timeout !== undefined) expect(timeout).toMatch(/^[1-9][0-9]*$/)
    const engine = literal('engine')
    if (engine !== undefined) expect(['native', 'official']).toContain(engine)
    for (const name of ['authority-host', 'resource-manager-endpoint']) {
      const url = literal(name)
      if (url !== undefined && url !== '') expect(url).toMatch(/^https:\/\//)
    }
    if (action === 'close' || action === 'prune') {
      expect(literal('app-location')).toBeUndefined()
    }
    const language = literal('api-language')
    if (language !== undefined) expect(findFunctionLanguage(language)).toBeDefined()
    const version = literal('api-language-version')
    if (version !== undefined) expect(version).toMatch(LANGUAGE_VERSION)
    if (language !== undefined || version !== undefined) {
      expect(given['api-location']).toBeDefined()
    }
    if (action === 'prune') expect(literal('pr-comment')).toBeUndefined()
  })

  test.each(cases)('%s grants the GitHub permission its GitHub API features need', (_, use) => {
    const stepUse = use as StepUse
    const permissions = effectivePermissions(stepUse)
    const granted = isRecord(permissions) ? permissions['pull-requests'] : undefined
    const given = stepUse.with
    if (String(given['pr-comment']) === 'true') expect(granted).toBe('write')
    if (given['action'] === 'prune' && given['github-token'] !== '') {
      expect(['read', 'write']).toContain(granted)
    }
  })

  test.each(cases)('%s runs in a job with id-token: write and contents: read', (_, use) => {
    const stepUse = use as StepUse
    const permissions = effectivePermissions(stepUse)
    expect(isRecord(permissions)).toBe(true)
    const granted = permissions as Yaml
    const exempt = NO_ID_TOKEN_JOBS.some((j) => j.file === stepUse.file && j.job === stepUse.job)
    expect(granted['id-token']).toBe(exempt ? 'none' : 'write')
    expect(granted['contents']).toBe('read')
  })
})

describe('third-party actions', () => {
  const thirdParty = [...workflows].flatMap(([file, workflow]) => {
    const jobs = isRecord(workflow['jobs']) ? workflow['jobs'] : {}
    const jobLevel = Object.entries(jobs)
      .filter(([, job]) => isRecord(job) && typeof job['uses'] === 'string')
      .map(([, job]) => ({ file, uses: String((job as Yaml)['uses']) }))
    return [...stepUses(file, workflow).map(({ uses }) => ({ file, uses })), ...jobLevel].filter(
      ({ uses }) => !isThisAction(uses) && !uses.startsWith('./')
    )
  })

  test('there are some to check', () => {
    expect(thirdParty.length).toBeGreaterThan(0)
  })

  test.each(thirdParty.map((u) => [u.file, u.uses]))(
    '%s: %s is pinned to a full commit SHA with a version comment',
    (file, uses) => {
      if (uses.startsWith('docker://')) {
        expect(uses).toMatch(/@sha256:[0-9a-f]{64}$/)
        return
      }
      const [, ref = ''] = uses.split('@')
      expect(ref).toMatch(FULL_SHA)
      const line = read(file)
        .split('\n')
        .find((text) => text.includes(uses))
      expect(line).toMatch(/#\s*v\d+(\.\d+)*/)
    }
  )

  test('the same action is pinned to the same commit everywhere', () => {
    const pins = new Map<string, Set<string>>()
    for (const { uses } of thirdParty) {
      const [name = '', ref = ''] = uses.split('@')
      const repo = name.split('/').slice(0, 2).join('/')
      pins.set(repo, (pins.get(repo) ?? new Set()).add(ref))
    }
    for (const [repo, refs] of pins) expect({ repo, refs: refs.size }).toEqual({ repo, refs: 1 })
  })
})

describe('documentation links', () => {
  test('the documentation exists', () => {
    for (const file of ['docs/setup.md', 'docs/troubleshooting.md', 'docs/security.md']) {
      expect(markdownFiles).toContain(file)
    }
  })

  const links = markdownFiles.flatMap((file) =>
    linkTargets(read(file))
      .filter((target) => !isExternal(target))
      .map((target) => [file, target] as [string, string])
  )

  test('there are relative links to check', () => {
    expect(links.length).toBeGreaterThan(10)
  })

  test.each(links)('%s → %s exists', (file, target) => {
    const [targetPath = '', anchor] = target.split('#')
    const resolved = targetPath === '' ? file : path.join(path.dirname(file), targetPath)
    expect(existsSync(path.join(repoRoot, resolved))).toBe(true)
    if (anchor !== undefined && resolved.endsWith('.md')) {
      expect([...anchorsOf(read(resolved))]).toContain(decodeURIComponent(anchor))
    }
  })
})

describe('docs/troubleshooting.md', () => {
  const troubleshooting = read('docs/troubleshooting.md')
  const explicit = explicitAnchors(troubleshooting)

  test.each([...TROUBLESHOOTING_ANCHORS])('has the stable anchor #%s exactly once', (anchor) => {
    expect(explicit.filter((id) => id === anchor)).toHaveLength(1)
  })

  test.each([...TROUBLESHOOTING_ANCHORS])('section #%s names the cause and the fix', (anchor) => {
    const start = troubleshooting.indexOf(`<a id="${anchor}"></a>`)
    const next = troubleshooting.indexOf('<a id="', start + 1)
    const section = troubleshooting.slice(start, next === -1 ? undefined : next)
    expect(section).toMatch(/^<a id="[^"]+"><\/a>\s*\n\s*\n## \S/)
    expect(section).toMatch(/\*\*What you see:\*\*/)
    expect(section).toMatch(/\*\*Cause/)
    expect(section).toMatch(/\*\*Fix:?\*\*/)
  })

  test('every anchor the code names is one of them', () => {
    const named = new Set<string>()
    for (const file of sourceFiles('src')) {
      const source = read(file)
      for (const match of source.matchAll(/\bdoc:\s*'([^']+)'/g)) named.add(match[1]!)
      for (const match of source.matchAll(/details\(\s*'([^']+)'/g)) named.add(match[1]!)
    }
    expect(named.size).toBeGreaterThan(20)
    expect(
      [...named].filter(
        (anchor) => !(TROUBLESHOOTING_ANCHORS as readonly string[]).includes(anchor)
      )
    ).toEqual([])
  })

  test('heading slugs do not collide with the stable anchors', () => {
    const slugs = headingSlugs(troubleshooting)
    for (const anchor of TROUBLESHOOTING_ANCHORS) expect(slugs).not.toContain(anchor)
  })

  test('names the service quotas', () => {
    for (const quota of ['15,000', '250 MB', '500 MB', '| 3 ', '| 10 ']) {
      expect(troubleshooting).toContain(quota)
    }
  })
})

describe('docs/setup.md', () => {
  const setup = read('docs/setup.md')

  test('the custom role is valid JSON with exactly the four actions the action needs', () => {
    const blocks = [...setup.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
    const roles = blocks.map((text) => JSON.parse(text) as Yaml).filter((b) => 'Actions' in b)
    expect(roles).toHaveLength(1)
    const role = roles[0] as Yaml
    expect(role['IsCustom']).toBe(true)
    expect([...(role['Actions'] as string[])].sort()).toEqual(
      [
        'Microsoft.Web/staticSites/builds/delete',
        'Microsoft.Web/staticSites/builds/read',
        'Microsoft.Web/staticSites/listSecrets/action',
        'Microsoft.Web/staticSites/read'
      ].sort()
    )
    expect(role['DataActions']).toEqual([])
    expect(Array.isArray(role['AssignableScopes'])).toBe(true)
  })

  test('names every cloud with its audience, authority host and ARM endpoint', () => {
    for (const cloud of Object.values(CLOUDS)) {
      for (const value of [
        cloud.name,
        cloud.audience,
        cloud.authorityHost,
        cloud.resourceManagerEndpoint
      ]) {
        expect(setup).toContain(value)
      }
    }
  })

  test('shows every subject form', () => {
    for (const form of [
      ':ref:refs/heads/',
      ':ref:refs/tags/',
      ':environment:',
      ':pull_request',
      '@OWNER_ID/REPO@REPO_ID:',
      'include_claim_keys'
    ]) {
      expect(setup).toContain(form)
    }
  })
})

describe('docs/api.md and the site-and-API example', () => {
  const api = read('docs/api.md')
  const example = 'examples/site-and-api.yml'

  test('says the API protocol is inferred, and from where', () => {
    expect(api).toMatch(/\*\*Inferred protocol\.\*\*/)
    expect(api).toContain('one public client')
    expect(read('docs/troubleshooting.md')).toContain('inferred from one public client')
  })

  test('names every Functions language with its platform.apiRuntime spelling', () => {
    for (const [language, row] of Object.entries(FUNCTION_LANGUAGES)) {
      expect(api).toContain(`| \`${language}\``)
      expect(api).toContain(`\`${row.apiRuntime}:`)
    }
  })

  test('shows the prebuilt output of each language', () => {
    const steps = [
      'npm prune --omit=dev',
      '.python_packages/lib/site-packages',
      'include-hidden-files: true',
      'dotnet publish',
      'host.json'
    ]
    expect(steps.filter((step) => !api.includes(step))).toEqual([])
  })

  test('the example builds the site and the API once and deploys both from their artifacts', () => {
    const workflow = workflows.get(example) as Yaml
    const jobs = workflow['jobs'] as Yaml
    const steps = (job: string) => (jobs[job] as Yaml)['steps'] as Yaml[]
    const uploads = steps('build').filter((step) =>
      String(step['uses']).startsWith('actions/upload-artifact@')
    )
    const downloads = steps('deploy').filter((step) =>
      String(step['uses']).startsWith('actions/download-artifact@')
    )
    const artifacts = (list: Yaml[]) => list.map((step) => (step['with'] as Yaml)['name']).sort()
    expect(artifacts(uploads)).toEqual(['api', 'site'])
    expect(artifacts(downloads)).toEqual(['api', 'site'])
    expect(steps('build').some((step) => step['working-directory'] === 'api')).toBe(true)
    expect((jobs['deploy'] as Yaml)['needs']).toBe('build')
    const deploys = actionUses.filter((use) => use.file === example)
    expect(deploys).toHaveLength(1)
    const downloadedTo = (name: string) =>
      (downloads.find((step) => (step['with'] as Yaml)['name'] === name)!['with'] as Yaml)['path']
    expect(deploys[0]!.with['app-location']).toBe(downloadedTo('site'))
    expect(deploys[0]!.with['api-location']).toBe(downloadedTo('api'))
    expect(api).toContain('(../examples/site-and-api.yml)')
  })
})

describe('.env.example', () => {
  test('sets only inputs that action.yml declares', () => {
    const names = [...read('.env.example').matchAll(/^INPUT_([A-Z0-9-]+)=/gm)].map((m) =>
      (m[1] ?? '').toLowerCase()
    )
    expect(names.length).toBeGreaterThan(0)
    expect(names.filter((name) => !inputs.has(name))).toEqual([])
    // The required inputs name the emulator's app: scripts/local-action.ts takes them from it.
    for (const name of requiredInputs) expect(names).not.toContain(name)
  })
})
