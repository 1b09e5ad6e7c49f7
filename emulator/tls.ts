// A throwaway CA and one server certificate for every emulated host, made at start-up so no key
// ever lives in the repository. Clients trust the CA through NODE_EXTRA_CA_CERTS.
import { randomBytes, sign } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import forge from 'node-forge'
import { rsaKeyPair, type KeyRole } from './keys.js'
import type { TlsMaterial } from './server.js'

/** Public cloud hosts the proxy maps to the emulator; the certificate must be valid for them. */
export const PUBLIC_CLOUD_HOSTS = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  // MSAL rewrites the China authority to its preferred network alias before calling it.
  'login.partner.microsoftonline.cn',
  'management.azure.com',
  'management.usgovcloudapi.net',
  'management.chinacloudapi.cn',
  // Microsoft Graph of each cloud (the setup command's directory calls).
  'graph.microsoft.com',
  'graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn'
] as const

/** Where StaticSitesClient's manifest link and files are served (the proxy maps them too). */
export const DOWNLOAD_HOSTS = ['aka.ms', 'swalocaldeploy.azureedge.net'] as const

export interface GeneratedTls extends TlsMaterial {
  /** PEM file of the CA, for NODE_EXTRA_CA_CERTS. */
  caFile: string
  /** Temporary directory holding caFile. */
  dir: string
}

// node:crypto makes RSA keys natively (keys.ts); forge alone takes seconds per key.
function forgeKeyPair(role: KeyRole): {
  publicKey: forge.pki.rsa.PublicKey
  privateKeyPem: string
} {
  const { privateKey, publicKey } = rsaKeyPair(role)
  return {
    publicKey: forge.pki.publicKeyFromPem(
      publicKey.export({ type: 'spki', format: 'pem' }).toString()
    ) as forge.pki.rsa.PublicKey,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  }
}

/**
 * forge.sign with the RSA signature made by node:crypto: forge builds the certificate, but its
 * JavaScript RSA takes about a second per signature under Jest, on every emulator start.
 */
function signCertificate(cert: forge.pki.Certificate, signerPem: string): void {
  const nativeKey = {
    // forge calls this once the to-be-signed part is set, and stores what it returns.
    sign: (): string => {
      const tbs = forge.asn1.toDer(cert.tbsCertificate).getBytes()
      return sign('sha256', Buffer.from(tbs, 'binary'), signerPem).toString('binary')
    }
  }
  cert.sign(nativeKey as unknown as forge.pki.rsa.PrivateKey, forge.md.sha256.create())
}

function baseCertificate(publicKey: forge.pki.rsa.PublicKey, days: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate()
  cert.publicKey = publicKey
  // A positive serial: the high bit clear keeps strict DER parsers happy.
  cert.serialNumber = '01' + randomBytes(15).toString('hex')
  const now = Date.now()
  cert.validity.notBefore = new Date(now - 60 * 60 * 1000)
  cert.validity.notAfter = new Date(now + days * 24 * 60 * 60 * 1000)
  return cert
}

/** Creates a CA and a server certificate signed by it; writes the CA PEM to a temp file. */
export async function createTlsMaterial(): Promise<GeneratedTls> {
  const caKeys = forgeKeyPair('tls-ca')
  const ca = baseCertificate(caKeys.publicKey, 30)
  const caName = [{ name: 'commonName', value: 'keyless-swa-deploy emulator test CA' }]
  ca.setSubject(caName)
  ca.setIssuer(caName)
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' }
  ])
  signCertificate(ca, caKeys.privateKeyPem)

  const serverKeys = forgeKeyPair('tls-server')
  const server = baseCertificate(serverKeys.publicKey, 7)
  server.setSubject([{ name: 'commonName', value: 'localhost' }])
  server.setIssuer(caName)
  server.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 2, value: 'localhost' },
        { type: 7, ip: '127.0.0.1' },
        { type: 7, ip: '::1' },
        ...[...PUBLIC_CLOUD_HOSTS, ...DOWNLOAD_HOSTS].map((host) => ({ type: 2, value: host }))
      ]
    },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() }
  ])
  signCertificate(server, caKeys.privateKeyPem)

  const caCert = forge.pki.certificateToPem(ca)
  const dir = await mkdtemp(path.join(tmpdir(), 'swa-emulator-'))
  const caFile = path.join(dir, 'emulator-ca.pem')
  await writeFile(caFile, caCert)
  return {
    key: serverKeys.privateKeyPem,
    cert: forge.pki.certificateToPem(server),
    caCert,
    caFile,
    dir
  }
}
