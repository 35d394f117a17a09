import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ReceivedEvseView } from '@chargemesh/contracts/oicp';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { normaliseOperatorId } from '@chargemesh/protocol-oicp';

interface Row {
  evse_id: string;
  operator_id: string;
  peer_id: string;
  record: Record<string, unknown> | null;
  status: string | null;
  data_updated_at: Date | null;
  status_updated_at: Date | null;
}

/** What CPO peers told our EMPs: EVSEs with their data and status, and pricing. */
@Injectable()
export class EmpCatalogueReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async evses(operatorId: string | undefined): Promise<ReceivedEvseView[]> {
    const rows = await this.dataSource.query<Row[]>(
      `SELECT evse_id, operator_id, peer_id, record, status, data_updated_at, status_updated_at FROM emp_evses
        WHERE deleted_at IS NULL AND (record IS NOT NULL OR status IS NOT NULL) AND ($1::text IS NULL OR operator_id = $1) ORDER BY evse_key`,
      [operatorId === undefined ? null : (normaliseOperatorId(operatorId) ?? operatorId)],
    );
    return rows.map((row) => {
      const times = [row.data_updated_at, row.status_updated_at].filter((time): time is Date => time !== null).map((time) => time.getTime());
      return {
        operatorId: row.operator_id,
        evseId: row.evse_id,
        peerId: row.peer_id,
        ...(row.record ? { record: row.record } : {}),
        ...(row.status ? { status: row.status } : {}),
        updatedAt: new Date(Math.max(...times)).toISOString(),
      };
    });
  }

  async pricing(): Promise<{ products: unknown[]; evsePricing: unknown[] }> {
    const [products, evsePricing] = await Promise.all([
      this.dataSource.query<{ operator_id: string; provider_id: string; peer_id: string; data: unknown }[]>('SELECT operator_id, provider_id, peer_id, data FROM emp_pricing_products ORDER BY operator_id, provider_id'),
      this.dataSource.query<{ operator_id: string; provider_id: string; peer_id: string; pricing: unknown }[]>('SELECT operator_id, provider_id, peer_id, pricing FROM emp_evse_pricing ORDER BY operator_id, evse_key, provider_id'),
    ]);
    return {
      products: products.map((row) => ({ operatorId: row.operator_id, providerId: row.provider_id, peerId: row.peer_id, data: row.data })),
      evsePricing: evsePricing.map((row) => ({ operatorId: row.operator_id, providerId: row.provider_id, peerId: row.peer_id, pricing: row.pricing })),
    };
  }
}
