import { z } from 'zod';
import { statusCodeSchema } from './status-codes';

/*
 * Pagination of eRoamingPullEvseData and eRoamingGetChargeDetailRecords (new in OICP 2.3): query
 * `?page=0&size=20`, "the default number of records ... are 20 elements"; GetChargeDetailRecords allows
 * at most 2000 per page (02_EMP_Services_and_Operations.asciidoc). The response is a Spring-style page.
 */

export const DEFAULT_PAGE_SIZE = 20;

export interface PageLimits {
  readonly defaultSize: number;
  readonly maxSize?: number;
}

/** Reads `page` and `size` from query strings, applying the defaults and the operation's maximum. */
export function pageQuerySchema(limits: PageLimits) {
  const size = z.coerce.number().int().min(1);
  return z.object({
    page: z.coerce.number().int().min(0).default(0),
    size: (limits.maxSize === undefined ? size : size.max(limits.maxSize)).default(limits.defaultSize),
  });
}
export type PageQuery = { page: number; size: number };

/**
 * A paged response around `content`. StatusCode is mandatory in the document, yet Hubject's own
 * GetChargeDetailRecords example answers `"StatusCode": null`, so null is read too.
 */
export function pagedResponseSchema<TItem extends z.ZodType>(item: TItem) {
  return z.object({
    content: z.array(item),
    number: z.number().int().min(0),
    size: z.number().int().min(0),
    totalElements: z.number().int().min(0),
    totalPages: z.number().int().min(0),
    first: z.boolean(),
    last: z.boolean(),
    numberOfElements: z.number().int().min(0),
    StatusCode: statusCodeSchema.nullable(),
  });
}

export interface Page<TItem> {
  content: TItem[];
  number: number;
  size: number;
  totalElements: number;
  totalPages: number;
  first: boolean;
  last: boolean;
  numberOfElements: number;
  StatusCode: z.infer<typeof statusCodeSchema> | null;
}

/** Builds the page for `query` from the records of that page and the total count. */
export function pageOf<TItem>(
  content: TItem[],
  query: PageQuery,
  totalElements: number,
  status: z.infer<typeof statusCodeSchema> | null,
): Page<TItem> {
  const totalPages = Math.ceil(totalElements / query.size);
  return {
    content,
    number: query.page,
    size: query.size,
    totalElements,
    totalPages,
    first: query.page === 0,
    last: query.page >= totalPages - 1,
    numberOfElements: content.length,
    StatusCode: status,
  };
}
