import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { CdrDeliveryState, CdrReceiver, CdrTokenRef } from '@chargemesh/contracts/cdr';
import { ownedObjectKey, type PartyRef, partyKeyOf, receivedObjectKey } from '@chargemesh/contracts/tariff';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { keysetPage, type Page, type PageQuery } from '../ocpi-modules/keyset-page';

export interface CpoCdrRow {
  key: string;
  country_code: string;
  party_id: string;
  cdr_id: string;
  session_id: string;
  station_id: string;
  transaction_id: string;
  cdr: Record<string, unknown>;
  cdr_token: CdrTokenRef | null;
  receiver: CdrReceiver;
  delivery_state: CdrDeliveryState;
  location: string | null;
  delivered_at: Date | null;
  rejection: string | null;
  last_updated: Date;
  last_seq: string;
  attempts: number | null;
  next_attempt_at: Date | null;
  last_error: string | null;
}

const WITH_ATTEMPTS = 'SELECT c.*, a.attempts, a.next_attempt_at, a.last_error FROM cpo_cdrs c LEFT JOIN cdr_delivery_attempts a ON a.cdr_key = c.key';

/** CDRs from the `cdrs` projection with their delivery attempts. */
@Injectable()
export class CdrReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The Sender list of a hosted CPO for one eMSP: the CDRs that are for that eMSP. */
  cpoPage(cpo: PartyRef, emsp: PartyRef, query: PageQuery): Promise<Page<{ key: string; last_updated: Date; cdr: Record<string, unknown>; cdr_token: CdrTokenRef }>> {
    return keysetPage(
      this.dataSource,
      { from: 'cpo_cdrs', where: 'country_code = $1 AND party_id = $2 AND receiver_key = $3', params: [cpo.countryCode.toUpperCase(), cpo.partyId.toUpperCase(), partyKeyOf(emsp)], columns: 'cdr, cdr_token' },
      query,
    );
  }

  async cpoCdr(cpo: PartyRef, cdrId: string): Promise<CpoCdrRow | undefined> {
    const rows: CpoCdrRow[] = await this.dataSource.query(`${WITH_ATTEMPTS} WHERE c.key = $1`, [ownedObjectKey(cpo, cdrId)]);
    return rows[0];
  }

  async byTransaction(stationId: string, transactionId: string): Promise<CpoCdrRow | undefined> {
    const rows: CpoCdrRow[] = await this.dataSource.query(`${WITH_ATTEMPTS} WHERE c.station_id = $1 AND c.transaction_id = $2`, [stationId, transactionId]);
    return rows[0];
  }

  async list(filter: { cpo?: PartyRef; deliveryState?: CdrDeliveryState; limit: number }): Promise<CpoCdrRow[]> {
    return this.dataSource.query(
      `${WITH_ATTEMPTS} WHERE ($1::text IS NULL OR (c.country_code = $1 AND c.party_id = $2)) AND ($3::text IS NULL OR c.delivery_state = $3) ORDER BY c.last_seq DESC LIMIT $4`,
      [filter.cpo?.countryCode.toUpperCase() ?? null, filter.cpo?.partyId.toUpperCase() ?? null, filter.deliveryState ?? null, filter.limit],
    );
  }

  /**
   * CDRs to deliver now: pending, due, and not already settled by an outcome the projection has not
   * applied yet (settled_seq), so that a delivered CDR is never sent again while its event is on its way.
   */
  async due(limit: number): Promise<CpoCdrRow[]> {
    return this.dataSource.query(
      `${WITH_ATTEMPTS} WHERE c.delivery_state = 'pending' AND (a.next_attempt_at IS NULL OR a.next_attempt_at <= now()) AND (a.settled_seq IS NULL OR a.settled_seq <= c.last_seq)
       ORDER BY c.last_seq LIMIT $1`,
      [limit],
    );
  }

  /** CDRs waiting for the owner of their token, oldest first. */
  async waiting(limit: number): Promise<CpoCdrRow[]> {
    return this.dataSource.query(`${WITH_ATTEMPTS} WHERE c.delivery_state = 'waiting' ORDER BY c.last_seq LIMIT $1`, [limit]);
  }

  async received(receiver: PartyRef, owner: PartyRef, cdrId: string): Promise<{ cdr: Record<string, unknown>; cdr_token: CdrTokenRef; digest: string } | undefined> {
    const rows: { cdr: Record<string, unknown>; cdr_token: CdrTokenRef; digest: string }[] = await this.dataSource.query('SELECT cdr, cdr_token, digest FROM received_cdrs WHERE key = $1', [
      receivedObjectKey(receiver, owner, cdrId),
    ]);
    return rows[0];
  }
}
