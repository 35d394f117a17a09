import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject, type EventEnvelope, STREAMS } from '@chargemesh/contracts/envelope';
import { OICP_ACTIONS, OICP_AGGREGATES, OICP_SERVICE } from '@chargemesh/contracts/oicp';
import { EventStore, NatsRequester } from '@chargemesh/platform-messaging';
import { evseRecord } from './__fixtures__/oicp-records.fixture';
import { adminGet, adminPost, host, type Instance, link, natsClient, oicpPost, receivedEvses, startInstance, stopInstances } from './__fixtures__/oicp-network.fixture';

/*
 * Submissions larger than one NATS message (max_payload, 1 MB on the test server): a hosted CPO's
 * fullLoad of 6,000 EVSEs through the admin API, recorded in parts and delivered to an EMP peer over real
 * HTTP as a fullLoad followed by inserts; a smaller fullLoad replacing it; a CPO peer pushing a multi-MB
 * fullLoad straight to our EMP; bodies over OICP_MAX_BODY_BYTES.
 */

const CPO = { countryCode: 'DE', partyId: 'CMX', operatorId: 'DE*CMX', operatorName: 'ChargeMesh CPO' };
const EMP = { countryCode: 'DE', partyId: 'EMA', providerId: 'DE-EMA' };
const MAX_BODY_BYTES = 12 * 1024 * 1024;

/** About 1 kB per EVSE, as real records with names in several languages are. */
const bigRecord = (evseId: string) =>
  evseRecord(evseId, {
    ChargingStationNames: ['en', 'de', 'fr', 'nl'].map((lang) => ({ lang, value: `Ladepark ${evseId} – Am Sandtorkai, Hamburg HafenCity, Tiefgarage Ebene -2, Stellplätze 1 bis 24` })),
  });
const evseIds = (first: number, count: number) => Array.from({ length: count }, (_, n) => `DE*CMX*E${first + n}`);
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** Polls at a pace suited to answers of several MB. */
async function poll<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('oicp-peer: submissions larger than one NATS message', () => {
  let cpo: Instance;
  let emp: Instance;
  let cpoTokenAtEmp: string;
  let nc: NatsConnection;
  let maxPayload: number;

  const eventsOf = async (instance: Instance, aggregate: string, id: string): Promise<EventEnvelope[]> => {
    const store = new EventStore(jetstream(nc), await jetstreamManager(nc), instance.namespace);
    return (await store.load({ stream: STREAMS.OICP, aggregate, id })).events.map((event) => event.envelope);
  };
  const evseCount = async (instance: Instance) => (await receivedEvses(instance, 'DE*CMX')).length;

  beforeAll(async () => {
    const limits = { OICP_MAX_BODY_BYTES: String(MAX_BODY_BYTES) };
    [cpo, emp, nc] = await Promise.all([startInstance('cpo', limits), startInstance('emp', limits), natsClient()]);
    maxPayload = nc.info!.max_payload;
    await Promise.all([host(cpo, CPO), host(emp, EMP)]);
    cpoTokenAtEmp = (await link(cpo, 'cpo', { operatorIds: ['DE*CMX'] }, emp, 'emp', { providerIds: ['DE-EMA'] })).aPresents;
  });
  afterAll(async () => {
    await nc?.close();
    await stopInstances([cpo, emp].filter(Boolean));
  });

  it('should record a hosted CPO fullLoad of 6,000 EVSEs in parts under max_payload and deliver all of it to the EMP peer', async () => {
    const ids = evseIds(0, 6_000);
    const submission = { operatorId: 'DE*CMX', actionType: 'fullLoad', records: ids.map(bigRecord) };
    expect(bytes(submission)).toBeGreaterThan(5 * maxPayload);

    const pushed = await adminPost(cpo, '/admin/oicp/cpo/evse-data', submission);
    expect(pushed).toMatchObject({ status: 202, body: { targets: ['emp'] } });
    const parts = pushed.body.eventIds as string[];
    expect(parts.length).toBeGreaterThan(5);
    expect(pushed.body.eventId).toBe(parts[0]);

    // Recorded before the answer: one fullLoad part, then inserts, each event well under max_payload.
    const events = (await eventsOf(cpo, OICP_AGGREGATES.cpoCatalogue, 'DE*CMX')).filter((event) => parts.includes(event.id));
    expect(events.map((event) => event.id)).toEqual(parts);
    expect(events.map((event) => (event.data as { actionType: string }).actionType)).toEqual(['fullLoad', ...parts.slice(1).map(() => 'insert')]);
    expect(events.map((event) => (event.data as { batch: { index: number; count: number } }).batch)).toEqual(parts.map((_, index) => expect.objectContaining({ index, count: parts.length, actionType: 'fullLoad' })));
    for (const event of events) expect(bytes(event)).toBeLessThan(maxPayload * 0.8);
    expect(events.flatMap((event) => (event.data as { records: { EvseID: string }[] }).records.map((record) => record.EvseID))).toEqual(ids);

    // Each part went to the EMP as its own request, in order, and was taken.
    const deliveries = await poll(async () => {
      const { body } = await adminGet(cpo, '/admin/oicp/deliveries?operation=PushEvseData');
      return body.length === parts.length && body.every((row: { state: string }) => row.state === 'delivered') ? body : undefined;
    }, 'the CPO to deliver every part');
    expect(deliveries).toHaveLength(parts.length);

    await poll(async () => (await evseCount(emp)) === ids.length, 'the EMP to project every EVSE');
    const received = await receivedEvses(emp, 'DE*CMX');
    expect(received.map((row) => row.evseId).sort()).toEqual([...ids].sort());
    expect(received.every((row) => row.peerId === 'cpo' && row.record.ChargingStationNames.length === 4)).toBe(true);
  });

  it('should still serve pulls of the large catalogue page by page, and the EMP records a pulled page too large for one event', async () => {
    const pages = [];
    for (let page = 0; page < 3; page++) {
      const pulled = await adminPost(emp, '/admin/oicp/emp/pull-evse-data', { providerId: 'DE-EMA', operatorId: 'DE*CMX', size: 2_000, page });
      expect(pulled.body).toMatchObject({ peerId: 'cpo', statusCode: { Code: '000' }, response: { totalElements: 6_000, totalPages: 3, number: page, numberOfElements: 2_000 } });
      pages.push(...pulled.body.response.content.map((record: { EvseID: string }) => record.EvseID));
    }
    expect(new Set(pages).size).toBe(6_000);
    const pulledEvents = (await eventsOf(emp, OICP_AGGREGATES.empCatalogue, 'DE*CMX')).filter((event) => (event.data as { via: string }).via === 'pull');
    expect(pulledEvents.length).toBeGreaterThan(3);
    expect(pulledEvents.every((event) => (event.data as { actionType: string }).actionType === 'update')).toBe(true);
    expect(await evseCount(emp)).toBe(6_000);
  });

  it('should replace the whole catalogue at the EMP with a later, smaller fullLoad', async () => {
    const ids = evseIds(10_000, 10);
    const pushed = await adminPost(cpo, '/admin/oicp/cpo/evse-data', { operatorId: 'DE*CMX', actionType: 'fullLoad', records: ids.map(bigRecord) });
    expect(pushed.status).toBe(202);
    expect(pushed.body.eventIds).toBeUndefined();
    await poll(async () => (await evseCount(emp)) === ids.length, 'the EMP to apply the smaller fullLoad');
    expect((await receivedEvses(emp, 'DE*CMX')).map((row) => row.evseId)).toEqual([...ids].sort());
    const pull = await adminPost(emp, '/admin/oicp/emp/pull-evse-data', { providerId: 'DE-EMA', operatorId: 'DE*CMX', size: 2_000 });
    expect(pull.body.response.totalElements).toBe(ids.length);
  });

  it('should record every part of a multi-MB fullLoad a CPO peer pushes over HTTP before answering 000', async () => {
    const ids = evseIds(20_000, 6_000);
    const body = { ActionType: 'fullLoad', OperatorEvseData: { OperatorID: 'DE*CMX', OperatorName: 'ChargeMesh CPO', EvseDataRecord: ids.map(bigRecord) } };
    expect(bytes(body)).toBeGreaterThan(5 * maxPayload);
    const before = (await eventsOf(emp, OICP_AGGREGATES.empCatalogue, 'DE*CMX')).length;

    const answer = await oicpPost(emp, '/api/oicp/evsepush/v23/operators/DE*CMX/data-records', body, cpoTokenAtEmp);
    expect(answer).toMatchObject({ status: 200, body: { Result: true, StatusCode: { Code: '000' } } });

    const parts = (await eventsOf(emp, OICP_AGGREGATES.empCatalogue, 'DE*CMX')).slice(before);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.flatMap((event) => (event.data as { records: { EvseID: string }[] }).records.map((record) => record.EvseID))).toEqual(ids);
    await poll(async () => (await evseCount(emp)) === ids.length, 'the EMP to project the pushed fullLoad');
    expect((await receivedEvses(emp, 'DE*CMX')).every((row) => row.evseId.startsWith('DE*CMX*E2'))).toBe(true);
  });

  it('should refuse a body over OICP_MAX_BODY_BYTES with a clear error on the OICP and the admin API', async () => {
    const records = evseIds(30_000, 13_000).map(bigRecord);
    const oicpBody = { ActionType: 'fullLoad', OperatorEvseData: { OperatorID: 'DE*CMX', OperatorName: 'ChargeMesh CPO', EvseDataRecord: records } };
    expect(bytes(oicpBody)).toBeGreaterThan(MAX_BODY_BYTES);
    const refused = await oicpPost(emp, '/api/oicp/evsepush/v23/operators/DE*CMX/data-records', oicpBody, cpoTokenAtEmp);
    expect(refused).toMatchObject({ status: 413, body: { StatusCode: { Code: '022', AdditionalInfo: expect.stringContaining('OICP_MAX_BODY_BYTES') } } });
    const admin = await adminPost(cpo, '/admin/oicp/cpo/evse-data', { operatorId: 'DE*CMX', actionType: 'fullLoad', records });
    expect(admin).toMatchObject({ status: 413, body: { code: 'REQUEST.TOO_LARGE' } });
    expect(await evseCount(emp)).toBe(6_000);
  });

  it('should leave the NATS command to submissions that fit a NATS request, the admin API taking the large ones', async () => {
    const requester = new NatsRequester(nc, 10_000);
    const subject = commandSubject(cpo.namespace, OICP_SERVICE, OICP_ACTIONS.pushEvseData);
    const small = await requester.request<{ targets: string[] }>(subject, { operatorId: 'DE*CMX', actionType: 'update', records: [bigRecord('DE*CMX*E10000')] });
    expect(small.targets).toEqual(['emp']);
    // The requester refuses a request over max_payload before it is sent, with a stable code.
    const large = { operatorId: 'DE*CMX', actionType: 'fullLoad', records: evseIds(50_000, 2_000).map(bigRecord) };
    expect(bytes(large)).toBeGreaterThan(maxPayload);
    await expect(requester.request(subject, large)).rejects.toMatchObject({ code: 'NATS.REQUEST_TOO_LARGE' });
  });

  it('should refuse over NATS an answer larger than one NATS message with a stable code, and keep serving', async () => {
    const requester = new NatsRequester(nc, 10_000);
    const listed = requester.request(commandSubject(emp.namespace, OICP_SERVICE, OICP_ACTIONS.listReceivedEvses), { operatorId: 'DE*CMX' });
    await expect(listed).rejects.toMatchObject({ code: 'NATS.REPLY_TOO_LARGE' });
    // Still serving (the update sent over NATS above may have reached the EMP by now: 6,000 or 6,001).
    expect(await evseCount(emp)).toBeGreaterThanOrEqual(6_000);
  });
});
