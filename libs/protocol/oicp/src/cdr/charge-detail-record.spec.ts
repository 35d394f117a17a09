import { chargeDetailRecord } from '../__fixtures__/oicp-bodies.fixture';
import { chargeDetailRecordSchema, getChargeDetailRecordsRequestSchema } from './charge-detail-record.messages';

describe('ChargeDetailRecord', () => {
  it('should read HubProviderId as HubProviderID when it comes from the EMP schema (E001)', () => {
    const parsed = chargeDetailRecordSchema.parse({ ...chargeDetailRecord, HubProviderId: 'DE-HUB' });
    expect(parsed.HubProviderID).toBe('DE-HUB');
    expect(parsed).not.toHaveProperty('HubProviderId');
  });

  it('should reject a CDR whose charging ends before it starts', () => {
    const result = chargeDetailRecordSchema.safeParse({
      ...chargeDetailRecord,
      ChargingEnd: '2025-03-14T09:00:00+01:00',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['ChargingEnd']);
  });

  it('should compare times across time zones when it orders them', () => {
    // 10:30+02:00 is 09:30+01:00, before the session start at 09:58+01:00.
    const result = chargeDetailRecordSchema.safeParse({
      ...chargeDetailRecord,
      SessionEnd: '2025-03-14T10:30:00+02:00',
    });
    expect(result.success).toBe(false);
  });

  it('should accept at most 10 signed metering values', () => {
    const values = Array.from({ length: 11 }, () => ({
      SignedMeteringValue: 'OCMF|{}|{}',
      MeteringStatus: 'Progress',
    }));
    expect(chargeDetailRecordSchema.safeParse({ ...chargeDetailRecord, SignedMeteringValues: values }).success).toBe(
      false,
    );
    expect(
      chargeDetailRecordSchema.safeParse({ ...chargeDetailRecord, SignedMeteringValues: values.slice(1) }).success,
    ).toBe(true);
  });

  it('should accept any identification variant in a CDR', () => {
    const rfid = { RFIDIdentification: { UID: '04A2B3C4', RFID: 'nfc' } };
    expect(chargeDetailRecordSchema.safeParse({ ...chargeDetailRecord, Identification: rfid }).success).toBe(true);
  });
});

describe('GetChargeDetailRecords request', () => {
  const base = { ProviderID: 'DE-VLT', From: '2025-03-01T00:00:00Z', To: '2025-03-31T23:59:59Z' };

  it('should read CDRForwarder as CDRForwarded (E004)', () => {
    expect(getChargeDetailRecordsRequestSchema.parse({ ...base, CDRForwarder: true }).CDRForwarded).toBe(true);
  });

  it('should read the OperatorID as a single id or as a list (D-GETCDRS-OPERATORID)', () => {
    expect(getChargeDetailRecordsRequestSchema.parse({ ...base, OperatorID: 'DE*CMX' }).OperatorID).toBe('DE*CMX');
    expect(getChargeDetailRecordsRequestSchema.parse({ ...base, OperatorID: ['DE*CMX', 'DE*CM2'] }).OperatorID).toEqual(
      ['DE*CMX', 'DE*CM2'],
    );
    expect(getChargeDetailRecordsRequestSchema.safeParse({ ...base, OperatorID: ['DE-CMX'] }).success).toBe(false);
  });

  it('should reject a range that ends before it starts', () => {
    const result = getChargeDetailRecordsRequestSchema.safeParse({ ...base, To: '2025-02-01T00:00:00Z' });
    expect(result.error?.issues[0].path).toEqual(['To']);
  });
});
