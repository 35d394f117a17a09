import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { normaliseOperatorId } from '@chargemesh/protocol-oicp';
import { providerKey } from '../../projections/catalogue.sql';

export interface CatalogueEvseRow {
  evse_id: string;
  operator_id: string;
  record: Record<string, unknown> | null;
  status: string | null;
  data_updated_at: Date | null;
  deleted_at: Date | null;
}

const canonicalOperators = (operatorIds: readonly string[] | undefined) =>
  operatorIds === undefined ? null : operatorIds.map((id) => normaliseOperatorId(id) ?? id);

/** Reads what our hosted CPOs publish, for the pulls of EMP peers. */
@Injectable()
export class CpoCatalogueReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** EVSE data records, in a stable order; with `changedSince`, deleted ones too (delta pull). */
  async evseData(operatorIds: readonly string[] | undefined, changedSince: string | undefined): Promise<CatalogueEvseRow[]> {
    return this.dataSource.query(
      `SELECT evse_id, operator_id, record, status, data_updated_at, deleted_at FROM cpo_evses
        WHERE record IS NOT NULL AND ($1::text[] IS NULL OR operator_id = ANY($1))
          AND (CASE WHEN $2::timestamptz IS NULL THEN deleted_at IS NULL ELSE data_updated_at > $2 END)
        ORDER BY evse_key`,
      [canonicalOperators(operatorIds), changedSince ?? null],
    );
  }

  async statuses(operatorIds: readonly string[] | undefined): Promise<CatalogueEvseRow[]> {
    return this.dataSource.query(
      `SELECT evse_id, operator_id, record, status, data_updated_at, deleted_at FROM cpo_evses
        WHERE status IS NOT NULL AND ($1::text[] IS NULL OR operator_id = ANY($1)) ORDER BY evse_key`,
      [canonicalOperators(operatorIds)],
    );
  }

  async statusesOf(evseKeys: readonly string[]): Promise<CatalogueEvseRow[]> {
    return this.dataSource.query('SELECT evse_id, operator_id, record, status, data_updated_at, deleted_at FROM cpo_evses WHERE evse_key = ANY($1) AND status IS NOT NULL', [evseKeys]);
  }

  /** Pricing products of the operators for this EMP or for all EMPs. */
  async pricingProducts(operatorIds: readonly string[], providerId: string, changedSince: string | undefined): Promise<Record<string, unknown>[]> {
    const rows = await this.dataSource.query<{ data: Record<string, unknown> }[]>(
      `SELECT data FROM cpo_pricing_products WHERE operator_id = ANY($1) AND provider_id IN ($2, '*') AND ($3::timestamptz IS NULL OR updated_at > $3) ORDER BY operator_id, provider_id`,
      [canonicalOperators(operatorIds), providerKey(providerId), changedSince ?? null],
    );
    return rows.map((row) => row.data);
  }

  async evsePricing(operatorIds: readonly string[], providerId: string, changedSince: string | undefined): Promise<{ operator_id: string; pricing: Record<string, unknown> }[]> {
    return this.dataSource.query(
      `SELECT operator_id, pricing FROM cpo_evse_pricing WHERE operator_id = ANY($1) AND provider_id IN ($2, '*') AND ($3::timestamptz IS NULL OR updated_at > $3) ORDER BY operator_id, evse_key`,
      [canonicalOperators(operatorIds), providerKey(providerId), changedSince ?? null],
    );
  }
}
