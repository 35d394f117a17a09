import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@chargemesh/platform-config';
import { freePort } from '@chargemesh/platform-testing';
import { credentialsConfigSchema } from '../credentials.config';
import { PartnerApiClient } from './partner-api.client';

/** A local HTTP server playing the partner: `reply` decides each answer; requests are recorded. */
async function partner(reply: (request: IncomingMessage, response: ServerResponse) => void) {
  const seen: IncomingMessage[] = [];
  const server: Server = createServer((request, response) => {
    seen.push(request);
    reply(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}
const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};
const client = () => new PartnerApiClient(loadConfig('credentials', credentialsConfigSchema, { NODE_ENV: 'test', OCPI_OUTBOUND_TIMEOUT_MS: '300' }));

describe('calls to a partner API', () => {
  it('should send the token Base64-encoded with request ids and read the versions', async () => {
    const peer = await partner((_request, response) => json(response, 200, { data: [{ version: '2.2.1', url: 'https://p.example.com/2.2.1' }], status_code: 1000, timestamp: '2026-11-22T10:00:00Z' }));
    try {
      expect(await client().getVersions(`${peer.url}/versions`, 'token-b')).toEqual([{ version: '2.2.1', url: 'https://p.example.com/2.2.1' }]);
      expect(peer.seen[0].headers).toMatchObject({ authorization: `Token ${Buffer.from('token-b').toString('base64')}`, 'x-request-id': expect.any(String), 'x-correlation-id': expect.any(String) });
    } finally {
      await peer.close();
    }
  });

  it('should report an unreachable, slow, refusing or non-OCPI partner as PARTNER_UNREACHABLE without the token', async () => {
    const slow = await partner(() => undefined);
    const refusing = await partner((_request, response) => json(response, 401, { status_code: 2000, status_message: 'bad token', timestamp: '2026-11-22T10:00:00Z' }));
    const html = await partner((_request, response) => response.end('<html>hello</html>'));
    const failing = await partner((_request, response) => json(response, 200, { status_code: 3000, status_message: 'oops', timestamp: '2026-11-22T10:00:00Z' }));
    try {
      const cases: [string, RegExp][] = [
        [`http://127.0.0.1:${await freePort()}/versions`, /failed: ECONNREFUSED/],
        [`${slow.url}/versions`, /no answer within 300 ms/],
        [`${refusing.url}/versions`, /HTTP 401 \(2000 Generic client error: bad token\)/],
        [`${html.url}/versions`, /did not answer with an OCPI response envelope/],
        [`${failing.url}/versions`, /3000 Generic server error: oops/],
      ];
      for (const [url, message] of cases) {
        const failure = await client().getVersions(url, 'secret-token-value').catch((error: unknown) => error);
        expect(failure).toMatchObject({ code: 'CREDENTIALS.PARTNER_UNREACHABLE', message: expect.stringMatching(message) });
        expect((failure as Error).message).not.toContain('secret-token-value');
      }
    } finally {
      await Promise.all([slow.close(), refusing.close(), html.close(), failing.close()]);
    }
  });

  it('should report a refused POST as PARTNER_REFUSED and never follow a redirect', async () => {
    const refusing = await partner((_request, response) => json(response, 405, { status_code: 2000, status_message: 'already registered', timestamp: '2026-11-22T10:00:00Z' }));
    const redirecting = await partner((_request, response) => {
      response.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' });
      response.end();
    });
    try {
      const credentials = { token: 'token-b', url: 'https://us.example.com/versions', roles: [{ role: 'CPO' as const, business_details: { name: 'Us' }, party_id: 'ABC', country_code: 'NL' }] };
      await expect(client().postCredentials(`${refusing.url}/credentials`, 'token-a', credentials)).rejects.toMatchObject({ code: 'CREDENTIALS.PARTNER_REFUSED', message: expect.stringContaining('HTTP 405') });
      await expect(client().getVersions(`${redirecting.url}/versions`, 'token-a')).rejects.toMatchObject({ code: 'CREDENTIALS.PARTNER_UNREACHABLE' });
      expect(redirecting.seen).toHaveLength(1);
    } finally {
      await Promise.all([refusing.close(), redirecting.close()]);
    }
  });
});
