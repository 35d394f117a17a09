import { ocpiExamples, type Token } from '@chargemesh/protocol-ocpi';
import { allowedAt, ocpiTypesOf, planAuthorization, statusOfAllowed } from './token-authorization';
import { joinToken, splitToken } from './token-fields';
import { decideCommandToken, decideReceivedTokenPush, decideSaveOwnToken, type ReceivedTokenPush } from './token.decisions';

const EVM = { countryCode: 'NL', partyId: 'EVM' };
const push = (overrides: Partial<ReceivedTokenPush>): ReceivedTokenPush => ({ sender: EVM, senderIsHub: false, owner: EVM, uid: '04A1B2C3D4E5F6', type: 'RFID', typeInUrl: true, method: 'PUT', body: ocpiExamples.token(), ...overrides });
const NOW = new Date('2026-03-01T12:00:00Z');
const token = (overrides: Partial<Token> = {}): Token => ({ ...ocpiExamples.token(), ...overrides });
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe('tokens Receiver: pushes from an eMSP to a CPO hosted here', () => {
  it('should store a new token as created, a changed one as updated and a repeated one not at all', () => {
    expect(decideReceivedTokenPush(undefined, push({}))).toEqual({ kind: 'store', token: ocpiExamples.token(), created: true });
    expect(decideReceivedTokenPush(token(), push({}))).toEqual({ kind: 'unchanged', created: false });
    const changed = decideReceivedTokenPush(token(), push({ body: { ...ocpiExamples.token(), valid: false, last_updated: '2026-02-01T00:00:00Z' } }));
    expect(changed).toMatchObject({ kind: 'store', created: false, token: { valid: false } });
  });

  it('should merge a PATCH, and refuse one without last_updated or for an unknown token', () => {
    const patched = decideReceivedTokenPush(token(), push({ method: 'PATCH', body: { valid: false, last_updated: '2026-02-01T00:00:00Z' } }));
    expect(patched).toMatchObject({ kind: 'store', token: { valid: false, contract_id: 'NL-EVM-C12345678-X', last_updated: '2026-02-01T00:00:00Z' } });
    expect(() => decideReceivedTokenPush(token(), push({ method: 'PATCH', body: { valid: false } }))).toThrow(expect.objectContaining({ code: 'TOKEN.INVALID', message: expect.stringMatching(/last_updated/) }));
    expect(() => decideReceivedTokenPush(undefined, push({ method: 'PATCH', body: { valid: false, last_updated: '2026-02-01T00:00:00Z' } }))).toThrow(expect.objectContaining({ code: 'TOKEN.NOT_FOUND' }));
  });

  it('should refuse a uid or type that differs between URL and body, and an owner that is not the sender', () => {
    expect(() => decideReceivedTokenPush(undefined, push({ uid: 'OTHER' }))).toThrow(expect.objectContaining({ code: 'TOKEN.INVALID_ID_MISMATCH', message: expect.stringMatching(/token_uid/) }));
    expect(() => decideReceivedTokenPush(undefined, push({ type: 'APP_USER' }))).toThrow(expect.objectContaining({ code: 'TOKEN.INVALID_ID_MISMATCH', message: expect.stringMatching(/type/) }));
    // Without ?type= the body's type counts (many eMSPs leave the parameter out).
    expect(decideReceivedTokenPush(undefined, push({ type: 'APP_USER', typeInUrl: false, body: { ...ocpiExamples.token(), type: 'APP_USER' } }))).toMatchObject({ kind: 'store', token: { type: 'APP_USER' } });
    expect(() => decideReceivedTokenPush(undefined, push({ sender: { countryCode: 'DE', partyId: 'XXX' } }))).toThrow(expect.objectContaining({ code: 'TOKEN.INVALID_OWNER' }));
    expect(decideReceivedTokenPush(undefined, push({ sender: { countryCode: 'DE', partyId: 'HUB' }, senderIsHub: true }))).toMatchObject({ kind: 'store' });
  });

  it('should ignore an older push and keep a command token from changing a newer one', () => {
    expect(decideReceivedTokenPush(token(), push({ body: { ...ocpiExamples.token(), valid: false, last_updated: '2025-01-01T00:00:00Z' } }))).toEqual({ kind: 'unchanged', created: false });
    expect(decideCommandToken(token(), EVM, { ...ocpiExamples.token(), valid: false, last_updated: '2025-01-01T00:00:00Z' })).toEqual({ kind: 'unchanged', created: false });
    expect(() => decideCommandToken(undefined, { countryCode: 'DE', partyId: 'ABC' }, ocpiExamples.token())).toThrow(expect.objectContaining({ code: 'TOKEN.INVALID_OWNER' }));
  });
});

describe('tokens of hosted eMSPs: admin saves', () => {
  const { country_code: _c, party_id: _p, uid: _u, type: _t, last_updated: _l, ...body } = ocpiExamples.token();

  it('should set owner, uid, type and last_updated, and move last_updated only on a change', () => {
    const created = decideSaveOwnToken(undefined, { countryCode: 'nl', partyId: 'evm' }, 'UID-1', 'APP_USER', body, NOW);
    expect(created).toMatchObject({ kind: 'store', created: true, token: { country_code: 'NL', party_id: 'EVM', uid: 'UID-1', type: 'APP_USER', last_updated: '2026-03-01T12:00:00.000Z' } });
    const held = (created as { token: Token }).token;
    expect(decideSaveOwnToken(held, EVM, 'uid-1', 'APP_USER', body, new Date())).toEqual({ kind: 'unchanged', created: false });
    expect(() => decideSaveOwnToken(undefined, EVM, 'U', 'RFID', { ...body, whitelist: 'SOMETIMES' }, NOW)).toThrow(expect.objectContaining({ code: 'TOKEN.INVALID', message: expect.stringMatching(/whitelist/) }));
  });

  it('should carry personal fields only in the part that is sealed', () => {
    const { fields, personal } = splitToken(token({ energy_contract: { supplier_name: 'Groen', contract_id: 'GC-1' } }));
    expect(JSON.stringify(fields)).not.toMatch(/04A1B2C3D4E5F6|NL-EVM-C12345678-X|EVM 1234 5678|FAMILY-0042|GC-1/);
    expect(joinToken(EVM, 'RFID', fields, personal)).toEqual(token({ energy_contract: { supplier_name: 'Groen', contract_id: 'GC-1' } }));
  });
});

describe('token authority: whitelist rules', () => {
  const context = { purpose: 'authorize' as const, now: NOW, reuseMs: 120_000 };

  it.each([
    ['ALWAYS', true, { kind: 'answer', status: 'Accepted', source: 'WHITELIST' }],
    ['ALWAYS', false, { kind: 'answer', status: 'Invalid', source: 'WHITELIST' }],
    ['ALLOWED', true, { kind: 'answer', status: 'Accepted', source: 'WHITELIST' }],
    ['ALLOWED', false, { kind: 'real-time', unreachable: 'Invalid' }],
    ['ALLOWED_OFFLINE', true, { kind: 'real-time', unreachable: 'Accepted' }],
    ['NEVER', true, { kind: 'real-time', unreachable: 'Invalid' }],
  ] as const)('should plan %s (valid %s) as %j', (whitelist, valid, plan) => {
    expect(planAuthorization(token({ whitelist, valid }), context)).toEqual(plan);
  });

  it('should not ask in real time for an RFID token of a command within 15 minutes, nor ever for an app token of one', () => {
    const never = token({ whitelist: 'NEVER' });
    expect(planAuthorization(never, { ...context, commandAt: ago(14 * 60_000) })).toMatchObject({ kind: 'answer', source: 'COMMAND', status: 'Accepted' });
    expect(planAuthorization(never, { ...context, commandAt: ago(16 * 60_000) })).toMatchObject({ kind: 'real-time' });
    expect(planAuthorization(token({ whitelist: 'NEVER', type: 'APP_USER' }), { ...context, commandAt: ago(3 * 3_600_000) })).toMatchObject({ kind: 'answer', source: 'COMMAND' });
  });

  it('should reuse a recent real-time answer, and answer stops from what is held', () => {
    const never = token({ whitelist: 'NEVER' });
    expect(planAuthorization(never, { ...context, recentRealTime: { allowed: 'BLOCKED', at: ago(60_000) } })).toEqual({ kind: 'answer', status: 'Blocked', source: 'REAL_TIME' });
    expect(planAuthorization(never, { ...context, recentRealTime: { allowed: 'BLOCKED', at: ago(180_000) } })).toMatchObject({ kind: 'real-time' });
    expect(planAuthorization(never, { ...context, purpose: 'stop' })).toEqual({ kind: 'answer', status: 'Accepted', source: 'WHITELIST' });
  });

  it('should map the eMSP answer, and refuse an EVSE the eMSP did not allow', () => {
    expect(['ALLOWED', 'BLOCKED', 'EXPIRED', 'NO_CREDIT', 'NOT_ALLOWED'].map((allowed) => statusOfAllowed(allowed as never))).toEqual(['Accepted', 'Blocked', 'Expired', 'NoCredit', 'NotAtThisLocation']);
    expect(allowedAt({ allowed: 'ALLOWED', location: { location_id: 'L', evse_uids: ['E1'] } }, 'e1')).toBe('ALLOWED');
    expect(allowedAt({ allowed: 'ALLOWED', location: { location_id: 'L', evse_uids: ['E1'] } }, 'E2')).toBe('NOT_ALLOWED');
    expect(allowedAt({ allowed: 'ALLOWED', location: { location_id: 'L' } }, 'E2')).toBe('ALLOWED');
  });

  it('should match OCPP id token types to OCPI token types', () => {
    expect(ocpiTypesOf('ISO14443')).toEqual(['RFID']);
    expect(ocpiTypesOf('Central')).toContain('APP_USER');
    expect(ocpiTypesOf(undefined)).toHaveLength(4);
  });
});
