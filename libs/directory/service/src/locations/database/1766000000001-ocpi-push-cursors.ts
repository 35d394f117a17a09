import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How far each receiver has got in the push queue of each hosted party (locations to eMSPs, tokens to CPOs). */
export class OcpiPushCursors1766000000001 implements MigrationInterface {
  name = 'OcpiPushCursors1766000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ocpi_push_cursors (
        module text NOT NULL,
        source_cc text NOT NULL,
        source_pid text NOT NULL,
        target_cc text NOT NULL,
        target_pid text NOT NULL,
        last_seq bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (module, source_cc, source_pid, target_cc, target_pid)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ocpi_push_cursors');
  }
}
