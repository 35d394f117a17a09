/** The CDR stream: `<ns>.cdr.<aggregate>.<key>`. */
export const CDR_CONTEXT = 'cdr';

export const CDR_AGGREGATES = {
  /** A CDR a CPO hosted here issued, key `NL*CMX*<cdr id>` (ownedObjectKey). */
  cpoCdr: 'cpo-cdr',
  /** A CDR a CPO posted to an eMSP hosted here, key `NL*MSP/DE*CPO*<cdr id>` (receivedObjectKey). */
  receivedCdr: 'received-cdr',
} as const;
