import { statusCode } from '@chargemesh/protocol-oicp';
import type { PeerRoute } from '../registry/peer-registry';
import { authorizationOutcome, authorizationTargets } from './authorization-fan-out';
import { identificationKeys, providerOfIdentification, recordAuthorizes } from './identification-key';

const peer = (peerId: string, providerIds: string[], defaultForProviders = false): PeerRoute => ({ peerId, operatorIds: [], providerIds, defaultForOperators: false, defaultForProviders });

describe('authorization targets', () => {
  it('should ask every EMP peer for a card and only the named EMP for a contract id', () => {
    const peers = [peer('emp-a', ['DE-EMA']), peer('emp-b', ['DE-EMB']), peer('hubject', [], true)];
    expect(authorizationTargets(peers, { RFIDMifareFamilyIdentification: { UID: '1A2B3C4D' } })).toMatchObject({ mode: 'broadcast', peers: [{ peerId: 'emp-a' }, { peerId: 'emp-b' }, { peerId: 'hubject' }] });
    expect(authorizationTargets(peers, { RemoteIdentification: { EvcoID: 'DE-EMB-C12345678-X' } })).toMatchObject({ mode: 'targeted', providerId: 'DE-EMB', peers: [{ peerId: 'emp-b' }] });
    expect(authorizationTargets(peers, { RemoteIdentification: { EvcoID: 'FR-XYZ-C12345678-X' } })).toMatchObject({ mode: 'targeted', peers: [{ peerId: 'hubject' }] });
    expect(authorizationTargets([peer('emp-a', ['DE-EMA'])], { RemoteIdentification: { EvcoID: 'FR-XYZ-C12345678-X' } })).toMatchObject({ mode: 'none' });
  });
});

describe('authorization outcome', () => {
  const authorized = { peerId: 'emp-b', kind: 'authorized' as const, sessionId: 's-1', providerId: 'DE-EMB', statusCode: statusCode('000') };
  const refused = { peerId: 'emp-a', kind: 'not-authorized' as const, statusCode: statusCode('102') };

  it('should take the first authorization whatever the others said', () => {
    expect(authorizationOutcome('broadcast', [refused, authorized, { ...authorized, peerId: 'late', sessionId: 's-2' }])).toMatchObject({ authorizationStatus: 'Authorized', sessionId: 's-1', peerId: 'emp-b' });
  });

  it('should answer 210 when refused, 310 when nobody answered in time, 320 when nobody was reached, and a targeted refusal as given', () => {
    expect(authorizationOutcome('broadcast', [refused, { peerId: 'x', kind: 'timed-out', detail: '' }]).statusCode.Code).toBe('210');
    expect(authorizationOutcome('broadcast', [{ peerId: 'x', kind: 'timed-out', detail: '' }, { peerId: 'y', kind: 'failed', detail: '' }]).statusCode.Code).toBe('310');
    expect(authorizationOutcome('broadcast', [{ peerId: 'y', kind: 'failed', detail: '' }]).statusCode.Code).toBe('320');
    expect(authorizationOutcome('targeted', [refused]).statusCode.Code).toBe('102');
  });
});

describe('identification keys', () => {
  it('should find a card by its UID in any letter case and a contract by its EvcoID with or without separators', () => {
    expect(identificationKeys({ RFIDMifareFamilyIdentification: { UID: 'aabbccdd' } })).toEqual(['UID:AABBCCDD']);
    expect(identificationKeys({ PlugAndChargeIdentification: { EvcoID: 'DE-EMA-C12345678-X' } })).toEqual(identificationKeys({ RemoteIdentification: { EvcoID: 'DEEMAC12345678X' } }));
    expect(providerOfIdentification({ QRCodeIdentification: { EvcoID: 'de-ema-C12345678-X', PIN: '1234' } })).toBe('DE-EMA');
  });

  it('should let a QR code through only with the PIN it was pushed with, never against a hashed PIN', () => {
    const qr = (pin: string) => ({ QRCodeIdentification: { EvcoID: 'DE-EMA-C12345678-X', PIN: pin } });
    expect(recordAuthorizes(qr('1234'), qr('1234'))).toBe(true);
    expect(recordAuthorizes(qr('1234'), qr('9999'))).toBe(false);
    expect(recordAuthorizes({ QRCodeIdentification: { EvcoID: 'DE-EMA-C12345678-X', HashedPIN: { Value: '$2a$10$abcdefghijk', Function: 'Bcrypt' } } }, qr('1234'))).toBe(false);
  });
});
