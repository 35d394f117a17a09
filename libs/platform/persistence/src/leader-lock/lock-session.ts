import { Client } from 'pg';

/**
 * The one dedicated connection that holds every leader lock of a process for one database.
 * Advisory locks belong to a session, so a single connection can hold them all, and none of them
 * takes a connection from the pool. Keys held in this process are tracked too, because the same
 * session may take an advisory lock twice: two holders in one process must still exclude each other.
 */
export class LockSession {
  private client?: Client;
  private connecting?: Promise<Client>;
  private users = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** Bumped on every new connection: a lock taken on an older one is gone. */
  generation = 0;
  readonly heldKeys = new Set<string>();

  constructor(private readonly connectionString: string) {}

  register(): void {
    this.users++;
  }

  /** The last user gone, the connection closes (and the server drops whatever it still held). */
  async unregister(): Promise<void> {
    this.users = Math.max(0, this.users - 1);
    if (this.users === 0) await this.disconnect();
  }

  /** Queries run one after another: the holders of a process share this one connection. */
  query<TRow>(sql: string, params: unknown[] = []): Promise<TRow[]> {
    const result = this.queue.then(() => this.run<TRow>(sql, params));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async run<TRow>(sql: string, params: unknown[]): Promise<TRow[]> {
    const client = await this.connect();
    try {
      return (await client.query(sql, params)).rows as TRow[];
    } catch (error) {
      // A SQL error leaves the session usable; anything else (connection lost) means starting over.
      if ((error as { code?: string }).code === undefined) this.forget(client);
      throw error;
    }
  }

  private async connect(): Promise<Client> {
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const client = new Client({ connectionString: this.connectionString, application_name: 'chargemesh-leader-locks', connectionTimeoutMillis: 5_000 });
      client.on('error', () => this.forget(client));
      client.on('end', () => this.forget(client));
      await client.connect();
      this.client = client;
      this.generation++;
      this.heldKeys.clear();
      return client;
    })().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private forget(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.heldKeys.clear();
    client.end().catch(() => undefined);
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.heldKeys.clear();
    await client?.end().catch(() => undefined);
  }
}
