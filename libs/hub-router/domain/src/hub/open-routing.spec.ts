import { decideOpenRoute } from './open-routing';

const cpo = { countryCode: 'NL', partyId: 'CPA', kind: 'remote' as const, roles: ['CPO' as const] };
const emsp = (partyId: string) => ({ countryCode: 'DE', partyId, kind: 'remote' as const, roles: ['EMSP' as const] });

describe('choosing the receiver of an Open Routing Request', () => {
  it('should send a Session or CDR to the eMSP of its token', () => {
    const cdr = { id: 'CDR1', cdr_token: { country_code: 'DE', party_id: 'EMB', uid: 'T1' } };
    expect(decideOpenRoute({ module: 'cdrs', interfaceRole: 'RECEIVER', method: 'POST', body: cdr, candidates: [emsp('EMA'), emsp('EMB')] })).toEqual({ kind: 'party', to: { countryCode: 'DE', partyId: 'EMB' }, reason: 'the eMSP of cdr_token' });
  });

  it('should send a request only one party can receive to that party', () => {
    expect(decideOpenRoute({ module: 'commands', interfaceRole: 'RECEIVER', method: 'POST', body: {}, candidates: [cpo] })).toMatchObject({ kind: 'party', to: cpo });
  });

  it('should broadcast a push of locations it cannot place, and refuse a GET it cannot place', () => {
    expect(decideOpenRoute({ module: 'locations', interfaceRole: 'RECEIVER', method: 'PUT', body: {}, candidates: [emsp('EMA'), emsp('EMB')] })).toEqual({ kind: 'broadcast' });
    expect(decideOpenRoute({ module: 'tokens', interfaceRole: 'SENDER', method: 'POST', body: {}, candidates: [emsp('EMA'), emsp('EMB')] })).toMatchObject({ kind: 'refused', code: 'ROUTING.UNDETERMINED_RECEIVER' });
    expect(decideOpenRoute({ module: 'sessions', interfaceRole: 'RECEIVER', method: 'PATCH', body: { kwh: 1 }, candidates: [] })).toMatchObject({ kind: 'refused' });
  });
});
