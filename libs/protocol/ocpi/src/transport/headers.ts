import { randomUUID } from 'node:crypto';
import type { ModuleId } from '../schemas/versions.schemas';
import { countryCodeSchema, partyIdSchema } from '../schemas/types.schemas';
import type { PartyRef } from './party';

/* HTTP headers of OCPI 2.2.1 (transport_and_format.asciidoc). Header names are case-insensitive. */

export const OcpiHeader = {
  AUTHORIZATION: 'Authorization',
  CONTENT_TYPE: 'Content-Type',
  REQUEST_ID: 'X-Request-ID',
  CORRELATION_ID: 'X-Correlation-ID',
  FROM_COUNTRY_CODE: 'OCPI-from-country-code',
  FROM_PARTY_ID: 'OCPI-from-party-id',
  TO_COUNTRY_CODE: 'OCPI-to-country-code',
  TO_PARTY_ID: 'OCPI-to-party-id',
  LINK: 'Link',
  TOTAL_COUNT: 'X-Total-Count',
  LIMIT: 'X-Limit',
  /** URL of a CDR the receiver stored, in the answer to POST cdrs (mod_cdrs_response_headers). */
  LOCATION: 'Location',
} as const;

/** Node's IncomingHttpHeaders, a plain record in any letter case, or a fetch `Headers`. */
export type HeaderSource =
  Readonly<Record<string, string | readonly string[] | undefined>> | { get(name: string): string | null };

/** Reads one header case-insensitively; repeated values are joined with ", " as HTTP does. */
export function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === 'string' ? value : value.join(', ');
  }
  return undefined;
}

/** Functional Modules are routed and use the routing headers (transport_and_format_message_routing). */
export const FUNCTIONAL_MODULE_IDS = [
  'cdrs',
  'chargingprofiles',
  'commands',
  'locations',
  'sessions',
  'tariffs',
  'tokens',
] as const satisfies readonly ModuleId[];

/** Configuration Modules are platform-to-platform: routing headers SHALL NOT be used with them. */
export const CONFIGURATION_MODULES = ['credentials', 'hubclientinfo', 'versions'] as const;

/** Whether requests and responses of this module carry the OCPI-from/to headers. Custom modules: false. */
export const usesRoutingHeaders = (module: string): boolean =>
  (FUNCTIONAL_MODULE_IDS as readonly string[]).includes(module);

/** FROM and TO of a message; a missing TO is an Open Routing Request. */
export interface RoutingHeaders {
  from?: PartyRef;
  to?: PartyRef;
}

export type RoutingHeadersResult = { ok: true; routing: RoutingHeaders } | { ok: false; problems: string[] };

function readParty(headers: HeaderSource, direction: 'from' | 'to', problems: string[]): PartyRef | undefined {
  const countryHeader = direction === 'from' ? OcpiHeader.FROM_COUNTRY_CODE : OcpiHeader.TO_COUNTRY_CODE;
  const partyHeader = direction === 'from' ? OcpiHeader.FROM_PARTY_ID : OcpiHeader.TO_PARTY_ID;
  const countryCode = readHeader(headers, countryHeader)?.trim();
  const partyId = readHeader(headers, partyHeader)?.trim();
  if (countryCode === undefined && partyId === undefined) return undefined;
  if (countryCode === undefined || partyId === undefined) {
    problems.push(
      `${countryCode === undefined ? countryHeader : partyHeader} is missing while ${countryCode === undefined ? partyHeader : countryHeader} is set`,
    );
    return undefined;
  }
  const before = problems.length;
  if (!countryCodeSchema.safeParse(countryCode).success)
    problems.push(`${countryHeader} must be a 2-letter country code`);
  if (!partyIdSchema.safeParse(partyId).success) problems.push(`${partyHeader} must be a 3-character party id`);
  return problems.length === before ? { countryCode, partyId } : undefined;
}

/** Reads and checks the four routing headers: each pair complete or absent, values well formed. */
export function readRoutingHeaders(headers: HeaderSource): RoutingHeadersResult {
  const problems: string[] = [];
  const from = readParty(headers, 'from', problems);
  const to = readParty(headers, 'to', problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, routing: { ...(from && { from }), ...(to && { to }) } };
}

/** The routing headers to send, by their spec names. */
export function routingHeaderValues(routing: RoutingHeaders): Record<string, string> {
  const values: Record<string, string> = {};
  if (routing.from) {
    values[OcpiHeader.FROM_COUNTRY_CODE] = routing.from.countryCode;
    values[OcpiHeader.FROM_PARTY_ID] = routing.from.partyId;
  }
  if (routing.to) {
    values[OcpiHeader.TO_COUNTRY_CODE] = routing.to.countryCode;
    values[OcpiHeader.TO_PARTY_ID] = routing.to.partyId;
  }
  return values;
}

/** A response goes TO the requesting party and FROM the receiving one: the request's headers swapped. */
export const responseRouting = (request: RoutingHeaders): RoutingHeaders => ({
  ...(request.to && { from: request.to }),
  ...(request.from && { to: request.from }),
});

/** X-Request-ID and X-Correlation-ID (transport_and_format_unique_messageg_ids). */
export interface MessageIds {
  requestId: string;
  correlationId: string;
}

export const readMessageIds = (headers: HeaderSource): Partial<MessageIds> => ({
  requestId: readHeader(headers, OcpiHeader.REQUEST_ID)?.trim() || undefined,
  correlationId: readHeader(headers, OcpiHeader.CORRELATION_ID)?.trim() || undefined,
});

/** Ids for a request that starts here. GUIDs/UUIDs are advised. */
export const newMessageIds = (generate: () => string = randomUUID): MessageIds => ({
  requestId: generate(),
  correlationId: generate(),
});

/**
 * Ids for a request a Hub forwards: a new X-Request-ID (never a copy) and the same X-Correlation-ID.
 * A missing correlation id gets a fresh one rather than none.
 */
export const forwardedMessageIds = (
  incoming: Partial<MessageIds>,
  generate: () => string = randomUUID,
): MessageIds => ({
  requestId: generate(),
  correlationId: incoming.correlationId ?? generate(),
});

export const messageIdHeaderValues = (ids: MessageIds): Record<string, string> => ({
  [OcpiHeader.REQUEST_ID]: ids.requestId,
  [OcpiHeader.CORRELATION_ID]: ids.correlationId,
});
