import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestFor, runStationAdmin, UsageError } from './station-admin';

describe('station-admin CLI', () => {
  it('should turn each command into its admin API request', () => {
    expect(requestFor(['provision', 'CS 1', '--party', 'NL*CMX', '--profile', '2', '--password-hex', '00112233445566778899aabbccddeeff', '--policy', 'Pending'])).toEqual({
      method: 'POST',
      path: '/admin/stations',
      body: { stationId: 'CS 1', party: { countryCode: 'NL', partyId: 'CMX' }, securityProfile: 2, registrationPolicy: 'Pending', passwordHex: '00112233445566778899aabbccddeeff' },
    });
    expect(requestFor(['password', 'CS 1', '--password', 'a-long-enough-password'])).toEqual({ method: 'PUT', path: '/admin/stations/CS%201/password', body: { password: 'a-long-enough-password' } });
    expect(requestFor(['list', '--party', 'NL*CMX', '--online', 'true'])).toEqual({ method: 'GET', path: '/admin/stations?countryCode=NL&partyId=CMX&online=true' });
    expect(requestFor(['command', 'CS-1', 'Reset', '{"type":"Immediate"}', '--timeout', '5000'])).toEqual({
      method: 'POST',
      path: '/admin/stations/CS-1/commands',
      body: { action: 'Reset', payload: { type: 'Immediate' }, timeoutMs: 5000 },
    });
    expect(requestFor(['allow-token', 'RFID-1', '--type', 'ISO14443'])).toEqual({ method: 'PUT', path: '/admin/local-authorizations', body: { idToken: { value: 'RFID-1', type: 'ISO14443' }, status: 'Accepted' } });
  });

  it('should refuse a malformed command line with a usage error', () => {
    expect(() => requestFor(['provision', 'CS-1', '--party', 'NLCMX'])).toThrow(UsageError);
    expect(() => requestFor(['command', 'CS-1', 'Reset', '{not json'])).toThrow(/JSON/);
    expect(() => requestFor(['reboot-everything'])).toThrow(/unknown command/);
  });

  it('should send the admin token, print the answer and exit non-zero on an API error', async () => {
    const seen: { method?: string; url?: string; authorization?: string; body: string }[] = [];
    const server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, authorization: request.headers.authorization, body });
        const missing = request.url?.includes('NOPE');
        response.writeHead(missing ? 404 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(missing ? { code: 'STATION.NOT_FOUND', message: 'no station NOPE' } : { stationId: 'CS-1' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const env = { STATION_GATEWAY_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, ADMIN_TOKEN: 'admin-token-for-the-cli-test' };
    const out: string[] = [];
    const err: string[] = [];
    try {
      expect(await runStationAdmin(['get', 'CS-1'], env, (text) => out.push(text), (text) => err.push(text))).toBe(0);
      expect(await runStationAdmin(['get', 'NOPE'], env, (text) => out.push(text), (text) => err.push(text))).toBe(1);
      expect(await runStationAdmin(['get', 'CS-1'], {}, (text) => out.push(text), (text) => err.push(text))).toBe(2);
    } finally {
      server.close();
    }
    expect(seen.map((request) => [request.method, request.url, request.authorization])).toEqual([
      ['GET', '/admin/stations/CS-1', 'Bearer admin-token-for-the-cli-test'],
      ['GET', '/admin/stations/NOPE', 'Bearer admin-token-for-the-cli-test'],
    ]);
    expect(JSON.parse(out[0])).toEqual({ stationId: 'CS-1' });
    expect(err[0]).toMatch(/HTTP 404[\s\S]*STATION.NOT_FOUND/);
    expect(err[1]).toMatch(/ADMIN_TOKEN/);
  });
});
