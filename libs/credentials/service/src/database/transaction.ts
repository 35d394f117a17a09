import type { DataSource, QueryRunner } from 'typeorm';

/** The statements a use case runs inside one transaction; rows come back whatever the statement. */
export interface Tx {
  query<TRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<TRow[]>;
}

const txOf = (runner: QueryRunner): Tx => ({
  query: async <TRow>(sql: string, params: unknown[] = []) => (await runner.query(sql, params, true)).records as TRow[],
});

/** Runs `work` in one transaction on its own connection; a throw rolls everything back. */
export async function inTransaction<T>(dataSource: DataSource, work: (tx: Tx) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const result = await work(txOf(runner));
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** Outside a transaction: one statement on a pooled connection. */
export const autoCommit = (dataSource: DataSource): Tx => ({
  query: async <TRow>(sql: string, params: unknown[] = []) => {
    const runner = dataSource.createQueryRunner();
    try {
      return (await runner.query(sql, params, true)).records as TRow[];
    } finally {
      await runner.release();
    }
  },
});
