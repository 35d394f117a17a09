import { z } from 'zod';
import { UnreadableEventError } from '../events/event-store.errors';
import { classifyProjectionError } from './error-classification';
import { PermanentProjectionError } from './projection';

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe('classifyProjectionError', () => {
  it('should dead-letter bad events and constraint violations at once', () => {
    expect(classifyProjectionError(new PermanentProjectionError('no such party'))).toBe('permanent');
    expect(classifyProjectionError(new UnreadableEventError('s', 1, 'not JSON'))).toBe('permanent');
    expect(classifyProjectionError(z.object({ a: z.string() }).safeParse({}).error)).toBe('permanent');
    expect(classifyProjectionError(pgError('23505'))).toBe('permanent');
    expect(classifyProjectionError(pgError('22P02'))).toBe('permanent');
  });

  it('should retry forever when the database is unwell, never dead-lettering', () => {
    for (const code of ['08006', '57P01', '40001', '40P01', '53300', 'ECONNREFUSED']) {
      expect(classifyProjectionError(pgError(code))).toBe('transient');
    }
    expect(classifyProjectionError(new Error('Connection terminated unexpectedly'))).toBe('transient');
  });

  it('should treat an unexpected bug as unknown, for bounded retries', () => {
    expect(classifyProjectionError(new TypeError('x is undefined'))).toBe('unknown');
    expect(classifyProjectionError(pgError('42P01'))).toBe('unknown');
  });
});
