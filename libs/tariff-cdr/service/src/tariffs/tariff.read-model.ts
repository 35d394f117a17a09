import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ownedObjectKey, type PartyRef, receivedObjectKey } from '@chargemesh/contracts/tariff';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { keysetPage, type Page, type PageQuery } from '../ocpi-modules/keyset-page';

export interface OwnTariffRow {
  key: string;
  country_code: string;
  party_id: string;
  tariff_id: string;
  tariff: Record<string, unknown>;
  removed: boolean;
  last_updated: Date;
  last_seq: string;
}

/** Tariffs from the `tariffs` projection. */
@Injectable()
export class TariffReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The Sender list of a hosted CPO: its tariffs in force (not removed). */
  ownPage(owner: PartyRef, query: PageQuery): Promise<Page<{ key: string; last_updated: Date; tariff: Record<string, unknown> }>> {
    return keysetPage(this.dataSource, { from: 'own_tariffs', where: 'country_code = $1 AND party_id = $2 AND NOT removed', params: [owner.countryCode.toUpperCase(), owner.partyId.toUpperCase()], columns: 'tariff' }, query);
  }

  async own(owner: PartyRef, tariffId: string): Promise<OwnTariffRow | undefined> {
    const rows: OwnTariffRow[] = await this.dataSource.query('SELECT * FROM own_tariffs WHERE key = $1', [ownedObjectKey(owner, tariffId)]);
    return rows[0];
  }

  async listOwn(owner: PartyRef): Promise<OwnTariffRow[]> {
    return this.dataSource.query('SELECT * FROM own_tariffs WHERE country_code = $1 AND party_id = $2 AND NOT removed ORDER BY tariff_id', [owner.countryCode.toUpperCase(), owner.partyId.toUpperCase()]);
  }

  /** The CPO's tariffs in force among `tariffIds`, in the order given (a connector's tariff_ids). */
  async ownInOrder(owner: PartyRef, tariffIds: readonly string[]): Promise<Record<string, unknown>[]> {
    if (tariffIds.length === 0) return [];
    const keys = tariffIds.map((id) => ownedObjectKey(owner, id));
    const rows: { key: string; tariff: Record<string, unknown> }[] = await this.dataSource.query('SELECT key, tariff FROM own_tariffs WHERE key = ANY($1) AND NOT removed', [keys]);
    const byKey = new Map(rows.map((row) => [row.key, row.tariff]));
    return keys.map((key) => byKey.get(key)).filter((tariff): tariff is Record<string, unknown> => tariff !== undefined);
  }

  async received(receiver: PartyRef, owner: PartyRef, tariffId: string): Promise<Record<string, unknown> | undefined> {
    const rows: { tariff: Record<string, unknown> }[] = await this.dataSource.query('SELECT tariff FROM received_tariffs WHERE key = $1', [receivedObjectKey(receiver, owner, tariffId)]);
    return rows[0]?.tariff;
  }
}
