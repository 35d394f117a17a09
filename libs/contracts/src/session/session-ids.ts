/** The SESSION stream: `<ns>.session.<aggregate>.<key>`. */
export const SESSION_CONTEXT = 'session';

export const SESSION_AGGREGATES = {
  /** A charging session of a CPO hosted here, built from the station's transaction; key `NL*CMX*<session id>`. */
  cpoSession: 'cpo-session',
  /** A session a CPO pushed to an eMSP hosted here, key `NL*MSP/DE*CPO*<session id>` (receivedObjectKey). */
  receivedSession: 'received-session',
} as const;
