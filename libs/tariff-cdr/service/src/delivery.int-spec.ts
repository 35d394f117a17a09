import { randomUUID } from 'node:crypto';
import { CdrDeliveredV1, CdrIssuedV1, ReceivedCdrStoredV1 } from '@chargemesh/contracts/cdr';
import { STREAMS } from '@chargemesh/contracts/envelope';
import { type OcpiExchangeReply, ocpiModuleHandlerSubject, type SendOcpiRequest } from '@chargemesh/contracts/ocpi';
import { sessionIdOf } from '@chargemesh/tariff-cdr-domain';
import { eventually } from '@chargemesh/platform-testing';
import { CPO, EMSP, energyTariff, evseByStation, tokenByRef } from './__fixtures__/ocpi-objects.fixture';
import { transaction } from './__fixtures__/station-events.fixture';
import { BASE_URL, TariffCdrHarness } from './__fixtures__/tariff-cdr-harness.fixture';

const { country_code: _cc, party_id: _pid, last_updated: _lu, ...tariffBody } = energyTariff();
const cdrKey = (transactionId: string) => `NL*CPA*${sessionIdOf('CS-1', transactionId).toUpperCase()}`;
const accepted = (request: SendOcpiRequest): OcpiExchangeReply => ({ httpStatus: 201, statusCode: 1000, headers: { Location: `https://emsp.example/cdrs/${(request.body as { id: string }).id}` } });

async function started(): Promise<TariffCdrHarness> {
  const harness = await TariffCdrHarness.start([
    { ...CPO, roles: ['CPO'] },
    { ...EMSP, roles: ['EMSP'] },
  ]);
  await harness.admin('PUT', '/admin/tariffs/NL/CPA/T-ENERGY', tariffBody);
  harness.evses.set('CS-1/1', evseByStation());
  return harness;
}

const cdrEvents = async (harness: TariffCdrHarness, transactionId: string) =>
  (await harness.store.load({ stream: STREAMS.CDR, aggregate: 'cpo-cdr', id: cdrKey(transactionId) })).events.map((event) => event.envelope);
const postsOf = (harness: TariffCdrHarness, transactionId: string) => harness.sent.filter((request) => request.module === 'cdrs' && (request.body as { id: string }).id === sessionIdOf('CS-1', transactionId));
const deliveredView = (harness: TariffCdrHarness, transactionId: string) =>
  eventually(async () => {
    const view = await harness.admin('GET', `/admin/cdrs/by-transaction/CS-1/${transactionId}`);
    return view.body.delivery?.state === 'delivered' ? view.body : undefined;
  }, 15_000, `the CDR of ${transactionId} to be delivered`);

describe('CDR delivery across a restart of the service', () => {
  let harness: TariffCdrHarness;
  beforeAll(async () => (harness = await started()));
  afterAll(() => harness.close());

  it('should deliver exactly once, keeping its attempts, when the receiver fails twice before accepting and the service restarts in between', async () => {
    let posts = 0;
    harness.router = (request) => (request.module !== 'cdrs' ? { httpStatus: 200, statusCode: 1000, headers: {} } : ++posts <= 2 ? { httpStatus: 200, statusCode: 3000, statusMessage: 'try later', headers: {} } : accepted(request));
    const tokenRef = randomUUID();
    harness.tokens.set(tokenRef, tokenByRef());
    const tx = transaction(harness, 'CS-1', 'TX-R', tokenRef);
    await tx.start();
    await tx.end();
    await eventually(() => postsOf(harness, 'TX-R').length >= 1, 10_000, 'the first POST');
    await harness.stopService();
    await harness.startService();
    const view = await deliveredView(harness, 'TX-R');
    expect(view.delivery).toMatchObject({ attempts: 3, location: `https://emsp.example/cdrs/${sessionIdOf('CS-1', 'TX-R')}` });
    expect(postsOf(harness, 'TX-R')).toHaveLength(3);
    const events = await cdrEvents(harness, 'TX-R');
    expect(events.map((event) => event.type)).toEqual([CdrIssuedV1.name, CdrDeliveredV1.name]);
    expect(events[1].data).toMatchObject({ attempts: 3 });
    // Every attempt posted the same CDR.
    expect(new Set(postsOf(harness, 'TX-R').map((request) => JSON.stringify(request.body))).size).toBe(1);
  });
});

describe('CDR delivery and its waiting states', () => {
  let harness: TariffCdrHarness;
  beforeAll(async () => {
    harness = await started();
    harness.router = (request) => (request.module === 'cdrs' ? accepted(request) : { httpStatus: 200, statusCode: 1000, headers: {} });
  });
  afterAll(() => harness.close());

  it('should store the CDR at a hosted eMSP once when the answer to the first POST is lost and the CDR is posted again', async () => {
    let answers = 0;
    // The router delivers to our own eMSP module (as it does for a party hosted here) but the first answer is lost on the way back.
    harness.router = async (request) => {
      const reply: OcpiExchangeReply = await harness.requester.request(ocpiModuleHandlerSubject(harness.namespace, request.module), { ...request, baseUrl: BASE_URL, requestId: randomUUID(), correlationId: randomUUID() });
      return request.module === 'cdrs' && ++answers === 1 ? { httpStatus: 200, statusCode: 4002, statusMessage: 'timeout', headers: {} } : reply;
    };
    const tokenRef = randomUUID();
    harness.tokens.set(tokenRef, tokenByRef());
    const tx = transaction(harness, 'CS-1', 'TX-LOST', tokenRef);
    await tx.start();
    await tx.end();
    const view = await deliveredView(harness, 'TX-LOST');
    const id = sessionIdOf('CS-1', 'TX-LOST');
    expect(view.delivery).toMatchObject({ attempts: 2, location: `${BASE_URL}/ocpi/2.2.1/receiver/cdrs/NL/CPA/${id}` });
    const received = await harness.store.load({ stream: STREAMS.CDR, aggregate: 'received-cdr', id: `DE*MSP/NL*CPA*${id.toUpperCase()}` });
    expect(received.events.map((event) => event.envelope.type)).toEqual([ReceivedCdrStoredV1.name]);
    const stored = await harness.ocpi('cdrs', { interface: 'RECEIVER', method: 'GET', path: ['NL', 'CPA', id], from: CPO, to: EMSP });
    expect(stored.data).toEqual(view.cdr);
    harness.router = (request) => (request.module === 'cdrs' ? accepted(request) : { httpStatus: 200, statusCode: 1000, headers: {} });
  });

  it('should keep a CDR whose token has no known eMSP waiting, visibly, and deliver it once the token becomes known', async () => {
    const tokenRef = randomUUID();
    const tx = transaction(harness, 'CS-1', 'TX-UNKNOWN', tokenRef);
    await tx.start();
    await tx.end();
    const waiting = await eventually(async () => {
      const view = await harness.admin('GET', '/admin/cdrs/by-transaction/CS-1/TX-UNKNOWN');
      return view.status === 200 ? view.body : undefined;
    }, 10_000, 'the waiting CDR');
    expect(waiting).toMatchObject({ receiver: { kind: 'unknown' }, delivery: { state: 'waiting' }, cdr: { total_cost: { excl_vat: 6, incl_vat: 6.6 } } });
    expect(waiting.cdr).not.toHaveProperty('cdr_token');
    expect((await harness.admin('GET', '/admin/cdrs?deliveryState=waiting')).body.map((cdr: { transactionId: string }) => cdr.transactionId)).toContain('TX-UNKNOWN');
    const transactions = await harness.admin('GET', '/admin/transactions?waitingOnly=true');
    expect(transactions.body).toContainEqual(expect.objectContaining({ transactionId: 'TX-UNKNOWN', state: 'completed' }));
    expect(postsOf(harness, 'TX-UNKNOWN')).toHaveLength(0);

    harness.tokens.set(tokenRef, tokenByRef());
    const view = await deliveredView(harness, 'TX-UNKNOWN');
    expect(view).toMatchObject({ receiver: { kind: 'ocpi', party: EMSP }, cdr: { cdr_token: expect.objectContaining({ uid: '04A1B2C3' }) } });
    expect(postsOf(harness, 'TX-UNKNOWN')).toHaveLength(1);
    // The session goes to the eMSP too, whole (PUT).
    await eventually(() => harness.sent.some((request) => request.module === 'sessions' && request.path[2] === sessionIdOf('CS-1', 'TX-UNKNOWN') && request.method === 'PUT'), 10_000, 'the session PUT');
  });

  it('should wait, visibly, for a station EVSE that is not linked to a location, and make the session once it is', async () => {
    const tokenRef = randomUUID();
    harness.tokens.set(tokenRef, tokenByRef());
    await transaction(harness, 'CS-9', 'TX-UNLINKED', tokenRef).start();
    const waiting = await eventually(async () => {
      const list = await harness.admin('GET', '/admin/transactions?stationId=CS-9');
      return list.body.find((view: { lastError?: string }) => view.lastError) as { state: string; lastError: string } | undefined;
    }, 10_000, 'the transaction to report what it waits for');
    expect(waiting).toMatchObject({ state: 'waiting', lastError: expect.stringContaining('LOCATION.NOT_FOUND_STATION_LINK') });
    expect((await harness.admin('GET', '/admin/sessions/by-transaction/CS-9/TX-UNLINKED')).status).toBe(404);
    harness.evses.set('CS-9/1', evseByStation({ evseUid: 'EVSE9', evse: { uid: 'EVSE9', evse_id: 'NL*CPA*E9' } }));
    const session = await eventually(async () => {
      const view = await harness.admin('GET', '/admin/sessions/by-transaction/CS-9/TX-UNLINKED');
      return view.status === 200 ? view.body : undefined;
    }, 10_000, 'the session once the EVSE is linked');
    expect(session.session).toMatchObject({ evse_uid: 'EVSE9', status: 'ACTIVE' });
  });

  it('should make one session and one CDR of a transaction whose events arrive out of order and twice', async () => {
    const tokenRef = randomUUID();
    harness.tokens.set(tokenRef, tokenByRef());
    const tx = transaction(harness, 'CS-1', 'TX-REPLAY', tokenRef);
    await tx.end();
    await tx.update();
    await tx.start();
    await tx.update();
    const view = await deliveredView(harness, 'TX-REPLAY');
    expect(view.cdr).toMatchObject({ total_energy: 20, total_cost: { excl_vat: 6, incl_vat: 6.6 }, start_date_time: '2024-01-15T08:00:00.000Z' });
    expect((await cdrEvents(harness, 'TX-REPLAY')).filter((event) => event.type === CdrIssuedV1.name)).toHaveLength(1);
    expect(postsOf(harness, 'TX-REPLAY')).toHaveLength(1);
  });

  it('should not send a rejected CDR again until an admin asks, then deliver it', async () => {
    let refuse = true;
    harness.router = (request) => (request.module !== 'cdrs' ? { httpStatus: 200, statusCode: 1000, headers: {} } : refuse ? { httpStatus: 200, statusCode: 2001, statusMessage: 'unknown tariff', headers: {} } : accepted(request));
    const tokenRef = randomUUID();
    harness.tokens.set(tokenRef, tokenByRef());
    const tx = transaction(harness, 'CS-1', 'TX-REJECTED', tokenRef);
    await tx.start();
    await tx.end();
    const rejected = await eventually(async () => {
      const view = await harness.admin('GET', '/admin/cdrs/by-transaction/CS-1/TX-REJECTED');
      return view.body.delivery?.state === 'rejected' ? view.body : undefined;
    }, 10_000, 'the rejection');
    expect(rejected.delivery).toMatchObject({ attempts: 1, lastError: expect.stringContaining('unknown tariff') });
    refuse = false;
    const id = sessionIdOf('CS-1', 'TX-REJECTED');
    expect(postsOf(harness, 'TX-REJECTED')).toHaveLength(1);
    expect(await harness.admin('POST', `/admin/cdrs/NL/CPA/${id}/retry`, { reason: 'tariff pushed again' })).toMatchObject({ status: 200 });
    expect((await deliveredView(harness, 'TX-REJECTED')).delivery).toMatchObject({ attempts: 2 });
    expect(postsOf(harness, 'TX-REJECTED')).toHaveLength(2);
    expect(await harness.admin('POST', `/admin/cdrs/NL/CPA/${id}/retry`, {})).toMatchObject({ status: 409, body: { code: 'CDR.CONFLICT_NOT_REJECTED' } });
  });

  it('should hand a waiting CDR that an admin gives to an OICP EMP to the oicp-peer as a ChargeDetailRecord, once', async () => {
    harness.oicpIdentities = [{ countryCode: 'NL', partyId: 'CPA', operatorId: 'NL*CPA' }];
    const tx = transaction(harness, 'CS-1', 'TX-OICP', randomUUID());
    await tx.start();
    await tx.end();
    const id = sessionIdOf('CS-1', 'TX-OICP');
    await eventually(async () => (await harness.admin('GET', '/admin/cdrs/by-transaction/CS-1/TX-OICP')).body.delivery?.state === 'waiting', 10_000, 'the waiting CDR');
    const identification = { RFIDMifareFamilyIdentification: { UID: '04A1B2C3' } };
    const assigned = await harness.admin('POST', `/admin/cdrs/NL/CPA/${id}/receiver`, { receiver: { kind: 'oicp', providerId: 'DE*ABC', identification } });
    expect(assigned).toMatchObject({ status: 200, body: { receiver: { kind: 'oicp', providerId: 'DE*ABC' } } });
    await deliveredView(harness, 'TX-OICP');
    expect(harness.oicpCdrs).toEqual([
      {
        operatorId: 'NL*CPA',
        providerId: 'DE*ABC',
        cdr: { SessionID: id, CPOPartnerSessionID: id, EvseID: 'NL*CPA*E1', Identification: identification, ChargingStart: '2024-01-15T08:00:00.000Z', ChargingEnd: '2024-01-15T10:00:00.000Z', SessionStart: '2024-01-15T08:00:00.000Z', SessionEnd: '2024-01-15T10:00:00.000Z', ConsumedEnergy: 20 },
      },
    ]);
    expect(await harness.admin('POST', `/admin/cdrs/NL/CPA/${id}/receiver`, { receiver: { kind: 'oicp', providerId: 'DE*ABC', identification } })).toMatchObject({ status: 409, body: { code: 'CDR.CONFLICT_NOT_WAITING' } });
    expect(await harness.admin('POST', `/admin/cdrs/NL/CPA/${id}/receiver`, { receiver: { kind: 'oicp', providerId: 'nonsense!', identification } })).toMatchObject({ status: 400 });
  });
});
