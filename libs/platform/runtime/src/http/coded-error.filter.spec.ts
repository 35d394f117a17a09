import { httpStatusOf } from './coded-error.filter';

describe('httpStatusOf', () => {
  it.each([
    ['REQUEST.INVALID', 400],
    ['PARTY.INVALID_ROLES', 400],
    ['ADMIN.UNAUTHORIZED', 401],
    ['PARTY.NOT_FOUND', 404],
    ['PARTY.ALREADY_REGISTERED', 409],
    ['EVENT.CONCURRENCY_CONFLICT', 409],
    ['NATS.NO_RESPONDERS', 503],
    ['ADMIN.DISABLED', 503],
    ['OICP.UNAVAILABLE_ENCRYPTION_KEY', 503],
    ['NATS.REQUEST_TOO_LARGE', 413],
    ['REQUEST.TOO_LARGE', 413],
    ['NATS.TIMEOUT', 504],
    ['PARTY.ROLE_NOT_HELD', 422],
  ])('should map %s to HTTP %i', (code, status) => {
    expect(httpStatusOf(code)).toBe(status);
  });
});
