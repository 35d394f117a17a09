/*
 * The HTTP Link header (RFC 8288) as OCPI pagination uses it: `Link: <url>; rel="next"`
 * (transport_and_format_paginated_response). A small parser, because a URL may contain commas and
 * semicolons and parameters may be quoted.
 */

export interface LinkValue {
  url: string;
  /** Relation types, lower-cased; `rel="next last"` gives ['next', 'last']. */
  rels: string[];
  /** Every parameter by lower-cased name, unquoted. */
  params: Record<string, string>;
}

export class LinkHeaderSyntaxError extends Error {
  readonly code = 'OCPI.LINK_HEADER_SYNTAX';
}

const TOKEN_CHARACTER = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

/** Parses a Link header value into its links; throws LinkHeaderSyntaxError on malformed input. */
export function parseLinkHeader(value: string): LinkValue[] {
  const links: LinkValue[] = [];
  let position = 0;
  const fail = (what: string): never => {
    throw new LinkHeaderSyntaxError(`malformed Link header at position ${position}: ${what}`);
  };
  const skipWhitespace = () => {
    while (position < value.length && (value[position] === ' ' || value[position] === '\t')) position++;
  };
  const readToken = (): string => {
    const start = position;
    while (position < value.length && TOKEN_CHARACTER.test(value[position])) position++;
    return value.slice(start, position);
  };
  const readQuoted = (): string => {
    position++; // opening quote
    let text = '';
    while (position < value.length && value[position] !== '"') {
      if (value[position] === '\\') position++;
      text += value[position] ?? '';
      position++;
    }
    if (value[position] !== '"') fail('unterminated quoted string');
    position++;
    return text;
  };

  while (position < value.length) {
    skipWhitespace();
    if (value[position] === ',') {
      position++;
      continue;
    }
    if (position >= value.length) break;
    if (value[position] !== '<') fail('expected "<"');
    const end = value.indexOf('>', position);
    if (end < 0) fail('missing ">"');
    const url = value.slice(position + 1, end).trim();
    position = end + 1;
    const params: Record<string, string> = {};
    for (;;) {
      skipWhitespace();
      if (position >= value.length || value[position] === ',') break;
      if (value[position] !== ';') fail('expected ";" or ","');
      position++;
      skipWhitespace();
      const name = readToken().toLowerCase();
      if (name === '') fail('expected a parameter name');
      skipWhitespace();
      let parameterValue = '';
      if (value[position] === '=') {
        position++;
        skipWhitespace();
        parameterValue = value[position] === '"' ? readQuoted() : readToken();
      }
      if (!(name in params)) params[name] = parameterValue;
    }
    const rels = (params['rel'] ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter((rel) => rel !== '');
    links.push({ url, rels, params });
  }
  return links;
}

/** Formats links as one header value: `<url>; rel="next"`. */
export function formatLinkHeader(links: ReadonlyArray<{ url: string; rel: string }>): string {
  return links
    .map(({ url, rel }) => {
      if (/[<>\s]/.test(url)) throw new RangeError(`URL must be encoded before it goes into a Link header: ${url}`);
      return `<${url}>; rel="${rel}"`;
    })
    .join(', ');
}

/** The rel="next" URL of a Link header, resolved against `baseUrl` when it is relative. */
export function findNextLink(value: string | undefined, baseUrl?: string): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const next = parseLinkHeader(value).find((link) => link.rels.includes('next'));
  if (next === undefined) return undefined;
  return baseUrl === undefined ? next.url : new URL(next.url, baseUrl).toString();
}

/**
 * Rewrites every URL of a Link header, keeping the relations. A Hub uses it to point the next-page
 * link of a downstream platform at its own URL, which the requesting party can call.
 */
export function rewriteLinkHeader(value: string, rewrite: (url: string, rels: string[]) => string): string {
  return parseLinkHeader(value)
    .map((link) => {
      const parameters = Object.entries(link.params).map(
        ([name, parameter]) => `; ${name}="${parameter.replace(/(["\\])/g, '\\$1')}"`,
      );
      return `<${rewrite(link.url, link.rels)}>${parameters.join('')}`;
    })
    .join(', ');
}
