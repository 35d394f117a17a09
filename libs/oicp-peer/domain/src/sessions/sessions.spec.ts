import { type EventEnvelope, pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import { RemoteCommandAnsweredV1 } from '@chargemesh/contracts/oicp';
import { decideRemoteCommand, decideSubmitCdr, decideSubmitNotification, evolveCpoSession, initialCpoSessionState, type CpoSessionState } from './cpo-session';
import { decideAuthorizeStop, decideCdrReceived, decideNotificationReceived, evolveEmpSession, initialEmpSessionState, type EmpSessionState } from './emp-session';

const SESSION = '6d5c2f1e-0a1b-4c2d-9e8f-7a6b5c4d3e2f';
const REF = '0195f4c3-8c1a-7000-8000-000000000000';
let seq = 0;
const envelopeOf = (event: PendingEvent): EventEnvelope => ({
  id: `0195f4c3-8c1a-7000-8000-${String(++seq).padStart(12, '0')}`,
  type: event.definition.name,
  version: event.definition.version,
  occurredAt: new Date().toISOString(),
  aggregateId: SESSION,
  correlationId: 'c',
  data: event.data,
});
const fold = <S>(state: S, events: PendingEvent[], evolve: (s: S, e: EventEnvelope) => S) => events.map(envelopeOf).reduce(evolve, state);
const cpo = (events: PendingEvent[], state: CpoSessionState = initialCpoSessionState) => fold(state, events, evolveCpoSession);
const emp = (events: PendingEvent[], state: EmpSessionState = initialEmpSessionState) => fold(state, events, evolveEmpSession);

const remoteStart = { sessionId: SESSION, command: 'remote-start' as const, peerId: 'emp-a', providerId: 'DE-EMA', operatorId: 'DE*CMX', evseId: 'DE*CMX*E1', identificationRef: REF };
const cdrFacts = (digest: string) => ({ sessionId: SESSION, operatorId: 'DE*CMX', cdr: {}, identificationRef: REF, digest });

describe('the CPO side of a session', () => {
  it('should open a session on a remote start and send its CDR to the EMP that asked, once', () => {
    const started = decideRemoteCommand(initialCpoSessionState, remoteStart);
    if (started.kind !== 'ask-backend') throw new Error('expected to ask the backend');
    const state = cpo(started.events);
    const submitted = decideSubmitCdr(state, cdrFacts('d1'), 'other-peer');
    expect(submitted).toMatchObject({ kind: 'submit', peerId: 'emp-a' });
    const after = cpo(submitted.kind === 'submit' ? submitted.events : [], state);
    expect(decideSubmitCdr(after, cdrFacts('d1'), undefined)).toEqual({ kind: 'duplicate', peerId: 'emp-a' });
    expect(() => decideSubmitCdr(after, cdrFacts('d2'), undefined)).toThrow(expect.objectContaining({ code: 'OICP.CONFLICT_CDR' }));
  });

  it('should route a CDR of a session it never saw by the provider, and refuse one it cannot route', () => {
    expect(decideSubmitCdr(initialCpoSessionState, cdrFacts('d'), 'hubject')).toMatchObject({ kind: 'submit', peerId: 'hubject' });
    expect(() => decideSubmitCdr(initialCpoSessionState, cdrFacts('d'), undefined)).toThrow(expect.objectContaining({ code: 'OICP.UNKNOWN_SESSION' }));
    expect(() => decideSubmitNotification(initialCpoSessionState, { sessionId: SESSION, type: 'Start', notification: {} })).toThrow(/no EMP peer/);
  });

  it('should answer a retried remote start with the first answer, and refuse a stop from another peer', () => {
    const started = decideRemoteCommand(initialCpoSessionState, remoteStart);
    const state = cpo([
      ...(started.kind === 'ask-backend' ? started.events : []),
      pending(RemoteCommandAnsweredV1, { sessionId: SESSION, command: 'remote-start', accepted: true, statusCode: { Code: '000' } }),
    ]);
    expect(decideRemoteCommand(state, remoteStart)).toEqual({ kind: 'answered-before', accepted: true, statusCode: { Code: '000' } });
    expect(decideRemoteCommand(state, { ...remoteStart, command: 'remote-stop', peerId: 'emp-b' })).toMatchObject({ kind: 'refuse', code: '400' });
    expect(decideRemoteCommand(initialCpoSessionState, { ...remoteStart, command: 'remote-stop' })).toMatchObject({ kind: 'refuse' });
  });
});

describe('the EMP side of a session', () => {
  const notification = (peerId: string) => ({ sessionId: SESSION, type: 'Start' as const, peerId, operatorId: 'DE*CMX', evseId: 'DE*CMX*E1', notification: {} });
  const cdr = (digest: string) => ({ sessionId: SESSION, peerId: 'cpo', operatorId: 'DE*CMX', evseId: 'DE*CMX*E1', cdr: {}, identificationRef: REF, digest, via: 'push' as const });

  it('should keep one CDR per session: the same again is a duplicate, another is refused', () => {
    const first = decideCdrReceived(initialEmpSessionState, cdr('x'));
    expect(first.kind).toBe('recorded');
    const state = emp(first.kind === 'recorded' ? first.events : []);
    expect(decideCdrReceived(state, cdr('x'))).toEqual({ kind: 'duplicate' });
    expect(() => decideCdrReceived(state, cdr('y'))).toThrow(expect.objectContaining({ code: 'OICP.CONFLICT_CDR' }));
  });

  it('should take reports on a session only from the CPO peer it is with', () => {
    const state = emp(decideNotificationReceived(initialEmpSessionState, notification('cpo')));
    expect(state).toMatchObject({ known: true, peerId: 'cpo', notifications: 1 });
    expect(() => decideNotificationReceived(state, notification('hubject'))).toThrow(expect.objectContaining({ code: 'OICP.UNKNOWN_SESSION' }));
    expect(() => decideAuthorizeStop(initialEmpSessionState, SESSION, 'cpo', 'DE*CMX')).toThrow(/no session/);
    expect(decideAuthorizeStop(state, SESSION, 'cpo', 'DECMX')).toHaveLength(1);
  });
});
