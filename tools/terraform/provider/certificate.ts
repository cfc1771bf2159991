/**
 * The mock provider's own TLS certificate for go-plugin's AutoMTLS: self-signed, for "localhost",
 * its own CA, usable for server and client authentication (what go-plugin's generateCert makes).
 * The key comes from Node's crypto (native, fast); the certificate is built and signed with
 * node-forge (Node has no API to create X.509 certificates).
 *
 * Generating takes about a tenth of a second, and Terraform starts a provider process for every
 * provider configuration of every command, so a run of the harness makes one pair up front
 * (writeServerCertificate) and each process reuses it from TF_MOCK_TLS_DIR.
 */
import { generateKeyPairSync, randomBytes } from 'crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import * as forge from 'node-forge';

export interface ServerCertificate {
  readonly certPem: string;
  readonly keyPem: string;
  /** Unpadded standard base64 of the DER certificate: the last field of the handshake line. */
  readonly derBase64: string;
}

export function generateServerCertificate(): ServerCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // Positive serial: a leading zero nibble keeps the DER integer unsigned.
  cert.serialNumber = `0${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 30_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  const subject = [
    { name: 'commonName', value: 'localhost' },
    { name: 'organizationName', value: 'tf-verify mock provider' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyAgreement: true, keyCertSign: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true, clientAuth: true },
    { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return {
    certPem: forge.pki.certificateToPem(cert),
    keyPem: privateKey,
    derBase64: Buffer.from(der, 'binary').toString('base64').replace(/=+$/, ''),
  };
}

const FILES = { cert: 'server-cert.pem', key: 'server-key.pem', der: 'server-cert.b64' };

/** Writes a fresh pair into dir (for TF_MOCK_TLS_DIR). */
export function writeServerCertificate(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const c = generateServerCertificate();
  writeFileSync(join(dir, FILES.key), c.keyPem, { mode: 0o600 });
  writeFileSync(join(dir, FILES.cert), c.certPem);
  writeFileSync(join(dir, FILES.der), c.derBase64);
}

/** The pair in dir when there is one, else a new one. */
export function serverCertificate(dir?: string): ServerCertificate {
  if (dir && existsSync(join(dir, FILES.der))) {
    return {
      certPem: readFileSync(join(dir, FILES.cert), 'utf8'),
      keyPem: readFileSync(join(dir, FILES.key), 'utf8'),
      derBase64: readFileSync(join(dir, FILES.der), 'utf8').trim(),
    };
  }
  return generateServerCertificate();
}
