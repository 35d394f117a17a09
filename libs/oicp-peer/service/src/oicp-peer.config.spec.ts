import { randomBytes } from 'node:crypto';
import { loadConfig } from '@chargemesh/platform-config';
import { oicpPeerConfigSchema } from './oicp-peer.config';
import { OwnClientCertificate } from './shared/own-client-certificate';
import { PeerCredentialsRepository } from './shared/peer-credentials.repository';

const load = (env: NodeJS.ProcessEnv) => loadConfig('oicp-peer', oicpPeerConfigSchema, env);

describe('oicp-peer configuration', () => {
  it('should boot without OICP_ENCRYPTION_KEY and refuse to store an outbound token then, naming the variable', () => {
    const config = load({});
    expect(config.OICP_ENCRYPTION_KEY).toBeUndefined();
    const repository = new PeerCredentialsRepository({} as never, config);
    expect(() => repository.requireEncryption()).toThrow(expect.objectContaining({ code: 'OICP.UNAVAILABLE_ENCRYPTION_KEY', message: expect.stringContaining('OICP_ENCRYPTION_KEY') }));
  });

  it('should refuse a key that is not 32 bytes of base64 at boot without echoing it', () => {
    expect(() => load({ OICP_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/OICP_ENCRYPTION_KEY: must be 32 random bytes in base64 \(openssl rand -base64 32\) \(set \(hidden\)\)/);
    expect(load({ OICP_ENCRYPTION_KEY: randomBytes(32).toString('base64') }).OICP_ENCRYPTION_KEY).toBeDefined();
  });

  it('should read the delivery backoff as a list and refuse nonsense', () => {
    expect(load({ OICP_DELIVERY_BACKOFF_MS: '100, 1000,5000' }).OICP_DELIVERY_BACKOFF_MS).toEqual([100, 1000, 5000]);
    expect(() => load({ OICP_DELIVERY_BACKOFF_MS: '100,soon' })).toThrow(/OICP_DELIVERY_BACKOFF_MS/);
    expect(load({ OICP_CLIENT_CERT_HEADER: 'X-Client-Cert' }).OICP_CLIENT_CERT_HEADER).toBe('x-client-cert');
  });

  it('should want our client certificate and key together, and refuse to present a certificate it does not have', () => {
    expect(() => load({ OICP_CLIENT_CERT_FILE: '/etc/oicp/client.pem' })).toThrow(/OICP_CLIENT_CERT_FILE and OICP_CLIENT_KEY_FILE go together/);
    expect(() => new OwnClientCertificate(load({})).require()).toThrow(expect.objectContaining({ code: 'OICP.UNAVAILABLE_CLIENT_CERTIFICATE' }));
  });

  it('should want the TLS certificate and key of the OICP port together, and not with an ingress certificate header', () => {
    expect(() => load({ OICP_TLS_CERT_FILE: '/etc/oicp/server.pem' })).toThrow(/OICP_TLS_CERT_FILE and OICP_TLS_KEY_FILE go together/);
    expect(() => load({ OICP_TLS_CLIENT_CA_FILE: '/etc/oicp/ca.pem' })).toThrow(/OICP_TLS_CLIENT_CA_FILE: needs OICP_TLS_CERT_FILE/);
    expect(() => load({ OICP_TLS_CERT_FILE: '/a.pem', OICP_TLS_KEY_FILE: '/b.pem', OICP_CLIENT_CERT_HEADER: 'X-Client-Cert' })).toThrow(/either OICP_CLIENT_CERT_HEADER .* or OICP_TLS_CERT_FILE/);
    expect(load({ OICP_TLS_CERT_FILE: '/a.pem', OICP_TLS_KEY_FILE: '/b.pem' }).OICP_TLS_CERT_FILE).toBe('/a.pem');
  });
});
