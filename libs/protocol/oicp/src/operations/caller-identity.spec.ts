import { CPO_OPERATOR_ID, EMP_PROVIDER_ID, validRequests } from '../__fixtures__/oicp-bodies.fixture';
import { callerIdsOf, verifyCallerIdentity, valuesAtField } from './caller-identity';
import { OICP_OPERATION_LIST, OICP_OPERATIONS, type OicpOperationName } from './operation-catalogue';

// The CPO registered its main id and a sub-operator, spelt unlike the requests; the EMP one provider id.
const cpoPeer = { operatorIds: ['DECMX', 'de*cm2'], providerIds: [] };
const empPeer = { operatorIds: [], providerIds: ['DE*VLT'] };

const pathFor = (name: OicpOperationName) => {
  const parameter = OICP_OPERATIONS[name].pathParameter;
  if (parameter === undefined) return {};
  return parameter === 'operatorID' ? { operatorID: CPO_OPERATOR_ID } : { providerID: EMP_PROVIDER_ID };
};

describe('caller identity', () => {
  it.each(OICP_OPERATION_LIST.map((operation) => operation.name as OicpOperationName))(
    'should accept the valid %s request when it comes from the peer it names',
    (name) => {
      const operation = OICP_OPERATIONS[name];
      const peer = operation.calledBy === 'CPO' ? cpoPeer : empPeer;
      expect(verifyCallerIdentity(operation, peer, pathFor(name), validRequests[name])).toEqual({ ok: true });
    },
  );

  it('should name at least one caller id for every operation', () => {
    for (const operation of OICP_OPERATION_LIST) {
      const name = operation.name as OicpOperationName;
      expect(callerIdsOf(operation, pathFor(name), validRequests[name]).length).toBeGreaterThan(0);
    }
  });

  it('should answer 017 when the path names another operator than the authenticated peer', () => {
    const check = verifyCallerIdentity(
      OICP_OPERATIONS.PushEvseStatus,
      cpoPeer,
      { operatorID: 'DE*OTH' },
      validRequests.PushEvseStatus,
    );
    expect(check).toMatchObject({ ok: false, code: '017', location: 'path:operatorID', value: 'DE*OTH' });
  });

  it('should answer 017 when the body names another provider than the path', () => {
    const body = { ...validRequests.PullEvseStatus, ProviderID: 'DE-OTH' };
    const check = verifyCallerIdentity(OICP_OPERATIONS.PullEvseStatus, empPeer, { providerID: 'DE-VLT' }, body);
    expect(check).toMatchObject({ ok: false, code: '017', location: 'ProviderID', value: 'DE-OTH' });
  });

  it('should answer 017 when the path parameter is missing', () => {
    const check = verifyCallerIdentity(OICP_OPERATIONS.PullEvseData, empPeer, {}, validRequests.PullEvseData);
    expect(check).toMatchObject({ ok: false, code: '017', location: 'path:providerID' });
  });

  it('should answer 017 when a notification names another operator in its body', () => {
    const body = { ...validRequests.ChargingNotification, OperatorID: 'DE*OTH' };
    expect(verifyCallerIdentity(OICP_OPERATIONS.ChargingNotification, cpoPeer, {}, body)).toMatchObject({
      ok: false,
      code: '017',
    });
  });

  it('should answer 018 when a push carries an EVSE of another operator', () => {
    const body = structuredClone(validRequests.PushEvseStatus);
    body.OperatorEvseStatus.EvseStatusRecord.push({ EvseID: 'DE*OTH*E1', EvseStatus: 'Available' });
    const check = verifyCallerIdentity(OICP_OPERATIONS.PushEvseStatus, cpoPeer, { operatorID: 'DE*CMX' }, body);
    expect(check).toMatchObject({ ok: false, code: '018', value: 'DE*OTH*E1' });
  });

  it('should answer 018 when a CDR is for an EVSE of another operator', () => {
    const body = { ...validRequests.ChargeDetailRecord, EvseID: '+49*810*000*438' };
    const check = verifyCallerIdentity(OICP_OPERATIONS.ChargeDetailRecord, cpoPeer, { operatorID: 'DE*CMX' }, body);
    expect(check).toMatchObject({ ok: false, code: '018', location: 'EvseID' });
  });

  it('should answer 019 when authentication data carries a contract of another provider', () => {
    const body = structuredClone(validRequests.PushAuthenticationData);
    body.ProviderAuthenticationData.AuthenticationDataRecord.push({
      Identification: { PlugAndChargeIdentification: { EvcoID: 'NL-TNM-C00122045-K' } },
    });
    const check = verifyCallerIdentity(OICP_OPERATIONS.PushAuthenticationData, empPeer, { providerID: 'DE-VLT' }, body);
    expect(check).toMatchObject({ ok: false, code: '019', value: 'NL-TNM-C00122045-K' });
  });

  it('should answer 019 when a remote start uses a contract of another provider', () => {
    const body = {
      ...validRequests.AuthorizeRemoteStart,
      Identification: { RemoteIdentification: { EvcoID: 'NL-TNM-C00122045-K' } },
    };
    const check = verifyCallerIdentity(OICP_OPERATIONS.AuthorizeRemoteStart, empPeer, { providerID: 'DE-VLT' }, body);
    expect(check).toMatchObject({ ok: false, code: '019' });
  });

  it('should accept ids spelt differently from the registration', () => {
    const check = verifyCallerIdentity(
      OICP_OPERATIONS.PullEvseStatus,
      empPeer,
      { providerID: 'devlt' },
      validRequests.PullEvseStatus,
    );
    expect(check).toEqual({ ok: true });
  });

  it('should collect strings through nested arrays and skip what is missing', () => {
    const body = { A: [{ B: { C: 'one' } }, { B: {} }, { B: { C: 'two' } }, 'noise'], D: null };
    expect(valuesAtField(body, 'A[].B.C')).toEqual(['one', 'two']);
    expect(valuesAtField(body, 'D.E')).toEqual([]);
    expect(valuesAtField('text', 'A')).toEqual([]);
  });
});
