import { createServer, type Server } from 'node:http';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { streamName } from '@chargemesh/contracts/envelope';
import { CpoBackend } from './__fixtures__/cpo-backend.fixture';
import { chargeDetailRecord, evseRecord } from './__fixtures__/oicp-records.fixture';
import {
  adminGet,
  adminPost,
  call,
  host,
  type Instance,
  link,
  natsClient,
  oicpPost,
  queryPeerDatabase,
  registerPeer,
  startInstance,
  startPeer,
  stopInstances,
  stopPeer,
  token,
  until,
} from './__fixtures__/oicp-network.fixture';

/*
 * Sessions across four instances on one machine: a CPO, two EMPs and a fourth instance standing in for
 * Hubject (the default route for ids nobody else claims). Authorization fan-out, remote start and stop
 * with the EMP's SessionID (including a call that times out), reservations, notifications, CDRs
 * delivered exactly once across a restart, and GetChargeDetailRecords.
 */

const UID_A = '1A2B3C4D';
const card = (uid: string) => ({ RFIDMifareFamilyIdentification: { UID: uid } });
const notification = (type: string, sessionId: string, evseId: string, extra: Record<string, unknown> = {}) => ({
  notification: { Type: type, SessionID: sessionId, EvseID: evseId, OperatorID: 'DE*CMX', ...extra },
});

describe('oicp-peer: sessions between a CPO, two EMPs and a Hubject stand-in', () => {
  let cpo: Instance;
  let empA: Instance;
  let empB: Instance;
  let hub: Instance;
  let nc: NatsConnection;
  let backend: CpoBackend;
  let cpoAtA: string; // the token the CPO presents to EMP A
  let hubAtA: string; // the token the Hubject stand-in presents to EMP A
  let blackHole: Server;

  const empSession = async (instance: Instance, sessionId: string) => (await adminGet(instance, `/admin/oicp/emp/sessions/${sessionId}`)).body;
  const cpoSession = async (sessionId: string) => (await adminGet(cpo, `/admin/oicp/cpo/sessions/${sessionId}`)).body;

  beforeAll(async () => {
    [cpo, empA, empB, hub] = await Promise.all([startInstance('cpo'), startInstance('emp-a'), startInstance('emp-b'), startInstance('hubject')]);
    await Promise.all([
      host(cpo, { countryCode: 'DE', partyId: 'CMX', operatorId: 'DE*CMX', operatorName: 'ChargeMesh CPO' }),
      host(empA, { countryCode: 'DE', partyId: 'EMA', providerId: 'DE-EMA' }),
      host(empB, { countryCode: 'DE', partyId: 'EMB', providerId: 'DE-EMB' }),
      host(hub, { countryCode: 'DE', partyId: 'HBX', operatorId: 'DE*HBX', operatorName: 'Behind the hub', providerId: 'DE-HBY' }),
    ]);
    cpoAtA = (await link(cpo, 'cpo', { operatorIds: ['DE*CMX'] }, empA, 'emp-a', { providerIds: ['DE-EMA'] })).aPresents;
    // EMP B gives up on the CPO quickly: the remote-start time-out scenario.
    await link(cpo, 'cpo', { operatorIds: ['DE*CMX'], requestTimeoutMs: 500 }, empB, 'emp-b', { providerIds: ['DE-EMB'] });
    // Hubject as the CPO's default EMP route and EMP A's default CPO route; EMP B names it explicitly for DE*HBX.
    await link(cpo, 'cpo', { operatorIds: ['DE*CMX'] }, hub, 'hubject', { defaultForProviders: true });
    hubAtA = (await link(hub, 'hubject', { defaultForOperators: true }, empA, 'emp-a', { providerIds: ['DE-EMA'] })).aPresents;
    await link(hub, 'hubject', { operatorIds: ['DE*HBX'] }, empB, 'emp-b', { providerIds: ['DE-EMB'] });
    nc = await natsClient();
    backend = new CpoBackend(nc, cpo.namespace, async (action, request) => {
      if (request.evseId.endsWith('E666')) return { accepted: false, statusCode: '602' };
      if (action === 'remote-start' && request.providerId === 'DE-EMB') {
        // The EVSE takes its time: answer only once EMP B has given up waiting.
        await until(async () => (await empSession(empB, request.sessionId))?.remote?.['remote-start']?.state === 'timed-out', 'EMP B to time out');
      }
      return { accepted: true, cpoPartnerSessionId: `cpo-${request.sessionId.slice(0, 8)}` };
    });
    new CpoBackend(nc, hub.namespace, async () => ({ accepted: true }));
    await adminPost(cpo, '/admin/oicp/cpo/evse-data', { operatorId: 'DE*CMX', actionType: 'fullLoad', records: [1, 2, 3, 4, 5].map((n) => evseRecord(`DE*CMX*E${n}`)) });
    await adminPost(empA, '/admin/oicp/emp/authentication-data', { providerId: 'DE-EMA', actionType: 'fullLoad', records: [{ Identification: card(UID_A) }], pushToPeers: false });
    // The first test asks EMP A at once: wait until its projection holds the card (it is eventually consistent).
    await until(async () => (await queryPeerDatabase(empA, 'SELECT 1 FROM emp_auth_data')).length > 0, 'EMP A to project its authentication data');
  });
  afterAll(async () => {
    blackHole?.closeAllConnections();
    blackHole?.close();
    await nc?.close();
    await stopInstances([cpo, empA, empB, hub].filter(Boolean));
  });

  it('should ask every EMP peer in parallel for a card and take the first authorization, under the EMP SessionID', async () => {
    const result = await adminPost(cpo, '/admin/oicp/cpo/authorize-start', { operatorId: 'DE*CMX', evseId: 'DE*CMX*E1', identification: card(UID_A) });
    expect(result.body).toMatchObject({ authorizationStatus: 'Authorized', peerId: 'emp-a', providerId: 'DE-EMA', statusCode: { Code: '000' } });
    const sessionId = result.body.sessionId;
    expect(await until(() => empSession(empA, sessionId).then((s) => s.sessionId && s), 'the EMP session')).toMatchObject({ origin: 'authorize-start', peerId: 'cpo', operatorId: 'DE*CMX' });
    expect(await until(() => cpoSession(sessionId).then((s) => s.sessionId && s), 'the CPO session')).toMatchObject({ peerId: 'emp-a', providerId: 'DE-EMA' });
    const stop = await adminPost(cpo, '/admin/oicp/cpo/authorize-stop', { operatorId: 'DE*CMX', sessionId, identification: card(UID_A) });
    expect(stop.body).toMatchObject({ authorizationStatus: 'Authorized', peerId: 'emp-a' });
    const unknown = await adminPost(cpo, '/admin/oicp/cpo/authorize-stop', { operatorId: 'DE*CMX', sessionId: crypto.randomUUID(), identification: card(UID_A) });
    expect(unknown.body).toMatchObject({ authorizationStatus: 'NotAuthorized', statusCode: { Code: '400' } });
  });

  it('should answer 210 when no EMP peer authorizes, having asked all of them, the stand-in included', async () => {
    const result = await adminPost(cpo, '/admin/oicp/cpo/authorize-start', { operatorId: 'DE*CMX', identification: card('99887766') });
    expect(result.body).toMatchObject({ authorizationStatus: 'NotAuthorized', statusCode: { Code: '210' } });
    expect(result.body.answers.map((answer: { peerId: string }) => answer.peerId).sort()).toEqual(['emp-a', 'emp-b', 'hubject']);
  });

  it('should not wait for a peer that does not answer, and count it as timed out when nobody authorizes', async () => {
    blackHole = createServer(() => undefined);
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const port = (blackHole.address() as { port: number }).port;
    await registerPeer(cpo, 'black-hole', { peer: { url: `http://127.0.0.1:${port}` } } as Instance, { providerIds: ['DE-BLK'], requestTimeoutMs: 300 }, { inbound: token(), outbound: token() });
    try {
      const authorized = await adminPost(cpo, '/admin/oicp/cpo/authorize-start', { operatorId: 'DE*CMX', identification: card(UID_A) });
      expect(authorized.body).toMatchObject({ authorizationStatus: 'Authorized', peerId: 'emp-a' });
      const refused = await adminPost(cpo, '/admin/oicp/cpo/authorize-start', { operatorId: 'DE*CMX', identification: card('55667788') });
      expect(refused.body).toMatchObject({ authorizationStatus: 'NotAuthorized', statusCode: { Code: '210' } });
      expect(refused.body.answers).toContainEqual({ peerId: 'black-hole', answer: 'timed-out' });
    } finally {
      await call(cpo.peer, 'DELETE', '/admin/oicp/peers/black-hole');
    }
  });

  it('should ask only the EMP a contract id names, and pass on its refusal', async () => {
    const result = await adminPost(cpo, '/admin/oicp/cpo/authorize-start', { operatorId: 'DE*CMX', identification: { RemoteIdentification: { EvcoID: 'DE-EMB-C12345678-X' } } });
    expect(result.body).toMatchObject({ authorizationStatus: 'NotAuthorized', statusCode: { Code: '210' }, answers: [{ peerId: 'emp-b', answer: 'not-authorized' }] });
  });

  it('should authorize offline from authentication data an EMP pushed, without asking anyone', async () => {
    const pushed = await adminPost(empB, '/admin/oicp/emp/authentication-data', { providerId: 'DE-EMB', actionType: 'fullLoad', records: [{ Identification: card('AABBCCDD') }] });
    expect(pushed.body.targets).toEqual(['cpo', 'hubject']);
    const result = await until(async () => {
      const answer = await adminPost(cpo, '/admin/oicp/cpo/authorize-start', { operatorId: 'DE*CMX', identification: card('aabbccdd') });
      // EMP B authorizes the card online too; once its data has reached the CPO, nobody needs to be asked.
      return answer.body.authorizationStatus === 'Authorized' && answer.body.answers.length === 0 ? answer.body : undefined;
    }, 'the pushed authentication data to reach the CPO');
    expect(result).toMatchObject({ providerId: 'DE-EMB', peerId: 'emp-b', answers: [] });
  });

  it('should remote start under the SessionID the EMP minted, then carry notifications, the CDR and the stop back to that EMP', async () => {
    const started = await adminPost(empA, '/admin/oicp/emp/remote-start', { providerId: 'DE-EMA', evseId: 'DE*CMX*E2', evcoId: 'DE-EMA-C00000001-2' });
    expect(started.body).toMatchObject({ accepted: true, outcome: 'accepted', peerId: 'cpo', statusCode: { Code: '000' } });
    const sessionId = started.body.sessionId;
    expect(backend.received).toContainEqual({ action: 'remote-start', request: expect.objectContaining({ sessionId, providerId: 'DE-EMA', evseId: 'DE*CMX*E2', evcoId: 'DE-EMA-C00000001-2' }) });
    for (const [type, extra] of [
      ['Start', { ChargingStart: '2026-11-20T10:05:00+01:00' }],
      ['Progress', { ChargingStart: '2026-11-20T10:05:00+01:00', EventOccurred: '2026-11-20T10:35:00+01:00', ConsumedEnergyProgress: 10.5 }],
      ['End', { ChargingEnd: '2026-11-20T11:00:00+01:00', ConsumedEnergy: 21.5 }],
      ['Error', { ErrorType: 'ConnectorError' }],
    ] as const) {
      expect((await adminPost(cpo, '/admin/oicp/cpo/charging-notifications', notification(type, sessionId, 'DE*CMX*E2', extra))).body).toMatchObject({ sessionId, peerId: 'emp-a' });
    }
    const sent = await adminPost(cpo, '/admin/oicp/cpo/charge-detail-records', { operatorId: 'DE*CMX', cdr: chargeDetailRecord(sessionId, 'DE*CMX*E2', 'DE-EMA-C00000001-2') });
    expect(sent.body).toEqual({ sessionId, peerId: 'emp-a', duplicate: false });
    const session = await until(async () => {
      const current = await empSession(empA, sessionId);
      return current.notifications?.length === 4 && current.cdr ? current : undefined;
    }, 'EMP A to hold the notifications and the CDR');
    expect(session.notifications.map((n: { type: string }) => n.type)).toEqual(['Start', 'Progress', 'End', 'Error']);
    expect(session).toMatchObject({ origin: 'remote-start', cdrVia: 'push', cdr: { SessionID: sessionId, ConsumedEnergy: 21.5 } });
    expect(session.cdr.Identification).toBeUndefined();
    await until(async () => (await cpoSession(sessionId)).cdrDelivered, 'the CPO to record the delivery');
    const stopped = await adminPost(empA, '/admin/oicp/emp/remote-stop', { providerId: 'DE-EMA', sessionId });
    expect(stopped.body).toMatchObject({ accepted: true, outcome: 'accepted' });
  });

  it('should keep a remote start whose call timed out, and still deliver its notifications and CDR to that EMP', async () => {
    const started = await adminPost(empB, '/admin/oicp/emp/remote-start', { providerId: 'DE-EMB', evseId: 'DE*CMX*E3', evcoId: 'DE-EMB-C00000002-3' });
    expect(started.body).toMatchObject({ accepted: false, outcome: 'timed-out', statusCode: { Code: '310' } });
    const sessionId = started.body.sessionId;
    // The EVSE did start: the CPO answered after EMP B gave up, and the session is EMP B's.
    await until(async () => (await cpoSession(sessionId)).remote?.['remote-start']?.state === 'accepted', 'the CPO to record the late acceptance');
    expect(await cpoSession(sessionId)).toMatchObject({ peerId: 'emp-b', providerId: 'DE-EMB' });
    await adminPost(cpo, '/admin/oicp/cpo/charging-notifications', notification('Start', sessionId, 'DE*CMX*E3', { ChargingStart: '2026-11-20T10:05:00+01:00' }));
    await adminPost(cpo, '/admin/oicp/cpo/charge-detail-records', { operatorId: 'DE*CMX', cdr: chargeDetailRecord(sessionId, 'DE*CMX*E3', 'DE-EMB-C00000002-3') });
    const session = await until(async () => {
      const current = await empSession(empB, sessionId);
      return current.cdr ? current : undefined;
    }, 'EMP B to receive the CDR of the timed-out start');
    expect(session).toMatchObject({ origin: 'remote-start', remote: { 'remote-start': { state: 'timed-out' } }, notifications: [{ type: 'Start' }], cdr: { SessionID: sessionId } });
  });

  it('should answer 210 for an operator no peer serves, without any HTTP call', async () => {
    const audit = async () => (await jetstreamManager(nc)).streams.info(streamName(empB.namespace, 'OICP_AUDIT'), { subjects_filter: '>' });
    const outgoing = async () => (await audit()).state.subjects?.[`${empB.namespace}.audit-oicp.exchange.out`] ?? 0;
    const before = await until(async () => (await audit()).state.messages > 0 && outgoing(), 'earlier calls to be audited');
    const result = await adminPost(empB, '/admin/oicp/emp/remote-start', { providerId: 'DE-EMB', evseId: 'FR*XYZ*E1', evcoId: 'DE-EMB-C00000002-3' });
    expect(result.body).toMatchObject({ accepted: false, outcome: 'no-route', statusCode: { Code: '210' } });
    expect((await empSession(empB, result.body.sessionId)).code).toBe('OICP.UNKNOWN_SESSION');
    // One real call afterwards: the audit then holds exactly one more outgoing exchange, that one.
    await adminPost(empB, '/admin/oicp/emp/pull-evse-status', { providerId: 'DE-EMB', operatorId: 'DE*CMX' });
    await until(async () => (await outgoing()) === before + 1, 'the pull to be audited');
  });

  it('should reserve and cancel, and pass on the EVSE refusal of a remote start (602)', async () => {
    const reserved = await adminPost(empA, '/admin/oicp/emp/reservation-start', { providerId: 'DE-EMA', evseId: 'DE*CMX*E4', evcoId: 'DE-EMA-C00000001-2', durationMinutes: 15 });
    expect(reserved.body).toMatchObject({ accepted: true, outcome: 'accepted' });
    expect(backend.received).toContainEqual({ action: 'reservation-start', request: expect.objectContaining({ sessionId: reserved.body.sessionId, durationMinutes: 15 }) });
    expect((await adminPost(empA, '/admin/oicp/emp/reservation-stop', { providerId: 'DE-EMA', sessionId: reserved.body.sessionId })).body).toMatchObject({ accepted: true });
    const refused = await adminPost(empA, '/admin/oicp/emp/remote-start', { providerId: 'DE-EMA', evseId: 'DE*CMX*E666', evcoId: 'DE-EMA-C00000001-2' });
    expect(refused.body).toMatchObject({ accepted: false, outcome: 'rejected', statusCode: { Code: '602' } });
  });

  it('should route through the Hubject stand-in: as default peer for operators and providers, and as an explicit peer', async () => {
    const viaDefault = await adminPost(empA, '/admin/oicp/emp/remote-start', { providerId: 'DE-EMA', evseId: 'DE*HBX*E1', evcoId: 'DE-EMA-C00000001-2' });
    expect(viaDefault.body).toMatchObject({ accepted: true, peerId: 'hubject' });
    const viaExplicit = await adminPost(empB, '/admin/oicp/emp/remote-start', { providerId: 'DE-EMB', evseId: 'DE*HBX*E2', evcoId: 'DE-EMB-C00000002-3' });
    expect(viaExplicit.body).toMatchObject({ accepted: true, peerId: 'hubject' });
    const sessionId = crypto.randomUUID();
    const sent = await adminPost(cpo, '/admin/oicp/cpo/charge-detail-records', { operatorId: 'DE*CMX', providerId: 'DE-HBY', cdr: chargeDetailRecord(sessionId, 'DE*CMX*E5', 'DE-HBY-C00000009-1') });
    expect(sent.body).toMatchObject({ peerId: 'hubject' });
    await until(async () => (await empSession(hub, sessionId)).cdr, 'the stand-in to receive the CDR');
    const status = await adminPost(cpo, '/admin/oicp/cpo/evse-status', { operatorId: 'DE*CMX', actionType: 'update', records: [{ EvseID: 'DE*CMX*E5', EvseStatus: 'Occupied' }] });
    expect(status.body.targets).toEqual(['emp-a', 'emp-b', 'hubject']);
  });

  it('should refuse a session report from a peer the session is not with (400) or that claims another peer id (017)', async () => {
    const started = await adminPost(empA, '/admin/oicp/emp/remote-start', { providerId: 'DE-EMA', evseId: 'DE*CMX*E1', evcoId: 'DE-EMA-C00000001-2' });
    const sessionId = started.body.sessionId;
    const path = '/api/oicp/notificationmgmt/v11/charging-notifications';
    const asHub = { Type: 'Start', SessionID: sessionId, EvseID: 'DE*HBX*E1', OperatorID: 'DE*HBX', ChargingStart: '2026-11-20T10:05:00+01:00' };
    expect((await oicpPost(empA, path, asHub, hubAtA)).body).toMatchObject({ Result: false, StatusCode: { Code: '400' } });
    expect(await oicpPost(empA, path, { ...asHub, EvseID: 'DE*CMX*E1', OperatorID: 'DE*CMX' }, hubAtA)).toMatchObject({ status: 401, body: { StatusCode: { Code: '017' } } });
    expect((await oicpPost(empA, path, { ...asHub, EvseID: 'DE*CMX*E1', OperatorID: 'DE*CMX' }, cpoAtA)).body).toMatchObject({ Result: true });
  });

  it('should deliver a CDR exactly once although the EMP was down and the CPO restarted in between', async () => {
    const started = await adminPost(empA, '/admin/oicp/emp/remote-start', { providerId: 'DE-EMA', evseId: 'DE*CMX*E4', evcoId: 'DE-EMA-C00000001-2' });
    const sessionId = started.body.sessionId;
    const cdr = chargeDetailRecord(sessionId, 'DE*CMX*E4', 'DE-EMA-C00000001-2');
    await stopPeer(empA);
    expect((await adminPost(cpo, '/admin/oicp/cpo/charge-detail-records', { operatorId: 'DE*CMX', cdr })).body).toMatchObject({ duplicate: false });
    await until(async () => {
      const [row] = (await adminGet(cpo, `/admin/oicp/deliveries?sessionId=${sessionId}`)).body;
      return row?.state === 'pending' && row.attempts >= 1;
    }, 'a failed first attempt');
    await stopPeer(cpo);
    await startPeer(cpo);
    await startPeer(empA);
    await until(async () => (await adminGet(cpo, `/admin/oicp/deliveries?sessionId=${sessionId}&operation=ChargeDetailRecord`)).body[0]?.state === 'delivered', 'the CDR to be delivered');
    await until(async () => (await empSession(empA, sessionId)).cdr, 'EMP A to project the CDR');
    // A sender that lost the answer sends again: acknowledged, nothing new recorded.
    const subject = `${empA.namespace}.oicp.emp-session.${sessionId}`;
    const count = async () => (await (await jetstreamManager(nc)).streams.info(streamName(empA.namespace, 'OICP'), { subjects_filter: subject })).state.subjects?.[subject];
    const before = await count();
    expect((await oicpPost(empA, '/api/oicp/cdrmgmt/v22/operators/DE*CMX/charge-detail-record', cdr, cpoAtA)).body).toMatchObject({ Result: true, StatusCode: { Code: '000' } });
    expect(await count()).toBe(before);
    expect((await adminPost(cpo, '/admin/oicp/cpo/charge-detail-records', { operatorId: 'DE*CMX', cdr })).body).toMatchObject({ duplicate: true });
    expect(await adminPost(cpo, '/admin/oicp/cpo/charge-detail-records', { operatorId: 'DE*CMX', cdr: { ...cdr, ConsumedEnergy: 99 } })).toMatchObject({ status: 409, body: { code: 'OICP.CONFLICT_CDR' } });
    expect((await adminGet(cpo, `/admin/oicp/deliveries?sessionId=${sessionId}&operation=ChargeDetailRecord`)).body).toHaveLength(1);
  });

  it('should serve GetChargeDetailRecords: the caller EMP gets its own CDRs, already held ones are not recorded twice', async () => {
    const pulled = await adminPost(empA, '/admin/oicp/emp/get-charge-detail-records', { providerId: 'DE-EMA', operatorId: 'DE*CMX', from: '2026-11-20T00:00:00Z', to: '2026-11-21T00:00:00Z' });
    expect(pulled.body).toMatchObject({ peerId: 'cpo', statusCode: { Code: '000' }, recorded: 0, response: { totalElements: 2 } });
    expect(pulled.body.response.content.every((cdr: { Identification: { RemoteIdentification: { EvcoID: string } } }) => cdr.Identification.RemoteIdentification.EvcoID.startsWith('DE-EMA'))).toBe(true);
    const empty = await adminPost(empB, '/admin/oicp/emp/get-charge-detail-records', { providerId: 'DE-EMB', operatorId: 'DE*CMX', from: '2026-11-22T00:00:00Z', to: '2026-11-23T00:00:00Z' });
    expect(empty.body.response).toMatchObject({ totalElements: 0, content: [] });
  });
});
