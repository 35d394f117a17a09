import { auditHeaders } from './audit-headers';

describe('headers kept in the audit stream', () => {
  it('should drop every credential and keep the routing and message id headers', () => {
    expect(
      auditHeaders({
        Authorization: 'Token c2VjcmV0',
        'X-Request-ID': 'r1',
        'OCPI-from-party-id': 'CPA',
        cookie: 'a=b',
        'x-forwarded-token': 'Token abc',
        'x-multi': ['a', 'b'],
        'content-length': 12,
      }),
    ).toEqual({ 'x-request-id': 'r1', 'ocpi-from-party-id': 'CPA', 'x-multi': 'a, b', 'content-length': '12' });
  });
});
