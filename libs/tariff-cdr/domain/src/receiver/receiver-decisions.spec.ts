import { TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { cdrLocation, energyTariff } from '../__fixtures__/transactions.fixture';
import { initialReceivedObject, type ReceivedObjectState } from './received-object';
import { decideStoreReceivedCdr, prepareCdrPost } from './received-cdr';
import { applySessionPatch, decideStoreReceivedSession, prepareSessionPatch, prepareSessionPut } from './received-session';
import { decideDeleteReceivedTariff, decideStoreReceivedTariff, prepareTariffPut } from './received-tariff';

const cpo = { countryCode: 'NL', partyId: 'CMX' };
const emsp = { countryCode: 'DE', partyId: 'MSP' };
const token = { country_code: 'DE', party_id: 'MSP', uid: '04A1B2C3', type: 'RFID', contract_id: 'DE-MSP-C12345-6' };
const session = {
  country_code: 'NL',
  party_id: 'CMX',
  id: 'S-1',
  start_date_time: '2024-01-15T08:00:00Z',
  kwh: 0,
  cdr_token: token,
  auth_method: 'AUTH_REQUEST',
  location_id: 'LOC1',
  evse_uid: 'EVSE1',
  connector_id: '1',
  currency: 'EUR',
  status: 'ACTIVE',
  last_updated: '2024-01-15T08:00:00Z',
};
const cdr = {
  country_code: 'NL',
  party_id: 'CMX',
  id: 'CDR-1',
  start_date_time: '2024-01-15T08:00:00Z',
  end_date_time: '2024-01-15T10:00:00Z',
  cdr_token: token,
  auth_method: 'AUTH_REQUEST',
  cdr_location: cdrLocation,
  currency: 'EUR',
  charging_periods: [{ start_date_time: '2024-01-15T08:00:00Z', dimensions: [{ type: 'ENERGY', volume: 20 }] }],
  total_cost: { excl_vat: 6, incl_vat: 6.6 },
  total_energy: 20,
  total_time: 2,
  last_updated: '2024-01-15T10:00:00Z',
};
const stored = (object: object, extra: Partial<ReceivedObjectState> = {}): ReceivedObjectState => ({ exists: true, object: object as Record<string, unknown>, ...extra });

describe('Receiver interface decisions', () => {
  it('should refuse a URL of another owner than the sender as not found, before looking at the body', () => {
    expect(() => prepareTariffPut(emsp, ['NL', 'CMX', 'T-ENERGY'], {})).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.notOwner }));
    expect(() => prepareSessionPut({ countryCode: 'nl', partyId: 'cmx' }, ['NL', 'CMX', 'S-1'], session)).not.toThrow();
  });

  it('should answer an id or owner that differs between URL and body with 2001 (id mismatch)', () => {
    expect(() => prepareTariffPut(cpo, ['NL', 'CMX', 'OTHER'], energyTariff)).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.idMismatch, message: expect.stringContaining('id T-ENERGY differs') }));
    expect(() => prepareSessionPut(cpo, ['NL', 'CMX', 's-1'], session)).not.toThrow(); // CiString: case does not matter
    expect(() => prepareSessionPatch(cpo, ['NL', 'CMX', 'S-1'], { party_id: 'XXX', last_updated: '2024-01-15T09:00:00Z' })).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.idMismatch }));
  });

  it('should refuse a PATCH without last_updated and an invalid object with 2001 naming the field', () => {
    expect(() => prepareSessionPatch(cpo, ['NL', 'CMX', 'S-1'], { kwh: 3 })).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.invalidObject, message: expect.stringMatching(/last_updated: is required/) }));
    expect(() => prepareTariffPut(cpo, ['NL', 'CMX', 'T-ENERGY'], { ...energyTariff, currency: 'EURO' })).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.invalidObject, message: expect.stringContaining('currency') }));
  });

  it('should store a tariff once, answer created only the first time, and delete only what exists', () => {
    const { address, tariff } = prepareTariffPut(cpo, ['NL', 'CMX', 'T-ENERGY'], energyTariff);
    expect(decideStoreReceivedTariff(initialReceivedObject, emsp, address, tariff)).toMatchObject({ created: true, events: [{ definition: { name: 'ReceivedTariffStored.v1' } }] });
    expect(decideStoreReceivedTariff(stored(tariff), emsp, address, tariff)).toEqual({ created: false, events: [] });
    expect(decideStoreReceivedTariff(stored({ ...tariff, currency: 'USD' }), emsp, address, tariff).events).toHaveLength(1);
    expect(() => decideDeleteReceivedTariff(initialReceivedObject, emsp, address)).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.notFound }));
  });

  it('should append PATCHed charging periods to the stored ones and keep the stored token', () => {
    const { session: withoutToken } = prepareSessionPut(cpo, ['NL', 'CMX', 'S-1'], session);
    const period = { start_date_time: '2024-01-15T08:00:00Z', dimensions: [{ type: 'ENERGY', volume: 2 }] };
    const state = stored({ ...withoutToken, charging_periods: [period] }, { cdrToken: { country_code: 'DE', party_id: 'MSP', type: 'RFID', personalRef: 'ref' } });
    const { patch, address } = prepareSessionPatch(cpo, ['NL', 'CMX', 'S-1'], { kwh: 4, charging_periods: [period], last_updated: '2024-01-15T09:00:00Z' });
    const merged = applySessionPatch(state, emsp, address, patch, token);
    expect(merged.session).toMatchObject({ kwh: 4, charging_periods: [period, period], last_updated: '2024-01-15T09:00:00Z' });
    expect(merged.cdrToken).toEqual(token);
    expect(() => applySessionPatch(initialReceivedObject, emsp, address, patch, token)).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.notFound }));
    const bad = prepareSessionPatch(cpo, ['NL', 'CMX', 'S-1'], { kwh: -1, last_updated: '2024-01-15T09:00:00Z' });
    expect(decideStoreReceivedSession(state, { receiver: emsp, address, method: 'PATCH', session: applySessionPatch(state, emsp, address, bad.patch, token).session, cdrToken: { ...token, personalRef: 'ref' } }).events).toHaveLength(1);
  });

  it('should take a CDR only from its owner, acknowledge an identical repeat and refuse a changed one', () => {
    expect(() => prepareCdrPost(emsp, cdr)).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.idMismatch }));
    const posted = prepareCdrPost(cpo, cdr);
    expect(posted.cdr).not.toHaveProperty('cdr_token');
    const input = { receiver: emsp, owner: cpo, cdrId: 'CDR-1', cdr: posted.cdr, cdrToken: { country_code: 'DE', party_id: 'MSP', type: 'RFID', personalRef: 'ref' }, digest: posted.digest, samePersonalData: true };
    expect(decideStoreReceivedCdr(initialReceivedObject, input).outcome).toBe('created');
    const state = stored(posted.cdr, { digest: posted.digest });
    expect(decideStoreReceivedCdr(state, input)).toEqual({ events: [], outcome: 'duplicate' });
    const changed = prepareCdrPost(cpo, { ...cdr, total_cost: { excl_vat: 7 } });
    expect(changed.digest).not.toBe(posted.digest);
    expect(() => decideStoreReceivedCdr(state, { ...input, digest: changed.digest })).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.cdrExists }));
    expect(() => decideStoreReceivedCdr(state, { ...input, samePersonalData: false })).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.cdrExists }));
    // The digest does not depend on key order, only on content.
    expect(prepareCdrPost(cpo, Object.fromEntries(Object.entries(cdr).reverse())).digest).toBe(posted.digest);
  });
});
