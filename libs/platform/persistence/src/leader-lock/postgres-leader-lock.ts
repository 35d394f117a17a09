import type { DataSource } from 'typeorm';
import { LockSession } from './lock-session';

const sessions = new WeakMap<DataSource, LockSession>();

function sessionOf(dataSource: DataSource): LockSession {
  let session = sessions.get(dataSource);
  if (!session) {
    const url = (dataSource.options as { url?: string }).url;
    if (!url) throw new Error('PostgresLeaderLock needs a DataSource configured with a url');
    session = new LockSession(url);
    sessions.set(dataSource, session);
  }
  return session;
}

/**
 * Elects the one instance that does a job (applies a projection version, runs a relay or a
 * liveness check): a session-level Postgres advisory lock. All locks of a process on one database
 * share a dedicated connection outside the pool; if it dies, the server releases them and a
 * standby instance takes over.
 */
export class PostgresLeaderLock {
  private readonly session: LockSession;
  private heldOnGeneration?: number;
  private registered = false;

  constructor(
    dataSource: DataSource,
    private readonly key: string,
  ) {
    this.session = sessionOf(dataSource);
  }

  /** True when this instance holds (or just took) the lock. */
  async acquire(): Promise<boolean> {
    if (!this.registered) {
      this.registered = true;
      this.session.register();
    }
    if (this.heldOnGeneration !== undefined) {
      try {
        await this.session.query('SELECT 1');
        if (this.heldOnGeneration === this.session.generation) return true;
      } catch {
        // the connection died: the lock is gone, try to take it again below
      }
      this.heldOnGeneration = undefined;
    }
    if (this.session.heldKeys.has(this.key)) return false; // another holder in this process has it
    const [row] = await this.session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [this.key]);
    if (!row.locked) return false;
    this.session.heldKeys.add(this.key);
    this.heldOnGeneration = this.session.generation;
    return true;
  }

  async release(): Promise<void> {
    if (this.heldOnGeneration !== undefined) {
      const sameConnection = this.heldOnGeneration === this.session.generation;
      this.heldOnGeneration = undefined;
      if (sameConnection) {
        this.session.heldKeys.delete(this.key);
        await this.session.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [this.key]).catch(() => undefined);
      }
    }
    if (this.registered) {
      this.registered = false;
      await this.session.unregister();
    }
  }
}
