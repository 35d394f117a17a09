import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AllowedType, OcpiTokenType } from '@chargemesh/contracts/token';
import { uidKey } from '@chargemesh/directory-domain';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import type { PartyRef, Token } from '@chargemesh/protocol-ocpi';
import { type PageRequest, pageSql } from '../locations/shared/keyset-page';
import type { ProjectedState } from '../locations/shared/projected-aggregate';

export interface HeldToken {
  ref: string;
  owner: PartyRef;
  type: OcpiTokenType;
  token: Token;
}

export interface TokenAuthorizations {
  /** The latest START_SESSION/RESERVE_NOW that carried the token for this station (or for none named). */
  commandAt?: Date;
  recentRealTime?: { allowed: AllowedType; at: Date };
  /** The reference of the latest authorisation at this CPO that had one (for Sessions and CDRs). */
  authorizationReference?: string;
}

const upper = (party: PartyRef) => [party.countryCode.toUpperCase(), party.partyId.toUpperCase()];
type TokenRow = { ref: string; owner_cc: string; owner_pid: string; type: OcpiTokenType; object: Token };
const held = (row: TokenRow): HeldToken => ({ ref: row.ref, owner: { countryCode: row.owner_cc, partyId: row.owner_pid }, type: row.type, token: row.object });

/** Reads the tokens projections (`received_tokens`, `token_authorizations`, `own_tokens`). */
@Injectable()
export class TokenReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async receivedState(ref: string): Promise<ProjectedState<Token | undefined>> {
    return this.state('received_tokens', ref);
  }

  async ownState(ref: string): Promise<ProjectedState<Token | undefined>> {
    return this.state('own_tokens', ref);
  }

  /** The tokens a CPO hosted here holds under a uid, of any owner and type, the most recently updated first. */
  async receivedByUid(cpo: PartyRef, uid: string): Promise<HeldToken[]> {
    const rows: TokenRow[] = await this.dataSource.query(
      'SELECT ref, owner_cc, owner_pid, type, object FROM received_tokens WHERE receiver_cc = $1 AND receiver_pid = $2 AND uid_key = $3 ORDER BY last_updated DESC',
      [...upper(cpo), uidKey(uid)],
    );
    return rows.map(held);
  }

  async received(cpo: PartyRef, owner: PartyRef, uid: string, type: OcpiTokenType): Promise<Token | undefined> {
    const [row]: { object: Token }[] = await this.dataSource.query(
      'SELECT object FROM received_tokens WHERE receiver_cc = $1 AND receiver_pid = $2 AND owner_cc = $3 AND owner_pid = $4 AND uid_key = $5 AND type = $6',
      [...upper(cpo), ...upper(owner), uidKey(uid), type],
    );
    return row?.object;
  }

  async own(owner: PartyRef, uid: string, type: OcpiTokenType): Promise<HeldToken | undefined> {
    const [row]: TokenRow[] = await this.dataSource.query('SELECT ref, owner_cc, owner_pid, type, object FROM own_tokens WHERE owner_cc = $1 AND owner_pid = $2 AND uid_key = $3 AND type = $4', [
      ...upper(owner),
      uidKey(uid),
      type,
    ]);
    return row && held(row);
  }

  /** A hosted eMSP's tokens, oldest first, filtered and paged. */
  async ownPage(owner: PartyRef, page: PageRequest): Promise<{ items: Token[]; total: number; lastKey?: number }> {
    const sql = pageSql(page, 3);
    const where = ['owner_cc = $1', 'owner_pid = $2'];
    const rows: { object: Token; created_seq: string }[] = await this.dataSource.query(`SELECT object, created_seq FROM own_tokens WHERE ${[...where, ...sql.conditions].join(' AND ')} ${sql.tail}`, [...upper(owner), ...sql.params]);
    const [{ total }]: { total: string }[] = await this.dataSource.query(`SELECT count(*) AS total FROM own_tokens WHERE ${[...where, ...sql.filters].join(' AND ')}`, [...upper(owner), ...sql.filterParams]);
    return { items: rows.map((row) => row.object), total: Number(total), ...(rows.length ? { lastKey: Number(rows[rows.length - 1].created_seq) } : {}) };
  }

  async authorizations(ref: string, cpo: PartyRef, stationId: string | undefined): Promise<TokenAuthorizations> {
    const rows: { station_id: string; source: string; allowed: AllowedType; authorization_reference: string | null; at: Date }[] = await this.dataSource.query(
      'SELECT station_id, source, allowed, authorization_reference, at FROM token_authorizations WHERE ref = $1 AND cpo_cc = $2 AND cpo_pid = $3 ORDER BY at DESC',
      [ref, ...upper(cpo)],
    );
    const atStation = (row: { station_id: string }) => stationId === undefined || row.station_id === stationId || row.station_id === '';
    const command = rows.find((row) => row.source === 'COMMAND' && atStation(row));
    const realTime = rows.find((row) => row.source === 'REAL_TIME' && stationId !== undefined && row.station_id === stationId);
    const reference = rows.find((row) => row.authorization_reference !== null)?.authorization_reference;
    return {
      ...(command ? { commandAt: command.at } : {}),
      ...(realTime ? { recentRealTime: { allowed: realTime.allowed, at: realTime.at } } : {}),
      ...(reference ? { authorizationReference: reference } : {}),
    };
  }

  private async state(table: 'received_tokens' | 'own_tokens', ref: string): Promise<ProjectedState<Token | undefined>> {
    const [row]: { object: Token; last_seq: string }[] = await this.dataSource.query(`SELECT object, last_seq FROM ${table} WHERE ref = $1`, [ref]);
    return row ? { state: row.object, lastSeq: Number(row.last_seq) } : { state: undefined, lastSeq: 0 };
  }
}
