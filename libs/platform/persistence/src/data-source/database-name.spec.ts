import { assertTestDatabaseName, databaseUrl, resolveDatabaseName } from './database-name';

describe('resolveDatabaseName', () => {
  it('should derive <namespace>_<service> on a shared server', () => {
    expect(resolveDatabaseName('postgres://postgres@127.0.0.1:5432', 'hub', 'tariff-cdr')).toBe('hub_tariff_cdr');
  });

  it('should use the database named in the URL when there is one', () => {
    expect(resolveDatabaseName('postgres://app:pw@directory-db-rw:5432/directory', 'prod', 'directory')).toBe('directory');
  });
});

describe('assertTestDatabaseName', () => {
  it('should refuse a database whose name lacks "test"', () => {
    expect(() => assertTestDatabaseName('chargemesh_directory')).toThrow(/must contain "test"/);
  });

  it('should accept a test namespace database', () => {
    expect(() => assertTestDatabaseName('test_ab12_directory')).not.toThrow();
  });
});

describe('databaseUrl', () => {
  it('should keep credentials and host and replace only the database', () => {
    expect(databaseUrl('postgres://app:pw@db:5432/other?sslmode=require', 'directory')).toBe(
      'postgres://app:pw@db:5432/directory?sslmode=require',
    );
  });
});
