import type { OcpiInterface, OcpiModule } from '@chargemesh/contracts/ocpi';
import type { ResolvedRoute } from '@chargemesh/contracts/party';
import { refuse, ROUTING_REFUSALS, type RoutingRefusal } from '../inbound/routing-rejection';

export type LocalHop = { kind: 'local'; countryCode: string; partyId: string };

/** The next platform: its endpoint URL for the interface being called, and the token to present there. */
export interface RemoteHop {
  kind: 'remote';
  platformId: string;
  via: 'DIRECT' | 'HUB';
  endpointUrl: string;
  token: { value: string; encoding: 'base64' | 'plain' };
}

export type NextHop = LocalHop | RemoteHop;

/**
 * Where a message for `module`/`iface` to the resolved party goes next. A remote party is reached
 * only over a CONNECTED route with a token (4003 otherwise, spec: "receiving party is not
 * connected"), and only if its next hop offers the interface.
 */
export function nextHop(route: ResolvedRoute, module: OcpiModule, iface: OcpiInterface): NextHop | RoutingRefusal {
  if (route.kind === 'local') return { kind: 'local', countryCode: route.countryCode, partyId: route.partyId };
  const party = `${route.countryCode}*${route.partyId}`;
  if (route.status !== 'CONNECTED' || !route.token) {
    return refuse(ROUTING_REFUSALS.receiverNotConnected, `${party} is not connected (${route.status === 'CONNECTED' ? 'no credentials to present' : route.status})`);
  }
  const endpoint = route.endpoints.find((candidate) => candidate.identifier === module && candidate.role === iface);
  if (!endpoint) {
    return refuse(ROUTING_REFUSALS.noEndpoint, `the platform that reaches ${party} offers no ${module} ${iface.toLowerCase()} interface`);
  }
  return { kind: 'remote', platformId: route.platformId, via: route.via, endpointUrl: endpoint.url, token: route.token };
}

/**
 * The URL of an operation below a peer's endpoint URL: every path segment percent-encoded again,
 * the query kept in its order. `{url}{id}` and `{url}/{id}` mean the same (the spec writes both).
 */
export function operationUrl(endpointUrl: string, segments: readonly string[], query: string): string {
  const base = endpointUrl.replace(/\/+$/, '');
  const path = segments.map((segment) => encodeURIComponent(segment)).join('/');
  const withPath = path ? `${base}/${path}` : base;
  return query ? `${withPath}${withPath.includes('?') ? '&' : '?'}${query.replace(/^\?/, '')}` : withPath;
}

/** The origin (scheme, host, port) of a URL, or undefined when it is not an absolute http(s) URL. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
