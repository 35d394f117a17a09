import { formatLinkHeader, nextPageUrl, OcpiHeader, parsePaginationQuery } from '@chargemesh/protocol-ocpi';

/**
 * OCPI list paging (transport_and_format_pagination) on top of keyset reads. On the wire it is
 * offset/limit/date_from/date_to as the spec says; the next-page Link we hand out also carries
 * `cm_after=<offset>.<sequence>`, the position of the last object sent. A request that comes back
 * with the same offset reads "after that position" through the index instead of counting off
 * `offset` rows, so deep pages cost what the first one costs. A client that sets offset itself
 * (or a stale cursor) gets the plain OFFSET read: same answer, just slower.
 */
export const CURSOR_PARAM = 'cm_after';

export interface PageRequest {
  offset: number;
  limit: number;
  dateFrom?: Date;
  dateTo?: Date;
  /** Read objects whose ordering key is above this one instead of skipping `offset` rows. */
  after?: number;
}

export interface PageLimits {
  maxLimit: number;
  defaultLimit: number;
}

export type PageRequestResult = { ok: true; page: PageRequest } | { ok: false; message: string };

export function readPageRequest(query: Record<string, string>, limits: PageLimits): PageRequestResult {
  const parsed = parsePaginationQuery(query, { maxLimit: limits.maxLimit, defaultLimit: Math.min(limits.defaultLimit, limits.maxLimit) });
  if (!parsed.ok) return { ok: false, message: parsed.problems.join('; ') };
  const { offset, limit, dateFrom, dateTo } = parsed.params;
  const page: PageRequest = { offset, limit, ...(dateFrom ? { dateFrom } : {}), ...(dateTo ? { dateTo } : {}) };
  const cursor = /^([0-9]{1,15})\.([0-9]{1,15})$/.exec(query[CURSOR_PARAM] ?? '');
  if (cursor && Number(cursor[1]) === offset && offset > 0) page.after = Number(cursor[2]);
  return { ok: true, page };
}

/** SQL for the page: filters on last_updated (date_from inclusive, date_to exclusive) and the keyset or OFFSET part. */
export function pageSql(page: PageRequest, firstParam: number, columns = { updated: 'last_updated', order: 'created_seq' }) {
  const params: unknown[] = [];
  const add = (value: unknown) => `$${firstParam + params.push(value) - 1}`;
  const filters: string[] = [];
  if (page.dateFrom) filters.push(`${columns.updated} >= ${add(page.dateFrom)}`);
  if (page.dateTo) filters.push(`${columns.updated} < ${add(page.dateTo)}`);
  const filterParams = [...params];
  const conditions = [...filters];
  if (page.after !== undefined) conditions.push(`${columns.order} > ${add(page.after)}`);
  let tail = `ORDER BY ${columns.order} LIMIT ${add(page.limit)}`;
  if (page.after === undefined && page.offset > 0) tail += ` OFFSET ${add(page.offset)}`;
  return { conditions, params, tail, filters, filterParams };
}

/** Link (with the keyset position), X-Total-Count and X-Limit of a page. */
export function pageHeaders(requestUrl: string, page: PageRequest, total: number, returned: number, lastKey: number | undefined, maxLimit: number): Record<string, string> {
  const headers: Record<string, string> = { [OcpiHeader.TOTAL_COUNT]: String(total), [OcpiHeader.LIMIT]: String(maxLimit) };
  const nextOffset = page.offset + returned;
  if (returned > 0 && nextOffset < total && lastKey !== undefined) {
    const url = new URL(nextPageUrl(requestUrl, nextOffset, page.limit));
    url.searchParams.set(CURSOR_PARAM, `${nextOffset}.${lastKey}`);
    headers[OcpiHeader.LINK] = formatLinkHeader([{ url: url.toString(), rel: 'next' }]);
  }
  return headers;
}

/** The URL the client called: our Sender endpoint (URL layout of the credentials service's version details) with its query. */
export function senderRequestUrl(baseUrl: string, module: string, query: Record<string, string>): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/ocpi/2.2.1/sender/${module}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}
