import type { OcppVersion } from './versions';

/** CALLERROR codes of OCPP-J 1.6 §4.2.3, typos included: the 1.6 errata says "Do not fix". */
export const OCPP16_ERROR_CODES = [
  'NotImplemented',
  'NotSupported',
  'InternalError',
  'ProtocolError',
  'SecurityError',
  'FormationViolation',
  'PropertyConstraintViolation',
  'OccurenceConstraintViolation',
  'TypeConstraintViolation',
  'GenericError',
] as const;

/** CALLERROR codes of OCPP 2.0.1 Part 4 §4.3. */
export const OCPP201_ERROR_CODES = [
  'FormatViolation',
  'GenericError',
  'InternalError',
  'MessageTypeNotSupported',
  'NotImplemented',
  'NotSupported',
  'OccurrenceConstraintViolation',
  'PropertyConstraintViolation',
  'ProtocolError',
  'RpcFrameworkError',
  'SecurityError',
  'TypeConstraintViolation',
] as const;

export type Ocpp16ErrorCode = (typeof OCPP16_ERROR_CODES)[number];
export type Ocpp201ErrorCode = (typeof OCPP201_ERROR_CODES)[number];
export type OcppErrorCode = Ocpp16ErrorCode | Ocpp201ErrorCode;
/** The error codes a CALLERROR may carry in the given version. */
export type OcppErrorCodeOf<V extends OcppVersion> = V extends '1.6' ? Ocpp16ErrorCode : Ocpp201ErrorCode;

/** Why a message failed, independent of how a version spells it; errorCodeFor() gives the spelling. */
export type OcppErrorReason =
  | 'format'
  | 'occurrenceConstraint'
  | 'propertyConstraint'
  | 'typeConstraint'
  | 'protocol'
  | 'rpcFramework'
  | 'messageTypeNotSupported'
  | 'notImplemented'
  | 'notSupported'
  | 'internal'
  | 'security'
  | 'generic';

// 1.6 has no RpcFrameworkError nor MessageTypeNotSupported: both are frame-level problems, which
// 1.6 files under FormationViolation ("not conform the PDU structure").
const V16_CODES: Readonly<Record<OcppErrorReason, Ocpp16ErrorCode>> = {
  format: 'FormationViolation',
  occurrenceConstraint: 'OccurenceConstraintViolation',
  propertyConstraint: 'PropertyConstraintViolation',
  typeConstraint: 'TypeConstraintViolation',
  protocol: 'ProtocolError',
  rpcFramework: 'FormationViolation',
  messageTypeNotSupported: 'FormationViolation',
  notImplemented: 'NotImplemented',
  notSupported: 'NotSupported',
  internal: 'InternalError',
  security: 'SecurityError',
  generic: 'GenericError',
};

const V201_CODES: Readonly<Record<OcppErrorReason, Ocpp201ErrorCode>> = {
  format: 'FormatViolation',
  occurrenceConstraint: 'OccurrenceConstraintViolation',
  propertyConstraint: 'PropertyConstraintViolation',
  typeConstraint: 'TypeConstraintViolation',
  protocol: 'ProtocolError',
  rpcFramework: 'RpcFrameworkError',
  messageTypeNotSupported: 'MessageTypeNotSupported',
  notImplemented: 'NotImplemented',
  notSupported: 'NotSupported',
  internal: 'InternalError',
  security: 'SecurityError',
  generic: 'GenericError',
};

const CODES_BY_VERSION = { '1.6': V16_CODES, '2.0.1': V201_CODES } as const;

/** The exact CALLERROR code to send for a reason in the negotiated version. */
export function errorCodeFor<V extends OcppVersion>(version: V, reason: OcppErrorReason): OcppErrorCodeOf<V> {
  return CODES_BY_VERSION[version][reason] as OcppErrorCodeOf<V>;
}

// Receiving side: stations get the spellings wrong in both directions, so accept either.
const REASON_BY_RECEIVED_CODE: ReadonlyMap<string, OcppErrorReason> = new Map<string, OcppErrorReason>([
  ...(Object.entries(V201_CODES).map(([reason, code]) => [code, reason]) as [string, OcppErrorReason][]),
  ['FormationViolation', 'format'],
  ['OccurenceConstraintViolation', 'occurrenceConstraint'],
]);

/**
 * Reads the code of a CALLERROR received from a station, accepting both versions' spellings
 * ("FormationViolation"/"FormatViolation", "OccurenceConstraintViolation"/"OccurrenceConstraintViolation").
 * Undefined for a code neither version defines.
 */
export function errorReasonOfCode(code: string): OcppErrorReason | undefined {
  return REASON_BY_RECEIVED_CODE.get(code);
}

const CODES_OF_VERSION: Readonly<Record<OcppVersion, ReadonlySet<string>>> = {
  '1.6': new Set(OCPP16_ERROR_CODES),
  '2.0.1': new Set(OCPP201_ERROR_CODES),
};

/** Whether `code` is spelled exactly as the given version defines it (what we must send). */
export function isErrorCodeOf<V extends OcppVersion>(version: V, code: string): code is OcppErrorCodeOf<V> {
  return CODES_OF_VERSION[version].has(code);
}
