import type { DataSource, QueryRunner } from 'typeorm';
import { type Projection, type ProjectionDb, versionedTable } from './projection';

/** Rows of a query, whatever the statement (TypeORM returns [rows, count] for UPDATE/DELETE otherwise). */
export async function queryRows<TRow>(runner: QueryRunner, sql: string, params: unknown[] = []): Promise<TRow[]> {
  const result = await runner.query(sql, params, true);
  return result.records as TRow[];
}

export function projectionDb(runner: QueryRunner, projection: Projection, version = projection.version): ProjectionDb {
  return {
    query: (sql, params) => queryRows(runner, sql, params),
    table: (name) => {
      if (!projection.tables.includes(name)) throw new Error(`projection ${projection.name} does not own table ${name}`);
      return versionedTable(name, version);
    },
  };
}

export async function readCheckpoint(source: DataSource | QueryRunner, projection: string, version: number): Promise<number> {
  const rows: { last_seq: string }[] = await source.query(
    'SELECT last_seq FROM projection_checkpoint WHERE projection = $1 AND version = $2',
    [projection, version],
  );
  return rows.length ? Number(rows[0].last_seq) : 0;
}

/** Locks the checkpoint row for the batch's transaction; a second writer waits here. */
export async function lockCheckpoint(runner: QueryRunner, projection: Projection, streamName: string): Promise<number> {
  await runner.query(
    `INSERT INTO projection_checkpoint (projection, version, stream, last_seq) VALUES ($1, $2, $3, 0)
     ON CONFLICT (projection, version) DO NOTHING`,
    [projection.name, projection.version, streamName],
  );
  const rows = await queryRows<{ last_seq: string }>(
    runner,
    'SELECT last_seq FROM projection_checkpoint WHERE projection = $1 AND version = $2 FOR UPDATE',
    [projection.name, projection.version],
  );
  return Number(rows[0].last_seq);
}

export async function advanceCheckpoint(runner: QueryRunner, projection: Projection, lastSeq: number): Promise<void> {
  await runner.query('UPDATE projection_checkpoint SET last_seq = $3, updated_at = now() WHERE projection = $1 AND version = $2', [
    projection.name,
    projection.version,
    lastSeq,
  ]);
}

export interface DeadLetter {
  stream: string;
  seq: number;
  subject: string;
  eventId?: string;
  eventType?: string;
  errorCode: string;
  error: string;
  attempts: number;
  payload: string;
}

export async function insertDeadLetter(runner: QueryRunner, projection: Projection, letter: DeadLetter): Promise<void> {
  await runner.query(
    `INSERT INTO dead_letter (projection, version, stream, seq, subject, event_id, event_type, error_code, error, attempts, payload)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (projection, version, seq) DO NOTHING`,
    [
      projection.name,
      projection.version,
      letter.stream,
      letter.seq,
      letter.subject,
      letter.eventId ?? null,
      letter.eventType ?? null,
      letter.errorCode,
      letter.error.slice(0, 4000),
      letter.attempts,
      letter.payload,
    ],
  );
}

export async function tablesExist(runner: QueryRunner, projection: Projection): Promise<boolean> {
  for (const table of projection.tables) {
    const [row] = await queryRows<{ found: string | null }>(runner, 'SELECT to_regclass($1) AS found', [versionedTable(table, projection.version)]);
    if (!row.found) return false;
  }
  return true;
}

export async function activeVersion(runner: QueryRunner, projection: string): Promise<number | undefined> {
  const rows = await queryRows<{ active_version: number }>(runner, 'SELECT active_version FROM projection_registry WHERE projection = $1', [projection]);
  return rows[0]?.active_version;
}

/** Points the plain-named views at this version's tables and records it as the active one. */
export async function activateVersion(runner: QueryRunner, projection: Projection): Promise<void> {
  for (const table of projection.tables) {
    await runner.query(`DROP VIEW IF EXISTS ${table}`);
    await runner.query(`CREATE VIEW ${table} AS SELECT * FROM ${versionedTable(table, projection.version)}`);
  }
  await runner.query(
    `INSERT INTO projection_registry (projection, active_version) VALUES ($1, $2)
     ON CONFLICT (projection) DO UPDATE SET active_version = EXCLUDED.active_version, activated_at = now()`,
    [projection.name, projection.version],
  );
}

/** Removes a superseded version's tables and checkpoint once the new one is live. */
export async function dropVersion(runner: QueryRunner, projection: Projection, version: number): Promise<void> {
  for (const table of projection.tables) await runner.query(`DROP TABLE IF EXISTS ${versionedTable(table, version)}`);
  await runner.query('DELETE FROM projection_checkpoint WHERE projection = $1 AND version = $2', [projection.name, version]);
}

/** Runs `work` in one transaction on its own connection. */
export async function inTransaction<T>(dataSource: DataSource, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const result = await work(runner);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
