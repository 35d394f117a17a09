import { consumerName, databaseName, eventSubject, streamName } from './naming';

describe('namespaced naming', () => {
  it('should prefix every shared name with the namespace', () => {
    expect(streamName('hub', 'PARTY')).toBe('HUB_PARTY');
    expect(eventSubject('hub', 'party', 'party', 'NL*ABC')).toBe('hub.party.party.NL%2AABC');
    expect(consumerName('hub', 'directory', 'parties', 2)).toBe('hub__directory__parties__v2');
    expect(databaseName('hub', 'tariff-cdr')).toBe('hub_tariff_cdr');
  });

  it('should refuse a namespace that would break a stream, subject or database name', () => {
    for (const bad of ['', 'Hub', 'a.b', 'a b', '1abc', 'a-b', 'x'.repeat(31)]) {
      expect(() => streamName(bad, 'PARTY')).toThrow(/invalid namespace/);
    }
  });
});
