import { STREAMS } from '@chargemesh/contracts/envelope';
import { EvseDataSubmittedV1, EvseStatusSubmittedV1, OICP_AGGREGATES, type SubmissionBatch } from '@chargemesh/contracts/oicp';
import { EVENT_STORE, type StartedService, startService } from '@chargemesh/platform-runtime';
import type { EventStore } from '@chargemesh/platform-messaging';
import { removeNamespace, TEST_DATABASE_URL, TEST_NATS_URL, testLogger, testNamespace } from '@chargemesh/platform-testing';
import { oicpPeerService } from '../oicp-peer.service';
import { oicpRef } from './aggregates';
import { SubmissionWriter } from './submission-writer';

/*
 * The writer of large submissions against the real NATS (max_payload 1 MB) and Postgres of one
 * oicp-peer instance: parts under max_payload, two fullLoads at once never interleaved, and a failure
 * after some parts reported as such.
 */

const evse = (n: number) => ({ EvseID: `DE*CMX*E${n}`, Padding: 'x'.repeat(2_000) });
const range = (from: number, count: number) => Array.from({ length: count }, (_, n) => from + n);
type Part = { actionType: string; records: { EvseID: string }[]; batch?: SubmissionBatch };

describe('SubmissionWriter', () => {
  const namespace = testNamespace();
  let service: StartedService;
  let writer: SubmissionWriter;
  let store: EventStore;
  const ref = oicpRef(OICP_AGGREGATES.cpoCatalogue, 'DE*CMX');

  const fullLoad = (first: number, count: number, broken?: number) =>
    writer.record(ref, EvseDataSubmittedV1, {
      actionType: 'fullLoad',
      records: range(first, count).map(evse),
      keyOf: (record) => record.EvseID,
      // `broken`: the part whose data the event schema refuses, as a failure half-way would.
      event: ({ actionType, records, batch }) => ({ operatorId: broken !== undefined && batch?.index === broken ? '' : 'DE*CMX', operatorName: 'CMX', actionType, records, targets: [], ...(batch ? { batch } : {}) }),
    });
  const parts = async () => (await store.load({ stream: STREAMS.OICP, aggregate: OICP_AGGREGATES.cpoCatalogue, id: 'DE*CMX' })).events.map((event) => event.envelope);

  beforeAll(async () => {
    const env = { NODE_ENV: 'test', CHARGEMESH_NAMESPACE: namespace, NATS_URL: TEST_NATS_URL, DATABASE_URL: TEST_DATABASE_URL, LOG_LEVEL: 'silent' };
    service = await startService(oicpPeerService, env, testLogger(), { port: 0, host: '127.0.0.1' });
    writer = service.app.get(SubmissionWriter);
    store = service.app.get(EVENT_STORE);
  });
  afterAll(async () => {
    await service?.app.close();
    await removeNamespace(namespace);
  });

  it('should append a large fullLoad as parts under max_payload, in order, and a small one as one event', async () => {
    const appended = await fullLoad(0, 1_000);
    expect(appended.length).toBeGreaterThan(2);
    for (const result of appended) expect(Buffer.byteLength(JSON.stringify(result.envelope))).toBeLessThan(writer.maxPayloadBytes() * 0.8);
    expect(appended.map((result) => result.seq)).toEqual([...appended.map((result) => result.seq)].sort((a, b) => a - b));
    expect(appended.flatMap((result) => (result.envelope.data as Part).records.map((record) => record.EvseID))).toEqual(range(0, 1_000).map((n) => `DE*CMX*E${n}`));
    const small = await fullLoad(5_000, 3);
    expect(small).toHaveLength(1);
    expect((small[0].envelope.data as Part).batch).toBeUndefined();
  });

  it('should never interleave the parts of two fullLoads recorded at the same time, whatever else lands between them', async () => {
    const before = (await parts()).length;
    const statuses = (async () => {
      for (let n = 0; n < 20; n++) {
        await writer.record(ref, EvseStatusSubmittedV1, {
          actionType: 'update',
          records: [{ EvseID: 'DE*CMX*E1', EvseStatus: n % 2 ? 'Available' : 'Occupied' }],
          event: ({ actionType, records }) => ({ operatorId: 'DE*CMX', actionType, records, targets: [] }),
        });
      }
    })();
    const [a, b] = await Promise.all([fullLoad(10_000, 800), fullLoad(20_000, 800), statuses]);
    const data = (await parts())
      .slice(before)
      .filter((envelope) => envelope.type === EvseDataSubmittedV1.name)
      .map((envelope) => envelope.data as Part);
    const batches = data.map((part) => part.batch!.id);
    // Each batch is one run: its parts are consecutive among the EVSE data events.
    expect(batches).toEqual([...new Set(batches)].flatMap((id) => batches.filter((batch) => batch === id)));
    expect(data).toHaveLength(a.length + b.length);
  });

  it('should report a failure after some parts as an incomplete submission, never as success', async () => {
    await expect(fullLoad(30_000, 1_000, 2)).rejects.toMatchObject({ code: 'OICP.INCOMPLETE_SUBMISSION', message: expect.stringMatching(/only 2 of \d+ parts/) });
    // A failure at the first part recorded nothing: the store's own error stands.
    await expect(fullLoad(40_000, 1_000, 0)).rejects.toMatchObject({ code: 'EVENT.INVALID' });
  });
});
