import { ownLocationAggregateId, receivedLocationAggregateId } from './location-ids';

describe('location aggregate ids', () => {
  it('should upper-case the CiStrings so that ids differing only in case are one aggregate', () => {
    expect(ownLocationAggregateId({ countryCode: 'nl', partyId: 'cmx' }, 'loc-1a')).toBe('NL*CMX*LOC-1A');
    expect(receivedLocationAggregateId({ countryCode: 'NL', partyId: 'EMP' }, { countryCode: 'de', partyId: 'cpo' }, 'Loc*1')).toBe('NL*EMP*DE*CPO*LOC*1');
  });

  it('should keep ids distinct when a location id contains the separator', () => {
    const cpo = { countryCode: 'NL', partyId: 'CMX' };
    expect(ownLocationAggregateId(cpo, 'A*B')).not.toBe(ownLocationAggregateId({ countryCode: 'NL', partyId: 'CMA' }, 'B'));
  });
});
