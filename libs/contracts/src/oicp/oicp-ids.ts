/*
 * Names of the OICP context: the oicp-peer service, the aggregates of its OICP stream and the
 * request/reply ports it calls on the CPO side of this platform. OICP ids (EvseID, OperatorID,
 * ProviderID, SessionID) are validated by the oicp-peer with @chargemesh/protocol-oicp; here they are
 * plain strings so that this library stays free of protocol code.
 */

export const OICP_CONTEXT = 'oicp';
export const OICP_SERVICE = 'oicp-peer';

export const OICP_AGGREGATES = {
  /**
   * Who we are and whom we talk to, one aggregate type so that the registry can be followed alone:
   * `party:CC*PID` (a hosted party's OICP ids, see registryIdOfParty) and `peer:<peerId>` (a remote peer).
   */
  registry: 'registry',
  /** What a hosted CPO publishes about its EVSEs (data, status, pricing), id = canonical OperatorID. */
  cpoCatalogue: 'cpo-catalogue',
  /** A charging session as the CPO side sees it, id = SessionID. */
  cpoSession: 'cpo-session',
  /** Authentication data an EMP peer pushed to our CPO side, id = canonical ProviderID. */
  cpoAuthData: 'cpo-auth-data',
  /** EVSE data, status and pricing an EMP side received from one operator, id = canonical OperatorID. */
  empCatalogue: 'emp-catalogue',
  /** A charging session as the EMP side sees it, id = SessionID. */
  empSession: 'emp-session',
  /** The identifications a hosted EMP accepts and pushes to CPO peers, id = canonical ProviderID. */
  empAuthData: 'emp-auth-data',
} as const;

export const registryIdOfParty = (countryCode: string, partyId: string) => `party:${countryCode.toUpperCase()}*${partyId.toUpperCase()}`;
export const registryIdOfPeer = (peerId: string) => `peer:${peerId}`;

/**
 * The port the CPO backend of this platform serves (today the tests and, later, the station
 * gateway): `<ns>.cmd.oicp-cpo-backend.<action>`. The oicp-peer asks it whether a remote start, stop or
 * reservation reached the EVSE; "no responders" means no backend is running.
 */
export const OICP_CPO_BACKEND = 'oicp-cpo-backend';
export const OICP_CPO_BACKEND_ACTIONS = {
  remoteStart: 'remote-start',
  remoteStop: 'remote-stop',
  reservationStart: 'reservation-start',
  reservationStop: 'reservation-stop',
} as const;

/** Stable error codes of the oicp-peer; each edge maps them (OICP status code, HTTP status). */
export const OICP_ERRORS = {
  /** The party is not hosted here (directory) or has no OICP id of the needed kind. */
  partyNotFound: 'OICP.NOT_FOUND_PARTY',
  notHosted: 'OICP.NOT_FOUND_IDENTITY',
  idTaken: 'OICP.ALREADY_TAKEN',
  peerNotFound: 'OICP.NOT_FOUND_PEER',
  peerExists: 'OICP.ALREADY_REGISTERED',
  /** Peer credentials need OICP_ENCRYPTION_KEY. */
  encryptionKeyMissing: 'OICP.UNAVAILABLE_ENCRYPTION_KEY',
  /** A peer wants our client certificate and none is configured (OICP_CLIENT_CERT_FILE). */
  clientCertificateMissing: 'OICP.UNAVAILABLE_CLIENT_CERTIFICATE',
  directoryUnavailable: 'OICP.UNAVAILABLE_DIRECTORY',
  sessionUnknown: 'OICP.UNKNOWN_SESSION',
  cdrConflict: 'OICP.CONFLICT_CDR',
  invalid: 'OICP.INVALID',
  /** A single record is larger than one event may be (NATS max_payload); nothing was recorded. */
  recordTooLarge: 'OICP.INVALID_RECORD_SIZE',
  /**
   * A submission recorded in parts failed after some parts: the catalogue holds a partial fullLoad (or a
   * partial delta) until the submission is sent again. Never answered as success.
   */
  submissionIncomplete: 'OICP.INCOMPLETE_SUBMISSION',
  /** Another large submission for the same catalogue held the write lock for too long; try again. */
  submissionBusy: 'OICP.CONFLICT_BUSY_CATALOGUE',
} as const;
