// @ts-check
// A self-signed certificate for the test hosts, made at test time with openssl.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @param {string[]} hostPatterns DNS names for the certificate, wildcards allowed
 * @returns {{ key: string, cert: string, spki: string }} spki: base64 SHA-256 of the public key,
 *   for Chromium's --ignore-certificate-errors-spki-list
 */
export function makeCertificate(hostPatterns) {
  const dir = mkdtempSync(join(tmpdir(), 'signoff-cert-'));
  try {
    const san = hostPatterns.map((host) => `DNS:${host}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=SignOff test site',
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    const key = readFileSync(join(dir, 'key.pem'), 'utf8');
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    const der = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
    return { key, cert, spki: createHash('sha256').update(der).digest('base64') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
