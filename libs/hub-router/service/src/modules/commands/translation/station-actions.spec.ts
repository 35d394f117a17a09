import standardValidators from 'ocpp-rpc/lib/standard-validators';
import { ocpiExamples, type Token } from '@chargemesh/protocol-ocpi';
import type { OwnLocationView } from '@chargemesh/contracts/location';
import { resolveTarget, type StationTarget } from '../../shared/evse-target';
import { commandResultOf } from './command-results';
import { cancelReservationAction, reserveNowAction, startSessionAction, type StationAction, stopSessionAction, unlockConnectorAction } from './station-actions';

/** The OCA schemas as ocpp-rpc embeds them: what a strict charge point accepts. */
function acceptedByStation(version: '1.6' | '2.0.1', action: StationAction): boolean {
  if ('refusal' in action) throw new Error(action.refusal);
  const validator = standardValidators.find((candidate) => candidate.subprotocol === (version === '1.6' ? 'ocpp1.6' : 'ocpp2.0.1'));
  try {
    return validator?.validate(`urn:${action.action}.req`, structuredClone(action.payload)) === true;
  } catch {
    return false;
  }
}

const token = (overrides: Partial<Token> = {}): Token => ({ ...ocpiExamples.token(), ...overrides });
const target: StationTarget = { stationId: 'CS-1', locationId: 'L1', evseUid: 'E1', evseId: 2, connectorId: 1 };
const stationWide: StationTarget = { stationId: 'CS-1', locationId: 'L1' };

describe('commands: OCPI commands as OCPP actions', () => {
  it.each(['1.6', '2.0.1'] as const)('should build %s actions that a strict charge point accepts', (version) => {
    const actions = [
      startSessionAction(version, target, token(), 17),
      startSessionAction(version, stationWide, token({ type: 'APP_USER', uid: 'APP-1' }), 18),
      stopSessionAction(version, '4711'),
      reserveNowAction(version, target, token(), '2026-03-01T12:00:00Z', 5),
      reserveNowAction(version, stationWide, token(), '2026-03-01T12:00:00Z', 6),
      cancelReservationAction(5),
      unlockConnectorAction(version, target),
    ];
    for (const action of actions) expect([action, acceptedByStation(version, action)]).toEqual([action, true]);
  });

  it('should give a 2.0.1 station the token type and group, and a 1.6 station the connector of the EVSE', () => {
    expect(startSessionAction('2.0.1', target, token(), 17)).toEqual({
      action: 'RequestStartTransaction',
      payload: { evseId: 2, remoteStartId: 17, idToken: { idToken: '04A1B2C3D4E5F6', type: 'ISO14443' }, groupIdToken: { idToken: 'FAMILY-0042', type: 'Central' } },
    });
    expect(startSessionAction('1.6', target, token(), 17)).toEqual({ action: 'RemoteStartTransaction', payload: { connectorId: 2, idTag: '04A1B2C3D4E5F6' } });
    expect(unlockConnectorAction('1.6', target)).toEqual({ action: 'UnlockConnector', payload: { connectorId: 2 } });
  });

  it('should refuse what a 1.6 charge point cannot take rather than cut it', () => {
    expect(startSessionAction('1.6', target, token({ uid: 'A-TOKEN-UID-LONGER-THAN-20' }), 1)).toEqual({ refusal: expect.stringMatching(/20 characters/) });
    expect(stopSessionAction('1.6', 'TX-ABC')).toEqual({ refusal: expect.stringMatching(/not an OCPP 1.6 transaction id/) });
  });

  it('should map what the charge point answered, and failures, to CommandResults', () => {
    expect(commandResultOf('START_SESSION', { kind: 'answered', response: { status: 'Accepted' } })).toEqual({ result: 'ACCEPTED' });
    expect(commandResultOf('RESERVE_NOW', { kind: 'answered', response: { status: 'Occupied' } })).toEqual({ result: 'EVSE_OCCUPIED' });
    expect(commandResultOf('CANCEL_RESERVATION', { kind: 'answered', response: { status: 'Rejected' } })).toEqual({ result: 'UNKNOWN_RESERVATION' });
    expect(commandResultOf('UNLOCK_CONNECTOR', { kind: 'answered', response: { status: 'UnlockFailed' } })).toEqual({ result: 'FAILED' });
    expect(commandResultOf('STOP_SESSION', { kind: 'failed', reason: 'timeout', message: 'no answer' })).toMatchObject({ result: 'TIMEOUT', message: [{ language: 'en', text: 'no answer' }] });
    expect(commandResultOf('START_SESSION', { kind: 'failed', reason: 'not-supported', message: 'NotImplemented' })).toMatchObject({ result: 'NOT_SUPPORTED' });
    expect(commandResultOf('START_SESSION', { kind: 'answered', response: {} })).toMatchObject({ result: 'FAILED' });
  });
});

describe('commands: which charge point a command addresses', () => {
  const evse = (uid: string, status = 'AVAILABLE') => ({ ...ocpiExamples.location().evses![0], uid, status, connectors: [{ ...ocpiExamples.location().evses![0].connectors[0], id: 'A' }, { ...ocpiExamples.location().evses![0].connectors[0], id: 'B' }] });
  const view = (links: OwnLocationView['stationLinks'], evses = [evse('E1'), evse('E2', 'CHARGING'), evse('E3')]): OwnLocationView => ({ location: { ...ocpiExamples.location(), id: 'L1', evses } as never, stationLinks: links });

  it('should find a named EVSE and connector with their OCPP ids', () => {
    expect(resolveTarget(view([{ evseUid: 'E2', stationId: 'CS-1', evseId: 4 }]), 'e2', 'B')).toEqual({ kind: 'target', target: { stationId: 'CS-1', locationId: 'L1', evseUid: 'E2', evseId: 4, connectorId: 2 } });
    expect(resolveTarget(view([{ evseUid: 'E2', stationId: 'CS-1', evseId: 4, connectors: { B: 7 } }]), 'E2', 'B')).toMatchObject({ target: { connectorId: 7 } });
    expect(resolveTarget(view([]), 'E9', undefined)).toMatchObject({ kind: 'unknown' });
    expect(resolveTarget(view([]), 'E1', undefined)).toMatchObject({ kind: 'not-controllable' });
    expect(resolveTarget(view([{ evseUid: 'E1', stationId: 'CS-1', evseId: 1 }]), 'E1', 'Z')).toMatchObject({ kind: 'unknown' });
  });

  it('should let one station choose its EVSE, and pick an available EVSE across stations', () => {
    expect(resolveTarget(view([{ evseUid: 'E1', stationId: 'CS-1', evseId: 1 }, { evseUid: 'E2', stationId: 'CS-1', evseId: 2 }]), undefined, undefined)).toEqual({ kind: 'target', target: { stationId: 'CS-1', locationId: 'L1' } });
    const across = view([{ evseUid: 'E2', stationId: 'CS-2', evseId: 1 }, { evseUid: 'E3', stationId: 'CS-3', evseId: 1 }]);
    expect(resolveTarget(across, undefined, undefined)).toEqual({ kind: 'target', target: { stationId: 'CS-3', locationId: 'L1', evseUid: 'E3', evseId: 1 } });
  });
});
