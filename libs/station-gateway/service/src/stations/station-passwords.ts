import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { StationPasswordChangedV1 } from '@chargemesh/contracts/station';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { hashPassword } from '../connection/password-hash';
import { JetStreamStationEventSink } from '../events/station-event-sink';
import type { PasswordChanges } from '../gateway/ports';

/**
 * Station Basic auth passwords, kept only as scrypt hashes in the gateway's own database (never in
 * an event, a log or an error). A change takes effect at the station's next connect on any instance:
 * the authenticator compares the stored hash, so no cache needs telling.
 */
@Injectable()
export class StationPasswords implements PasswordChanges {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly events: JetStreamStationEventSink,
  ) {}

  async set(stationId: string, password: Buffer, source: 'admin' | 'station-command'): Promise<void> {
    const hash = await hashPassword(password);
    await this.dataSource.query(
      `INSERT INTO station_credentials (station_id, password_hash) VALUES ($1, $2)
       ON CONFLICT (station_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = now()`,
      [stationId, hash],
    );
    await this.events.append(stationId, StationPasswordChangedV1, { source }, { deduplicationKey: `${stationId}:password:${hash.slice(-16)}` });
  }

  /** The station accepted a ChangeConfiguration(AuthorizationKey) / SetVariables(BasicAuthPassword): stop accepting the old one (1.6J §6.2.2). */
  passwordChanged(stationId: string, password: Buffer): Promise<void> {
    return this.set(stationId, password, 'station-command');
  }
}

/** The password bytes of an admin request: UTF-8 text, or a 1.6 AuthorizationKey written in hex. */
export function passwordBytes(request: { password?: string; passwordHex?: string }): Buffer | undefined {
  if (request.passwordHex !== undefined) return Buffer.from(request.passwordHex, 'hex');
  return request.password === undefined ? undefined : Buffer.from(request.password, 'utf8');
}
