import { advanceGetAllWalk, type GetAllWalk, sliceToRequest, startGetAllWalk } from './get-all-pages';

/** Walks sources with the given totals and page caps the way the Hub does, returning the page's objects as `source:index`. */
function page(offset: number, limit: number, sources: { name: string; total: number; cap?: number }[]): { items: string[]; total: number } {
  let walk: GetAllWalk = startGetAllWalk(offset, limit);
  const items: string[] = [];
  let total = 0;
  for (const source of sources) {
    const slice = sliceToRequest(walk);
    const available = Math.max(0, source.total - slice.offset);
    const returned = slice.countOnly ? Math.min(1, source.total) : Math.min(slice.limit, available, source.cap ?? Infinity);
    const step = advanceGetAllWalk(walk, source.total, returned);
    for (let index = 0; index < step.take; index++) items.push(`${source.name}:${slice.offset + index}`);
    walk = step.walk;
    total += source.total;
  }
  return { items, total };
}

describe('paginating a GET All across the parties behind a Hub', () => {
  const sources = [
    { name: 'a', total: 3 },
    { name: 'b', total: 0 },
    { name: 'c', total: 4 },
  ];

  it('should see the sources as one list: every object once, in order, over consecutive pages', () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 7; offset += 2) seen.push(...page(offset, 2, sources).items);
    expect(seen).toEqual(['a:0', 'a:1', 'a:2', 'c:0', 'c:1', 'c:2', 'c:3']);
    expect(page(0, 2, sources).total).toBe(7);
  });

  it('should end a page early where a source capped its answer, so that the next offset continues right after it', () => {
    const capped = [{ name: 'a', total: 5, cap: 2 }, { name: 'c', total: 2 }];
    expect(page(0, 10, capped).items).toEqual(['a:0', 'a:1']);
    expect(page(2, 10, capped).items).toEqual(['a:2', 'a:3']);
    expect(page(4, 10, capped).items).toEqual(['a:4', 'c:0', 'c:1']);
  });

  it('should ask the sources after a full page for their total only', () => {
    expect(sliceToRequest({ skip: 0, need: 0 })).toEqual({ offset: 0, limit: 1, countOnly: true });
    expect(page(0, 1, sources)).toEqual({ items: ['a:0'], total: 7 });
  });

  it('should return an empty page past the end', () => {
    expect(page(9, 5, sources)).toEqual({ items: [], total: 7 });
  });
});
