import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { EvseDataReceivedV1, EvsePricingReceivedV1, EvseStatusReceivedV1, OICP_AGGREGATES, PricingProductDataReceivedV1 } from '@chargemesh/contracts/oicp';
import type { Projection } from '@chargemesh/platform-messaging';
import { applyEvseData, applyEvsePricing, applyEvseStatus, applyPricingProducts, evsePricingTableSql, evseTableSql, productTableSql } from './catalogue.sql';

/** What CPO peers pushed to (or we pulled from) them: EVSE data, status and pricing, for our EMPs. */
export const empCatalogueProjection: Projection = {
  name: 'emp_catalogue',
  version: 1,
  stream: STREAMS.OICP,
  aggregate: OICP_AGGREGATES.empCatalogue,
  tables: ['emp_evses', 'emp_pricing_products', 'emp_evse_pricing'],
  async createTables(db) {
    await db.query(evseTableSql(db.table('emp_evses')));
    await db.query(`CREATE INDEX ON ${db.table('emp_evses')} (operator_id)`);
    await db.query(productTableSql(db.table('emp_pricing_products')));
    await db.query(evsePricingTableSql(db.table('emp_evse_pricing')));
  },
  async apply(events, db) {
    for (const { envelope, seq } of events) {
      const at = envelope.occurredAt;
      const data = matchEvent(envelope, EvseDataReceivedV1);
      if (data) {
        await applyEvseData(db, db.table('emp_evses'), { ...data.data, at, seq }, data.data.records);
        continue;
      }
      const status = matchEvent(envelope, EvseStatusReceivedV1);
      if (status) {
        await applyEvseStatus(db, db.table('emp_evses'), { ...status.data, at, seq }, status.data.records);
        continue;
      }
      const products = matchEvent(envelope, PricingProductDataReceivedV1);
      if (products) {
        await applyPricingProducts(db, db.table('emp_pricing_products'), { ...products.data, at, seq }, products.data.pricingProductData);
        continue;
      }
      const pricing = matchEvent(envelope, EvsePricingReceivedV1);
      if (pricing) await applyEvsePricing(db, db.table('emp_evse_pricing'), { ...pricing.data, at, seq }, pricing.data.evsePricing);
    }
  },
};
