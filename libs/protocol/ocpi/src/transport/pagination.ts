import { isOcpiDateTime, parseOcpiDateTime } from '../schemas/types.schemas';
import { OcpiHeader, readHeader, type HeaderSource } from './headers';
import { findNextLink, formatLinkHeader } from './link-header';

/*
 * Pagination of every GET that returns a list (transport_and_format_pagination). Request parameters
 * date_from (inclusive), date_to (exclusive), offset (default 0) and limit; response headers Link
 * (rel="next" unless this is the last page), X-Total-Count and X-Limit.
 */

export interface PaginationOptions {
  /** Page size when the client gives no limit. */
  defaultLimit: number;
  /** The server's maximum, sent as X-Limit; a larger requested limit is lowered to it. */
  maxLimit: number;
  /** The Sessions Sender GET lists date_from as required (mod_sessions_cpo_get_request_parameters). */
  requireDateFrom?: boolean;
}

export interface PaginationParams {
  offset: number;
  /** The limit that applies: the requested one (or the default) capped at maxLimit. */
  limit: number;
  /** What the client asked for, if anything. */
  requestedLimit?: number;
  /** Objects with last_updated >= dateFrom. */
  dateFrom?: Date;
  /** Objects with last_updated < dateTo. */
  dateTo?: Date;
}

export type PaginationParseResult = { ok: true; params: PaginationParams } | { ok: false; problems: string[] };

export type QuerySource = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

function readSingle(query: QuerySource, name: string, problems: string[]): string | undefined {
  const values =
    query instanceof URLSearchParams
      ? query.getAll(name)
      : ([] as string[]).concat((query[name] as string | string[] | undefined) ?? []);
  if (values.length > 1) problems.push(`${name} must be given once`);
  return values[0];
}

function readCount(query: QuerySource, name: string, minimum: number, problems: string[]): number | undefined {
  const raw = readSingle(query, name, problems);
  if (raw === undefined) return undefined;
  if (!/^[0-9]+$/.test(raw) || Number(raw) < minimum || !Number.isSafeInteger(Number(raw))) {
    problems.push(`${name} must be a whole number of at least ${minimum}`);
    return undefined;
  }
  return Number(raw);
}

function readDate(query: QuerySource, name: string, problems: string[]): Date | undefined {
  const raw = readSingle(query, name, problems);
  if (raw === undefined) return undefined;
  if (!isOcpiDateTime(raw)) {
    problems.push(`${name} must be an OCPI DateTime in UTC such as 2019-01-28T12:00:00Z`);
    return undefined;
  }
  return parseOcpiDateTime(raw);
}

/** Reads the pagination query parameters of a list GET; problems are answered with 2001. */
export function parsePaginationQuery(query: QuerySource, options: PaginationOptions): PaginationParseResult {
  if (!(options.maxLimit >= 1 && options.defaultLimit >= 1 && options.defaultLimit <= options.maxLimit)) {
    throw new RangeError('pagination needs 1 <= defaultLimit <= maxLimit');
  }
  const problems: string[] = [];
  const offset = readCount(query, 'offset', 0, problems) ?? 0;
  const requestedLimit = readCount(query, 'limit', 1, problems);
  const dateFrom = readDate(query, 'date_from', problems);
  const dateTo = readDate(query, 'date_to', problems);
  if (
    options.requireDateFrom &&
    dateFrom === undefined &&
    !problems.some((problem) => problem.startsWith('date_from'))
  ) {
    problems.push('date_from is required');
  }
  if (problems.length > 0) return { ok: false, problems };
  const params: PaginationParams = {
    offset,
    limit: Math.min(requestedLimit ?? options.defaultLimit, options.maxLimit),
  };
  if (requestedLimit !== undefined) params.requestedLimit = requestedLimit;
  if (dateFrom !== undefined) params.dateFrom = dateFrom;
  if (dateTo !== undefined) params.dateTo = dateTo;
  return { ok: true, params };
}

/** The date filter on last_updated: date_from inclusive, date_to exclusive. */
export function isWithinDateRange(lastUpdated: Date | string, range: { dateFrom?: Date; dateTo?: Date }): boolean {
  const time = (typeof lastUpdated === 'string' ? parseOcpiDateTime(lastUpdated) : lastUpdated).getTime();
  if (range.dateFrom !== undefined && time < range.dateFrom.getTime()) return false;
  if (range.dateTo !== undefined && time >= range.dateTo.getTime()) return false;
  return true;
}

/**
 * The URL of the next page: the request URL with every original filter kept and offset and limit
 * set, e.g. `...cdrs/?offset=100&limit=100&date_from=...`.
 */
export function nextPageUrl(requestUrl: string | URL, nextOffset: number, limit: number): string {
  const url = new URL(requestUrl.toString());
  url.searchParams.set('offset', String(nextOffset));
  url.searchParams.set('limit', String(limit));
  return url.toString();
}

export interface PageDescription {
  /** The absolute URL the client called, with its query. */
  requestUrl: string | URL;
  params: Pick<PaginationParams, 'offset' | 'limit'>;
  /** The server's maximum page size (X-Limit). */
  maxLimit: number;
  /** All objects matching the filters and visible to this client, ignoring offset and limit (X-Total-Count). */
  totalCount: number;
  /** How many objects this response carries. */
  returnedCount: number;
}

/** Link (only when more objects follow), X-Total-Count and X-Limit for a paginated response. */
export function paginationResponseHeaders(page: PageDescription): Record<string, string> {
  const headers: Record<string, string> = {
    [OcpiHeader.TOTAL_COUNT]: String(page.totalCount),
    [OcpiHeader.LIMIT]: String(page.maxLimit),
  };
  const nextOffset = page.params.offset + page.returnedCount;
  if (page.returnedCount > 0 && nextOffset < page.totalCount) {
    headers[OcpiHeader.LINK] = formatLinkHeader([
      { url: nextPageUrl(page.requestUrl, nextOffset, page.params.limit), rel: 'next' },
    ]);
  }
  return headers;
}

export interface PaginationResponseInfo {
  totalCount?: number;
  limit?: number;
  /** Absent on the last page. */
  nextUrl?: string;
}

const readCountHeader = (headers: HeaderSource, name: string): number | undefined => {
  const raw = readHeader(headers, name)?.trim();
  return raw !== undefined && /^[0-9]+$/.test(raw) ? Number(raw) : undefined;
};

/** What a client needs from a paginated response to crawl on; a relative Link is resolved against requestUrl. */
export function readPaginationHeaders(headers: HeaderSource, requestUrl?: string): PaginationResponseInfo {
  const info: PaginationResponseInfo = {};
  const totalCount = readCountHeader(headers, OcpiHeader.TOTAL_COUNT);
  const limit = readCountHeader(headers, OcpiHeader.LIMIT);
  const nextUrl = findNextLink(readHeader(headers, OcpiHeader.LINK), requestUrl);
  if (totalCount !== undefined) info.totalCount = totalCount;
  if (limit !== undefined) info.limit = limit;
  if (nextUrl !== undefined) info.nextUrl = nextUrl;
  return info;
}
