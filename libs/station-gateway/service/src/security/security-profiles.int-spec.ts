import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { RPCClient } from 'ocpp-rpc';
import { type StartedService } from '@chargemesh/platform-runtime';
import { freePort, removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import { connectTestNats, PASSWORD, provision, serveDirectoryParties, startGateway } from '../__fixtures__/gateway-harness.fixture';

/** A CA, a server certificate for 127.0.0.1 and client certificates, made with the openssl CLI. */
function makeCertificates(dir: string) {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=ChargeMesh Test CA');
  const issue = (name: string, subject: string, extensions?: string) => {
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject);
    if (extensions) writeFileSync(path.join(dir, `${name}.ext`), extensions);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '2', ...(extensions ? ['-extfile', `${name}.ext`] : []));
  };
  issue('server', '/CN=127.0.0.1', 'subjectAltName=IP:127.0.0.1');
  issue('station', '/CN=CS-TLS3');
  issue('other', '/CN=SOMEONE-ELSE');
  const read = (file: string) => readFileSync(path.join(dir, file));
  return { ca: read('ca.pem'), station: { cert: read('station.pem'), key: read('station.key') }, other: { cert: read('other.pem'), key: read('other.key') } };
}

describe('station gateway: security profiles 2 and 3 on the TLS listener', () => {
  const namespace = testNamespace();
  const dir = mkdtempSync(path.join(tmpdir(), 'gateway-tls-'));
  let certificates: ReturnType<typeof makeCertificates>;
  let service: StartedService;
  let tlsPort: number;
  let nc: NatsConnection;

  const connect = async (identity: string, options: { tls: boolean; password?: string; client?: { cert: Buffer; key: Buffer } }) => {
    const client = new RPCClient({
      endpoint: `${options.tls ? `wss://127.0.0.1:${tlsPort}` : `ws://127.0.0.1:${service.port}`}/ocpp`,
      identity,
      ...(options.password ? { password: options.password } : {}),
      protocols: ['ocpp2.0.1'],
      strictMode: true,
      reconnect: false,
      wsOpts: { ca: certificates.ca, ...(options.client ?? {}) },
    } as unknown as ConstructorParameters<typeof RPCClient>[0]);
    await client.connect();
    const answer = await client.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
    await client.close();
    return answer;
  };

  beforeAll(async () => {
    certificates = makeCertificates(dir);
    nc = await connectTestNats();
    serveDirectoryParties(nc, namespace);
    tlsPort = await freePort();
    service = await startGateway(namespace, {
      OCPP_TLS_PORT: String(tlsPort),
      OCPP_TLS_CERT_FILE: path.join(dir, 'server.pem'),
      OCPP_TLS_KEY_FILE: path.join(dir, 'server.key'),
      OCPP_TLS_CLIENT_CA_FILE: path.join(dir, 'ca.pem'),
    });
    await provision(service, 'CS-TLS1', { securityProfile: 1 });
    await provision(service, 'CS-TLS2', { securityProfile: 2 });
    await provision(service, 'CS-TLS3', { securityProfile: 3, password: undefined });
  });
  afterAll(async () => {
    await service?.app.close();
    await nc.close();
    await removeNamespace(namespace);
    rmSync(dir, { recursive: true, force: true });
  });

  it('should accept a profile 2 station with its password over TLS and refuse it over plain ws', async () => {
    expect(await connect('CS-TLS2', { tls: true, password: PASSWORD })).toMatchObject({ status: 'Accepted' });
    await expect(connect('CS-TLS2', { tls: false, password: PASSWORD })).rejects.toThrow(/Unauthorized/);
    await expect(connect('CS-TLS2', { tls: true, password: 'not-the-password-at-all' })).rejects.toThrow(/Unauthorized/);
  });

  it('should accept a profile 3 station by its client certificate and refuse a missing or foreign one', async () => {
    expect(await connect('CS-TLS3', { tls: true, client: certificates.station })).toMatchObject({ status: 'Accepted' });
    await expect(connect('CS-TLS3', { tls: true })).rejects.toThrow(/Unauthorized/);
    await expect(connect('CS-TLS3', { tls: true, client: certificates.other })).rejects.toThrow(/Unauthorized/);
  });

  it('should refuse a profile 1 station on the TLS listener, one security profile per endpoint', async () => {
    await expect(connect('CS-TLS1', { tls: true, password: PASSWORD })).rejects.toThrow(/Unauthorized/);
    expect(await connect('CS-TLS1', { tls: false, password: PASSWORD })).toMatchObject({ status: 'Accepted' });
  });
});
