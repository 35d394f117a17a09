import { JetStreamApiError } from '@nats-io/jetstream';
import { streamName } from '@chargemesh/contracts/envelope';
import { removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import { type BackboneFixture, DepositedV1, ledgerRef, LEDGER_STREAM, openBackbone } from '../__fixtures__/ledger.fixture';
import { pending } from '@chargemesh/contracts/envelope';
import { executeAggregateCommand } from './aggregate-command';
import { ConcurrencyConflictError, InvalidEventError } from './event-store.errors';
import { ensureStreams } from '../streams/stream-provisioner';

const balance = {
  initial: 0,
  evolve: (state: number, event: { data: unknown }) => state + (event.data as { amount: number }).amount,
};

describe('EventStore against the real JetStream', () => {
  const namespace = testNamespace();
  let backbone: BackboneFixture;

  beforeAll(async () => {
    backbone = await openBackbone(namespace);
  });
  afterAll(async () => {
    await backbone.close();
    await removeNamespace(namespace);
  });

  it('should store a retried append once when it carries the same deduplication key', async () => {
    const ref = ledgerRef('dedupe');
    const first = await backbone.store.append(ref, DepositedV1, { account: 'dedupe', amount: 5 }, { deduplicationKey: 'cmd-1' });
    const retry = await backbone.store.append(ref, DepositedV1, { account: 'dedupe', amount: 5 }, { deduplicationKey: 'cmd-1' });
    expect(first.duplicate).toBe(false);
    expect(retry).toMatchObject({ seq: first.seq, duplicate: true });
    expect((await backbone.store.load(ref)).events).toHaveLength(1);
  });

  it('should let exactly one of two writers with the same expectation win', async () => {
    const ref = ledgerRef('race');
    const outcomes = await Promise.allSettled([
      backbone.store.append(ref, DepositedV1, { account: 'race', amount: 1 }, { expectedSeq: 0 }),
      backbone.store.append(ref, DepositedV1, { account: 'race', amount: 2 }, { expectedSeq: 0 }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConcurrencyConflictError);
    expect((await backbone.store.load(ref)).events).toHaveLength(1);
  });

  it('should reload and retry concurrent commands so that no event is lost', async () => {
    const ref = ledgerRef('concurrent');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        executeAggregateCommand(backbone.store, ref, balance, () => [pending(DepositedV1, { account: 'concurrent', amount: i + 1 })]),
      ),
    );
    const { events } = await backbone.store.load(ref);
    expect(events).toHaveLength(8);
    expect(events.reduce((sum, e) => sum + (e.envelope.data as { amount: number }).amount, 0)).toBe(36);
    expect(results.some((result) => result.attempts > 1)).toBe(true);
    // Sequences of one aggregate strictly increase: every writer appended on top of the previous one.
    const seqs = events.map((e) => e.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });

  it('should refuse data that breaks the event contract and store nothing', async () => {
    const ref = ledgerRef('invalid');
    await expect(backbone.store.append(ref, DepositedV1, { account: 'invalid', amount: 1.5 })).rejects.toBeInstanceOf(InvalidEventError);
    expect(await backbone.store.lastSequence(ref)).toBe(0);
  });

  it('should load aggregates whose ids contain subject wildcards, dots, spaces and unicode', async () => {
    const id = 'DE*ABC*E1.2 Zürich>';
    await backbone.store.append(ledgerRef(id), DepositedV1, { account: id, amount: 3 });
    await backbone.store.append(ledgerRef('DE*ABC*E1.2 Zürich'), DepositedV1, { account: 'other', amount: 4 });
    const { events } = await backbone.store.load(ledgerRef(id));
    expect(events.map((e) => e.envelope.aggregateId)).toEqual([id]);
    expect(events[0].envelope).toMatchObject({ type: 'Deposited.v1', version: 1, data: { account: id, amount: 3 } });
  });

  it('should put the envelope fields on every event', async () => {
    const { envelope } = await backbone.store.append(ledgerRef('envelope'), DepositedV1, { account: 'envelope', amount: 1 }, { correlationId: 'corr-1', causationId: 'cause-1' });
    expect(envelope.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // UUIDv7
    expect(envelope).toMatchObject({ aggregateId: 'envelope', correlationId: 'corr-1', causationId: 'cause-1' });
    expect(Date.parse(envelope.occurredAt)).not.toBeNaN();
  });

  it('should keep the event store from deleting or purging history', async () => {
    const name = streamName(namespace, LEDGER_STREAM.name);
    const info = await backbone.jsm.streams.info(name);
    expect(info.config).toMatchObject({ deny_delete: true, deny_purge: true, max_age: 0 });
    await expect(backbone.jsm.streams.deleteMessage(name, 1)).rejects.toBeInstanceOf(JetStreamApiError);
    await expect(backbone.jsm.streams.purge(name)).rejects.toBeInstanceOf(JetStreamApiError);
  });

  it('should provision idempotently and refuse to start on a conflicting stream', async () => {
    await expect(ensureStreams(backbone.jsm, [LEDGER_STREAM], { namespace })).resolves.toBeUndefined();
    const audit = { name: 'LEDGER_AUDIT', context: 'ledger-audit', kind: 'audit' as const, maxAgeSeconds: 3600, maxBytes: 1024 * 1024 };
    await ensureStreams(backbone.jsm, [audit], { namespace });
    const info = await backbone.jsm.streams.info(streamName(namespace, 'LEDGER_AUDIT'));
    expect(info.config).toMatchObject({ max_age: 3600 * 1e9, max_bytes: 1024 * 1024, deny_delete: false });
    // Someone made the audit stream an event store by hand: booting must stop, not rewrite it.
    await expect(ensureStreams(backbone.jsm, [{ ...audit, kind: 'event-store' }], { namespace })).rejects.toThrow(/conflicting configuration/);
  });
});
