import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { SampledValue } from '@chargemesh/contracts/station';
import type { TransactionFacts } from '@chargemesh/tariff-cdr-domain';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';

interface TransactionRow {
  station_id: string;
  transaction_id: string;
  ocpp_version: '1.6' | '2.0.1';
  evse_id: number | null;
  connector_id: number | null;
  started_at: Date | null;
  ended_at: Date | null;
  start_known: boolean | null;
  token_ref: string | null;
  token_type: string | null;
  remote_start_id: number | null;
  stopped_reason: string | null;
  last_seq: string;
}

const iso = (value: Date | null) => (value ? value.toISOString() : undefined);

/** Station transactions from the `station-transactions` projection. */
@Injectable()
export class TransactionReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async facts(stationId: string, transactionId: string): Promise<TransactionFacts | undefined> {
    const [row]: TransactionRow[] = await this.dataSource.query('SELECT * FROM station_transactions WHERE station_id = $1 AND transaction_id = $2', [stationId, transactionId]);
    if (!row) return undefined;
    const observations: { at: string; sampled_values: SampledValue[]; charging: boolean | null }[] = await this.dataSource.query(
      'SELECT at, sampled_values, charging FROM transaction_observations WHERE station_id = $1 AND transaction_id = $2 ORDER BY seq, position',
      [stationId, transactionId],
    );
    const defined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
    return {
      stationId: row.station_id,
      transactionId: row.transaction_id,
      ocppVersion: row.ocpp_version,
      evseId: defined(row.evse_id),
      connectorId: defined(row.connector_id),
      startedAt: iso(row.started_at),
      endedAt: iso(row.ended_at),
      startKnown: defined(row.start_known),
      tokenRef: defined(row.token_ref),
      tokenType: defined(row.token_type),
      remoteStartId: defined(row.remote_start_id),
      stoppedReason: defined(row.stopped_reason),
      readings: observations.filter((observation) => observation.sampled_values.length > 0).map((observation) => ({ at: observation.at, sampledValues: observation.sampled_values })),
      chargingStates: observations.filter((observation) => observation.charging !== null).map((observation) => ({ at: observation.at, charging: observation.charging as boolean })),
      lastSeq: Number(row.last_seq),
    };
  }

  /** Transactions whose facts changed after `seq`, in stream order (one event changes one transaction). */
  async changedAfter(seq: number, limit: number): Promise<{ station_id: string; transaction_id: string; last_seq: string }[]> {
    return this.dataSource.query('SELECT station_id, transaction_id, last_seq FROM station_transactions WHERE last_seq > $1 ORDER BY last_seq LIMIT $2', [seq, limit]);
  }
}
