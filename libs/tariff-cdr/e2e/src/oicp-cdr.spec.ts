import { oicpCdrOf, sessionIdOf } from '@chargemesh/tariff-cdr-domain';
import { chargeDetailRecordSchema } from '@chargemesh/protocol-oicp';

/** Our OICP ChargeDetailRecord checked by the oicp-peer's own OICP 2.3 schema (what its send-charge-detail-record applies). */
describe('OICP ChargeDetailRecord of a priced session', () => {
  it('should be a valid OICP 2.3 ChargeDetailRecord', () => {
    const sessionId = sessionIdOf('CS-1', 'TX-1');
    const cdr = { id: sessionId, session_id: sessionId, start_date_time: '2024-01-15T08:00:00.000Z', end_date_time: '2024-01-15T10:00:00.000Z', total_energy: 20.1234567, cdr_location: { evse_id: 'DE*ABC*E1' } };
    const checked = chargeDetailRecordSchema.safeParse(oicpCdrOf(cdr, { RFIDMifareFamilyIdentification: { UID: '04A1B2C3' } }));
    expect(checked.error?.issues).toBeUndefined();
    expect(checked.data).toMatchObject({ SessionID: sessionId, ConsumedEnergy: 20.123 });
  });
});
