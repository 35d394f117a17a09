import type { DataSource } from 'typeorm';
import { eventually, removeNamespace, TEST_DATABASE_URL, testNamespace } from '@chargemesh/platform-testing';
import { openServiceDataSource } from '../data-source/open-service-data-source';
import { PostgresLeaderLock } from './postgres-leader-lock';

describe('PostgresLeaderLock against the real Postgres', () => {
  const namespace = testNamespace();
  const database = `${namespace}_locks`;
  let first: DataSource;
  let second: DataSource;
  const open = () =>
    openServiceDataSource({ service: 'locks', serverUrl: TEST_DATABASE_URL, database, createIfMissing: true, runMigrations: false, poolSize: 2, nodeEnv: 'test' });
  const lockSessions = async () =>
    (await first.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = 'chargemesh-leader-locks'`, [database])) as { pid: number }[];

  beforeAll(async () => {
    first = await open();
    second = await open();
  });
  afterAll(async () => {
    await first.destroy();
    await second.destroy();
    await removeNamespace(namespace);
  });

  it('should let one holder at a time take a key, within a process and across processes', async () => {
    const a = new PostgresLeaderLock(first, 'job:a');
    const sameProcess = new PostgresLeaderLock(first, 'job:a');
    const otherProcess = new PostgresLeaderLock(second, 'job:a');
    expect(await a.acquire()).toBe(true);
    expect(await a.acquire()).toBe(true);
    expect(await sameProcess.acquire()).toBe(false);
    expect(await otherProcess.acquire()).toBe(false);
    await a.release();
    expect(await otherProcess.acquire()).toBe(true);
    expect(await sameProcess.acquire()).toBe(false);
    await otherProcess.release();
    await sameProcess.release();
  });

  it('should hold every lock of a process on one connection outside the pool', async () => {
    const locks = ['job:1', 'job:2', 'job:3'].map((key) => new PostgresLeaderLock(first, key));
    for (const lock of locks) expect(await lock.acquire()).toBe(true);
    expect(await lockSessions()).toHaveLength(1);
    for (const lock of locks) await lock.release();
    expect(await lockSessions()).toHaveLength(0);
  });

  it('should hand the lock to a standby when the holder loses its connection', async () => {
    const holder = new PostgresLeaderLock(first, 'job:failover');
    const standby = new PostgresLeaderLock(second, 'job:failover');
    expect(await holder.acquire()).toBe(true);
    expect(await standby.acquire()).toBe(false);
    // Both processes have a lock session by now: end the one that holds the advisory lock.
    const [session] = (await first.query(
      `SELECT l.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND a.datname = $1`,
      [database],
    )) as { pid: number }[];
    await second.query('SELECT pg_terminate_backend($1)', [session.pid]);
    await eventually(() => standby.acquire(), 5_000, 'the standby to take the lock');
    expect(await holder.acquire()).toBe(false);
    await standby.release();
    await holder.release();
  });
});
