import { CPO_OPERATOR_ID, evseDataRecord } from '../__fixtures__/oicp-bodies.fixture';
import { evseDataRecordSchema, pullEvseDataRecordSchema } from './evse-data-record.schema';
import { pullEvseDataRequestSchema } from './evse-data.messages';
import { evseStatusResponseSchema, pushEvseStatusRequestSchema } from './evse-status.messages';

const record = (changes: Record<string, unknown> = {}) => ({ ...evseDataRecord('DE*CMX*E0042*1'), ...changes });

describe('EVSE data', () => {
  it('should read ChargingStationID as ChargingStationId when a peer copied Hubject examples (E002)', () => {
    const { ChargingStationId: _dropped, ...withoutId } = record();
    const parsed = evseDataRecordSchema.parse({ ...withoutId, ChargingStationID: 'CS-7' });
    expect(parsed.ChargingStationId).toBe('CS-7');
    expect(parsed).not.toHaveProperty('ChargingStationID');
  });

  it('should keep ChargingStationId when both spellings arrive', () => {
    expect(evseDataRecordSchema.parse(record({ ChargingStationID: 'other' })).ChargingStationId).toBe('CS-0042');
  });

  it('should read a decimal charging power up to 999 kW (E003)', () => {
    const facilities = [{ PowerType: 'AC_1_PHASE', Power: 7.4 }];
    expect(evseDataRecordSchema.safeParse(record({ ChargingFacilities: facilities })).success).toBe(true);
    const tooMuch = [{ PowerType: 'DC', Power: 1000 }];
    expect(evseDataRecordSchema.safeParse(record({ ChargingFacilities: tooMuch })).success).toBe(false);
  });

  it('should accept a single energy source of 100 percent (X-ENERGY-100)', () => {
    expect(
      evseDataRecordSchema.safeParse(record({ EnergySource: [{ Energy: 'Solar', Percentage: 100 }] })).success,
    ).toBe(true);
    expect(
      evseDataRecordSchema.safeParse(record({ EnergySource: [{ Energy: 'Solar', Percentage: 101 }] })).success,
    ).toBe(false);
  });

  it('should reject "No Payment" combined with another payment option', () => {
    const result = evseDataRecordSchema.safeParse(record({ PaymentOptions: ['No Payment', 'Direct'] }));
    expect(result.error?.issues[0].path).toEqual(['PaymentOptions']);
    expect(evseDataRecordSchema.safeParse(record({ PaymentOptions: ['No Payment'] })).success).toBe(true);
  });

  it('should require opening times when the EVSE is not open around the clock', () => {
    const result = evseDataRecordSchema.safeParse(record({ IsOpen24Hours: false, OpeningTimes: [] }));
    expect(result.error?.issues[0].path).toEqual(['OpeningTimes']);
    expect(evseDataRecordSchema.safeParse(record({ IsOpen24Hours: true, OpeningTimes: undefined })).success).toBe(true);
  });

  it('should check address field lengths from the data type tables', () => {
    const address = record().Address;
    expect(evseDataRecordSchema.safeParse(record({ Address: { ...address, Street: 'A' } })).success).toBe(false);
    expect(evseDataRecordSchema.safeParse(record({ Address: { ...address, PostalCode: '12345678901' } })).success).toBe(
      false,
    );
    expect(evseDataRecordSchema.safeParse(record({ Address: { ...address, TimeZone: 'UTC,01:00' } })).success).toBe(
      false,
    );
  });

  it('should require the operator on a pulled record and read Hubject example spelling OperatorId', () => {
    expect(pullEvseDataRecordSchema.safeParse(record()).success).toBe(false);
    const parsed = pullEvseDataRecordSchema.parse(record({ OperatorId: CPO_OPERATOR_ID, OperatorName: 'Example' }));
    expect(parsed.OperatorID).toBe(CPO_OPERATOR_ID);
  });
});

describe('PullEvseData request', () => {
  const base = { ProviderID: 'DE-VLT', GeoCoordinatesResponseFormat: 'Google' };

  it('should read OperatorIDs as OperatorIds, the spelling Hubject implements (D-OPERATORIDS)', () => {
    expect(pullEvseDataRequestSchema.parse({ ...base, OperatorIDs: ['DE*CMX'] }).OperatorIds).toEqual(['DE*CMX']);
  });

  it.each(['SearchCenter', 'CountryCodes', 'OperatorIds'])(
    'should reject LastCall combined with %s (D-LASTCALL)',
    (filter) => {
      const filters: Record<string, unknown> = {
        SearchCenter: { GeoCoordinates: { DecimalDegree: { Latitude: '53.5', Longitude: '9.9' } }, Radius: 10 },
        CountryCodes: ['DEU'],
        OperatorIds: ['DE*CMX'],
      };
      const result = pullEvseDataRequestSchema.safeParse({
        ...base,
        LastCall: '2025-03-01T00:00:00Z',
        [filter]: filters[filter],
      });
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([filter]);
    },
  );

  it('should accept a delta pull with LastCall alone and other filters', () => {
    const request = { ...base, LastCall: '2025-03-01T00:00:00+01:00', IsOpen24Hours: true, RenewableEnergy: true };
    expect(pullEvseDataRequestSchema.safeParse(request).success).toBe(true);
  });
});

describe('EVSE status', () => {
  it('should allow an empty fullLoad, which clears every status', () => {
    const body = { ActionType: 'fullLoad', OperatorEvseStatus: { OperatorID: 'DE*CMX', EvseStatusRecord: [] } };
    expect(pushEvseStatusRequestSchema.safeParse(body).success).toBe(true);
  });

  it('should accept a status answer without StatusCode, which is optional there', () => {
    expect(evseStatusResponseSchema.safeParse({ EvseStatuses: { OperatorEvseStatus: [] } }).success).toBe(true);
  });
});
