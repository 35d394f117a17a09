import { createHash } from 'node:crypto';

/**
 * The OCPI Session.id (and CDR.id) of a station transaction: a name-based UUID (version 5 layout,
 * SHA-1) of the station identity and the transaction id. The same transaction always gets the same
 * id, on any instance and after any replay, which is what makes issuing its CDR idempotent; it fits
 * OCPI's CiString(36) whatever the lengths of the station and transaction ids.
 */
export function sessionIdOf(stationId: string, transactionId: string): string {
  const hash = createHash('sha1').update('chargemesh-session\u0000').update(stationId).update('\u0000').update(transactionId).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
