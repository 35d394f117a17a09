import { crc32 } from 'node:zlib';

/**
 * A fingerprint of a raw frame: its CRC-32 (native, under a microsecond) and its length, in base 36.
 * With the station and the message id it recognises a retransmission (deduplication key, reused-id
 * check): two different frames would need the same id, length and CRC to be confused. It runs on
 * every CALL, where a cryptographic hash costs several times more and buys nothing.
 */
export function frameFingerprint(frame: Uint8Array): string {
  return `${crc32(frame).toString(36)}.${frame.length.toString(36)}`;
}
