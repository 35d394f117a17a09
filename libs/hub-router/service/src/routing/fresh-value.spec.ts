import { FreshValue } from './fresh-value';

describe('a cached value with a freshness bound', () => {
  afterEach(() => jest.useRealTimers());

  it('should load once while fresh, serve the old value while reloading when stale, and wait once too old', async () => {
    jest.useFakeTimers({ now: 0 });
    let loads = 0;
    let release: (() => void) | undefined;
    const value = new FreshValue(async () => {
      loads++;
      if (loads === 2) await new Promise<void>((resolve) => (release = resolve));
      return loads;
    }, 100, 500);
    expect(await value.get()).toBe(1);
    expect(await value.get()).toBe(1);
    jest.setSystemTime(200);
    expect(await value.get()).toBe(1); // stale: answered at once, reload started
    expect(loads).toBe(2);
    release?.();
    await Promise.resolve();
    await Promise.resolve();
    expect(await value.get()).toBe(2);
    jest.setSystemTime(1_000);
    expect(await value.get()).toBe(3); // too old: waited for
  });

  it('should wait for a new load after invalidate and never keep a failed one', async () => {
    let next: number | Error = 1;
    const value = new FreshValue(async () => {
      if (next instanceof Error) throw next;
      return next;
    }, 60_000);
    expect(await value.get()).toBe(1);
    next = 2;
    value.invalidate();
    expect(await value.get()).toBe(2);
    value.invalidate();
    next = new Error('directory down');
    await expect(value.get()).rejects.toThrow('directory down');
    next = 3;
    expect(await value.get()).toBe(3);
  });
});
