import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables every service has: projection checkpoints and registry, and the dead-letter table. */
export class PlatformTables1763800000000 implements MigrationInterface {
  name = 'PlatformTables1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection_checkpoint (
        projection text NOT NULL,
        version integer NOT NULL,
        stream text NOT NULL,
        last_seq bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE projection_registry (
        projection text PRIMARY KEY,
        active_version integer NOT NULL,
        activated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE dead_letter (
        id bigserial PRIMARY KEY,
        projection text NOT NULL,
        version integer NOT NULL,
        stream text NOT NULL,
        seq bigint NOT NULL,
        subject text NOT NULL,
        event_id text,
        event_type text,
        error_code text NOT NULL,
        error text NOT NULL,
        attempts integer NOT NULL,
        payload text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (projection, version, seq)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE dead_letter');
    await queryRunner.query('DROP TABLE projection_registry');
    await queryRunner.query('DROP TABLE projection_checkpoint');
  }
}
