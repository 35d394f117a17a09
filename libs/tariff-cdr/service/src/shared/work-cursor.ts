import type { DataSource, EntityManager } from 'typeorm';

/** How far a worker has scanned a projection for changed rows (by their stream sequence). */
export async function readCursor(source: DataSource | EntityManager, name: string): Promise<number> {
  const rows: { scanned_seq: string }[] = await source.query('SELECT scanned_seq FROM work_cursor WHERE name = $1', [name]);
  return rows.length ? Number(rows[0].scanned_seq) : 0;
}

export async function advanceCursor(source: DataSource | EntityManager, name: string, seq: number): Promise<void> {
  await source.query(
    `INSERT INTO work_cursor (name, scanned_seq) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET scanned_seq = GREATEST(work_cursor.scanned_seq, EXCLUDED.scanned_seq)`,
    [name, seq],
  );
}
