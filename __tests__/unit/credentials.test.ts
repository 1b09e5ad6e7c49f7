// Which files count as credentials: by the tool's own names, and by content where a key can hide
// under any name; media files are never read, placeholders are not secrets.
import { afterAll, describe, expect, jest, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { CredentialScan } from '../../src/payload/credentials.js'
import { walkFolder } from '../../src/payload/folder.js'
import { DEFAULT_LIMITS } from '../../src/payload/types.js'
import { siteInWorkspace } from '../support/fixtures.js'

const workspaces: string[] = []
afterAll(() => {
  for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true })
  jest.restoreAllMocks()
})

// Built at run time, so the repository holds nothing a secret scanner would flag.
const pem = (label: string): string =>
  [`-----BEGIN ${label}-----`, randomBytes(32).toString('base64'), `-----END ${label}-----`].join(
    '\n'
  )

async function judged(files: Record<string, string | Buffer>): Promise<Record<string, string>> {
  const { workspace, appLocation } = siteInWorkspace(files)
  workspaces.push(workspace)
  const { files: found } = await walkFolder(appLocation, workspace, DEFAULT_LIMITS)
  found.sort((a, b) => a.name.localeCompare(b.name))
  const credentials = await new CredentialScan().findIn(found)
  return Object.fromEntries(credentials.map((file) => [file.name, file.what]))
}

describe('CredentialScan', () => {
  test.each<[string, string, string | Buffer, string | undefined]>([
    ['gha-creds', 'gha-creds-abc.json', '{}', 'a Google Cloud credentials file'],
    ['a gha-creds name in a subfolder', 'deep/gha-creds-x.JSON', '{}', 'a Google Cloud'],
    ['.azure/', '.azure/azureProfile.json', '{}', 'Azure CLI profile and tokens'],
    ['.aws/', 'a/.aws/config', '[default]', 'AWS CLI credentials'],
    ['a file named .aws', '.aws', 'not a folder', undefined],
    ['.AWS/ in upper case', '.AWS/credentials', '[default]', 'AWS CLI credentials'],
    ['an .npmrc token', '.npmrc', '//r.example/:_authToken=abc123', 'an .npmrc with a registry'],
    ['an .npmrc password', 'pkg/.npmrc', '_password=aGVsbG8=', 'an .npmrc with a registry'],
    ['an .npmrc placeholder', '.npmrc', '//r.example/:_authToken=${NPM_TOKEN}', undefined],
    ['an .npmrc comment', '.npmrc', '# _authToken=abc', undefined],
    ['an .npmrc without auth', '.npmrc', 'registry=https://r.example/', undefined],
    ['an SSH key name', 'id_ed25519', 'anything', 'an SSH private key'],
    ['an SSH public key', 'id_ed25519.pub', 'ssh-ed25519 AAAA', undefined],
    ['a PKCS#12 store', 'certs/site.pfx', Buffer.from([0x30, 0x82]), 'a PKCS#12 key store'],
    ['an RSA key by content', 'notes.txt', pem('RSA PRIVATE KEY'), 'a private key'],
    ['an encrypted key', 'k', pem('ENCRYPTED PRIVATE KEY'), 'a private key'],
    ['an OpenSSH key', 'x/y.conf', pem('OPENSSH PRIVATE KEY'), 'a private key'],
    ['a PGP key', 'pgp.asc', pem('PGP PRIVATE KEY BLOCK'), 'a private key'],
    [
      'a key in JSON',
      'sa.json',
      JSON.stringify({ private_key: pem('PRIVATE KEY') }),
      'a private key'
    ],
    ['a PuTTY key', 'server.ppk', 'PuTTY-User-Key-File-3: ssh-ed25519\n', 'a private key'],
    ['a certificate', 'ca.pem', pem('CERTIFICATE'), undefined],
    ['a public key', 'key.pub.pem', pem('PUBLIC KEY'), undefined],
    ['a key in a media file', 'photo.png', pem('PRIVATE KEY'), undefined],
    [
      'a key after the first 64 KiB',
      'big.js',
      `${'x'.repeat(70_000)}${pem('PRIVATE KEY')}`,
      undefined
    ]
  ])('%s', async (_name, file, content, what) => {
    const found = await judged({ 'index.html': '<h1>hi</h1>', [file]: content })
    if (what === undefined) expect(found).toEqual({})
    else expect(found[file]).toEqual(expect.stringContaining(what))
  })
})
