import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { postJson } from './peer-transport';

function certificate(commonName: string, altName?: string): { cert: string; key: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'oicp-tls-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', `/CN=${commonName}`, ...(altName ? ['-addext', `subjectAltName=${altName}`] : []), '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    return { cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'), key: readFileSync(path.join(dir, 'key.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('postJson with a client certificate (a peer that wants mutual TLS, as Hubject does)', () => {
  const server = certificate('localhost', 'IP:127.0.0.1');
  const ours = certificate('cpo.example');
  const seen: string[] = [];
  let https: Server;
  let url: URL;

  beforeAll(async () => {
    // Only our certificate is trusted by the peer, and only the peer's (self-signed) certificate by us.
    https = createServer({ key: server.key, cert: server.cert, requestCert: true, rejectUnauthorized: true, ca: ours.cert }, (request, response) => {
      seen.push((request.socket as TLSSocket).getPeerCertificate().fingerprint256);
      response.setHeader('content-type', 'application/json').end('{"Result":true,"StatusCode":{"Code":"000"}}');
    });
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    url = new URL(`https://127.0.0.1:${(https.address() as { port: number }).port}/api/oicp/evsepush/v21/operators/DE*CMX/status-records`);
  });
  afterAll(() => https.close());

  it('should present our certificate and trust the configured CA', async () => {
    const result = await postJson(url, { 'content-type': 'application/json' }, '{}', 5_000, { ...ours, ca: server.cert });
    expect(result).toEqual({ kind: 'response', status: 200, text: '{"Result":true,"StatusCode":{"Code":"000"}}' });
    expect(seen).toEqual([new X509Certificate(ours.cert).fingerprint256]);
  });

  it('should not reach a peer whose certificate no trusted CA vouches for, nor one that wants a certificate we do not have', async () => {
    expect(await postJson(url, {}, '{}', 5_000, ours)).toMatchObject({ kind: 'unreachable' });
    expect(await postJson(url, {}, '{}', 5_000)).toMatchObject({ kind: 'unreachable' });
  });
});
