import type { NatsConnection } from '@nats-io/transport-node';
import type { IHandlersOption } from 'ocpp-rpc';
import { CodedError } from '@chargemesh/contracts/envelope';
import { callOcpiUrlSubject } from '@chargemesh/contracts/ocpi';
import { TARIFF_CDR_ACTIONS, TARIFF_CDR_ERRORS, tariffCdrSubject } from '@chargemesh/contracts/tariff';
import { NatsRequester, NatsResponder } from '@chargemesh/platform-messaging';
import { connectTestNats, eventually, removeNamespace, testLogger, testNamespace } from '@chargemesh/platform-testing';
import { ocpiExamples } from '@chargemesh/protocol-ocpi';
import { adminLocation, connectStation, http, type Json, OCPI_BASE_URL, provisionStation, registerParty, startPlatform } from '../__fixtures__/platform.fixture';
import { MODULE_ACTIONS, moduleActionSubject } from '../shared/module-actions';

const CMX = { countryCode: 'NL', partyId: 'CMX' };
const EMP = { countryCode: 'NL', partyId: 'EMP' };
const token = (overrides: Record<string, unknown> = {}) => ({ ...ocpiExamples.token(), country_code: 'NL', party_id: 'EMP', uid: 'APP-START-1', type: 'APP_USER', whitelist: 'NEVER', ...overrides });

describe('commands: an eMSP and a CPO hosted here, through the router, with stations of the real gateway', () => {
  const namespace = testNamespace();
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let nc: NatsConnection;
  let requester: NatsRequester;
  const received: { station: string; action: string; params: Json }[] = [];

  const send = (command: string, body: Record<string, unknown>) => requester.request<Json>(moduleActionSubject(namespace, MODULE_ACTIONS.sendCommand), { ...EMP, to: CMX, command, body });
  const resultOf = (id: string) =>
    eventually(async () => {
      const view = await requester.request<Json>(moduleActionSubject(namespace, MODULE_ACTIONS.getCommand), { id });
      return view.results.length ? view : undefined;
    }, 20_000, 'the CommandResult');

  beforeAll(async () => {
    nc = await connectTestNats();
    requester = new NatsRequester(nc, 15_000);
    platform = await startPlatform(namespace, { OCPI_COMMAND_STATION_TIMEOUT_MS: '1500' });
    await registerParty(requester, namespace, CMX, 'CPO');
    await registerParty(requester, namespace, EMP, 'EMSP');
    for (const stationId of ['CS-201', 'CS-16', 'CS-OFF']) await provisionStation(platform.gateway, stationId, CMX);
    const saved = await http(platform.directory, 'PUT', '/admin/parties/NL/CMX/locations/LOC-C', adminLocation([
      { uid: 'E201', stationId: 'CS-201', evseId: 1 },
      { uid: 'E16', stationId: 'CS-16', evseId: 2 },
      { uid: 'EOFF', stationId: 'CS-OFF', evseId: 1 },
    ]));
    expect(saved.status).toBe(200);
    // The sessions of tariff-cdr (another engineer's service), answered over the real NATS.
    new NatsResponder(nc, testLogger()).serve(tariffCdrSubject(namespace, TARIFF_CDR_ACTIONS.getSession), async (payload) => {
      const { sessionId } = payload as { sessionId: string };
      if (sessionId !== 'SES-1') throw new CodedError(TARIFF_CDR_ERRORS.sessionNotFound, 'no such session');
      return { countryCode: 'NL', partyId: 'CMX', sessionId, stationId: 'CS-16', transactionId: '4711', receiver: { kind: 'ocpi', party: EMP }, session: { id: sessionId, status: 'ACTIVE', location_id: 'LOC-C', evse_uid: 'E16', cdr_token: { country_code: 'NL', party_id: 'EMP', uid: 'X', type: 'RFID', contract_id: 'C' } } };
    });
  });
  afterAll(async () => {
    await platform.close();
    await nc.close();
    await removeNamespace(namespace);
  });

  async function station(identity: string, protocol: 'ocpp1.6' | 'ocpp2.0.1', answer: (action: string) => Promise<Record<string, unknown>>) {
    const connected = await connectStation(platform.gateway, identity, protocol);
    connected.client.handle(async ({ method = '', params }: IHandlersOption) => {
      received.push({ station: identity, action: method, params });
      return answer(method);
    });
    return connected;
  }

  it('should start a session on a 2.0.1 charge point, POST the CommandResult back, and accept the token when the station checks it', async () => {
    const { client, failures } = await station('CS-201', 'ocpp2.0.1', async () => ({ status: 'Accepted' }));
    const sent = await send('START_SESSION', { token: token(), location_id: 'LOC-C', evse_uid: 'E201', authorization_reference: 'AUTH-1' });
    expect(sent).toMatchObject({ module: 'commands', kind: 'START_SESSION', receiver: CMX, response: { result: 'ACCEPTED', timeout: expect.any(Number) } });
    expect((await resultOf(sent.id)).results).toEqual([{ result: 'ACCEPTED' }]);
    const start = received.find((call) => call.station === 'CS-201' && call.action === 'RequestStartTransaction');
    expect(start?.params).toMatchObject({ evseId: 1, idToken: { idToken: 'APP-START-1', type: 'Central' }, remoteStartId: expect.any(Number) });
    // The charge point checks the remote-start token: accepted without asking the eMSP (the START_SESSION authorised it).
    const started = await client.call('TransactionEvent', {
      eventType: 'Started', timestamp: new Date().toISOString(), triggerReason: 'RemoteStart', seqNo: 0, transactionInfo: { transactionId: 'TX-R1', remoteStartId: start?.params.remoteStartId }, evse: { id: 1, connectorId: 1 }, idToken: start?.params.idToken,
    });
    expect(started).toMatchObject({ idTokenInfo: { status: 'Accepted' } });
    await client.close();
    expect(failures).toEqual([]);
  });

  it('should stop a session on a 1.6 charge point through its transaction, and answer UNKNOWN_SESSION for an unknown one', async () => {
    const { client, failures } = await station('CS-16', 'ocpp1.6', async () => ({ status: 'Accepted' }));
    const sent = await send('STOP_SESSION', { session_id: 'SES-1' });
    expect(sent.response).toMatchObject({ result: 'ACCEPTED' });
    expect((await resultOf(sent.id)).results).toEqual([{ result: 'ACCEPTED' }]);
    expect(received.find((call) => call.action === 'RemoteStopTransaction')?.params).toEqual({ transactionId: 4711 });
    expect((await send('STOP_SESSION', { session_id: 'SES-NONE' })).response).toMatchObject({ result: 'UNKNOWN_SESSION' });
    await client.close();
    expect(failures).toEqual([]);
  });

  it('should reserve with an OCPP id of ours and cancel that same reservation', async () => {
    const { client, failures } = await station('CS-201', 'ocpp2.0.1', async () => ({ status: 'Accepted' }));
    const expiry = new Date(Date.now() + 3_600_000).toISOString();
    const reserved = await send('RESERVE_NOW', { token: token({ uid: 'RFID-RES', type: 'RFID' }), expiry_date: expiry, reservation_id: 'emsp-res-1', location_id: 'LOC-C', evse_uid: 'E201' });
    expect((await resultOf(reserved.id)).results).toEqual([{ result: 'ACCEPTED' }]);
    const reserve = received.find((call) => call.action === 'ReserveNow')?.params;
    expect(reserve).toMatchObject({ id: expect.any(Number), evseId: 1, idToken: { idToken: 'RFID-RES', type: 'ISO14443' } });
    const cancelled = await send('CANCEL_RESERVATION', { reservation_id: 'EMSP-RES-1' });
    expect((await resultOf(cancelled.id)).results).toEqual([{ result: 'ACCEPTED' }]);
    expect(received.find((call) => call.action === 'CancelReservation')?.params).toEqual({ reservationId: reserve.id });
    expect((await send('CANCEL_RESERVATION', { reservation_id: 'never-made' })).response).toMatchObject({ result: 'REJECTED' });
    await client.close();
    expect(failures).toEqual([]);
  });

  it('should post TIMEOUT when the charge point does not answer in time', async () => {
    const { client } = await station('CS-201', 'ocpp2.0.1', () => new Promise((resolve) => setTimeout(() => resolve({ status: 'Unlocked' }), 4_000)));
    const sent = await send('UNLOCK_CONNECTOR', { location_id: 'LOC-C', evse_uid: 'E201', connector_id: '1' });
    expect(sent.response).toMatchObject({ result: 'ACCEPTED' });
    expect((await resultOf(sent.id)).results).toEqual([{ result: 'TIMEOUT', message: [{ language: 'en', text: expect.any(String) }] }]);
    await client.close();
  });

  it('should refuse at once what cannot reach a charge point, and answer 2003 for an unknown location', async () => {
    expect((await send('START_SESSION', { token: token(), location_id: 'LOC-C', evse_uid: 'EOFF' })).response).toMatchObject({ result: 'REJECTED', message: [{ text: expect.stringMatching(/not connected/) }] });
    expect((await send('START_SESSION', { token: token({ party_id: 'XYZ' }), location_id: 'LOC-C', evse_uid: 'E201' })).response).toMatchObject({ result: 'REJECTED', message: [{ text: expect.stringMatching(/own tokens/) }] });
    expect((await send('UNLOCK_CONNECTOR', { location_id: 'NOWHERE', evse_uid: 'E1', connector_id: '1' })).response).toEqual({ status_code: 2003, status_message: expect.stringMatching(/NOWHERE/) });
    expect((await send('UNLOCK_CONNECTOR', { location_id: 'LOC-C', evse_uid: 'E-NONE', connector_id: '1' })).response).toMatchObject({ status_code: 2003 });
  });

  it('should refuse a malformed command before sending it, and a result for a command that was never sent', async () => {
    await expect(send('START_SESSION', { location_id: 'LOC-C' })).rejects.toMatchObject({ code: 'OCPI_REQUEST.INVALID', message: expect.stringMatching(/token/) });
    const viaHttp = await http(platform.router, 'POST', '/admin/parties/NL/EMP/commands/STOP_SESSION', { to: CMX, body: { session_id: 'SES-NONE' } });
    expect(viaHttp).toMatchObject({ status: 200, body: { kind: 'STOP_SESSION', response: { result: 'UNKNOWN_SESSION' } } });
    expect((await http(platform.router, 'GET', `/admin/commands/${viaHttp.body.id}`)).body).toEqual(viaHttp.body);
    await expect(requester.request(moduleActionSubject(namespace, MODULE_ACTIONS.getCommand), { id: '0190a0b0-0000-7000-8000-000000000000' })).rejects.toMatchObject({ code: 'OCPI_REQUEST.NOT_FOUND' });
    // Results reach us on our own URL: one for a command never sent, or from another party than the CPO asked, is not found.
    const postResult = (id: string, from: { countryCode: string; partyId: string }, body: unknown = { result: 'ACCEPTED' }) =>
      requester.request<Json>(callOcpiUrlSubject(namespace), { url: `${OCPI_BASE_URL}/ocpi/2.2.1/sender/commands/STOP_SESSION/${id}`, method: 'POST', body, from, to: EMP });
    expect(await postResult('0190a0b0-0000-7000-8000-000000000000', CMX)).toMatchObject({ httpStatus: 404, statusCode: 2000 });
    expect(await postResult(viaHttp.body.id, { countryCode: 'NL', partyId: 'EMP' })).toMatchObject({ httpStatus: 404 });
    expect(await postResult(viaHttp.body.id, CMX, { result: 'MAYBE' })).toMatchObject({ statusCode: 2001 });
    expect(await postResult(viaHttp.body.id, CMX)).toMatchObject({ statusCode: 1000 });
    expect((await http(platform.router, 'GET', `/admin/commands/${viaHttp.body.id}`)).body.results).toEqual([{ result: 'ACCEPTED' }]);
  });
});
