import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject, type EventEnvelope, streamName } from '@chargemesh/contracts/envelope';
import type { OcpiExchangeReply, SendOcpiRequest } from '@chargemesh/contracts/ocpi';
import { STATION_AGGREGATE, TOKEN_AUTHORITY_ACTIONS, TOKEN_AUTHORITY_SERVICE } from '@chargemesh/contracts/station';
import { TOKEN_ACTIONS } from '@chargemesh/contracts/token';
import { EventStore, NatsRequester } from '@chargemesh/platform-messaging';
import type { StartedService } from '@chargemesh/platform-runtime';
import { connectTestNats, eventually, removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import { ocpiExamples } from '@chargemesh/protocol-ocpi';
import { http, type Json, moduleClient, party, registerParty, serveFakeRouter, startDirectory } from '../locations/__fixtures__/directory-harness.fixture';
import { adminLocation } from '../locations/__fixtures__/location-samples.fixture';
import { connectStation, provisionStation, startGateway } from '../locations/__fixtures__/station.fixture';

const CMX = party('NL', 'CMX');
const EMP = party('NL', 'EMP');
const REMOTE_EMSP = party('DE', 'EMR');
const remoteToken = (uid: string, whitelist: string, overrides: Record<string, unknown> = {}) => ({ ...ocpiExamples.token(), country_code: 'DE', party_id: 'EMR', uid, whitelist, ...overrides });
const { country_code: _c, party_id: _p, uid: _u, type: _t, last_updated: _l, ...adminToken } = ocpiExamples.token();

describe('directory: the Tokens module of hosted parties and the token authority', () => {
  const namespace = testNamespace();
  let directory: StartedService;
  let gateway: StartedService;
  let nc: NatsConnection;
  let requester: NatsRequester;
  let tokens: ReturnType<typeof moduleClient>;
  let router: ReturnType<typeof serveFakeRouter>;
  /** How the remote eMSP DE*EMR answers real-time authorisations (through the fake router). */
  let remoteAnswer: (request: SendOcpiRequest) => OcpiExchangeReply;

  const receiver = (method: 'GET' | 'PUT' | 'PATCH', uid: string, body?: unknown, query: Record<string, string> = {}, from = REMOTE_EMSP) =>
    tokens({ interface: 'RECEIVER', method, path: ['DE', 'EMR', uid], query, ...(body === undefined ? {} : { body }), from, to: CMX });
  const authority = (value: string, extra: Record<string, unknown> = {}) =>
    requester.request<Json>(commandSubject(namespace, TOKEN_AUTHORITY_SERVICE, TOKEN_AUTHORITY_ACTIONS.authorize), { stationId: 'CS-TOK', party: CMX, ocppVersion: '2.0.1', idToken: { value, type: 'ISO14443' }, evseId: 1, purpose: 'authorize', ...extra });
  const realTimeRequests = () => router.sent.filter((request) => request.module === 'tokens' && request.interface === 'SENDER');

  beforeAll(async () => {
    nc = await connectTestNats();
    requester = new NatsRequester(nc, 10_000);
    directory = await startDirectory(namespace, { TOKEN_AUTHORIZATION_REUSE_MS: '0' });
    gateway = await startGateway(namespace, { OCPP_TOKEN_AUTHORITY_TIMEOUT_MS: '5000' });
    await registerParty(requester, namespace, CMX, 'CPO');
    await registerParty(requester, namespace, EMP, 'EMSP');
    tokens = moduleClient(requester, namespace, 'tokens');
    remoteAnswer = () => ({ httpStatus: 200, statusCode: 1000, headers: {} });
    router = serveFakeRouter(nc, namespace, (to) => ['NL*CMX', 'NL*EMP'].includes(`${to.countryCode}*${to.partyId}`), (request) => remoteAnswer(request));
    await http(directory, 'PUT', '/admin/parties/NL/CMX/locations/LOC-TOK', adminLocation([{ uid: 'E-TOK', station: { stationId: 'CS-TOK', evseId: 1 } }]));
  });
  afterAll(async () => {
    router.stop();
    await gateway.app.close();
    await directory.app.close();
    await nc.close();
    await removeNamespace(namespace);
  });

  describe('Receiver interface of a CPO hosted here', () => {
    it('should store a pushed token, patch it, and serve it only to its eMSP', async () => {
      expect(await receiver('PUT', 'RFID-1', remoteToken('RFID-1', 'ALWAYS'))).toMatchObject({ httpStatus: 201, statusCode: 1000 });
      expect(await receiver('PATCH', 'rfid-1', { valid: false, last_updated: '2026-02-01T00:00:00Z' })).toMatchObject({ httpStatus: 200, statusCode: 1000 });
      expect((await receiver('GET', 'RFID-1')).data).toMatchObject({ uid: 'RFID-1', valid: false, contract_id: 'NL-EVM-C12345678-X', last_updated: '2026-02-01T00:00:00Z' });
      expect(await receiver('GET', 'RFID-1', undefined, {}, party('DE', 'XXX'))).toMatchObject({ httpStatus: 404, statusCode: 2004 });
      expect(await receiver('GET', 'RFID-1', undefined, { type: 'APP_USER' })).toMatchObject({ httpStatus: 404, statusCode: 2004 });
      // A PUT without ?type= stores the token under the body's type.
      expect(await receiver('PUT', 'APP-1', remoteToken('APP-1', 'NEVER', { type: 'APP_USER' }))).toMatchObject({ httpStatus: 201 });
      expect((await receiver('GET', 'APP-1', undefined, { type: 'APP_USER' })).data).toMatchObject({ uid: 'APP-1', type: 'APP_USER' });
    });

    it('should refuse bad pushes with 2001 or 2004 and store nothing', async () => {
      expect(await receiver('PATCH', 'RFID-NEW', { valid: false, last_updated: '2026-02-01T00:00:00Z' })).toMatchObject({ statusCode: 2004 });
      expect(await receiver('PATCH', 'RFID-1', { valid: true })).toMatchObject({ statusCode: 2001, statusMessage: expect.stringMatching(/last_updated/) });
      expect(await receiver('PUT', 'RFID-2', remoteToken('RFID-3', 'ALWAYS'))).toMatchObject({ statusCode: 2001, statusMessage: expect.stringMatching(/token_uid/) });
      expect(await receiver('PUT', 'RFID-2', remoteToken('RFID-2', 'ALWAYS'), { type: 'APP_USER' })).toMatchObject({ statusCode: 2001, statusMessage: expect.stringMatching(/type/) });
      expect(await receiver('PUT', 'RFID-2', remoteToken('RFID-2', 'SOMETIMES'))).toMatchObject({ statusCode: 2001, statusMessage: expect.stringMatching(/whitelist/) });
      expect(await receiver('PUT', 'RFID-2', remoteToken('RFID-2', 'ALWAYS'), { type: 'CARD' })).toMatchObject({ statusCode: 2001 });
      expect(await receiver('GET', 'RFID-2')).toMatchObject({ httpStatus: 404 });
    });

    it('should keep uids and contract ids out of the TOKEN stream in clear', async () => {
      await receiver('PUT', 'SECRET-UID-77', remoteToken('SECRET-UID-77', 'ALWAYS', { contract_id: 'DE-EMR-SECRET-CONTRACT', visual_number: 'VISUAL-SECRET' }));
      const jsm = await jetstreamManager(nc);
      const { state } = await jsm.streams.info(streamName(namespace, 'TOKEN'));
      const raw: string[] = [];
      for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
        const message = await jsm.streams.getMessage(streamName(namespace, 'TOKEN'), { seq });
        if (message) raw.push(message.subject, new TextDecoder().decode(message.data));
      }
      expect(raw.join('\n')).toContain('ReceivedTokenUpdated.v1');
      expect(raw.join('\n')).not.toMatch(/SECRET-UID-77|DE-EMR-SECRET-CONTRACT|VISUAL-SECRET/);
    });
  });

  describe('Sender interface of an eMSP hosted here', () => {
    const sender = (method: 'GET' | 'POST', path: string[], query: Record<string, string> = {}, body?: unknown) =>
      tokens({ interface: 'SENDER', method, path, query, ...(body === undefined ? {} : { body }), from: CMX, to: EMP });

    beforeAll(async () => {
      for (const uid of ['OWN-1', 'OWN-2', 'OWN-3']) expect((await http(directory, 'PUT', `/admin/parties/NL/EMP/tokens/${uid}`, { ...adminToken, whitelist: 'NEVER' })).status).toBe(200);
      expect((await http(directory, 'PUT', '/admin/parties/NL/EMP/tokens/APP-1?type=APP_USER', { ...adminToken, valid: false })).status).toBe(200);
    });

    it('should list the tokens paginated and follow the Link', async () => {
      const first = await sender('GET', [], { limit: '2' });
      expect(first.headers).toMatchObject({ 'X-Total-Count': '4', 'X-Limit': '100' });
      const next = new URL(/<([^>]+)>/.exec(first.headers['Link'])![1]);
      const second = await sender('GET', [], Object.fromEntries(next.searchParams));
      expect([...(first.data as Json[]), ...(second.data as Json[])].map((token) => `${token.uid}/${token.type}`)).toEqual(['OWN-1/RFID', 'OWN-2/RFID', 'OWN-3/RFID', 'APP-1/APP_USER']);
      expect(second.headers['Link']).toBeUndefined();
    });

    it('should authorise a known token in real time, block an invalid one and answer 404/2004 for an unknown one', async () => {
      const allowed = await sender('POST', ['OWN-1', 'authorize'], {}, { location_id: 'LOC-X', evse_uids: ['E1'] });
      expect(allowed).toMatchObject({ statusCode: 1000, data: { allowed: 'ALLOWED', token: { uid: 'OWN-1' }, location: { location_id: 'LOC-X', evse_uids: ['E1'] }, authorization_reference: expect.any(String) } });
      expect(await sender('POST', ['APP-1', 'authorize'], { type: 'APP_USER' })).toMatchObject({ statusCode: 1000, data: { allowed: 'BLOCKED' } });
      expect(await sender('POST', ['APP-1', 'authorize'])).toMatchObject({ httpStatus: 404, statusCode: 2004 });
      expect(await sender('POST', ['OWN-1', 'authorize'], {}, { evse_uids: ['E1'] })).toMatchObject({ statusCode: 2001, statusMessage: expect.stringMatching(/location_id/) });
    });

    it('should push its tokens to the CPO hosted here', async () => {
      const heldByCpo = (uid: string) => tokens({ interface: 'RECEIVER', method: 'GET', path: ['NL', 'EMP', uid], from: EMP, to: CMX });
      await eventually(async () => (await heldByCpo('OWN-3')).statusCode === 1000, 15_000, 'the tokens to be pushed');
      expect((await heldByCpo('OWN-1')).data).toMatchObject({ uid: 'OWN-1', whitelist: 'NEVER' });
    });
  });

  describe('token authority for the station gateway', () => {
    it('should answer ALWAYS tokens from the whitelist and refuse unknown ones so that the gateway uses its local list', async () => {
      await receiver('PUT', 'ALWAYS-1', remoteToken('ALWAYS-1', 'ALWAYS', { group_id: 'GROUP-1' }));
      const before = realTimeRequests().length;
      expect(await authority('always-1')).toEqual({ status: 'Accepted', groupIdToken: { value: 'GROUP-1' } });
      expect(realTimeRequests()).toHaveLength(before);
      await expect(authority('NOBODY-KNOWS')).rejects.toMatchObject({ code: 'TOKEN.NOT_FOUND' });
    });

    it('should ask the eMSP in real time for NEVER tokens, with the location and EVSE, and honour its answer', async () => {
      await receiver('PUT', 'NEVER-1', remoteToken('NEVER-1', 'NEVER'));
      remoteAnswer = (request) => ({ httpStatus: 200, statusCode: 1000, headers: {}, data: { allowed: 'ALLOWED', token: remoteToken('NEVER-1', 'NEVER'), location: request.body, authorization_reference: 'AUTH-REF-1' } });
      expect(await authority('NEVER-1')).toMatchObject({ status: 'Accepted' });
      expect(realTimeRequests().at(-1)).toMatchObject({ method: 'POST', path: ['NEVER-1', 'authorize'], query: { type: 'RFID' }, body: { location_id: 'LOC-TOK', evse_uids: ['E-TOK'] }, from: CMX, to: REMOTE_EMSP });
      remoteAnswer = () => ({ httpStatus: 200, statusCode: 1000, headers: {}, data: { allowed: 'NO_CREDIT', token: remoteToken('NEVER-1', 'NEVER') } });
      expect(await authority('NEVER-1')).toMatchObject({ status: 'NoCredit' });
    });

    it('should allow ALLOWED_OFFLINE and refuse NEVER tokens when the eMSP cannot be reached', async () => {
      remoteAnswer = () => ({ httpStatus: 200, statusCode: 4003, statusMessage: 'not connected', headers: {} });
      await receiver('PUT', 'OFFLINE-1', remoteToken('OFFLINE-1', 'ALLOWED_OFFLINE'));
      expect(await authority('OFFLINE-1')).toMatchObject({ status: 'Accepted' });
      expect(await authority('NEVER-1')).toMatchObject({ status: 'Invalid' });
    });

    it('should authorise a token of the eMSP hosted here through its own Sender interface', async () => {
      await eventually(async () => (await tokens({ interface: 'RECEIVER', method: 'GET', path: ['NL', 'EMP', 'OWN-2'], from: EMP, to: CMX })).statusCode === 1000, 15_000, 'the token push');
      expect(await authority('OWN-2')).toEqual({ status: 'Accepted', groupIdToken: { value: 'FAMILY-0042' } });
      expect(realTimeRequests().at(-1)).toMatchObject({ path: ['OWN-2', 'authorize'], to: EMP });
    });

    it('should not ask again for a token its eMSP sent with a START_SESSION', async () => {
      remoteAnswer = () => ({ httpStatus: 200, statusCode: 4003, headers: {} });
      const recorded = await requester.request<Json>(commandSubject(namespace, 'directory', TOKEN_ACTIONS.recordCommandToken), {
        cpo: CMX, emsp: REMOTE_EMSP, command: 'START_SESSION', token: remoteToken('APP-9', 'NEVER', { type: 'APP_USER' }), stationId: 'CS-TOK', locationId: 'LOC-TOK', authorizationReference: 'CMD-REF-9',
      });
      expect(recorded.ref).toEqual(expect.any(String));
      const before = realTimeRequests().length;
      expect(await authority('APP-9', { idToken: { value: 'APP-9', type: 'Central' }, purpose: 'start' })).toMatchObject({ status: 'Accepted' });
      expect(realTimeRequests()).toHaveLength(before);
      await expect(requester.request(commandSubject(namespace, 'directory', TOKEN_ACTIONS.recordCommandToken), { cpo: CMX, emsp: REMOTE_EMSP, command: 'START_SESSION', token: { ...ocpiExamples.token() }, locationId: 'LOC-TOK' })).rejects.toMatchObject({
        code: 'TOKEN.INVALID_OWNER',
      });
    });
  });

  describe('with a station of the real gateway', () => {
    it('should authorise the station token in real time and name its eMSP, CdrToken and reference for the transaction, until erased', async () => {
      await receiver('PUT', 'STATION-RFID', remoteToken('STATION-RFID', 'NEVER'));
      remoteAnswer = () => ({ httpStatus: 200, statusCode: 1000, headers: {}, data: { allowed: 'ALLOWED', token: remoteToken('STATION-RFID', 'NEVER'), authorization_reference: 'AUTH-STATION' } });
      await provisionStation(gateway, 'CS-TOK', CMX);
      const { client, failures } = await connectStation(gateway, 'CS-TOK', 'ocpp2.0.1');
      const idToken = { idToken: 'STATION-RFID', type: 'ISO14443' };
      expect(await client.call('Authorize', { idToken })).toEqual({ idTokenInfo: { status: 'Accepted', groupIdToken: { idToken: 'FAMILY-0042', type: 'Central' } } });
      const started = await client.call('TransactionEvent', {
        eventType: 'Started', timestamp: new Date().toISOString(), triggerReason: 'Authorized', seqNo: 0, transactionInfo: { transactionId: 'TX-TOK' }, evse: { id: 1, connectorId: 1 }, idToken,
      });
      expect(started).toMatchObject({ idTokenInfo: { status: 'Accepted' } });
      await client.close();
      expect(failures).toEqual([]);

      const store = new EventStore(jetstream(nc), await jetstreamManager(nc), namespace);
      const events = (await store.load({ stream: { name: 'STATION', context: 'station', kind: 'event-store' }, aggregate: STATION_AGGREGATE, id: 'CS-TOK' })).events.map((event) => event.envelope as EventEnvelope<Json>);
      const tokenRef = events.find((event) => event.type === 'TransactionStarted.v1')!.data.token.ref;
      const lookup = () => requester.request<Json>(commandSubject(namespace, 'directory', TOKEN_ACTIONS.findTokenByRef), { cpo: CMX, tokenRef });
      expect(await lookup()).toEqual({
        emsp: REMOTE_EMSP,
        cdrToken: { country_code: 'DE', party_id: 'EMR', uid: 'STATION-RFID', type: 'RFID', contract_id: 'NL-EVM-C12345678-X' },
        whitelist: 'NEVER',
        authorizationReference: 'AUTH-STATION',
      });

      const erased = await http(directory, 'POST', '/admin/token-erasures', { owner: REMOTE_EMSP, uid: 'station-rfid' });
      expect(erased).toEqual({ status: 200, body: { erased: 1 } });
      await expect(lookup()).rejects.toMatchObject({ code: 'TOKEN.NOT_FOUND' });
      expect(await receiver('GET', 'STATION-RFID')).toMatchObject({ httpStatus: 404 });
      await expect(authority('STATION-RFID')).rejects.toMatchObject({ code: 'TOKEN.NOT_FOUND' });
    });
  });
});
