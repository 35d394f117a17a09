import { chunkBySize, jsonBytes, lastOfEach, recordBudgetBytes, splitSubmission } from './submission-parts';

const record = (id: string, padding = 0) => ({ EvseID: id, Note: 'x'.repeat(padding) });
const records = (count: number, padding = 100) => Array.from({ length: count }, (_, n) => record(`DE*CMX*E${n}`, padding));

describe('chunking records by size', () => {
  it('should keep every record, in order, with each chunk a JSON array within the limit', () => {
    const items = records(500);
    const chunks = chunkBySize(items, 10_000);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual(items);
    for (const chunk of chunks) expect(jsonBytes(chunk)).toBeLessThanOrEqual(10_000);
  });

  it('should fill chunks: two neighbours would not have fitted one', () => {
    const chunks = chunkBySize(records(500), 10_000);
    for (let n = 1; n < chunks.length; n++) expect(jsonBytes([...chunks[n - 1], chunks[n][0]])).toBeGreaterThan(10_000);
  });

  it('should count bytes, not characters, when records hold non-ASCII text', () => {
    const items = Array.from({ length: 50 }, (_, n) => ({ EvseID: `DE*CMX*E${n}`, City: 'Zürich-Süd €€€€'.repeat(10) }));
    for (const chunk of chunkBySize(items, 2_000)) expect(jsonBytes(chunk)).toBeLessThanOrEqual(2_000);
  });

  it('should make one empty chunk of no records, so an empty fullLoad is still one event', () => {
    expect(chunkBySize([], 1_000)).toEqual([[]]);
  });

  it('should refuse a record that cannot fit any event with a stable code', () => {
    expect(() => chunkBySize([record('DE*CMX*E1', 5_000)], 1_000)).toThrow(expect.objectContaining({ code: 'OICP.INVALID_RECORD_SIZE' }));
  });

  it('should leave a quarter of max_payload for the envelope and headers', () => {
    expect(recordBudgetBytes(1_048_576, 500)).toBe(786_432 - 500);
    expect(() => recordBudgetBytes(1_000, 900)).toThrow(expect.objectContaining({ code: 'OICP.INVALID_RECORD_SIZE' }));
  });
});

describe('splitting a submission into parts', () => {
  const split = (actionType: 'fullLoad' | 'update' | 'insert' | 'delete', items: ReturnType<typeof records>, maxRecordBytes = 10_000) =>
    splitSubmission(actionType, items, { batchId: 'b1', maxRecordBytes, keyOf: (item) => item.EvseID });

  it('should keep a submission that fits one event as it is, without batch', () => {
    expect(split('fullLoad', records(3))).toEqual([{ actionType: 'fullLoad', records: records(3) }]);
    expect(split('fullLoad', [])).toEqual([{ actionType: 'fullLoad', records: [] }]);
  });

  it('should make a large fullLoad one fullLoad part followed by inserts, every part naming the batch', () => {
    const parts = split('fullLoad', records(500));
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.map((part) => part.actionType)).toEqual(['fullLoad', ...parts.slice(1).map(() => 'insert')]);
    expect(parts.map((part) => part.batch)).toEqual(parts.map((_, index) => ({ id: 'b1', index, count: parts.length, actionType: 'fullLoad' })));
    expect(parts.flatMap((part) => part.records)).toEqual(records(500));
  });

  it('should split update, insert and delete into parts of the same action', () => {
    for (const actionType of ['update', 'insert', 'delete'] as const) {
      const parts = split(actionType, records(500));
      expect(new Set(parts.map((part) => part.actionType))).toEqual(new Set([actionType]));
      expect(parts.every((part) => part.batch?.actionType === actionType)).toBe(true);
    }
  });

  it('should keep the last record of each EVSE in a fullLoad, so no later part inserts an EVSE twice', () => {
    const items = [...records(300), record('DE*CMX*E0', 10), record('DE*CMX*E7', 20)];
    const parts = split('fullLoad', items);
    const all = parts.flatMap((part) => part.records);
    expect(all).toHaveLength(300);
    expect(all.slice(-2)).toEqual([record('DE*CMX*E0', 10), record('DE*CMX*E7', 20)]);
    expect(all).toEqual(lastOfEach(items, (item) => item.EvseID));
  });

  it('should keep repeats in a delta, where applying them in order is what was asked', () => {
    const items = [record('DE*CMX*E1', 1), record('DE*CMX*E1', 2)];
    expect(split('update', items)[0].records).toEqual(items);
  });
});
