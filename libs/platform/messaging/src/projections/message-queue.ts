/** A small in-memory queue between the JetStream pull and the batch applier. */
export class MessageQueue<T> {
  private items: T[] = [];
  private closed = false;
  private wake?: () => void;

  push(item: T): void {
    this.items.push(item);
    this.wake?.();
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /** Waits for at least one item and takes up to `max` of what is there; [] once closed and empty. */
  async take(max: number): Promise<T[]> {
    while (this.items.length === 0 && !this.closed) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
    return this.items.splice(0, max);
  }

  /** Takes whatever is there without waiting. */
  drain(): T[] {
    return this.items.splice(0);
  }

  get isClosed(): boolean {
    return this.closed;
  }
}
