/**
 * A value loaded on demand and kept for `freshMs`. Between `freshMs` and `maxStaleMs` the old value
 * is still served while one reload runs in the background, so a busy router never waits for it;
 * past `maxStaleMs`, or after `invalidate()`, callers wait for the reload. A failed load is not kept.
 */
export class FreshValue<T> {
  private value?: { data: T; loadedAt: number };
  private loading?: Promise<T>;
  private generation = 0;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly freshMs: number,
    private readonly maxStaleMs = freshMs * 5,
  ) {}

  async get(): Promise<T> {
    const value = this.value;
    const age = value ? Date.now() - value.loadedAt : Infinity;
    if (value && age < this.freshMs) return value.data;
    if (value && age < this.maxStaleMs) {
      void this.reload().catch(() => undefined); // keep serving the old value; the next caller retries
      return value.data;
    }
    return this.reload();
  }

  /** The next `get()` waits for a fresh load; a load already under way no longer counts. */
  invalidate(): void {
    this.value = undefined;
    this.loading = undefined;
    this.generation++;
  }

  private reload(): Promise<T> {
    if (this.loading) return this.loading;
    const generation = this.generation;
    const loading = this.load().then(
      (data) => {
        if (generation === this.generation) {
          this.value = { data, loadedAt: Date.now() };
          this.loading = undefined;
        }
        return data;
      },
      (error: unknown) => {
        if (generation === this.generation) this.loading = undefined;
        throw error;
      },
    );
    this.loading = loading;
    return loading;
  }
}
