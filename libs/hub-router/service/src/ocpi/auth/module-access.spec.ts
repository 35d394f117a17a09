import type { Principal } from '@chargemesh/contracts/credential';
import { mayUseModule } from './module-access';

const partner = (status: 'PENDING' | 'REGISTERING' | 'REGISTERED', tokenKind: 'A' | 'B' | 'C' = 'C'): Principal => ({
  kind: 'partner',
  platformId: '00000000-0000-4000-8000-000000000001',
  status,
  tokenKind,
  roles: [],
});

describe('which module a token opens', () => {
  it('should open only versions and credentials to token A', () => {
    const tokenA = partner('PENDING', 'A');
    expect(['versions', 'credentials'].map((module) => mayUseModule(tokenA, module))).toEqual([true, true]);
    expect(['hubclientinfo', 'locations', 'tokens'].map((module) => mayUseModule(tokenA, module))).toEqual([false, false, false]);
  });

  it('should open only versions and credentials while we are still registering with the partner', () => {
    expect(mayUseModule(partner('REGISTERING', 'B'), 'credentials')).toBe(true);
    expect(mayUseModule(partner('REGISTERING', 'B'), 'hubclientinfo')).toBe(false);
  });

  it('should open every module to a registered partner', () => {
    for (const module of ['versions', 'credentials', 'hubclientinfo', 'sessions']) expect(mayUseModule(partner('REGISTERED'), module)).toBe(true);
  });

  it('should open only the versions endpoints to our admin token', () => {
    expect(mayUseModule({ kind: 'admin' }, 'versions')).toBe(true);
    expect(mayUseModule({ kind: 'admin' }, 'credentials')).toBe(false);
  });
});
