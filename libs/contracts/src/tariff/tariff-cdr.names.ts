import { commandSubject } from '../envelope/naming';

/*
 * Names shared by the three contexts the tariff-cdr service owns (TARIFF, SESSION, CDR streams).
 * OCPI objects are owned by a party and named by a CiString id, so keys upper-case the id: two ids
 * that differ only in letter case are the same object (types_cistring_type).
 */

export const TARIFF_CDR_SERVICE = 'tariff-cdr';

export interface PartyKeyRef {
  countryCode: string;
  partyId: string;
}

/** `NL*CMX`: the canonical form of a party. */
export const partyKeyOf = (party: PartyKeyRef): string => `${party.countryCode.toUpperCase()}*${party.partyId.toUpperCase()}`;

/** `NL*CMX*TARIFF-1`: an object of its owner, the aggregate id of our own tariffs, sessions and CDRs. */
export const ownedObjectKey = (owner: PartyKeyRef, objectId: string): string => `${partyKeyOf(owner)}*${objectId.toUpperCase()}`;

/**
 * `NL*MSP/DE*CPO*S1`: an object a remote (or hosted) owner pushed to a hosted receiver. The same
 * object pushed to two receivers hosted here is kept once per receiver, as each would keep it.
 */
export const receivedObjectKey = (receiver: PartyKeyRef, owner: PartyKeyRef, objectId: string): string =>
  `${partyKeyOf(receiver)}/${ownedObjectKey(owner, objectId)}`;

/** `<ns>.cmd.tariff-cdr.<action>`: the admin and inter-service commands and queries of the service. */
export const tariffCdrSubject = (namespace: string, action: string): string => commandSubject(namespace, TARIFF_CDR_SERVICE, action);

export const TARIFF_CDR_ACTIONS = {
  putTariff: 'put-tariff',
  deleteTariff: 'delete-tariff',
  getTariff: 'get-tariff',
  listTariffs: 'list-tariffs',
  getSession: 'get-session',
  listSessions: 'list-sessions',
  getCdr: 'get-cdr',
  listCdrs: 'list-cdrs',
  retryCdrDelivery: 'retry-cdr-delivery',
  assignCdrReceiver: 'assign-cdr-receiver',
  linkTariff: 'link-tariff',
  eraseTokenPersonalData: 'erase-token-personal-data',
  listTransactions: 'list-transactions',
} as const;

/** Stable error codes of the service; the OCPI module edge and the admin edge map them. */
export const TARIFF_CDR_ERRORS = {
  /** An OCPI object failed its schema (2001). */
  invalidObject: 'OCPI_MODULE.INVALID_OBJECT',
  /** URL and body disagree on the id or owner (2001). */
  idMismatch: 'OCPI_MODULE.INVALID_ID_MISMATCH',
  /** Query parameters or URL segments that are not usable (2001). */
  invalidParameters: 'OCPI_MODULE.INVALID_PARAMETERS',
  /** The URL names an owner that is not the sender (HTTP 404, transport_and_format_errors). */
  notOwner: 'OCPI_MODULE.NOT_FOUND_NOT_OWNER',
  /** No such object for this caller (HTTP 404). */
  notFound: 'OCPI_MODULE.NOT_FOUND',
  /** A CDR id already used for a different CDR: CDRs are never changed, only credited (2001). */
  cdrExists: 'OCPI_MODULE.CONFLICT_CDR_EXISTS',
  /** The operation is not part of the interface (HTTP 405). */
  methodNotAllowed: 'OCPI_MODULE.METHOD_NOT_ALLOWED',
  /** Admin API: the party is not a CPO hosted here. */
  notHostedCpo: 'TARIFF.NOT_FOUND_HOSTED_CPO',
  tariffNotFound: 'TARIFF.NOT_FOUND',
  sessionNotFound: 'SESSION.NOT_FOUND',
  cdrNotFound: 'CDR.NOT_FOUND',
  /** Only a CDR whose delivery was rejected can be retried. */
  cdrNotRejected: 'CDR.CONFLICT_NOT_REJECTED',
  /** Only a CDR that waits for the owner of its token can be given a receiver. */
  cdrNotWaiting: 'CDR.CONFLICT_NOT_WAITING',
} as const;
