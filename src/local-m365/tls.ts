/** A self-signed certificate for localhost and 127.0.0.1, made once and kept beside the database. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/** PEM key and certificate; the certificate doubles as the CA a client must trust. */
export interface TlsMaterial {
  key: string;
  cert: string;
}

async function makeCertificate(): Promise<TlsMaterial> {
  const notBeforeDate = new Date(Date.now() - 24 * 3600 * 1000);
  // Browsers reject server certificates valid for more than 398 days.
  const notAfterDate = new Date(notBeforeDate.getTime() + 397 * 24 * 3600 * 1000);
  const result = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: result.private, cert: result.cert };
}

/** Loads the certificate from `folder`, or makes one and stores it there; `undefined` keeps it in memory. */
export async function loadOrCreateCertificate(folder: string | undefined): Promise<TlsMaterial> {
  const keyPath = folder && join(folder, 'localhost-key.pem');
  const certPath = folder && join(folder, 'localhost-cert.pem');
  if (keyPath && certPath && existsSync(keyPath) && existsSync(certPath)) {
    return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  }
  const material = await makeCertificate();
  if (keyPath && certPath) {
    writeFileSync(keyPath, material.key, { mode: 0o600 });
    writeFileSync(certPath, material.cert);
  }
  return material;
}
