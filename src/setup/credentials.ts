// Federated credentials as setup wants them: one per subject, named after it, compared with what
// the app already holds (PROTOCOLS.md §7: name ≤ 120 URL-safe characters, unique and immutable;
// issuer + subject unique; one audience; at most 20).
import { createHash } from 'node:crypto'
import type { FederatedCredential } from '../graph/applications.js'

/** GitHub.com's OIDC issuer (PROTOCOLS.md §1). */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
const MAX_NAME = 120

/** The issuer of a GitHub: github.com's, or a GHES host's `/_services/token`. */
export function issuerFor(githubUrl: string): string {
  const origin = new URL(githubUrl).origin
  return origin === 'https://github.com' ? GITHUB_ISSUER : `${origin}/_services/token`
}

/** `repo:octo-org/site:environment:production` → `octo-org-site-environment-production`. */
export function credentialName(subject: string, taken: ReadonlySet<string> = new Set()): string {
  const slug = subject
    .replace(/^repo:/, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  const hash = createHash('sha256').update(subject).digest('hex').slice(0, 8)
  const fits = slug.length > 0 && slug.length <= MAX_NAME && !taken.has(slug.toLowerCase())
  return fits ? slug : `${slug.slice(0, MAX_NAME - 9)}-${hash}`
}

type CredentialStatus = 'present' | 'create' | 'update'

export interface WantedCredential {
  name: string
  subject: string
  status: CredentialStatus
  /** A credential whose subject differs only in letter case (what AADSTS7002138 reports). */
  caseTwin?: string | undefined
}

/** What the app must gain so that each subject signs in: nothing, a new credential, or an audience fixed. */
export function compareCredentials(
  subjects: readonly string[],
  existing: readonly FederatedCredential[],
  issuer: string,
  audience: string
): WantedCredential[] {
  const taken = new Set(existing.map((credential) => credential.name.toLowerCase()))
  const wanted: WantedCredential[] = []
  for (const subject of subjects) {
    const same = existing.find(
      (credential) => credential.issuer === issuer && credential.subject === subject
    )
    if (same) {
      const status =
        same.audiences.length === 1 && same.audiences[0] === audience ? 'present' : 'update'
      wanted.push({ name: same.name, subject, status })
      continue
    }
    const twin = existing.find(
      (credential) =>
        credential.issuer === issuer && credential.subject.toLowerCase() === subject.toLowerCase()
    )
    const name = credentialName(subject, taken)
    taken.add(name.toLowerCase())
    wanted.push({ name, subject, status: 'create', ...(twin ? { caseTwin: twin.subject } : {}) })
  }
  return wanted
}
