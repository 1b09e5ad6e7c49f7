// The setup command as a user runs it: a clone of the site repository (its workflows, an origin
// remote on github.com), the real Azure CLI signed in to the emulator as the world's user, and
// `node dist/setup.js` started in the clone with nothing from this machine's environment but PATH.
import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Emulator } from '../../emulator/index.js'
import type { DirectoryUser } from '../../emulator/world-directory.js'
import { AzureCliSession, type AzCommand } from './azure-cli.js'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const SETUP_BUNDLE = path.join(REPO_ROOT, 'dist', 'setup.js')

export interface SetupRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

/** A step that uses the action, as a site repository's workflow has it. */
export const DEPLOY_STEP = `
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: org/keyless-swa-deploy@v1
        with:
          client-id: \${{ vars.AZURE_CLIENT_ID }}
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
          app-name: octo-site
`

/** The three deploying workflows of the story: push to main, pull requests, production. */
export const STORY_WORKFLOWS: Record<string, string> = {
  'main.yml': `name: Deploy main\non:\n  push:\n    branches: [main]\njobs:\n  deploy:${DEPLOY_STEP}`,
  'previews.yml': `name: Previews\non: pull_request\njobs:\n  preview:${DEPLOY_STEP}`,
  'production.yml': `name: Production\non:\n  push:\n    tags: [v1]\njobs:\n  release:\n    environment: production${DEPLOY_STEP}`
}

export class SetupClone {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'setup-clone-'))
  readonly az: AzureCliSession
  readonly azLog: AzCommand[] = []

  /** The program and its first arguments: the bundle, as a user runs it. */
  command: string[] = [process.execPath, SETUP_BUNDLE]

  constructor(
    private readonly emulator: Emulator,
    workflows: Record<string, string> = STORY_WORKFLOWS,
    remote = 'https://github.com/octo-org/octo-site.git'
  ) {
    this.az = new AzureCliSession(emulator, this.azLog)
    this.setWorkflows(workflows)
    execFileSync('git', ['init', '-q'], { cwd: this.dir })
    execFileSync('git', ['remote', 'add', 'origin', remote], { cwd: this.dir })
  }

  /** The clone's workflows become exactly these. */
  setWorkflows(workflows: Record<string, string>): void {
    const folder = path.join(this.dir, '.github', 'workflows')
    rmSync(folder, { recursive: true, force: true })
    mkdirSync(folder, { recursive: true })
    for (const [name, text] of Object.entries(workflows))
      writeFileSync(path.join(folder, name), text)
  }

  writeWorkflow(name: string, text: string): void {
    writeFileSync(path.join(this.dir, '.github', 'workflows', name), text)
  }

  /** `az login` as the user, with the password the world gave them. */
  async login(user: DirectoryUser): Promise<AzCommand> {
    return await this.az.run(
      'login',
      '--username',
      user.userPrincipalName,
      '--password',
      user.password,
      '--tenant',
      user.tenantId,
      '--output',
      'json'
    )
  }

  /** The environment setup runs in: the emulator's proxy and CA, the az session, nothing else. */
  environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      ...this.az.environment(),
      https_proxy: this.emulator.proxyUrl,
      NODE_EXTRA_CA_CERTS: this.emulator.caFile,
      KEYLESS_SWA_RETRY_BASE_MS: '20',
      ...extra
    }
  }

  /** `node dist/setup.js ARGS` in the clone; the emulator's issuer and GitHub API are named. */
  async run(args: string[], extra: Record<string, string> = {}, stdin = ''): Promise<SetupRun> {
    await this.az.ready()
    const all = [
      ...args,
      '--issuer',
      this.emulator.urls.github,
      '--github-api-url',
      this.emulator.urls.githubApi
    ]
    return await new Promise((resolve, reject) => {
      const [program, ...first] = this.command as [string, ...string[]]
      const child = execFile(
        program,
        [...first, ...all],
        {
          cwd: this.dir,
          env: this.environment(extra),
          timeout: 120_000,
          maxBuffer: 8 * 1024 * 1024
        },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') return reject(error)
          resolve({ exitCode: error ? Number(error.code) : 0, stdout, stderr })
        }
      )
      child.stdin?.end(stdin)
    })
  }

  dispose(): void {
    this.az.dispose()
    rmSync(this.dir, { recursive: true, force: true })
  }
}
