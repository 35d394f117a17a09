import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { PlatformTables1763800000000 } from '../migrations/1763800000000-platform-tables';
import { assertTestDatabaseName, databaseUrl } from './database-name';
import { ensureDatabase } from './ensure-database';

export interface ServiceDatabaseOptions {
  service: string;
  serverUrl: string;
  database: string;
  createIfMissing: boolean;
  runMigrations: boolean;
  poolSize: number;
  nodeEnv: 'development' | 'test' | 'production';
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations?: Function[];
}

/** An arbitrary constant: the advisory lock that serialises migrations across pods. */
const MIGRATION_LOCK = 7_240_461_731;

/**
 * Opens the service's own database: guards test runs, creates the database where allowed, and
 * runs the platform migrations plus the service's own under an advisory lock, so that several
 * pods starting at once migrate exactly once. `synchronize` is never used.
 */
export async function openServiceDataSource(options: ServiceDatabaseOptions): Promise<DataSource> {
  if (options.nodeEnv === 'test') assertTestDatabaseName(options.database);
  if (options.createIfMissing) await ensureDatabase(options.serverUrl, options.database);
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl(options.serverUrl, options.database),
    applicationName: `chargemesh-${options.service}`,
    entities: options.entities ?? [],
    migrations: [PlatformTables1763800000000, ...(options.migrations ?? [])],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    extra: { max: options.poolSize, connectionTimeoutMillis: 5_000 },
  });
  await dataSource.initialize();
  if (options.runMigrations) await runMigrationsLocked(dataSource);
  return dataSource;
}

export async function runMigrationsLocked(dataSource: DataSource): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
