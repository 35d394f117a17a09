import type { ExecutionContext } from '@nestjs/common';
import { loadConfig, platformConfigSchema } from '@chargemesh/platform-config';
import { AdminTokenGuard } from './admin-token.guard';

const request = (authorization?: string) =>
  ({ switchToHttp: () => ({ getRequest: () => ({ headers: authorization ? { authorization } : {} }) }) }) as unknown as ExecutionContext;
const guard = (token?: string) => new AdminTokenGuard(loadConfig('test', platformConfigSchema, token ? { ADMIN_TOKEN: token } : {}));

describe('AdminTokenGuard', () => {
  const token = 'a-long-admin-token-for-tests-0123';

  it('should let the configured bearer token through', () => {
    expect(guard(token).canActivate(request(`Bearer ${token}`))).toBe(true);
  });

  it('should refuse a missing, wrong or differently-sized token with the same error', () => {
    for (const header of [undefined, `Bearer ${token}x`, 'Bearer short', `Token ${token}`]) {
      expect(() => guard(token).canActivate(request(header))).toThrow(expect.objectContaining({ code: 'ADMIN.UNAUTHORIZED' }));
    }
  });

  it('should keep the admin API off when no token is configured', () => {
    expect(() => guard().canActivate(request(`Bearer ${token}`))).toThrow(expect.objectContaining({ code: 'ADMIN.DISABLED' }));
  });
});
