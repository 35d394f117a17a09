import type { DataSource } from 'typeorm';

/** Where a page starts: after this (last_updated, key), the last object of the previous page. */
export interface PageCursor {
  lastUpdated: string;
  key: string;
  /** The offset this cursor stands for; a request with another offset is served by offset instead. */
  offset: number;
}

export interface PageQuery {
  offset: number;
  limit: number;
  dateFrom?: Date;
  dateTo?: Date;
  cursor?: PageCursor;
}

export interface PageSpec {
  /** A view or table with `key` and `last_updated` columns. */
  from: string;
  /** SQL conditions on it with $1.. placeholders, e.g. `country_code = $1 AND party_id = $2`. */
  where: string;
  params: unknown[];
  /** The columns to return besides key and last_updated. */
  columns: string;
}

export interface Page<TRow> {
  total: number;
  rows: TRow[];
  /** The cursor after the last row, for the next page's Link. */
  next?: PageCursor;
}

/**
 * One page of a Sender list in a stable order (last_updated, key), date_from inclusive and date_to
 * exclusive. A request that follows our own Link carries the cursor of the previous page and is
 * served by keyset (an index range, however deep the page); any other offset is served by OFFSET.
 */
export async function keysetPage<TRow extends { key: string; last_updated: Date }>(dataSource: DataSource, spec: PageSpec, query: PageQuery): Promise<Page<TRow>> {
  const params = [...spec.params];
  const filters = [spec.where];
  if (query.dateFrom) {
    params.push(query.dateFrom.toISOString());
    filters.push(`last_updated >= $${params.length}`);
  }
  if (query.dateTo) {
    params.push(query.dateTo.toISOString());
    filters.push(`last_updated < $${params.length}`);
  }
  const [{ total }] = await dataSource.query(`SELECT count(*)::int AS total FROM ${spec.from} WHERE ${filters.join(' AND ')}`, params);
  const cursor = query.cursor?.offset === query.offset ? query.cursor : undefined;
  const pageParams = [...params];
  const pageFilters = [...filters];
  if (cursor) {
    pageParams.push(cursor.lastUpdated, cursor.key);
    pageFilters.push(`(last_updated, key) > ($${pageParams.length - 1}::timestamptz, $${pageParams.length})`);
  }
  pageParams.push(query.limit);
  let sql = `SELECT key, last_updated, ${spec.columns} FROM ${spec.from} WHERE ${pageFilters.join(' AND ')} ORDER BY last_updated, key LIMIT $${pageParams.length}`;
  if (!cursor && query.offset > 0) {
    pageParams.push(query.offset);
    sql += ` OFFSET $${pageParams.length}`;
  }
  const rows: TRow[] = await dataSource.query(sql, pageParams);
  const last = rows[rows.length - 1];
  return { total, rows, ...(last ? { next: { lastUpdated: last.last_updated.toISOString(), key: last.key, offset: query.offset + rows.length } } : {}) };
}

export const encodeCursor = (cursor: PageCursor): string => Buffer.from(JSON.stringify([cursor.lastUpdated, cursor.key, cursor.offset]), 'utf8').toString('base64url');

/** A cursor from our own Link; anything else (tampered, truncated) is ignored and the offset used. */
export function decodeCursor(value: string | undefined): PageCursor | undefined {
  if (!value) return undefined;
  try {
    const [lastUpdated, key, offset] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof lastUpdated !== 'string' || Number.isNaN(Date.parse(lastUpdated)) || typeof key !== 'string' || typeof offset !== 'number' || !Number.isSafeInteger(offset)) return undefined;
    return { lastUpdated, key, offset };
  } catch {
    return undefined;
  }
}
