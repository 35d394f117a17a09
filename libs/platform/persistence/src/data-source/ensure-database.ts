import { Client } from 'pg';
import { databaseUrl } from './database-name';

const SAFE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/** Creates the database if it does not exist yet (dev and test; in production the operator does it). */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database)) throw new Error(`unsafe database name ${JSON.stringify(database)}`);
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres'), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE "${database}"`).catch((error: { code?: string }) => {
      if (error.code !== '42P04') throw error; // created by a concurrent starter: fine
    });
  } finally {
    await client.end();
  }
}

/** Drops a database (test clean-up); other sessions are disconnected first. */
export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database)) throw new Error(`unsafe database name ${JSON.stringify(database)}`);
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres'), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
