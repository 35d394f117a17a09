import {
  findNextLink,
  formatLinkHeader,
  LinkHeaderSyntaxError,
  parseLinkHeader,
  rewriteLinkHeader,
} from './link-header';

describe('Link header', () => {
  const next = 'https://www.server.com/ocpi/cpo/2.2.1/cdrs/?offset=150&limit=50';

  it('should round-trip a next link', () => {
    const header = formatLinkHeader([{ url: next, rel: 'next' }]);
    expect(header).toBe(`<${next}>; rel="next"`);
    expect(parseLinkHeader(header)).toEqual([{ url: next, rels: ['next'], params: { rel: 'next' } }]);
  });

  it('should read several links, unquoted and multi-valued rels, and commas inside URLs', () => {
    const header = '<https://a.example/x?ids=1,2;3>; rel=prev, <https://a.example/y>; title="a, b"; REL="next last"';
    expect(parseLinkHeader(header)).toEqual([
      { url: 'https://a.example/x?ids=1,2;3', rels: ['prev'], params: { rel: 'prev' } },
      { url: 'https://a.example/y', rels: ['next', 'last'], params: { title: 'a, b', rel: 'next last' } },
    ]);
  });

  it('should find the next link and resolve a relative one', () => {
    expect(findNextLink(`<${next}>; rel="next"`)).toBe(next);
    expect(findNextLink('</ocpi/2.2.1/cdrs?offset=10>; rel="next"', 'https://hub.example/ocpi/2.2.1/cdrs')).toBe(
      'https://hub.example/ocpi/2.2.1/cdrs?offset=10',
    );
    expect(findNextLink('<https://a.example/p1>; rel="prev"')).toBeUndefined();
    expect(findNextLink(undefined)).toBeUndefined();
  });

  it.each([
    ['no angle brackets', 'https://a.example; rel="next"'],
    ['an unclosed bracket', '<https://a.example; rel="next"'],
    ['an unterminated quote', '<https://a.example>; rel="next'],
    ['garbage after the URL', '<https://a.example> rel="next"'],
  ])('should refuse %s', (_reason, header) => {
    expect(() => parseLinkHeader(header)).toThrow(LinkHeaderSyntaxError);
  });

  it('should rewrite the URLs of a downstream Link so the client can call the Hub instead', () => {
    const rewritten = rewriteLinkHeader(
      `<${next}>; rel="next"`,
      (url) => `https://hub.example/page/${encodeURIComponent(url)}`,
    );
    expect(findNextLink(rewritten)).toBe(`https://hub.example/page/${encodeURIComponent(next)}`);
  });

  it('should refuse to format a URL that would break the header', () => {
    expect(() => formatLinkHeader([{ url: 'https://a.example/a b', rel: 'next' }])).toThrow(RangeError);
  });
});
