import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { CdrReceiver, CdrTokenRef } from '@chargemesh/contracts/cdr';
import { ownedObjectKey, type PartyRef, partyKeyOf, receivedObjectKey } from '@chargemesh/contracts/tariff';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { keysetPage, type Page, type PageQuery } from '../ocpi-modules/keyset-page';

export interface CpoSessionRow {
  key: string;
  country_code: string;
  party_id: string;
  session_id: string;
  station_id: string;
  transaction_id: string;
  session: Record<string, unknown>;
  cdr_token: CdrTokenRef | null;
  receiver: CdrReceiver;
  status: string;
  last_updated: Date;
  last_seq: string;
}

export interface ReceivedSessionRow {
  session: Record<string, unknown>;
  cdr_token: CdrTokenRef;
}

/** Sessions from the `sessions` projection, without the token's personal fields (see PersonalDataVault). */
@Injectable()
export class SessionReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The Sender list of a hosted CPO for one eMSP: only the sessions of that eMSP's tokens. */
  cpoPage(cpo: PartyRef, emsp: PartyRef, query: PageQuery): Promise<Page<{ key: string; last_updated: Date; session: Record<string, unknown>; cdr_token: CdrTokenRef }>> {
    return keysetPage(
      this.dataSource,
      { from: 'cpo_sessions', where: 'country_code = $1 AND party_id = $2 AND receiver_key = $3', params: [cpo.countryCode.toUpperCase(), cpo.partyId.toUpperCase(), partyKeyOf(emsp)], columns: 'session, cdr_token' },
      query,
    );
  }

  async cpoSession(cpo: PartyRef, sessionId: string): Promise<CpoSessionRow | undefined> {
    const rows: CpoSessionRow[] = await this.dataSource.query('SELECT * FROM cpo_sessions WHERE key = $1', [ownedObjectKey(cpo, sessionId)]);
    return rows[0];
  }

  async byTransaction(stationId: string, transactionId: string): Promise<CpoSessionRow | undefined> {
    const rows: CpoSessionRow[] = await this.dataSource.query('SELECT * FROM cpo_sessions WHERE station_id = $1 AND transaction_id = $2', [stationId, transactionId]);
    return rows[0];
  }

  async listCpo(cpo: PartyRef, status: string | undefined, limit: number): Promise<CpoSessionRow[]> {
    return this.dataSource.query(
      'SELECT * FROM cpo_sessions WHERE country_code = $1 AND party_id = $2 AND ($3::text IS NULL OR status = $3) ORDER BY last_updated DESC, key LIMIT $4',
      [cpo.countryCode.toUpperCase(), cpo.partyId.toUpperCase(), status ?? null, limit],
    );
  }

  /** Sessions whose rows changed after `seq` (push scanning); one event changes one row, so the order is total. */
  async cpoChangedAfter(seq: number, limit: number): Promise<{ key: string; receiver_key: string | null; receiver_kind: string; last_seq: string }[]> {
    return this.dataSource.query('SELECT key, receiver_key, receiver_kind, last_seq FROM cpo_sessions WHERE last_seq > $1 ORDER BY last_seq LIMIT $2', [seq, limit]);
  }

  async cpoByKeys(keys: readonly string[]): Promise<CpoSessionRow[]> {
    if (keys.length === 0) return [];
    return this.dataSource.query('SELECT * FROM cpo_sessions WHERE key = ANY($1)', [keys]);
  }

  async received(receiver: PartyRef, owner: PartyRef, sessionId: string): Promise<ReceivedSessionRow | undefined> {
    const rows: ReceivedSessionRow[] = await this.dataSource.query('SELECT session, cdr_token FROM received_sessions WHERE key = $1', [receivedObjectKey(receiver, owner, sessionId)]);
    return rows[0];
  }
}
