import { z } from 'zod';
import { partnerSessionIdSchema, sessionIdSchema } from './identifiers';
import { textOfMax } from './primitives';

/*
 * CodeType, "list of error and status codes" (03_*_Data_Types.asciidoc; identical in both documents and
 * in both OpenAPI files). 010 and 401 are not OICP codes (research/oicp.md §4): 401 is only an HTTP status.
 * `httpStatus` is what Hubject answers with at the HTTP level where it is known (WWCP_OICP captures):
 * 401 for 017, 404 for 300; every other business failure is HTTP 200 with Result false.
 */

export type StatusArea = 'general' | 'internal' | 'authentication' | 'session' | 'evse';

export interface StatusCodeDefinition {
  readonly description: string;
  readonly area: StatusArea;
  readonly httpStatus: number;
}

export const OICP_STATUS_CODES = {
  '000': { description: 'Success.', area: 'general', httpStatus: 200 },
  '001': { description: 'Hubject system error.', area: 'internal', httpStatus: 200 },
  '002': { description: 'Hubject database error.', area: 'internal', httpStatus: 200 },
  '009': { description: 'Data transaction error.', area: 'internal', httpStatus: 200 },
  '017': { description: 'Unauthorized Access.', area: 'internal', httpStatus: 401 },
  '018': { description: 'Inconsistent EvseID.', area: 'internal', httpStatus: 200 },
  '019': { description: 'Inconsistent EvcoID.', area: 'internal', httpStatus: 200 },
  '021': { description: 'System error.', area: 'general', httpStatus: 200 },
  '022': { description: 'Data error.', area: 'general', httpStatus: 200 },
  '101': {
    description: 'QR Code Authentication failed – Invalid Credentials.',
    area: 'authentication',
    httpStatus: 200,
  },
  '102': { description: 'RFID Authentication failed – invalid UID.', area: 'authentication', httpStatus: 200 },
  '103': { description: 'RFID Authentication failed – card not readable.', area: 'authentication', httpStatus: 200 },
  '105': { description: 'PLC Authentication failed - invalid EvcoID.', area: 'authentication', httpStatus: 200 },
  '106': { description: 'No positive authentication response.', area: 'authentication', httpStatus: 200 },
  '110': {
    description: 'QR Code App Authentication failed – time out error.',
    area: 'authentication',
    httpStatus: 200,
  },
  '120': {
    description: 'PLC (ISO/ IEC 15118) Authentication failed – invalid underlying EvcoID.',
    area: 'authentication',
    httpStatus: 200,
  },
  '121': {
    description: 'PLC (ISO/ IEC 15118) Authentication failed – invalid certificate.',
    area: 'authentication',
    httpStatus: 200,
  },
  '122': {
    description: 'PLC (ISO/ IEC 15118) Authentication failed – time out error.',
    area: 'authentication',
    httpStatus: 200,
  },
  '200': { description: 'EvcoID locked.', area: 'authentication', httpStatus: 200 },
  '210': { description: 'No valid contract.', area: 'session', httpStatus: 200 },
  '300': { description: 'Partner not found.', area: 'session', httpStatus: 404 },
  '310': { description: 'Partner did not respond.', area: 'session', httpStatus: 200 },
  '320': { description: 'Service not available.', area: 'session', httpStatus: 200 },
  '400': { description: 'Session is invalid.', area: 'session', httpStatus: 200 },
  '501': { description: 'Communication to EVSE failed.', area: 'evse', httpStatus: 200 },
  '510': { description: 'No EV connected to EVSE.', area: 'evse', httpStatus: 200 },
  '601': { description: 'EVSE already reserved.', area: 'evse', httpStatus: 200 },
  '602': { description: 'EVSE already in use/ wrong token.', area: 'evse', httpStatus: 200 },
  '603': { description: 'Unknown EVSE ID.', area: 'evse', httpStatus: 200 },
  '604': { description: 'EVSE ID is not Hubject compatible.', area: 'evse', httpStatus: 200 },
  '700': { description: 'EVSE out of service.', area: 'evse', httpStatus: 200 },
} as const satisfies Record<string, StatusCodeDefinition>;

export type OicpStatusCode = keyof typeof OICP_STATUS_CODES;

export const isKnownStatusCode = (code: string): code is OicpStatusCode => Object.hasOwn(OICP_STATUS_CODES, code);

/**
 * StatusCodeType: `{ Code, Description?, AdditionalInfo? }`. Code is read as any three digits, so a
 * peer's answer with a code outside the catalogue is still understood (see `isKnownStatusCode`); the
 * builders below only produce catalogue codes.
 */
export const statusCodeSchema = z.object({
  Code: z.string().regex(/^[0-9]{3}$/, 'a three-digit OICP status code'),
  Description: textOfMax(200).optional(),
  AdditionalInfo: textOfMax(1000).optional(),
});
export type StatusCode = z.infer<typeof statusCodeSchema>;

/** The StatusCode for `code`, with the spec's description and optional additional information. */
export function statusCode(code: OicpStatusCode, additionalInfo?: string): StatusCode {
  const status: StatusCode = { Code: code, Description: OICP_STATUS_CODES[code].description };
  if (additionalInfo !== undefined) status.AdditionalInfo = additionalInfo.slice(0, 1000);
  return status;
}

/** `{ StatusCode: {...} }`, the bare body Hubject answers with on HTTP 401 (017) and 404 (300). */
export function statusCodeBody(code: OicpStatusCode, additionalInfo?: string): { StatusCode: StatusCode } {
  return { StatusCode: statusCode(code, additionalInfo) };
}

/** The HTTP status to answer with alongside `code`. */
export const httpStatusOf = (code: OicpStatusCode): number => OICP_STATUS_CODES[code].httpStatus;

/** eRoamingAcknowledgement, the response of most operations. */
export const acknowledgementSchema = z.object({
  Result: z.boolean(),
  StatusCode: statusCodeSchema,
  SessionID: sessionIdSchema.optional(),
  CPOPartnerSessionID: partnerSessionIdSchema.optional(),
  EMPPartnerSessionID: partnerSessionIdSchema.optional(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export interface AcknowledgementOptions {
  additionalInfo?: string;
  SessionID?: string;
  CPOPartnerSessionID?: string;
  EMPPartnerSessionID?: string;
  /** Defaults to `code === '000'`: "If result is true, the ... operation was performed successfully". */
  result?: boolean;
}

/** Builds an eRoamingAcknowledgement; session ids are echoed only when given. */
export function acknowledgement(code: OicpStatusCode, options: AcknowledgementOptions = {}): Acknowledgement {
  const ack: Acknowledgement = {
    Result: options.result ?? code === '000',
    StatusCode: statusCode(code, options.additionalInfo),
  };
  if (options.SessionID !== undefined) ack.SessionID = options.SessionID;
  if (options.CPOPartnerSessionID !== undefined) ack.CPOPartnerSessionID = options.CPOPartnerSessionID;
  if (options.EMPPartnerSessionID !== undefined) ack.EMPPartnerSessionID = options.EMPPartnerSessionID;
  return ack;
}
