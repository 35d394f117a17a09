import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * URLs the router rewrote to its own (a command's response_url, a next-page Link, a stored CDR's
 * Location): where each really points, which platform serves it, and who may follow it through us.
 */
export class ForwardedUrls1765000000001 implements MigrationInterface {
  name = 'ForwardedUrls1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE forwarded_urls (
        id text PRIMARY KEY,
        target_url text NOT NULL,
        target_platform_id uuid NOT NULL,
        audience_platform_id uuid,
        module text NOT NULL,
        interface text NOT NULL,
        method text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX forwarded_urls_expires_at ON forwarded_urls (expires_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE forwarded_urls');
  }
}
