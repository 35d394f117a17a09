import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CodedError } from '@chargemesh/contracts/envelope';
import type { RegistrationStatus, SecurityProfile } from '@chargemesh/contracts/station';
import type { EventStore } from '@chargemesh/platform-messaging';
import { DATA_SOURCE, EVENT_STORE, ProjectionHost, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { TrackedTransaction } from '@chargemesh/station-gateway-domain';
import { stationRef } from '../events/station-event-sink';
import type { StationDirectory, StationRecord } from '../gateway/ports';
import { stationsProjection } from '../projections/stations.projection';
import type { TransactionRow } from '../projections/station-rows';
import type { StationGatewayConfig } from '../station-gateway.config';

/** Ended transactions loaded with a station, besides all open ones: enough to recognise late retries. */
const RECENTLY_ENDED = 64;

/**
 * Loads a connecting station from the projection, after waiting until the projection has applied
 * the station's last stored event: a station that drops from one instance and reconnects to
 * another within milliseconds still finds its registration status and transactions. When the
 * projection cannot catch up in time the station is refused (503) rather than served stale state
 * that could duplicate a transaction.
 */
@Injectable()
export class PostgresStationDirectory implements StationDirectory {
  private readonly timeoutMs: number;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) config: StationGatewayConfig,
    private readonly projections: ProjectionHost,
  ) {
    this.timeoutMs = config.OCPP_CONNECT_STATE_TIMEOUT_MS;
  }

  async find(stationId: string): Promise<StationRecord | undefined> {
    const lastSeq = await this.store.lastSequence(stationRef(stationId));
    if (lastSeq === 0) return undefined;
    if (!(await this.projections.runner(stationsProjection.name).waitFor(lastSeq, this.timeoutMs))) {
      throw new CodedError('STATION.UNAVAILABLE', `the state of station ${stationId} is not caught up yet`);
    }
    const rows: {
      country_code: string;
      party_id: string;
      security_profile: number;
      registration_policy: RegistrationStatus;
      registration_status: RegistrationStatus | null;
      password_hash: string | null;
    }[] = await this.dataSource.query(
      `SELECT s.country_code, s.party_id, s.security_profile, s.registration_policy, s.registration_status, c.password_hash
         FROM stations s LEFT JOIN station_credentials c USING (station_id) WHERE s.station_id = $1`,
      [stationId],
    );
    if (!rows.length) return undefined;
    const [row] = rows;
    return {
      stationId,
      party: { countryCode: row.country_code, partyId: row.party_id },
      securityProfile: row.security_profile as SecurityProfile,
      registrationPolicy: row.registration_policy,
      ...(row.registration_status ? { registrationStatus: row.registration_status } : {}),
      ...(row.password_hash ? { passwordHash: row.password_hash } : {}),
      transactions: await this.transactions(stationId),
    };
  }

  private async transactions(stationId: string): Promise<TrackedTransaction[]> {
    const rows: TransactionRow[] = await this.dataSource.query(
      `SELECT * FROM (
         (SELECT * FROM transactions WHERE station_id = $1 AND NOT ended)
         UNION ALL
         (SELECT * FROM transactions WHERE station_id = $1 AND ended ORDER BY last_seq DESC LIMIT ${RECENTLY_ENDED})
       ) t ORDER BY last_seq`,
      [stationId],
    );
    return rows.map((row) => ({
      transactionId: row.transaction_id,
      ...(row.evse_id !== null ? { evseId: row.evse_id } : {}),
      ...(row.connector_id !== null ? { connectorId: row.connector_id } : {}),
      ...(row.token_ref ? { token: { ref: row.token_ref, ...(row.token_type ? { type: row.token_type } : {}) } } : {}),
      started: row.started,
      ended: row.ended,
      ...(row.seq_min !== null && row.seq_max !== null ? { seqNos: { min: Number(row.seq_min), max: Number(row.seq_max), missing: row.missing_seq_nos } } : {}),
      ...(row.start_key ? { startKey: row.start_key } : {}),
    }));
  }
}
