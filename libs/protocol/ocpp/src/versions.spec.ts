import { isValidStationIdentity, OCPP_SUBPROTOCOLS, selectSubprotocol, versionOfSubprotocol } from './versions';

describe('subprotocols', () => {
  it('should spell the subprotocols as the OCPP-J specifications do', () => {
    expect(OCPP_SUBPROTOCOLS).toEqual({ '1.6': 'ocpp1.6', '2.0.1': 'ocpp2.0.1' });
    expect(versionOfSubprotocol('ocpp2.0.1')).toBe('2.0.1');
    expect(versionOfSubprotocol('ocpp1.6')).toBe('1.6');
    expect(versionOfSubprotocol('ocpp2.0')).toBeUndefined();
  });

  it("should pick the station's first supported subprotocol when it offers several", () => {
    expect(selectSubprotocol(['ocpp2.1', 'ocpp2.0.1', 'ocpp1.6'])).toBe('ocpp2.0.1');
    expect(selectSubprotocol(new Set(['ocpp1.6', 'ocpp2.0.1']))).toBe('ocpp1.6');
  });

  it('should pick nothing when none of the offered subprotocols is ours', () => {
    expect(selectSubprotocol(['ocpp1.5', 'ocpp2.1'])).toBeUndefined();
    expect(selectSubprotocol([])).toBeUndefined();
  });
});

describe('isValidStationIdentity', () => {
  it('should accept identities of 1 to 48 characters', () => {
    expect(isValidStationIdentity('2.0.1', 'RDAM 123')).toBe(true);
    expect(isValidStationIdentity('2.0.1', 'x'.repeat(48))).toBe(true);
    expect(isValidStationIdentity('1.6', 'x'.repeat(49))).toBe(false);
    expect(isValidStationIdentity('1.6', '')).toBe(false);
  });

  it('should refuse a colon in 2.0.1, where it would break Basic auth, and allow it in 1.6', () => {
    expect(isValidStationIdentity('2.0.1', 'CS:01')).toBe(false);
    expect(isValidStationIdentity('1.6', 'CS:01')).toBe(true);
  });
});
