import { TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { energyTariff } from '../__fixtures__/transactions.fixture';
import { sessionIdOf } from '../pipeline/session-identity';
import { decidePublishTariff, decideRemoveTariff, initialOwnTariff, prepareOwnTariff } from './own-tariff';
import { selectTariff } from './select-tariff';
import { tariffLinkChanges } from './tariff-links';

const cpo = { countryCode: 'NL', partyId: 'CMX' };

describe('tariffs of hosted CPOs', () => {
  it('should take the owner from the request and stamp last_updated', () => {
    const tariff = prepareOwnTariff(cpo, { ...energyTariff, country_code: 'XX', party_id: 'YYY' }, new Date('2024-02-01T00:00:00Z'));
    expect(tariff).toMatchObject({ country_code: 'NL', party_id: 'CMX', id: 'T-ENERGY', last_updated: '2024-02-01T00:00:00.000Z' });
  });

  it('should refuse a tariff that breaks the OCPI schema, naming the field', () => {
    expect(() => prepareOwnTariff(cpo, { ...energyTariff, elements: [] }, new Date())).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.invalidObject, message: expect.stringContaining('elements') }));
    expect(() => prepareOwnTariff(cpo, { ...energyTariff, currency: 'eur' }, new Date())).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.invalidObject, message: expect.stringContaining('currency') }));
  });

  it('should publish only a change, not the same content with a new timestamp', () => {
    const first = prepareOwnTariff(cpo, energyTariff, new Date('2024-02-01T00:00:00Z'));
    const state = { exists: true, tariff: first as unknown as Record<string, unknown> };
    expect(decidePublishTariff(state, cpo, prepareOwnTariff(cpo, energyTariff, new Date('2024-03-01T00:00:00Z')))).toEqual([]);
    expect(decidePublishTariff(state, cpo, prepareOwnTariff(cpo, { ...energyTariff, currency: 'USD' }, new Date()))).toHaveLength(1);
    expect(() => decideRemoveTariff(initialOwnTariff, cpo, 'T-ENERGY', new Date())).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.tariffNotFound }));
  });

  it('should price with the first regular tariff in force at the start, profile tariffs only as a last resort', () => {
    const expired = { ...energyTariff, id: 'OLD', end_date_time: '2024-01-01T00:00:00Z' };
    const profile = { ...energyTariff, id: 'GREEN', type: 'PROFILE_GREEN' };
    const regular = { ...energyTariff, id: 'NOW' };
    expect(selectTariff([expired, profile, regular], '2024-01-15T08:00:00Z')?.id).toBe('NOW');
    expect(selectTariff([expired, profile], '2024-01-15T08:00:00Z')?.id).toBe('GREEN');
    expect(selectTariff([expired], '2024-01-15T08:00:00Z')).toBeUndefined();
  });
});

describe('sessionIdOf', () => {
  it('should give one GUID per station transaction, the same every time', () => {
    const id = sessionIdOf('CS-1', '42');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sessionIdOf('CS-1', '42')).toBe(id);
    expect(sessionIdOf('CS-14', '2')).not.toBe(id);
    expect(sessionIdOf('x'.repeat(48), 'y'.repeat(36))).toHaveLength(36);
  });
});

describe('tariffLinkChanges', () => {
  const location = {
    evses: [
      { uid: 'E1', status: 'AVAILABLE', last_updated: 'x', connectors: [{ id: '1', standard: 'IEC_62196_T2', tariff_ids: ['T-OLD'], last_updated: 'x' }, { id: '2', standard: 'CHADEMO', last_updated: 'x' }] },
      { uid: 'E2', status: 'AVAILABLE', last_updated: 'x', connectors: [{ id: '1', standard: 'IEC_62196_T2', tariff_ids: ['T-NEW'], last_updated: 'x' }] },
    ],
  };
  const links = [{ evseUid: 'E1', stationId: 'CS-1', evseId: 1 }];

  it('should add the tariff to the connectors of the EVSEs that lack it, keeping station links and leaving the rest', () => {
    expect(tariffLinkChanges(location, links, 't-new', undefined, false)).toEqual([
      {
        evseUid: 'E1',
        evse: {
          status: 'AVAILABLE',
          connectors: [{ id: '1', standard: 'IEC_62196_T2', tariff_ids: ['T-OLD', 't-new'] }, { id: '2', standard: 'CHADEMO', tariff_ids: ['t-new'] }],
          station: { stationId: 'CS-1', evseId: 1 },
        },
      },
    ]);
  });

  it('should remove the tariff where it is offered, only on the EVSEs asked for, and refuse an unknown EVSE', () => {
    expect(tariffLinkChanges(location, links, 'T-NEW', ['e2'], true)).toEqual([{ evseUid: 'E2', evse: { status: 'AVAILABLE', connectors: [{ id: '1', standard: 'IEC_62196_T2' }] } }]);
    expect(tariffLinkChanges(location, links, 'T-NONE', undefined, true)).toEqual([]);
    expect(() => tariffLinkChanges(location, links, 'T-NEW', ['E9'], false)).toThrow(expect.objectContaining({ code: 'LOCATION.NOT_FOUND_EVSE' }));
  });
});
