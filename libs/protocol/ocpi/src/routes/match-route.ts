import type { z } from 'zod';
import { ciString, countryCodeSchema, partyIdSchema } from '../schemas/types.schemas';
import type { InterfaceRole } from '../schemas/versions.schemas';
import { ciEquals } from '../transport/party';
import { OCPI_ROUTES } from './ocpi-routes';
import type { HttpMethod, OcpiRoute, RouteParamName } from './route-types';

/*
 * Matching a request against the route table. The path is the part below the module's endpoint
 * URL. Empty segments are ignored, so `{url}{id}` and `{url}/{id}` (the spec writes both) and a
 * trailing slash all match.
 */

export interface RouteRequest {
  module: string;
  interfaceRole: InterfaceRole;
  method: string;
  /** The path below the module's endpoint URL, without the query string, e.g. `/NL/TNM/LOC1`. */
  path: string;
}

export type RouteMatch =
  | {
      kind: 'matched';
      route: OcpiRoute;
      /** Percent-decoded URL segments by name; for a `*` route the whole path as `path`. */
      params: Record<string, string>;
      /** Segments of the right shape but invalid value (a 4-letter party id...): answer 2001 or 404. */
      problems: string[];
    }
  | { kind: 'method-not-allowed'; allowedMethods: HttpMethod[] }
  | { kind: 'not-found' };

const PARAM_SCHEMAS: Record<RouteParamName, z.ZodType<string>> = {
  country_code: countryCodeSchema,
  party_id: partyIdSchema,
  location_id: ciString(36),
  evse_uid: ciString(36),
  connector_id: ciString(36),
  session_id: ciString(36),
  tariff_id: ciString(36),
  token_uid: ciString(36),
};

type Segment = { literal: string } | { param: RouteParamName };

const compiledPaths = new Map<string, Segment[]>();

function compilePath(path: string): Segment[] {
  let segments = compiledPaths.get(path);
  if (segments === undefined) {
    segments = path
      .split('/')
      .filter((part) => part !== '')
      .map((part) =>
        part.startsWith('{') && part.endsWith('}') ? { param: part.slice(1, -1) as RouteParamName } : { literal: part },
      );
    compiledPaths.set(path, segments);
  }
  return segments;
}

function splitPath(path: string): string[] | undefined {
  try {
    return path
      .split('/')
      .filter((part) => part !== '')
      .map((part) => decodeURIComponent(part));
  } catch {
    return undefined; // malformed percent-encoding
  }
}

function matchSegments(route: OcpiRoute, parts: string[]): Record<string, string> | undefined {
  if (route.path === '*') return { path: parts.join('/') };
  const segments = compilePath(route.path);
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    if ('literal' in segment) {
      if (segment.literal !== parts[index]) return undefined;
    } else {
      params[segment.param] = parts[index];
    }
  }
  return params;
}

function validateParams(params: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    const schema = PARAM_SCHEMAS[name as RouteParamName];
    if (schema === undefined) continue;
    const result = schema.safeParse(value);
    if (!result.success) problems.push(`${name} in the URL ${result.error.issues[0]?.message ?? 'is invalid'}`);
  }
  return problems;
}

/** Finds the operation for a request; exact paths win over `*` paths. */
export function matchOcpiRoute(request: RouteRequest, routes: readonly OcpiRoute[] = OCPI_ROUTES): RouteMatch {
  const parts = splitPath(request.path);
  if (parts === undefined) return { kind: 'not-found' };
  // Credentials is the same for every role (version_information_endpoint_endpoint_class note).
  const candidates = routes
    .filter(
      (route) =>
        route.module === request.module &&
        (route.module === 'credentials' || route.interfaceRole === request.interfaceRole),
    )
    .sort((left, right) => Number(left.path === '*') - Number(right.path === '*'));

  const allowedMethods = new Set<HttpMethod>();
  for (const route of candidates) {
    const params = matchSegments(route, parts);
    if (params === undefined) continue;
    if (route.method === request.method.toUpperCase()) {
      return { kind: 'matched', route, params, problems: validateParams(params) };
    }
    if (route.path !== '*') allowedMethods.add(route.method);
  }
  return allowedMethods.size > 0
    ? { kind: 'method-not-allowed', allowedMethods: [...allowedMethods] }
    : { kind: 'not-found' };
}

/**
 * The path below an endpoint URL, or undefined when `requestPath` is not under it. Both are URL
 * paths (`/ocpi/2.2.1/locations`), compared segment by segment.
 */
export function pathBelowEndpoint(endpointPath: string, requestPath: string): string | undefined {
  const base = endpointPath.split('/').filter((part) => part !== '');
  const full = requestPath.split('/').filter((part) => part !== '');
  if (full.length < base.length || base.some((part, index) => part !== full[index])) return undefined;
  return `/${full.slice(base.length).join('/')}`;
}

/** Builds the URL of an operation from the endpoint URL the peer published, encoding every segment. */
export function buildRouteUrl(
  endpointUrl: string,
  route: OcpiRoute,
  params: Partial<Record<RouteParamName, string>>,
  query: Record<string, string | number | undefined> = {},
): string {
  if (route.path === '*') throw new RangeError(`${route.id} uses a URL chosen by the other party`);
  const url = new URL(endpointUrl);
  const segments = compilePath(route.path).map((segment) => {
    if ('literal' in segment) return encodeURIComponent(segment.literal);
    const value = params[segment.param];
    if (value === undefined || value === '')
      throw new RangeError(`${route.id} needs the URL parameter ${segment.param}`);
    return encodeURIComponent(value);
  });
  const basePath = url.pathname.replace(/\/+$/, '');
  url.pathname = segments.length > 0 ? `${basePath}/${segments.join('/')}` : url.pathname;
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url.toString();
}

/**
 * For pushes of Client Owned Objects: the country_code/party_id and object id in the URL SHALL be
 * those of the pushed object (transport_and_format_errors advises 2001). Fields a PATCH leaves out
 * are not compared.
 */
export function checkPushedObjectIdentity(route: OcpiRoute, params: Record<string, string>, body: unknown): string[] {
  if (route.identity === undefined || body === null || typeof body !== 'object') return [];
  const fields = body as Record<string, unknown>;
  const problems: string[] = [];
  const compare = (bodyField: string, param: string) => {
    const inBody = fields[bodyField];
    const inUrl = params[param];
    if (typeof inBody === 'string' && inUrl !== undefined && !ciEquals(inBody, inUrl)) {
      problems.push(`${bodyField} in the body (${inBody}) differs from ${param} in the URL (${inUrl})`);
    }
  };
  if (route.identity.ownerInBody) {
    compare('country_code', 'country_code');
    compare('party_id', 'party_id');
  }
  if (route.identity.idField !== undefined && route.identity.idParam !== undefined) {
    compare(route.identity.idField, route.identity.idParam);
  }
  return problems;
}
