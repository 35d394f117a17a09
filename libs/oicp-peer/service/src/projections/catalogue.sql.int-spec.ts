import { Client } from 'pg';
import { databaseName } from '@chargemesh/contracts/envelope';
import type { OicpActionType } from '@chargemesh/contracts/oicp';
import { splitSubmission } from '@chargemesh/oicp-peer-domain';
import type { ProjectionDb } from '@chargemesh/platform-messaging';
import { removeNamespace, TEST_DATABASE_URL, testNamespace } from '@chargemesh/platform-testing';
import { applyEvseData, applyEvsePricing, applyEvseStatus, applyPricingProducts, evseKey, evsePricingTableSql, evseTableSql, productTableSql } from './catalogue.sql';

/*
 * A submission recorded in parts must leave the catalogue tables as the whole submission in one event
 * would: applied to two copies of the same starting state (real Postgres), one gets the whole event,
 * the other the parts, in order, as a projection batch would.
 */

type Row = Record<string, unknown>;
const OPERATOR = 'DE*CMX';
const evse = (n: number, city = 'Hamburg') => ({ EvseID: `DE*CMX*E${n}`, Address: { City: city }, Padding: 'x'.repeat(300) });
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, n) => from + n);

describe('catalogue tables: parts of a submission against the whole', () => {
  const namespace = testNamespace();
  let client: Client;
  let seq = 0;
  const db = (): ProjectionDb => ({ query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[], table: (name) => name });
  const at = () => new Date(Date.UTC(2026, 0, 1, 0, 0, 0, ++seq)).toISOString();

  /** Applies `records` with `actionType` to `whole` as one event and to `parted` as parts of at most `maxRecordBytes`. */
  async function both(
    apply: (db: ProjectionDb, table: string, change: { operatorId: string; actionType: OicpActionType; peerId: string | null; at: string; seq: number }, records: Row[]) => Promise<void>,
    tables: { whole: string; parted: string },
    actionType: OicpActionType,
    records: Row[],
    keyOf: (record: Row) => string,
  ): Promise<number> {
    await apply(db(), tables.whole, { operatorId: OPERATOR, actionType, peerId: 'cpo', at: at(), seq: ++seq }, records);
    const parts = splitSubmission(actionType, records, { batchId: 'b', maxRecordBytes: 4_000, keyOf });
    for (const part of parts) await apply(db(), tables.parted, { operatorId: OPERATOR, actionType: part.actionType, peerId: 'cpo', at: at(), seq: ++seq }, part.records);
    return parts.length;
  }

  const rows = async (table: string, columns: string, order: string) => (await client.query(`SELECT ${columns} FROM ${table} ORDER BY ${order}`)).rows;

  beforeAll(async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = '/postgres';
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${databaseName(namespace, 'oicp-peer')}"`);
    await admin.end();
    url.pathname = `/${databaseName(namespace, 'oicp-peer')}`;
    client = new Client({ connectionString: url.toString() });
    await client.connect();
    for (const copy of ['whole', 'parted']) {
      await client.query(evseTableSql(`evses_${copy}`));
      await client.query(productTableSql(`products_${copy}`));
      await client.query(evsePricingTableSql(`pricing_${copy}`));
    }
  });
  afterAll(async () => {
    await client?.end();
    await removeNamespace(namespace);
  });

  it('should leave the same EVSEs, records and deletions after a fullLoad in parts, then deltas in parts', async () => {
    const tables = { whole: 'evses_whole', parted: 'evses_parted' };
    const key = (record: Row) => evseKey(record.EvseID as string);
    // A catalogue before: some EVSEs the fullLoad keeps, some it drops.
    await both(applyEvseData, tables, 'fullLoad', range(0, 60).map((n) => evse(n)), key);
    // The fullLoad under test, with an EVSE listed twice (the later record wins).
    const parts = await both(applyEvseData, tables, 'fullLoad', [...range(30, 120).map((n) => evse(n)), evse(31, 'Altona')], key);
    expect(parts).toBeGreaterThan(3);
    await both(applyEvseData, tables, 'update', range(100, 140).map((n) => evse(n, 'Harburg')), key);
    await both(applyEvseData, tables, 'delete', range(50, 70).map((n) => evse(n)), key);
    const columns = `evse_key, evse_id, operator_id, peer_id, record, deleted_at IS NOT NULL AS deleted`;
    const whole = await rows(tables.whole, columns, 'evse_key');
    expect(await rows(tables.parted, columns, 'evse_key')).toEqual(whole);
    expect(whole.filter((row) => !row.deleted)).toHaveLength(120 - 30 - 20 + 20);
    expect(whole.find((row) => row.evse_id === 'DE*CMX*E31')?.record).toMatchObject({ Address: { City: 'Altona' } });
  });

  it('should leave the same EVSE status after a fullLoad of status in parts', async () => {
    const tables = { whole: 'evses_whole', parted: 'evses_parted' };
    const status = (n: number, value: string) => ({ EvseID: `DE*CMX*E${n}`, EvseStatus: value, Padding: 'y'.repeat(100) });
    const key = (record: Row) => evseKey(record.EvseID as string);
    const apply = (target: ProjectionDb, table: string, change: Parameters<typeof applyEvseStatus>[2], records: Row[]) => applyEvseStatus(target, table, change, records as { EvseID: string; EvseStatus: string }[]);
    await both(apply, tables, 'fullLoad', range(0, 40).map((n) => status(n, 'Occupied')), key);
    expect(await both(apply, tables, 'fullLoad', range(20, 100).map((n) => status(n, 'Available')), key)).toBeGreaterThan(2);
    const columns = 'evse_key, status';
    expect(await rows(tables.parted, columns, 'evse_key')).toEqual(await rows(tables.whole, columns, 'evse_key'));
  });

  it('should leave the same pricing products and EVSE pricing after fullLoads in parts', async () => {
    const product = (id: string, price: number) => ({ ProductID: id, PricePerReferenceUnit: price, Padding: 'z'.repeat(200) });
    const header = { OperatorID: OPERATOR, ProviderID: '*', PricingDefaultPrice: 0.3, PricingDefaultPriceCurrency: 'EUR', PricingDefaultReferenceUnit: 'KILOWATT_HOUR' };
    // Pricing products travel as one object: the parts repeat the header with their share of the records.
    const productsApply = (target: ProjectionDb, table: string, change: Parameters<typeof applyPricingProducts>[2], records: Row[]) =>
      applyPricingProducts(target, table, change, { ...header, PricingProductDataRecords: records });
    const productTables = { whole: 'products_whole', parted: 'products_parted' };
    await both(productsApply, productTables, 'fullLoad', range(0, 10).map((n) => product(`P${n}`, 0.4)), (record) => record.ProductID as string);
    expect(await both(productsApply, productTables, 'fullLoad', range(5, 60).map((n) => product(`P${n}`, 0.5)), (record) => record.ProductID as string)).toBeGreaterThan(2);
    const products = await rows(productTables.whole, 'operator_id, provider_id, data', 'provider_id');
    expect(await rows(productTables.parted, 'operator_id, provider_id, data', 'provider_id')).toEqual(products);
    expect(products[0].data.PricingProductDataRecords).toHaveLength(55);

    const pricing = (n: number, productId: string) => ({ EvseID: `DE*CMX*E${n}`, ProviderID: 'DE-EMA', EvseIDProductList: [productId], Padding: 'w'.repeat(200) });
    const pricingTables = { whole: 'pricing_whole', parted: 'pricing_parted' };
    const pricingKey = (record: Row) => `${evseKey(record.EvseID as string)}|${record.ProviderID as string}`;
    await both(applyEvsePricing, pricingTables, 'fullLoad', range(0, 30).map((n) => pricing(n, 'P1')), pricingKey);
    expect(await both(applyEvsePricing, pricingTables, 'fullLoad', range(10, 80).map((n) => pricing(n, 'P2')), pricingKey)).toBeGreaterThan(2);
    const evsePricing = await rows(pricingTables.whole, 'evse_key, provider_id, pricing', 'evse_key');
    expect(await rows(pricingTables.parted, 'evse_key, provider_id, pricing', 'evse_key')).toEqual(evsePricing);
    expect(evsePricing).toHaveLength(70);
  });
});
