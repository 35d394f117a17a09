import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { readBasicAuthPassword } from '@chargemesh/protocol-ocpp';
import type { StationRecord } from '../gateway/ports';
import { verifyPassword } from './password-hash';

/** Successful verifications remembered; a reconnect storm then costs one SHA-256 per station instead of one scrypt. */
const MAX_REMEMBERED = 200_000;

/**
 * Checks a connecting station against its security profile before the upgrade: profile 1 is
 * Basic auth on the plain listener, profile 2 Basic auth on the TLS listener, profile 3 a client
 * certificate (verified by the TLS listener against OCPP_TLS_CLIENT_CA_FILE) whose common name is
 * the station identity. A station connecting with another profile is refused (A00.FR.001/002).
 * The Basic auth user must be the identity; the password is compared as bytes (1.6 keys are binary).
 */
export class StationAuthenticator {
  private readonly verified = new Map<string, { digest: Buffer; hash: string }>();

  /** Undefined when the station may connect, otherwise why not (for the log, never for the station). */
  async problem(record: StationRecord, request: IncomingMessage, socket: Duplex, overTls: boolean): Promise<string | undefined> {
    const profile = record.securityProfile;
    if (overTls !== (profile !== 1)) return `security profile ${profile} does not match a ${overTls ? 'TLS' : 'plain'} connection`;
    if (profile === 3) return clientCertificateProblem(record.stationId, socket as TLSSocket);
    const password = readBasicAuthPassword(request.headers.authorization, record.stationId);
    if (!password) return 'no Basic auth for the station identity';
    if (!record.passwordHash) return 'the station has no password';
    return (await this.matches(record.stationId, password, record.passwordHash)) ? undefined : 'wrong password';
  }

  private async matches(stationId: string, password: Buffer, hash: string): Promise<boolean> {
    const digest = createHash('sha256').update(stationId).update('\0').update(password).digest();
    const remembered = this.verified.get(stationId);
    // Comparing the stored hash too means a password changed on any instance is noticed without a message.
    if (remembered && remembered.hash === hash && timingSafeEqual(remembered.digest, digest)) return true;
    if (!(await verifyPassword(password, hash))) return false;
    this.verified.delete(stationId);
    this.verified.set(stationId, { digest, hash });
    if (this.verified.size > MAX_REMEMBERED) this.verified.delete(this.verified.keys().next().value as string);
    return true;
  }
}

function clientCertificateProblem(stationId: string, socket: TLSSocket): string | undefined {
  if (typeof socket.getPeerCertificate !== 'function') return 'no TLS socket';
  if (!socket.authorized) return `client certificate not accepted: ${String(socket.authorizationError ?? 'none presented')}`;
  const commonName = socket.getPeerCertificate().subject?.CN;
  const names = Array.isArray(commonName) ? commonName : [commonName];
  return names.includes(stationId) ? undefined : `client certificate is for ${names.join(', ')}, not ${stationId}`;
}
