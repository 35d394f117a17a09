import { Agent } from 'node:https';
import { type CertificateFiles, certificateFiles } from './__fixtures__/certificates.fixture';
import { evseRecord } from './__fixtures__/oicp-records.fixture';
import { adminPost, callHttps, host, type Instance, receivedEvses, startInstance, stopInstances, until, useHttpsAgent } from './__fixtures__/oicp-network.fixture';

/*
 * Mutual TLS without an ingress: the EMP instance serves OICP over TLS itself (OICP_TLS_CERT_FILE and
 * OICP_TLS_KEY_FILE) and knows the CPO by the fingerprint of its client certificate; the CPO instance
 * presents that certificate (OICP_CLIENT_CERT_FILE) and trusts the EMP's server certificate. Real TLS
 * handshakes between two instances on 127.0.0.1.
 */

const CPO = { countryCode: 'DE', partyId: 'CMT', operatorId: 'DE*CMT', operatorName: 'ChargeMesh TLS CPO' };
const EMP = { countryCode: 'DE', partyId: 'EMT', providerId: 'DE-EMT' };
const statusPath = '/api/oicp/evsepush/v21/operators/DE*CMT/status-records';
const statusPush = { ActionType: 'update', OperatorEvseStatus: { OperatorID: 'DE*CMT', EvseStatusRecord: [{ EvseID: 'DE*CMT*E1', EvseStatus: 'Available' }] } };
const json = { 'content-type': 'application/json' };

describe('oicp-peer: mutual TLS on the OICP port itself', () => {
  let server: CertificateFiles;
  let cpoClient: CertificateFiles;
  let stranger: CertificateFiles;
  let cpo: Instance;
  let emp: Instance;

  beforeAll(async () => {
    server = certificateFiles('emp.tls.example', { server: true });
    cpoClient = certificateFiles('cpo.tls.example');
    stranger = certificateFiles('stranger.tls.example');
    [emp, cpo] = await Promise.all([
      startInstance('emp-tls', { OICP_TLS_CERT_FILE: server.certFile, OICP_TLS_KEY_FILE: server.keyFile }),
      startInstance('cpo-tls', { OICP_CLIENT_CERT_FILE: cpoClient.certFile, OICP_CLIENT_KEY_FILE: cpoClient.keyFile, OICP_TRUSTED_CA_FILE: server.certFile }),
    ]);
    useHttpsAgent(emp.peer, new Agent({ ca: server.pem }));
    await Promise.all([host(cpo, CPO), host(emp, EMP)]);
    const atEmp = await adminPost(emp, '/admin/oicp/peers', { peerId: 'cpo', baseUrl: cpo.peer.url, operatorIds: ['DE*CMT'], clientCertificateFingerprint: cpoClient.fingerprint });
    expect(atEmp.status).toBe(201);
    const atCpo = await adminPost(cpo, '/admin/oicp/peers', { peerId: 'emp', baseUrl: emp.peer.url, providerIds: ['DE-EMT'], presentClientCertificate: true });
    expect(atCpo.status).toBe(201);
  });
  afterAll(async () => {
    await stopInstances([cpo, emp].filter(Boolean));
    for (const files of [server, cpoClient, stranger]) files?.remove();
  });

  it('should serve OICP over TLS and deliver the CPO pushes, authenticated by its client certificate alone', async () => {
    expect(emp.peer.url).toMatch(/^https:/);
    const pushed = await adminPost(cpo, '/admin/oicp/cpo/evse-data', { operatorId: 'DE*CMT', actionType: 'fullLoad', records: [evseRecord('DE*CMT*E1'), evseRecord('DE*CMT*E2')] });
    expect(pushed).toMatchObject({ status: 202, body: { targets: ['emp'] } });
    const evses = await until(async () => {
      const list = await receivedEvses(emp, 'DE*CMT');
      return list.length === 2 ? list : undefined;
    }, 'the EMP to project the fullLoad received over mutual TLS');
    expect(evses.map((row) => row.evseId)).toEqual(['DE*CMT*E1', 'DE*CMT*E2']);
    expect(evses[0]).toMatchObject({ peerId: 'cpo' });
  });

  it('should refuse another certificate, or none, with 017 for the same operator', async () => {
    const withCertificate = (files: CertificateFiles) => new Agent({ ca: server.pem, cert: files.pem, key: files.key });
    const asCpo = await callHttps(`${emp.peer.url}${statusPath}`, withCertificate(cpoClient), 'POST', statusPush, json);
    expect(asCpo).toMatchObject({ status: 200, body: { Result: true, StatusCode: { Code: '000' } } });
    const asStranger = await callHttps(`${emp.peer.url}${statusPath}`, withCertificate(stranger), 'POST', statusPush, json);
    expect(asStranger).toMatchObject({ status: 401, body: { StatusCode: { Code: '017' } } });
    const anonymous = await callHttps(`${emp.peer.url}${statusPath}`, new Agent({ ca: server.pem }), 'POST', statusPush, json);
    expect(anonymous).toMatchObject({ status: 401, body: { StatusCode: { Code: '017' } } });
  });
});
