import { eventSubject, streamName } from '@chargemesh/contracts/envelope';
import { eventually, removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import { type BackboneFixture, DepositedV1, ledgerProjection, ledgerRef, LEDGER_STREAM, openBackbone, runnerDeps } from '../__fixtures__/ledger.fixture';
import { ProjectionRunner } from './projection-runner';

type Row = Record<string, string | number>;

describe('ProjectionRunner against the real JetStream and Postgres', () => {
  let backbone: BackboneFixture;
  let namespace: string;
  const runners: ProjectionRunner[] = [];

  const startRunner = (...args: ConstructorParameters<typeof ProjectionRunner> extends [unknown, unknown, ...infer Rest] ? [Parameters<typeof ledgerProjection>[0]?, ...Rest] : never) => {
    const [projectionOptions, runnerOptions] = args;
    const runner = new ProjectionRunner(ledgerProjection(projectionOptions), runnerDeps(backbone), { leadershipRetryMs: 100, retryBackoffMs: [50, 100], ...runnerOptions });
    runners.push(runner);
    runner.start();
    return runner;
  };
  const deposit = (account: string, amount: number) => backbone.store.append(ledgerRef(account), DepositedV1, { account, amount });
  const query = (sql: string, params: unknown[] = []) => backbone.dataSource.query(sql, params) as Promise<Row[]>;

  beforeEach(async () => {
    namespace = testNamespace();
    backbone = await openBackbone(namespace);
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await backbone.close();
    await removeNamespace(namespace);
  });

  it('should apply events in order and serve them through the plain-named view', async () => {
    const runner = startRunner();
    await deposit('alice', 10);
    await deposit('bob', 7);
    const last = await deposit('alice', 5);
    expect(await runner.waitFor(last.seq)).toBe(true);
    expect(await query('SELECT account, balance::int AS balance FROM balances ORDER BY account')).toEqual([
      { account: 'alice', balance: 15 },
      { account: 'bob', balance: 7 },
    ]);
    expect(runner.status()).toMatchObject({ role: 'active', caughtUp: true, lastSeq: last.seq });
  });

  it('should leave a superseded version standing by when a newer one is live', async () => {
    const current = startRunner({ version: 2 });
    const seq = (await deposit('hank', 1)).seq;
    await current.waitFor(seq);
    const old = startRunner({ version: 1 });
    await eventually(() => old.status().role === 'standby', 5_000, 'the old version to stand by');
    expect(await query("SELECT to_regclass('balances_v1') AS v1")).toEqual([{ v1: null }]);
    expect(await query('SELECT active_version FROM projection_registry')).toEqual([{ active_version: 2 }]);
    expect(old.status().lastSeq).toBe(0);
  });

  it('should dead-letter a poison message and keep applying the events behind it', async () => {
    const runner = startRunner();
    await deposit('carol', 1);
    const garbage = await backbone.js.publish(eventSubject(namespace, 'ledger', 'account', 'carol'), new TextEncoder().encode('{not json'));
    const rejected = await deposit('carol', -3); // valid envelope, refused by the projection
    const last = await deposit('carol', 2);
    expect(await runner.waitFor(last.seq)).toBe(true);
    expect(await query('SELECT balance::int AS balance FROM balances WHERE account = $1', ['carol'])).toEqual([{ balance: 3 }]);
    const letters = await query('SELECT seq::int AS seq, error_code, event_type FROM dead_letter ORDER BY seq');
    expect(letters).toEqual([
      { seq: garbage.seq, error_code: 'EVENT.UNREADABLE', event_type: null },
      { seq: rejected.seq, error_code: 'PROJECTION.PERMANENT_FAILURE', event_type: 'Deposited.v1' },
    ]);
  });

  it('should rebuild a new version from zero that equals the live one, then swap it in', async () => {
    const live = startRunner({ version: 1 });
    let last = 0;
    for (let i = 0; i < 60; i++) last = (await deposit(`acct-${i % 7}`, i)).seq;
    await live.waitFor(last);
    const before = await query('SELECT account, balance, last_seq FROM balances ORDER BY account');
    await live.stop(); // the deployment with version 2 replaces the one with version 1

    const rebuilt = startRunner({ version: 2 });
    await eventually(async () => (await query('SELECT active_version FROM projection_registry'))[0]?.active_version === 2, 10_000, 'the swap');
    expect(await query('SELECT account, balance, last_seq FROM balances ORDER BY account')).toEqual(before);
    expect(await query("SELECT to_regclass('balances_v1') AS v1")).toEqual([{ v1: null }]);
    await eventually(async () => {
      const consumers = [];
      for await (const consumer of backbone.jsm.consumers.list(streamName(namespace, LEDGER_STREAM.name))) consumers.push(consumer.name);
      return consumers.join() === `${namespace}__ledger__balances__v2`;
    }, 5_000, 'the old consumer to be removed');
    // The rebuilt version stays live for new events.
    const next = await deposit('acct-0', 1000);
    expect(await rebuilt.waitFor(next.seq)).toBe(true);
    expect(await query("SELECT balance::int AS balance FROM balances WHERE account = 'acct-0'")).toEqual([{ balance: Number(before[0].balance) + 1000 }]);
  });

  it('should not apply an event twice when the consumer dies between its commit and its ack', async () => {
    let crashed = false;
    const dying = startRunner(undefined, {
      afterCommit: () => {
        if (crashed) return;
        crashed = true;
        throw new Error('process killed after commit, before ack');
      },
    });
    const first = await deposit('dave', 4);
    await eventually(() => crashed, 5_000, 'the simulated crash');
    await dying.stop();

    const successor = startRunner();
    const second = await deposit('dave', 6);
    expect(await successor.waitFor(second.seq)).toBe(true);
    expect(await query('SELECT seq::int AS seq, times FROM applications ORDER BY seq')).toEqual([
      { seq: first.seq, times: 1 },
      { seq: second.seq, times: 1 },
    ]);
    expect(await query("SELECT balance::int AS balance FROM balances WHERE account = 'dave'")).toEqual([{ balance: 10 }]);
  });

  it('should retry a transient failure in order and never dead-letter it', async () => {
    let failures = 0;
    const runner = startRunner({
      beforeApply: (event) => {
        if (event.envelope.data && (event.envelope.data as { amount: number }).amount === 2 && failures < 3) {
          failures++;
          throw Object.assign(new Error('connection to the database was lost'), { code: '08006' });
        }
      },
    });
    const seqs = [];
    for (const amount of [1, 2, 3, 4]) seqs.push((await deposit('erin', amount)).seq);
    expect(await runner.waitFor(seqs[3], 15_000)).toBe(true);
    expect(failures).toBe(3);
    expect(await query('SELECT seq::int AS seq FROM applications ORDER BY seq')).toEqual(seqs.map((seq) => ({ seq })));
    expect(await query('SELECT count(*)::int AS n FROM dead_letter')).toEqual([{ n: 0 }]);
  });

  it('should give up on an unexpected error after bounded attempts and dead-letter it', async () => {
    const runner = startRunner(
      {
        beforeApply: (event) => {
          if ((event.envelope.data as { amount: number }).amount === 13) throw new TypeError('bug in the projection');
        },
      },
      { maxAttempts: 3 },
    );
    const unlucky = await deposit('frank', 13);
    const after = await deposit('frank', 1);
    expect(await runner.waitFor(after.seq, 15_000)).toBe(true);
    expect(await query('SELECT seq::int AS seq, attempts FROM dead_letter')).toEqual([{ seq: unlucky.seq, attempts: 3 }]);
  });

  it('should keep one active instance per projection and fail over to the standby', async () => {
    const first = startRunner();
    await eventually(() => first.status().role === 'active', 5_000, 'the first runner to lead');
    const second = startRunner();
    await eventually(() => second.status().role === 'standby', 5_000, 'the second runner to stand by');
    const before = await deposit('gina', 1);
    await first.waitFor(before.seq);
    await first.stop();
    await eventually(() => second.status().role === 'active', 5_000, 'the standby to take over');
    const after = await deposit('gina', 2);
    expect(await second.waitFor(after.seq)).toBe(true);
    expect(await query("SELECT balance::int AS balance FROM balances WHERE account = 'gina'")).toEqual([{ balance: 3 }]);
  });
});
