import { assertAcceptsRegistration, assertCanChangeRegistration, assertCanSuspend, assertRegistered, isDueForLivenessCheck, nextConnection } from './partner.decisions';
import type { PartnerSnapshot } from './partner.state';

const partner = (status: PartnerSnapshot['status'], connection: PartnerSnapshot['connection'] = 'CONNECTED'): PartnerSnapshot => ({ platformId: 'p1', status, connection, roles: [] });

describe('the credentials state machine', () => {
  it('should accept a POST only from a partner holding token A', () => {
    expect(() => assertAcceptsRegistration(partner('PENDING'))).not.toThrow();
    for (const status of ['REGISTERED', 'REGISTERING'] as const) {
      expect(() => assertAcceptsRegistration(partner(status))).toThrow(expect.objectContaining({ code: 'CREDENTIALS.ALREADY_REGISTERED' }));
    }
  });

  it('should accept PUT and DELETE only from a registered partner', () => {
    expect(() => assertRegistered(partner('REGISTERED'), 'PUT')).not.toThrow();
    for (const status of ['PENDING', 'REGISTERING'] as const) {
      expect(() => assertRegistered(partner(status), 'DELETE')).toThrow(expect.objectContaining({ code: 'CREDENTIALS.NOT_REGISTERED' }));
    }
  });

  it('should let an admin rotate or unregister only a registered partner, and suspend anything not yet suspended', () => {
    expect(() => assertCanChangeRegistration(partner('PENDING'), 'rotate')).toThrow(expect.objectContaining({ code: 'CREDENTIALS.CONFLICT_STATE' }));
    expect(() => assertCanChangeRegistration(partner('REGISTERED'), 'rotate')).not.toThrow();
    expect(() => assertCanSuspend(partner('PENDING'))).not.toThrow();
    expect(() => assertCanSuspend(partner('SUSPENDED'))).toThrow(expect.objectContaining({ code: 'CREDENTIALS.CONFLICT_STATE' }));
  });

  it('should report a connection change only when a registered partner flips between CONNECTED and OFFLINE', () => {
    expect(nextConnection(partner('REGISTERED'), false)).toEqual({ connection: 'OFFLINE', changed: true });
    expect(nextConnection(partner('REGISTERED', 'OFFLINE'), false)).toEqual({ connection: 'OFFLINE', changed: false });
    expect(nextConnection(partner('REGISTERED', 'OFFLINE'), true)).toEqual({ connection: 'CONNECTED', changed: true });
    expect(nextConnection(partner('PENDING'), false).changed).toBe(false);
  });

  it('should check a partner once it has been silent for the whole interval since it was last heard from or checked', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    expect(isDueForLivenessCheck(minutesAgo(6), undefined, now, 5 * 60_000)).toBe(true);
    expect(isDueForLivenessCheck(minutesAgo(4), undefined, now, 5 * 60_000)).toBe(false);
    expect(isDueForLivenessCheck(minutesAgo(10), minutesAgo(1), now, 5 * 60_000)).toBe(false);
    expect(isDueForLivenessCheck(undefined, undefined, now, 5 * 60_000)).toBe(true);
  });
});
