/*
 * OCPI status codes (status_codes.asciidoc): four digits in the response body, separate from the
 * HTTP status. 1xxx success, 2xxx client errors, 3xxx server errors, 4xxx hub errors; x9xx are
 * reserved for custom codes and are never used by the standard modules.
 */

export const OcpiStatus = {
  SUCCESS: 1000,
  CLIENT_ERROR: 2000,
  INVALID_OR_MISSING_PARAMETERS: 2001,
  NOT_ENOUGH_INFORMATION: 2002,
  UNKNOWN_LOCATION: 2003,
  UNKNOWN_TOKEN: 2004,
  SERVER_ERROR: 3000,
  UNABLE_TO_USE_CLIENT_API: 3001,
  UNSUPPORTED_VERSION: 3002,
  NO_MATCHING_ENDPOINTS: 3003,
  HUB_ERROR: 4000,
  HUB_UNKNOWN_RECEIVER: 4001,
  HUB_FORWARDED_REQUEST_TIMEOUT: 4002,
  HUB_CONNECTION_PROBLEM: 4003,
} as const;

export type OcpiStatusName = keyof typeof OcpiStatus;
export type StandardOcpiStatusCode = (typeof OcpiStatus)[OcpiStatusName];
export type OcpiStatusCategory = 'success' | 'client-error' | 'server-error' | 'hub-error';

export interface OcpiStatusDefinition {
  code: StandardOcpiStatusCode;
  name: OcpiStatusName;
  category: OcpiStatusCategory;
  description: string;
}

const DESCRIPTIONS: Record<OcpiStatusName, string> = {
  SUCCESS: 'Generic success code',
  CLIENT_ERROR: 'Generic client error',
  INVALID_OR_MISSING_PARAMETERS: 'Invalid or missing parameters',
  NOT_ENOUGH_INFORMATION: 'Not enough information',
  UNKNOWN_LOCATION: 'Unknown Location',
  UNKNOWN_TOKEN: 'Unknown Token',
  SERVER_ERROR: 'Generic server error',
  UNABLE_TO_USE_CLIENT_API: "Unable to use the client's API",
  UNSUPPORTED_VERSION: 'Unsupported version',
  NO_MATCHING_ENDPOINTS: 'No matching endpoints or expected endpoints missing between parties',
  HUB_ERROR: 'Generic hub error',
  HUB_UNKNOWN_RECEIVER: 'Unknown receiver (TO address is unknown)',
  HUB_FORWARDED_REQUEST_TIMEOUT: 'Timeout on forwarded request',
  HUB_CONNECTION_PROBLEM: 'Connection problem (receiving party is not connected)',
};

/** The category of any code in 1000-4999, or undefined when it is not an OCPI status code. */
export function ocpiStatusCategory(code: number): OcpiStatusCategory | undefined {
  if (!Number.isInteger(code) || code < 1000 || code > 4999) return undefined;
  return (['success', 'client-error', 'server-error', 'hub-error'] as const)[Math.floor(code / 1000) - 1];
}

/** The standard catalogue, in code order. */
export const OCPI_STATUS_CATALOGUE: readonly OcpiStatusDefinition[] = (Object.keys(OcpiStatus) as OcpiStatusName[]).map(
  (name) => ({
    code: OcpiStatus[name],
    name,
    category: ocpiStatusCategory(OcpiStatus[name]) as OcpiStatusCategory,
    description: DESCRIPTIONS[name],
  }),
);

/** 1900-1999, 2900-2999, 3900-3999, 4900-4999: reserved for custom status codes. */
export const isCustomOcpiStatusCode = (code: number): boolean =>
  ocpiStatusCategory(code) !== undefined && Math.floor(code / 100) % 10 === 9;

export const isStandardOcpiStatusCode = (code: number): code is StandardOcpiStatusCode =>
  OCPI_STATUS_CATALOGUE.some((definition) => definition.code === code);

/** A code a peer may legitimately send: a standard one or one from a custom range. */
export const isKnownOcpiStatusCode = (code: number): boolean =>
  isStandardOcpiStatusCode(code) || isCustomOcpiStatusCode(code);

export const isOcpiSuccess = (code: number): boolean => ocpiStatusCategory(code) === 'success';

/** A readable name for logs and status messages: `2001 Invalid or missing parameters`. */
export function describeOcpiStatus(code: number): string {
  const definition = OCPI_STATUS_CATALOGUE.find((candidate) => candidate.code === code);
  if (definition) return `${code} ${definition.description}`;
  if (isCustomOcpiStatusCode(code)) return `${code} custom ${ocpiStatusCategory(code)} code`;
  return `${code} unknown OCPI status code`;
}

/**
 * A Hub forwards the receiving server's client (2xxx) and server (3xxx) errors unchanged to the
 * requesting client, except for a Broadcast Push (status_codes_4xxx_hub_errors).
 */
export const hubForwardsStatusToClient = (code: number, broadcastPush: boolean): boolean =>
  !broadcastPush && (ocpiStatusCategory(code) === 'client-error' || ocpiStatusCategory(code) === 'server-error');
