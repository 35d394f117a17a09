import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpsRequest, createServer } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';
import { clientCertificateFingerprint, fingerprintOfPem } from './peer-authenticator';

/** A self-signed certificate and its key, made with openssl. */
function certificate(commonName: string): { pem: string; key: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'oicp-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', `/CN=${commonName}`, '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], {
      stdio: 'ignore',
    });
    return { pem: readFileSync(path.join(dir, 'cert.pem'), 'utf8'), key: readFileSync(path.join(dir, 'key.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fingerprint = (pem: string) => new X509Certificate(pem).fingerprint256.replace(/:/g, '');

describe('client certificate fingerprints', () => {
  const client = certificate('peer.example');
  const expected = fingerprint(client.pem);

  it('should read the fingerprint of a PEM passed plain or URL-encoded (nginx $ssl_client_escaped_cert)', () => {
    expect(fingerprintOfPem(client.pem)).toBe(expected);
    expect(fingerprintOfPem(encodeURIComponent(client.pem))).toBe(expected);
  });

  it('should read nothing from a header that is no certificate', () => {
    expect(fingerprintOfPem('-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----')).toBeUndefined();
    expect(clientCertificateFingerprint({ headers: {}, socket: {} } as never, 'x-client-cert')).toBeUndefined();
  });

  it('should take the certificate from the configured header only, never from a plain socket', () => {
    expect(clientCertificateFingerprint({ headers: { 'x-client-cert': encodeURIComponent(client.pem) }, socket: {} } as never, 'x-client-cert')).toBe(expected);
    expect(clientCertificateFingerprint({ headers: { 'x-client-cert': encodeURIComponent(client.pem) }, socket: {} } as never, undefined)).toBeUndefined();
  });

  it('should ignore a TLS client certificate whose chain the configured client CA did not verify', () => {
    const socket = (authorized: boolean) => ({ encrypted: true, authorized, getPeerCertificate: () => ({ fingerprint256: 'AB:CD' }) });
    expect(clientCertificateFingerprint({ headers: {}, socket: socket(false) } as never, undefined, true)).toBeUndefined();
    expect(clientCertificateFingerprint({ headers: {}, socket: socket(true) } as never, undefined, true)).toBe('ABCD');
    expect(clientCertificateFingerprint({ headers: {}, socket: socket(false) } as never, undefined, false)).toBe('ABCD');
  });

  it('should read the certificate of the TLS connection when TLS ends in this process', async () => {
    const server = certificate('localhost');
    const seen: (string | undefined)[] = [];
    const https = createServer({ key: server.key, cert: server.pem, requestCert: true, rejectUnauthorized: false }, (request, response) => {
      seen.push(clientCertificateFingerprint(request as never, undefined));
      response.end('ok');
    });
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    const port = (https.address() as { port: number }).port;
    const get = (withCertificate: boolean) =>
      new Promise<void>((resolve, reject) => {
        const call = httpsRequest({ host: '127.0.0.1', port, path: '/', rejectUnauthorized: false, agent: false, ...(withCertificate ? { key: client.key, cert: client.pem } : {}) }, (response) => {
          response.resume();
          response.on('end', resolve);
        });
        call.on('error', reject);
        call.end();
      });
    try {
      await get(true);
      await get(false);
    } finally {
      https.close();
    }
    expect(seen).toEqual([expected, undefined]);
  });
});
