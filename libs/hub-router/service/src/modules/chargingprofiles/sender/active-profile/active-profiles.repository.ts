import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import type { ActiveChargingProfile, PartyRef } from '@chargemesh/protocol-ocpi';

const key = (party: PartyRef) => [party.countryCode.toUpperCase(), party.partyId.toUpperCase()];

/** The latest ActiveChargingProfile each CPO pushed to a hosted eMSP/SCSP for a session (`ocpi_active_profiles`). */
@Injectable()
export class ActiveProfilesRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async save(holder: PartyRef, cpo: PartyRef, sessionId: string, profile: ActiveChargingProfile): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO ocpi_active_profiles (holder_cc, holder_pid, cpo_cc, cpo_pid, session_id, profile) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (holder_cc, holder_pid, cpo_cc, cpo_pid, session_id) DO UPDATE SET profile = EXCLUDED.profile, updated_at = now()`,
      [...key(holder), ...key(cpo), sessionId.toUpperCase(), JSON.stringify(profile)],
    );
  }

  async find(holder: PartyRef, cpo: PartyRef, sessionId: string): Promise<{ profile: ActiveChargingProfile; updatedAt: string } | undefined> {
    const [row]: { profile: ActiveChargingProfile; updated_at: Date }[] = await this.dataSource.query(
      'SELECT profile, updated_at FROM ocpi_active_profiles WHERE holder_cc = $1 AND holder_pid = $2 AND cpo_cc = $3 AND cpo_pid = $4 AND session_id = $5',
      [...key(holder), ...key(cpo), sessionId.toUpperCase()],
    );
    return row && { profile: row.profile, updatedAt: row.updated_at.toISOString() };
  }
}
