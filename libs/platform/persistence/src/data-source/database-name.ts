import { databaseName } from '@chargemesh/contracts/envelope';

/**
 * The database a service uses: the one named in DATABASE_URL's path when there is one (in
 * Kubernetes each service gets its own CloudNativePG cluster and database), otherwise
 * `<namespace>_<service>` on the shared server (laptops, tests, the all-in-one mode).
 */
export function resolveDatabaseName(serverUrl: string, namespace: string, service: string): string {
  const fromUrl = decodeURIComponent(new URL(serverUrl).pathname.replace(/^\//, ''));
  return fromUrl || databaseName(namespace, service);
}

/** Refuses to let a test touch a database that is not obviously a test database. */
export function assertTestDatabaseName(name: string): void {
  if (!name.toLowerCase().includes('test')) {
    throw new Error(
      `refusing to run tests against database "${name}": its name must contain "test" (use a test namespace such as test_xyz)`,
    );
  }
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}
