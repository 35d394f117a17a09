import type { OcpiRoute } from '@chargemesh/protocol-ocpi';

/**
 * Where an asynchronous operation carries the URL its result is POSTed to: in the body of a
 * command (mod_commands_cpo_post_request_body) and of SetChargingProfile, in the query of a GET
 * ActiveChargingProfile and of a DELETE ChargingProfile (mod_charging_profiles).
 */
export function responseUrlCarrier(route: Pick<OcpiRoute, 'module' | 'interfaceRole' | 'method'>): 'body' | 'query' | undefined {
  if (route.interfaceRole !== 'RECEIVER') return undefined;
  if (route.module === 'commands' && route.method === 'POST') return 'body';
  if (route.module !== 'chargingprofiles') return undefined;
  if (route.method === 'PUT') return 'body';
  return route.method === 'GET' || route.method === 'DELETE' ? 'query' : undefined;
}

export function readBodyResponseUrl(body: unknown): string | undefined {
  const value = (body as { response_url?: unknown } | null)?.response_url;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The body with only `response_url` replaced; every other field (last_updated included) stays as it was. */
export function withBodyResponseUrl(body: unknown, url: string): unknown {
  return { ...(body as Record<string, unknown>), response_url: url };
}

/** The query string with `response_url` replaced, the other parameters kept in order. */
export function withQueryResponseUrl(query: string, url: string): string {
  const params = new URLSearchParams(query);
  params.set('response_url', url);
  return params.toString();
}
