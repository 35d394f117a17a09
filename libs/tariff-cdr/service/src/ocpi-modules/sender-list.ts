import { CodedError } from '@chargemesh/contracts/envelope';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { moduleEndpointUrl } from '@chargemesh/tariff-cdr-domain';
import { nextPageUrl, OcpiHeader, OcpiStatus, parsePaginationQuery } from '@chargemesh/protocol-ocpi';
import { decodeCursor, encodeCursor, type Page, type PageQuery } from './keyset-page';

/** The pagination parameters of a Sender list GET (transport_and_format_pagination); bad ones are 2001. */
export function pageQueryOf(request: HandleOcpiModuleRequest, maxLimit: number, requireDateFrom = false): PageQuery {
  const parsed = parsePaginationQuery(request.query, { defaultLimit: maxLimit, maxLimit, requireDateFrom });
  if (!parsed.ok) throw new CodedError(TARIFF_CDR_ERRORS.invalidParameters, parsed.problems.join('; '));
  const { offset, limit, dateFrom, dateTo } = parsed.params;
  const cursor = decodeCursor(request.query.cursor);
  return { offset, limit, ...(dateFrom ? { dateFrom } : {}), ...(dateTo ? { dateTo } : {}), ...(cursor ? { cursor } : {}) };
}

/**
 * The answer to a list GET: the objects, X-Total-Count, X-Limit (our maximum) and, unless this is
 * the last page, a Link to the next one under the edge's base URL with the original filters, the
 * next offset and the keyset cursor.
 */
export function listReply<TRow>(request: HandleOcpiModuleRequest, page: Page<TRow>, query: PageQuery, maxLimit: number, toObject: (row: TRow) => unknown): OcpiExchangeReply {
  const headers: Record<string, string> = { [OcpiHeader.TOTAL_COUNT]: String(page.total), [OcpiHeader.LIMIT]: String(maxLimit) };
  const nextOffset = query.offset + page.rows.length;
  if (page.rows.length > 0 && nextOffset < page.total && page.next) {
    const base = new URL(moduleEndpointUrl(request.baseUrl, 'sender', request.module));
    for (const [name, value] of Object.entries(request.query)) if (name !== 'cursor') base.searchParams.set(name, value);
    const next = new URL(nextPageUrl(base, nextOffset, query.limit));
    next.searchParams.set('cursor', encodeCursor(page.next));
    headers[OcpiHeader.LINK] = `<${next.toString()}>; rel="next"`;
  }
  return { httpStatus: 200, statusCode: OcpiStatus.SUCCESS, data: page.rows.map(toObject), headers };
}
