import type { NatsConnection } from '@nats-io/transport-node';
import type { IHandlersOption } from 'ocpp-rpc';
import { CodedError } from '@chargemesh/contracts/envelope';
import { sendOcpiSubject } from '@chargemesh/contracts/ocpi';
import { TARIFF_CDR_ACTIONS, TARIFF_CDR_ERRORS, tariffCdrSubject } from '@chargemesh/contracts/tariff';
import { NatsRequester, NatsResponder } from '@chargemesh/platform-messaging';
import { connectTestNats, eventually, removeNamespace, testLogger, testNamespace } from '@chargemesh/platform-testing';
import { ocpiExamples } from '@chargemesh/protocol-ocpi';
import { adminLocation, connectStation, http, type Json, provisionStation, registerParty, startPlatform } from '../__fixtures__/platform.fixture';
import { MODULE_ACTIONS, moduleActionSubject } from '../shared/module-actions';

const CMX = { countryCode: 'NL', partyId: 'CMX' };
const EMP = { countryCode: 'NL', partyId: 'EMP' };
const OTHER = { countryCode: 'NL', partyId: 'OTH' };
const profile = ocpiExamples.setChargingProfile().charging_profile;

/** Sessions of tariff-cdr (another engineer's service): SES-201 on a 2.0.1 station, SES-16 on a 1.6 one, SES-NOCAP at an EVSE without profiles. */
const SESSIONS: Record<string, { stationId: string; transactionId: string; evseUid: string }> = {
  'SES-201': { stationId: 'CS-P201', transactionId: 'TX-P1', evseUid: 'P201' },
  'SES-16': { stationId: 'CS-P16', transactionId: '77', evseUid: 'P16' },
  'SES-NOCAP': { stationId: 'CS-P201', transactionId: 'TX-P2', evseUid: 'PNOCAP' },
};

describe('chargingprofiles: an eMSP and a CPO hosted here, through the router, with stations of the real gateway', () => {
  const namespace = testNamespace();
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let nc: NatsConnection;
  let requester: NatsRequester;
  const received: { station: string; action: string; params: Json }[] = [];

  const send = (request: Record<string, unknown>, sender = EMP) => requester.request<Json>(moduleActionSubject(namespace, MODULE_ACTIONS.sendChargingProfileRequest), { ...sender, to: CMX, ...request });
  const resultOf = (id: string) =>
    eventually(async () => {
      const view = await requester.request<Json>(moduleActionSubject(namespace, MODULE_ACTIONS.getChargingProfileRequest), { id });
      return view.results.length ? view : undefined;
    }, 20_000, 'the asynchronous result');

  beforeAll(async () => {
    nc = await connectTestNats();
    requester = new NatsRequester(nc, 15_000);
    platform = await startPlatform(namespace);
    await registerParty(requester, namespace, CMX, 'CPO');
    await registerParty(requester, namespace, EMP, 'EMSP');
    await registerParty(requester, namespace, OTHER, 'SCSP');
    for (const stationId of ['CS-P201', 'CS-P16']) await provisionStation(platform.gateway, stationId, CMX);
    const location = adminLocation([
      { uid: 'P201', stationId: 'CS-P201', evseId: 1 },
      { uid: 'P16', stationId: 'CS-P16', evseId: 1 },
      { uid: 'PNOCAP', stationId: 'CS-P201', evseId: 2 },
    ]);
    location.evses[2].capabilities = ['REMOTE_START_STOP_CAPABLE'];
    expect((await http(platform.directory, 'PUT', '/admin/parties/NL/CMX/locations/LOC-P', location)).status).toBe(200);
    new NatsResponder(nc, testLogger()).serve(tariffCdrSubject(namespace, TARIFF_CDR_ACTIONS.getSession), async (payload) => {
      const { sessionId } = payload as { sessionId: string };
      const known = SESSIONS[sessionId];
      if (!known) throw new CodedError(TARIFF_CDR_ERRORS.sessionNotFound, 'no such session');
      return {
        countryCode: 'NL', partyId: 'CMX', sessionId, stationId: known.stationId, transactionId: known.transactionId, receiver: { kind: 'ocpi', party: EMP },
        session: { id: sessionId, status: 'ACTIVE', location_id: 'LOC-P', evse_uid: known.evseUid, cdr_token: { country_code: 'NL', party_id: 'EMP', uid: 'X', type: 'RFID', contract_id: 'C' } },
      };
    });
  });
  afterAll(async () => {
    await platform.close();
    await nc.close();
    await removeNamespace(namespace);
  });

  async function station(identity: string, protocol: 'ocpp1.6' | 'ocpp2.0.1', answers: Record<string, Record<string, unknown>>) {
    const connected = await connectStation(platform.gateway, identity, protocol);
    connected.client.handle(async ({ method = '', params }: IHandlersOption) => {
      received.push({ station: identity, action: method, params });
      return answers[method] ?? {};
    });
    return connected;
  }

  it('should set, report and clear the profile of a session at a 2.0.1 charge point and POST each result back', async () => {
    const schedule = { evseId: 1, duration: 900, scheduleStart: new Date().toISOString(), chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 11000 }] };
    const { client, failures } = await station('CS-P201', 'ocpp2.0.1', { SetChargingProfile: { status: 'Accepted' }, GetCompositeSchedule: { status: 'Accepted', schedule }, ClearChargingProfile: { status: 'Accepted' } });

    const set = await send({ sessionId: 'SES-201', kind: 'set', chargingProfile: profile });
    expect(set).toMatchObject({ module: 'chargingprofiles', kind: 'set', response: { result: 'ACCEPTED', timeout: expect.any(Number) } });
    expect((await resultOf(set.id)).results).toEqual([{ result: 'ACCEPTED' }]);
    const setAtStation = received.find((call) => call.action === 'SetChargingProfile')?.params;
    expect(setAtStation).toMatchObject({ evseId: 1, chargingProfile: { chargingProfilePurpose: 'TxProfile', transactionId: 'TX-P1', chargingSchedule: [{ chargingRateUnit: 'W' }] } });

    const get = await send({ sessionId: 'SES-201', kind: 'get', duration: 900 });
    expect((await resultOf(get.id)).results).toEqual([{ result: 'ACCEPTED', profile: { start_date_time: expect.any(String), charging_profile: { duration: 900, charging_rate_unit: 'W', charging_profile_period: [{ start_period: 0, limit: 11000 }] } } }]);
    expect(received.find((call) => call.action === 'GetCompositeSchedule')?.params).toEqual({ duration: 900, evseId: 1 });

    const clear = await send({ sessionId: 'SES-201', kind: 'clear' });
    expect((await resultOf(clear.id)).results).toEqual([{ result: 'ACCEPTED' }]);
    // The profile we set is the one cleared.
    expect(received.find((call) => call.action === 'ClearChargingProfile')?.params).toEqual({ chargingProfileId: setAtStation.chargingProfile.id });
    await client.close();
    expect(failures).toEqual([]);
  });

  it('should set a profile on a 1.6 charge point for its transaction', async () => {
    const { client, failures } = await station('CS-P16', 'ocpp1.6', { SetChargingProfile: { status: 'Rejected' } });
    const set = await send({ sessionId: 'SES-16', kind: 'set', chargingProfile: profile });
    expect((await resultOf(set.id)).results).toEqual([{ result: 'REJECTED' }]);
    expect(received.find((call) => call.station === 'CS-P16')?.params).toMatchObject({ connectorId: 1, csChargingProfiles: { transactionId: 77, chargingProfilePurpose: 'TxProfile' } });
    await client.close();
    expect(failures).toEqual([]);
  });

  it('should refuse at once an unknown session, another party, and an EVSE that takes no profiles', async () => {
    expect((await send({ sessionId: 'SES-NONE', kind: 'set', chargingProfile: profile })).response).toMatchObject({ result: 'UNKNOWN_SESSION' });
    expect((await send({ sessionId: 'SES-201', kind: 'get', duration: 60 }, OTHER)).response).toMatchObject({ result: 'REJECTED' });
    expect((await send({ sessionId: 'SES-NOCAP', kind: 'clear' })).response).toMatchObject({ result: 'NOT_SUPPORTED' });
    await expect(send({ sessionId: 'SES-201', kind: 'set', chargingProfile: { charging_rate_unit: 'kW' } })).rejects.toMatchObject({ code: 'OCPI_REQUEST.INVALID' });
    await expect(send({ sessionId: 'SES-201', kind: 'get' })).rejects.toMatchObject({ code: 'OCPI_REQUEST.INVALID', message: expect.stringMatching(/duration/) });
  });

  it('should keep the ActiveChargingProfile a CPO pushes, and refuse an invalid one', async () => {
    const active = { start_date_time: '2026-03-01T10:00:00Z', charging_profile: profile };
    const push = (body: unknown) => requester.request<Json>(sendOcpiSubject(namespace), { module: 'chargingprofiles', interface: 'SENDER', method: 'PUT', path: ['SES-201'], query: {}, body, from: CMX, to: EMP });
    expect(await push(active)).toMatchObject({ statusCode: 1000 });
    expect(await push({ charging_profile: profile })).toMatchObject({ statusCode: 2001, statusMessage: expect.stringMatching(/start_date_time/) });
    expect(await requester.request(moduleActionSubject(namespace, MODULE_ACTIONS.getActiveChargingProfile), { ...EMP, cpo: CMX, sessionId: 'ses-201' })).toMatchObject({ profile: active });
  });
});
