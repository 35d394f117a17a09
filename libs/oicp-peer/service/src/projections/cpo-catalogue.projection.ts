import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { EvseDataSubmittedV1, EvsePricingSubmittedV1, EvseStatusSubmittedV1, OICP_AGGREGATES, PricingProductDataSubmittedV1 } from '@chargemesh/contracts/oicp';
import type { Projection } from '@chargemesh/platform-messaging';
import { applyEvseData, applyEvsePricing, applyEvseStatus, applyPricingProducts, evsePricingTableSql, evseTableSql, productTableSql } from './catalogue.sql';

/** What our hosted CPOs publish: EVSE data, status and pricing, served to the pulls of EMP peers. */
export const cpoCatalogueProjection: Projection = {
  name: 'cpo_catalogue',
  version: 1,
  stream: STREAMS.OICP,
  aggregate: OICP_AGGREGATES.cpoCatalogue,
  tables: ['cpo_evses', 'cpo_pricing_products', 'cpo_evse_pricing'],
  async createTables(db) {
    await db.query(evseTableSql(db.table('cpo_evses')));
    await db.query(`CREATE INDEX ON ${db.table('cpo_evses')} (operator_id)`);
    await db.query(productTableSql(db.table('cpo_pricing_products')));
    await db.query(evsePricingTableSql(db.table('cpo_evse_pricing')));
  },
  async apply(events, db) {
    for (const { envelope, seq } of events) {
      const at = envelope.occurredAt;
      const data = matchEvent(envelope, EvseDataSubmittedV1);
      if (data) {
        await applyEvseData(db, db.table('cpo_evses'), { ...data.data, peerId: null, at, seq }, data.data.records);
        continue;
      }
      const status = matchEvent(envelope, EvseStatusSubmittedV1);
      if (status) {
        await applyEvseStatus(db, db.table('cpo_evses'), { ...status.data, peerId: null, at, seq }, status.data.records);
        continue;
      }
      const products = matchEvent(envelope, PricingProductDataSubmittedV1);
      if (products) {
        await applyPricingProducts(db, db.table('cpo_pricing_products'), { ...products.data, peerId: null, at, seq }, products.data.pricingProductData);
        continue;
      }
      const pricing = matchEvent(envelope, EvsePricingSubmittedV1);
      if (pricing) await applyEvsePricing(db, db.table('cpo_evse_pricing'), { ...pricing.data, peerId: null, at, seq }, pricing.data.evsePricing);
    }
  },
};
