import { CodedError, type EventEnvelope, type StreamDefinition } from '@chargemesh/contracts/envelope';

/** What a projection may do with its database inside the transaction of one batch. */
export interface ProjectionDb {
  query<TRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<TRow[]>;
  /** The physical name of one of the projection's tables at the version being built. */
  table(name: string): string;
}

export interface ProjectionEvent {
  seq: number;
  subject: string;
  envelope: EventEnvelope;
}

/**
 * A read model built from one stream. Its tables are versioned (`parties_v2`) and read through
 * a view with the plain name (`parties`), so a new version can be rebuilt from the start of the
 * stream next to the live one and swapped in when it has caught up.
 */
export interface Projection {
  readonly name: string;
  /** Bump to rebuild: a new consumer replays the stream into new tables. */
  readonly version: number;
  readonly stream: StreamDefinition;
  /** Follow only this aggregate type of the stream; every aggregate when omitted. */
  readonly aggregate?: string;
  /** Logical table names, lower_snake_case. */
  readonly tables: readonly string[];
  /** Creates the tables of this version (use `db.table(name)`); runs once per version. */
  createTables(db: ProjectionDb): Promise<void>;
  /**
   * Applies events in stream order, in one transaction with the checkpoint. Ignore event types
   * the projection does not use. Throw PermanentProjectionError for an event that can never be
   * applied; it is dead-lettered and the projection moves on.
   */
  apply(events: readonly ProjectionEvent[], db: ProjectionDb): Promise<void>;
}

export class PermanentProjectionError extends CodedError {
  constructor(message: string) {
    super('PROJECTION.PERMANENT_FAILURE', message);
  }
}

const TABLE_NAME = /^[a-z][a-z0-9_]{0,50}$/;

export function versionedTable(table: string, version: number): string {
  if (!TABLE_NAME.test(table)) throw new Error(`invalid projection table name ${JSON.stringify(table)}`);
  return `${table}_v${version}`;
}
