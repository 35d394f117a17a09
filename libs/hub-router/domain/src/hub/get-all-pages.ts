/*
 * GET All via a Hub (transport_and_format_get_all_via_hubs) over the parties behind it: their lists,
 * concatenated in a fixed party order, are one list to the requester, paginated with the usual
 * offset and limit. Each source is asked for the slice that falls into the requested page; its
 * X-Total-Count tells how far the page's offset reaches past it.
 */

export interface GetAllWalk {
  /** Offset still to skip, counted from the start of the current source. */
  skip: number;
  /** Objects still missing from the page. */
  need: number;
}

export const startGetAllWalk = (offset: number, limit: number): GetAllWalk => ({ skip: offset, need: limit });

/** What to ask the next source for: a slice of the page, or (page full) only its total (limit 1, the smallest allowed). */
export function sliceToRequest(walk: GetAllWalk): { offset: number; limit: number; countOnly: boolean } {
  return walk.need > 0 ? { offset: walk.skip, limit: walk.need, countOnly: false } : { offset: 0, limit: 1, countOnly: true };
}

/**
 * Moves past one source, given its X-Total-Count and how many objects it returned for the slice.
 * A source that returns fewer than it has (its own page cap) ends the page there: the next page
 * starts right after, so the offsets stay consistent.
 */
export function advanceGetAllWalk(walk: GetAllWalk, total: number, returned: number): { walk: GetAllWalk; take: number } {
  if (walk.need === 0) return { walk, take: 0 };
  if (walk.skip >= total) return { walk: { skip: walk.skip - total, need: walk.need }, take: 0 };
  const take = Math.min(returned, walk.need, total - walk.skip);
  const capped = walk.skip + take < total && take < walk.need;
  return { walk: { skip: 0, need: capped ? 0 : walk.need - take }, take };
}
