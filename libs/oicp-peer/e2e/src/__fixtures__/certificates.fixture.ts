import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A self-signed client certificate made with openssl for the test, with its SHA-256 fingerprint. */
export function selfSignedCertificate(commonName: string): { pem: string; fingerprint: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'oicp-peer-cert-'));
  try {
    const out = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', `/CN=${commonName}`, '-keyout', path.join(dir, 'key.pem'), '-out', out], {
      stdio: 'ignore',
    });
    const pem = readFileSync(out, 'utf8');
    return { pem, fingerprint: new X509Certificate(pem).fingerprint256 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface CertificateFiles {
  certFile: string;
  keyFile: string;
  pem: string;
  key: string;
  fingerprint: string;
  /** Removes the files. */
  remove(): void;
}

/** A self-signed certificate and its key as PEM files (a server one names 127.0.0.1 in its subjectAltName). */
export function certificateFiles(commonName: string, options: { server?: boolean } = {}): CertificateFiles {
  const dir = mkdtempSync(path.join(tmpdir(), 'oicp-peer-tls-'));
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  const san = options.server ? ['-addext', 'subjectAltName=IP:127.0.0.1'] : [];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', `/CN=${commonName}`, ...san, '-keyout', keyFile, '-out', certFile], {
    stdio: 'ignore',
  });
  const pem = readFileSync(certFile, 'utf8');
  return { certFile, keyFile, pem, key: readFileSync(keyFile, 'utf8'), fingerprint: new X509Certificate(pem).fingerprint256, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
