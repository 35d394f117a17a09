import { z } from 'zod';
import { ConfigValidationError, envBoolean, loadConfig } from './load-config';
import { platformConfigSchema } from './platform-config.schema';

describe('loadConfig', () => {
  it('should apply the defaults a laptop needs when nothing is set', () => {
    const config = loadConfig('directory', platformConfigSchema, {});
    expect(config.NATS_URL).toBe('nats://127.0.0.1:4222');
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432');
    expect(config.CHARGEMESH_NAMESPACE).toBe('chargemesh');
    expect(config.DATABASE_CREATE_IF_MISSING).toBe(true);
  });

  it('should name every bad variable in one error when the environment is wrong', () => {
    const attempt = () =>
      loadConfig('directory', platformConfigSchema, { CHARGEMESH_NAMESPACE: 'Bad.Name', DATABASE_URL: 'mysql://x' });
    expect(attempt).toThrow(ConfigValidationError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('invalid configuration for directory');
      expect(message).toContain('CHARGEMESH_NAMESPACE');
      expect(message).toContain('DATABASE_URL');
    }
  });

  it('should never echo a secret value in the error', () => {
    const schema = z.object({ ADMIN_TOKEN: z.string().min(32) });
    expect(() => loadConfig('directory', schema, { ADMIN_TOKEN: 'hunter2' })).toThrow(/ADMIN_TOKEN.*set \(hidden\)/);
    expect(() => loadConfig('directory', schema, { ADMIN_TOKEN: 'hunter2' })).not.toThrow(/hunter2/);
  });

  it('should read "false" as false, unlike a plain boolean coercion', () => {
    const schema = z.object({ FLAG: envBoolean(true) });
    expect(loadConfig('x', schema, { FLAG: 'false' }).FLAG).toBe(false);
    expect(loadConfig('x', schema, { FLAG: '1' }).FLAG).toBe(true);
    expect(() => loadConfig('x', schema, { FLAG: 'maybe' })).toThrow(ConfigValidationError);
  });
});
